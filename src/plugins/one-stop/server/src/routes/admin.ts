import { IMPORT_PERMISSION } from '../permissions';

const policies = ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [IMPORT_PERMISSION] } }];

/** Admin API under /one-stop: upload → preview → confirm → poll the job until it is done. */
export default {
  type: 'admin',
  routes: [
    { method: 'POST', path: '/dossier-imports', handler: 'imports.upload', config: { policies } },
    { method: 'GET', path: '/dossier-imports/:id', handler: 'imports.status', config: { policies } },
    { method: 'POST', path: '/dossier-imports/:id/confirm', handler: 'imports.confirm', config: { policies } },
  ],
};
