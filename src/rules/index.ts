import type { Core, Modules } from '@strapi/strapi';
import type { ContentRule, WriteContext, Next } from './context';
import { dateOrderRule } from './date-order';
import { dossierReportRule } from './dossier-report';
import { legalDocumentRule } from './legal-document';
import { organisationRule } from './organisation';
import { requiredMediaRule } from './required-media';
import { toNfc } from './nfc';
import { siteRule } from './site';
import { sameSiteRelationsRule } from './same-site-relations';
import { unitNameRule } from './unit-name';
import { slugRule } from './slug';
import { workScheduleRule } from './work-schedule';
import { describeWrite } from './write';

/** In order: rules that derive fields run before the slug rule, which may read them. */
const RULES: readonly ContentRule[] = [unitNameRule, legalDocumentRule, workScheduleRule, dossierReportRule, dateOrderRule, organisationRule, slugRule];

/**
 * The content rules the schema cannot express, checked on every create and update through the
 * Document Service: REST, the Content Manager, imports and scripts all pass here.
 */
export function registerContentRules(strapi: Core.Strapi): void {
  // The media and site rules learn their types from the schemas, which are loaded by the time `register`
  // runs; the site comes first, since the uniqueness checks of the others compare within it.
  const all = [siteRule(strapi), sameSiteRelationsRule(strapi), requiredMediaRule(strapi), ...RULES];
  const middleware = async (ctx: WriteContext, next: Next) => {
    if ((ctx.action !== 'create' && ctx.action !== 'update') || !ctx.uid.startsWith('api::') || !ctx.params.data) {
      return next();
    }
    ctx.params.data = toNfc(ctx.params.data);
    const rules = all.filter((rule) => rule.uids.includes(ctx.uid));
    if (rules.length > 0) {
      const write = await describeWrite(strapi, ctx);
      for (const rule of rules) await rule.beforeWrite(strapi, write);
    }
    return next();
  };
  strapi.documents.use(middleware as unknown as Modules.Documents.Middleware.Middleware);
}
