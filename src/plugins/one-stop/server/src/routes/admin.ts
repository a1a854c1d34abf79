import { IMPORT_PERMISSION } from '../permissions';

const policies = ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [IMPORT_PERMISSION] } }];

/** Admin API under /one-stop: upload → preview (error report as CSV) → confirm → poll the job until it is done; sample files. */
export default {
  type: 'admin',
  routes: [
    { method: 'POST', path: '/dossier-imports', handler: 'imports.upload', config: { policies } },
    { method: 'GET', path: '/dossier-imports/:id', handler: 'imports.status', config: { policies } },
    { method: 'POST', path: '/dossier-imports/:id/confirm', handler: 'imports.confirm', config: { policies } },
    { method: 'GET', path: '/dossier-imports/:id/errors', handler: 'imports.errorReport', config: { policies } },
    { method: 'GET', path: '/dossier-import-sample/:format', handler: 'imports.sample', config: { policies } },
  ],
};
