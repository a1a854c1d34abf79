import type { Core } from '@strapi/strapi';
import { getRegistry } from '../registry';
import { statesRepository, type StateRow } from '../repositories/states';
import { stateView } from '../workflow/state-view';
import { peopleOf } from '../services/people';

/** The name the admin's list view uses for the workflow state: a column and a filter, not an attribute. */
export const STATE_FIELD = 'ewState';

interface ListContext {
  request: object;
  params: { model?: string };
  query: Record<string, unknown>;
  body: unknown;
  status: number;
}

type Filter = Record<string, unknown>;

function stateFilterOf(filter: Filter): string | undefined {
  const condition = filter[STATE_FIELD] as Record<string, unknown> | undefined;
  const value = condition?.$eq;
  return typeof value === 'string' ? value : undefined;
}

/**
 * A middleware of the Content Manager's list route (GET /content-manager/collection-types/:model), so it
 * runs after the admin is authenticated and authorised, and on no other request.
 * The Content Manager's list of a governed type gets the state of each row, and understands
 * `filters[$and][n][ewState][$eq]=<state>`: the state lives in the plugin's table, so the filter is
 * rewritten into a documentId condition before the Content Manager (which would drop an unknown key) sees it.
 * An item without a state row yet is in the workflow's initial state.
 */
export function listStateMiddleware(strapi: Core.Strapi) {
  const states = statesRepository(strapi);
  return async (ctx: ListContext, next: () => Promise<void>) => {
    const uid = ctx.params.model ?? '';
    const wf = getRegistry().workflowOf(uid);
    if (!wf) return next();
    const locale = typeof ctx.query.locale === 'string' ? ctx.query.locale : undefined;
    const scope = { targetUid: uid, ...(locale ? { locale } : {}) };

    const filters = ctx.query.filters as { $and?: Filter[] } | undefined;
    if (filters && Array.isArray(filters.$and) && filters.$and.some((f) => STATE_FIELD in f)) {
      const rewritten = await Promise.all(filters.$and.map(async (filter) => {
        const wanted = stateFilterOf(filter);
        if (!(STATE_FIELD in filter)) return filter;
        if (!wanted) return { documentId: { $null: true } }; // an unusable state filter matches nothing
        if (wanted === wf.initial) {
          const elsewhere = await states.findMany({ ...scope, state: { $ne: wanted } });
          return { documentId: { $notIn: elsewhere.map((row) => row.targetDocumentId) } };
        }
        const rows = await states.findMany({ ...scope, state: wanted });
        return rows.length ? { documentId: { $in: rows.map((row) => row.targetDocumentId) } } : { documentId: { $null: true } };
      }));
      // Replaces the parsed query as an object: a round trip through the query string would turn id lists
      // longer than qs's arrayLimit (100) into objects.
      const query = { ...ctx.query, filters: { ...filters, $and: rewritten } };
      Object.defineProperty(ctx.request, 'query', { value: query, configurable: true, enumerable: true });
    }

    await next();

    const body = ctx.body as { results?: Array<Record<string, unknown>> } | undefined;
    if (ctx.status !== 200 || !Array.isArray(body?.results) || body.results.length === 0) return;
    const ids = body.results.map((row) => String(row.documentId));
    const rows: StateRow[] = await states.findMany({ ...scope, targetDocumentId: { $in: ids } });
    const byDocument = new Map(rows.map((row) => [row.targetDocumentId, row]));
    const assigned = wf.assignee ? await peopleOf(strapi, [...new Set(rows.map((row) => row.authorId).filter((id): id is number => id !== null))]) : [];
    const labels = new Map(assigned.map((person) => [person.id, person.label]));
    const now = new Date();
    for (const result of body.results) {
      const row = byDocument.get(String(result.documentId));
      const view = stateView(wf, row ?? { state: wf.initial, dueAt: null }, now);
      result[STATE_FIELD] = wf.assignee ? { ...view, assignee: (row?.authorId && labels.get(row.authorId)) || null } : view;
    }
  };
}

interface Route {
  method: string;
  handler: string;
  config?: { middlewares?: unknown[] };
}

const OURS = Symbol.for('editorial-workflow.list-state');

/**
 * Adds the middleware to the Content Manager's list route; in register(), before the routes are built.
 * In place of the one an earlier start added: the route object belongs to the Content Manager's module,
 * loaded once per process, and a second start in one process (tests, several instances) would otherwise
 * keep the first start's middleware, bound to its stopped database.
 */
export function attachListState(strapi: Core.Strapi): void {
  const { admin } = strapi.plugin('content-manager').routes as unknown as { admin: { routes: Route[] } };
  const list = admin.routes.find((route) => route.method === 'GET' && route.handler === 'collection-types.find');
  if (!list) throw new Error('editorial-workflow: the Content Manager has no list route (collection-types.find) to add the workflow state to.');
  const middleware = Object.assign(listStateMiddleware(strapi), { [OURS]: true });
  const others = (list.config?.middlewares ?? []).filter((existing) => !(existing as { [OURS]?: boolean })[OURS]);
  list.config = { ...list.config, middlewares: [...others, middleware] };
}
