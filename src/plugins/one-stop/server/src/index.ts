import type { Core } from '@strapi/strapi';
import { importsController } from './controllers/imports';
import { IMPORT_ACTION, PLUGIN } from './permissions';
import adminRoutes from './routes/admin';
import { jobsService } from './services/jobs';

export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const { actionProvider } = strapi.service('admin::permission') as { actionProvider: { registerMany(actions: unknown[]): Promise<void> } };
    await actionProvider.registerMany([{ ...IMPORT_ACTION, section: 'plugins', pluginName: PLUGIN }]);
  },
  controllers: { imports: importsController },
  services: { jobs: jobsService },
  routes: { admin: adminRoutes },
};
