import type { Core } from '@strapi/strapi';
import { QUESTION_FIELDS } from '../../../lib/question-form';
import type { BodyLimitState } from '../../../middlewares/body-limit';
import { describeIssues, questionInput, refuseOversized } from '../../question/inputs';
import type { DossierLookup } from '../../dossier/services/dossier';
import { UNKNOWN_TRACKING_CODE } from '../../question/services/citizen';
import { confirmPage, questionForm, sentPage, type FormValues } from '../pages/question';
import { dossierPage, trackPage } from '../pages/lookups';
import { sendPage, statusOf } from '../middlewares/html-page';
import { publicSiteOf } from '../../../sites/public-scope';

interface Ctx {
  request: { body?: Record<string, unknown> };
  state: BodyLimitState;
  query: Record<string, unknown>;
  status: number;
  type: string;
  body: unknown;
}

const citizen = (strapi: Core.Strapi) => strapi.service('api::question.citizen') as ReturnType<typeof import('../../question/services/citizen').default>;

/** Only the form's own fields, as strings: anything else a client adds is dropped. */
function formValues(body: Record<string, unknown> | undefined): FormValues & { website?: string } {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const values: FormValues & { website?: string } = { consentToPublish: body?.consentToPublish === 'true' ? 'true' : 'false' };
  for (const field of QUESTION_FIELDS) values[field.name] = text(body?.[field.name]);
  if (body?.website !== undefined) values.website = text(body.website);
  return values;
}

/** The API's input from the form: empty optional fields are absent, as the JSON form leaves them. */
const parse = (values: FormValues & { website?: string }) =>
  questionInput.safeParse(Object.fromEntries(Object.entries(values).filter(([key, value]) => value !== '' || key === 'website')));

/** One query or form value as a bounded string (a repeated parameter arrives as an array). */
const oneValue = (value: unknown, max = 100) => (typeof value === 'string' ? value.slice(0, max) : '');

/** The pages a browser without JavaScript gets for the site's question form and its two lookups. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Step 1: the form is checked; refusals come back beside their fields, otherwise the question is shown back to confirm. */
  async checkQuestion(ctx: Ctx) {
    refuseOversized(ctx.state);
    const values = formValues(ctx.request.body);
    if (ctx.request.body?.edit) return sendPage(strapi, ctx, 200, 'Gửi câu hỏi', questionForm(values, null));
    const parsed = parse(values);
    if (!parsed.success) {
      const { message, byField } = describeIssues(parsed.error);
      return sendPage(strapi, ctx, 400, 'Gửi câu hỏi', questionForm(values, message, byField));
    }
    return sendPage(strapi, ctx, 200, 'Kiểm tra lại câu hỏi', confirmPage(values, citizen(strapi).confirmationFor(parsed.data), null));
  },

  /** Step 2: the confirmed question is stored once and its tracking code shown. */
  async confirmQuestion(ctx: Ctx) {
    refuseOversized(ctx.state);
    const values = formValues(ctx.request.body);
    const parsed = parse(values);
    if (!parsed.success) {
      const { message, byField } = describeIssues(parsed.error);
      return sendPage(strapi, ctx, 400, 'Gửi câu hỏi', questionForm(values, message, byField));
    }
    try {
      const { trackingCode, dueAt } = await citizen(strapi).askConfirmed(parsed.data, oneValue(ctx.request.body?.confirmation, 1000), await publicSiteOf(strapi, ctx));
      return sendPage(strapi, ctx, 201, 'Đã gửi câu hỏi', sentPage(trackingCode, dueAt));
    } catch (error) {
      const reason = (error as { details?: { reason?: string } }).details?.reason;
      if (!reason) throw error;
      // Too quick: the same question again, with a new token. Changed, forged or stale: the form, every value kept.
      return reason === 'early'
        ? sendPage(strapi, ctx, 400, 'Kiểm tra lại câu hỏi', confirmPage(values, citizen(strapi).confirmationFor(parsed.data), (error as Error).message))
        : sendPage(strapi, ctx, 400, 'Gửi câu hỏi', questionForm(values, (error as Error).message));
    }
  },

  async trackQuestion(ctx: Ctx) {
    const code = oneValue(ctx.query.ma).trim();
    if (!code) return sendPage(strapi, ctx, 200, 'Tra cứu câu hỏi', trackPage('', null, null));
    const tracked = await citizen(strapi).track(code, await publicSiteOf(strapi, ctx));
    const message = tracked ? null : UNKNOWN_TRACKING_CODE;
    return sendPage(strapi, ctx, tracked ? 200 : 404, 'Tra cứu câu hỏi', trackPage(code, tracked, message));
  },

  async lookupDossier(ctx: Ctx) {
    const code = oneValue(ctx.query.ma).trim();
    if (!code) return sendPage(strapi, ctx, 200, 'Tra cứu hồ sơ', dossierPage('', null, null));
    try {
      const dossier = (await strapi.service('api::dossier.dossier').lookup(code, await publicSiteOf(strapi, ctx))) as DossierLookup;
      return sendPage(strapi, ctx, 200, 'Tra cứu hồ sơ', dossierPage(code, dossier, null));
    } catch (error) {
      const status = statusOf(error);
      if (!status) throw error;
      return sendPage(strapi, ctx, status, 'Tra cứu hồ sơ', dossierPage(code, null, (error as Error).message));
    }
  },
});
