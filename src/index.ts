import type { Core } from '@strapi/strapi';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { applyDerivedFields } from './bootstrap/derived-fields';
import { applyRelationLabels } from './bootstrap/relation-labels';
import { ensureReadIndexes } from './bootstrap/read-indexes';
import { openRegistrationUntilSuperAdmin } from './bootstrap/first-admin';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import { applyQuestionLayout } from './api/question/admin-layout';
import { applyRegistrationSetting, guardRegistrationRoute } from './bootstrap/registration';
import { registerQuestionHandling } from './api/question/handling';
import { registerContentManagerGuards } from './content-manager';
import { guardPreviewUrl } from './preview/read-check';
import { bootstrapPublicApi, registerPublicApi } from './public-api';
import { startMetrics } from './metrics/workflow';
import { registerContentRules } from './rules';
import { ensureLimitsTable } from './lib/shared-limits';
import { registerReadyRoute } from './runtime/ready-route';
import { seedDemoData, type SeedReport } from './seed';
import { openUploadSettingsToUploaders } from './bootstrap/upload-settings';
import { ensureSites, keepSettingsMedia } from './sites/first-site';
import { registerSiteLifecycle } from './sites/lifecycle';
import { registerPublicSiteScope } from './sites/public-scope';

/** Demo data loads by itself only on an empty database, and never in production unless asked. */
function seedsOnEmptyDatabase(): boolean {
  const fallback = process.env.NODE_ENV !== 'production';
  const flag = process.env.SEED_DEMO_DATA;
  return flag === undefined || flag === '' ? fallback : flag === 'true';
}

/** Demo accounts get random passwords, shown once here (and by `npm run seed`). */
function logCredentials(strapi: Core.Strapi, credentials: SeedReport['credentials']): void {
  if (credentials.length === 0) return;
  const lines = credentials.map(({ email, role, password }) => `  ${role.padEnd(16)} ${email.padEnd(28)} ${password}`);
  strapi.log.info(`Demo staff accounts (passwords shown only now):\n${lines.join('\n')}`);
}

let publicApi: Awaited<ReturnType<typeof bootstrapPublicApi>> | undefined;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    openRegistrationUntilSuperAdmin(strapi);
    registerContentRules(strapi);
    registerSiteLifecycle(strapi);
    registerQuestionHandling(strapi);
    registerPublicApi(strapi);
    // Every content-API read is one site's (src/sites/public-scope.ts).
    registerPublicSiteScope(strapi);
    registerContentManagerGuards(strapi);
    guardPreviewUrl(strapi);
    guardRegistrationRoute(strapi);
    openUploadSettingsToUploaders(strapi);
    keepSettingsMedia(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi, process.env.I18N_DEFAULT_LOCALE ?? 'vi');
    // Before anything reads or writes by site: a site exists, and every ward's row belongs to one.
    await ensureSites(strapi);
    await ensurePublicPermissions(strapi);
    await applyRegistrationSetting(strapi);
    await applyAdminLabels(strapi);
    await applyQuestionLayout(strapi);
    await applyDerivedFields(strapi);
    await applyRelationLabels(strapi);
    await ensureReadIndexes(strapi);
    await ensureLimitsTable(strapi);
    await (strapi.plugin('editorial-workflow').service('setup') as { ensureRoles(): Promise<void> }).ensureRoles();
    if (seedsOnEmptyDatabase() && (await strapi.db.query('api::contributor-unit.contributor-unit').count()) === 0) {
      // SEED_DEMO_STAFF=false leaves out the demo accounts and their items (test suites that bring their own).
      const report = await seedDemoData(strapi, new Date(), { staff: process.env.SEED_DEMO_STAFF !== 'false' });
      strapi.log.info(`Demo data loaded: ${report.created} items created.`);
      logCredentials(strapi, report.credentials);
    }
    publicApi = await bootstrapPublicApi(strapi);
    startMetrics(strapi);
    registerReadyRoute(strapi);
  },

  async destroy() {
    await publicApi?.stop();
  },
};
