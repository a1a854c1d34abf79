import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { foldForSearch } from '../../../lib/search-text';
import type { BodyLimitState } from '../../../middlewares/body-limit';
import { askInput, describeIssues, refuseOversized } from '../inputs';
import { UNKNOWN_TRACKING_CODE } from '../services/citizen';
import { publicSiteOf } from '../../../sites/public-scope';

/** The parts of Strapi's core controller this one calls. */
interface CoreController {
  validateQuery(ctx: unknown): Promise<void>;
  sanitizeQuery(ctx: unknown): Promise<unknown>;
  sanitizeOutput(data: unknown, ctx: unknown): Promise<unknown>;
  transformResponse(data: unknown, meta: unknown): unknown;
}

interface Ctx {
  request: { body?: Record<string, unknown> };
  state: BodyLimitState;
  params: Record<string, string>;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
}

const citizen = () => strapi.service('api::question.citizen') as ReturnType<typeof import('../services/citizen').default>;

// Strapi's controller typing is keyed on generated content-type types, which this project does not generate.
export default factories.createCoreController('api::question.question' as never, (() => ({
  /**
   * The public list holds only published answers to questions whose askers agreed to publish them;
   * `q` searches title and question accent-insensitively ("dong da" finds "Đống Đa").
   */
  async find(this: CoreController, ctx: Ctx & { query: { filters?: Record<string, unknown>; q?: unknown } }) {
    const { q, ...query } = ctx.query;
    const search = typeof q === 'string' ? foldForSearch(q).slice(0, 100) : '';
    ctx.query = query;
    await this.validateQuery(ctx);
    const sanitized = (await this.sanitizeQuery(ctx)) as { filters?: Record<string, unknown> };
    const filters = [sanitized.filters ?? {}, { consentToPublish: true }, ...(search ? [{ searchText: { $contains: search } }] : [])];
    const { results, pagination } = await strapi.service('api::question.question').find({ ...sanitized, filters: { $and: filters } });
    return this.transformResponse(await this.sanitizeOutput(results, ctx), { pagination });
  },

  async challenge(ctx: Ctx) {
    ctx.body = await citizen().challenge();
  },

  async ask(ctx: Ctx) {
    refuseOversized(ctx.state);
    const body = (ctx.request.body?.data ?? ctx.request.body ?? {}) as Record<string, unknown>;
    const parsed = askInput.safeParse(body);
    if (!parsed.success) {
      const { message, field } = describeIssues(parsed.error);
      throw new errors.ValidationError(message, { field, errors: parsed.error.issues.map((i) => ({ path: i.path, message: i.message })) });
    }
    const result = await citizen().ask(parsed.data, await publicSiteOf(strapi, ctx));
    ctx.status = 201;
    ctx.body = { data: { ...result, status: 'received' } };
  },

  async rate(ctx: Ctx) {
    refuseOversized(ctx.state);
    const body = (ctx.request.body?.data ?? ctx.request.body ?? {}) as { rating?: unknown };
    const rating = Number(body.rating);
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      throw new errors.ValidationError('Mức độ hài lòng: chọn từ 1 đến 5.', { field: 'rating' });
    }
    await citizen().rate(ctx.params.code ?? '', rating, await publicSiteOf(strapi, ctx));
    ctx.body = { data: { rated: true } };
  },

  async track(ctx: Ctx) {
    const tracked = await citizen().track(ctx.params.code ?? '', await publicSiteOf(strapi, ctx));
    if (!tracked) throw new errors.NotFoundError(UNKNOWN_TRACKING_CODE);
    ctx.body = { data: tracked };
  },
})) as never);
