import type { Core } from '@strapi/strapi';
import contentTypes from './content-types';
import { importsController } from './controllers/imports';
import { IMPORT_ACTION, PLUGIN } from './permissions';
import adminRoutes from './routes/admin';
import { jobsService } from './services/jobs';

export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const { actionProvider } = strapi.service('admin::permission') as { actionProvider: { registerMany(actions: unknown[]): Promise<void> } };
    await actionProvider.registerMany([{ ...IMPORT_ACTION, section: 'plugins', pluginName: PLUGIN }]);
    // An import whose instance died mid-way: failed with its committed count, its statistics recomputed.
    const jobs = strapi.plugin(PLUGIN).service('jobs') as ReturnType<typeof jobsService>;
    await jobs.recover().catch((error: Error) => strapi.log.error(`[one-stop] interrupted imports not recovered: ${error.stack}`));
  },
  contentTypes,
  controllers: { imports: importsController },
  services: { jobs: jobsService },
  routes: { admin: adminRoutes },
};
