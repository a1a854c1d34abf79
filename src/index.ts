import type { Core } from '@strapi/strapi';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import { registerContentRules } from './rules';
import { seedDemoData } from './seed';

/** Demo data loads by itself only on an empty database, and never in production unless asked. */
function seedsOnEmptyDatabase(): boolean {
  const fallback = process.env.NODE_ENV !== 'production';
  const flag = process.env.SEED_DEMO_DATA;
  return flag === undefined || flag === '' ? fallback : flag === 'true';
}

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerContentRules(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi, process.env.I18N_DEFAULT_LOCALE ?? 'vi');
    await ensurePublicPermissions(strapi);
    await applyAdminLabels(strapi);
    await (strapi.plugin('editorial-workflow').service('setup') as { ensureRoles(): Promise<void> }).ensureRoles();
    if (seedsOnEmptyDatabase() && (await strapi.db.query('api::contributor-unit.contributor-unit').count()) === 0) {
      const report = await seedDemoData(strapi);
      strapi.log.info(`Demo data loaded: ${report.created} items created.`);
    }
  },
};
