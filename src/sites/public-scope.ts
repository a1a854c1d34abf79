import type { Core, Modules } from '@strapi/strapi';
import { isSiteOwned, siteFilter } from './owned';
import { siteOfRequest } from './request';
import type { SiteRef } from './directory';

/** The Koa context of the request a Document Service call runs in, as far as this module reads it. */
interface RequestCtx {
  query?: Record<string, unknown>;
  hostname?: string;
  state?: { route?: { handler?: unknown; info?: { type?: string } }; publicSite?: Promise<SiteRef> };
}

interface DocumentCtx {
  uid: string;
  action: string;
  params: { filters?: Record<string, unknown>; populate?: unknown } & Record<string, unknown>;
}

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/**
 * Content-API routes that are not a public read of the request's site: the preview route answers the one
 * version its signed link names (the link is the site's; the site's preview server calls from its own host).
 */
const UNSCOPED_HANDLERS = new Set(['api::preview.preview.findOne']);

/** The request a Document Service call serves, when it is a content-API request (public role or API token). */
function contentApiRequest(strapi: Core.Strapi): RequestCtx | undefined {
  const ctx = strapi.requestContext.get() as RequestCtx | undefined;
  const route = ctx?.state?.route;
  if (route?.info?.type !== 'content-api') return undefined;
  if (typeof route.handler === 'string' && UNSCOPED_HANDLERS.has(route.handler)) return undefined;
  return ctx;
}

/** The request's site, worked out once per request (`?site=`, else the host, else the only site; else 400). */
export function publicSiteOf(strapi: Core.Strapi, koaCtx: object): Promise<SiteRef> {
  const ctx = koaCtx as RequestCtx;
  const state = (ctx.state ??= {});
  state.publicSite ??= siteOfRequest(strapi, ctx);
  return state.publicSite;
}

/** The site of the content-API request being served, or undefined outside one. */
export async function currentPublicSite(strapi: Core.Strapi): Promise<SiteRef | undefined> {
  const ctx = contentApiRequest(strapi);
  return ctx ? publicSiteOf(strapi, ctx) : undefined;
}

type Attributes = Record<string, { type: string; target?: string; component?: string; components?: string[]; relation?: string }>;
type Entity = Record<string, unknown> & { id?: number; __component?: string };

const attributesOf = (strapi: Core.Strapi, model: string): Attributes =>
  ((strapi.contentTypes[model as never] ?? strapi.components[model as never]) as { attributes?: Attributes } | undefined)?.attributes ?? {};

/**
 * Walks what a read returned along the schemas: `visit` sees every populated relation value (an entity or a
 * list of them) of a site-owned target, and may answer a replacement for it.
 */
function walk(strapi: Core.Strapi, model: string, entity: Entity, visit: (target: string, value: Entity | Entity[]) => Entity | Entity[] | null): void {
  for (const [name, attribute] of Object.entries(attributesOf(strapi, model))) {
    const value = entity[name];
    if (!value || typeof value !== 'object') continue;
    const items = (Array.isArray(value) ? value : [value]) as Entity[];
    if (attribute.type === 'relation' && attribute.target) {
      if (isSiteOwned(strapi, attribute.target)) {
        entity[name] = visit(attribute.target, value as Entity | Entity[]);
      }
      for (const item of (Array.isArray(entity[name]) ? entity[name] : [entity[name]]) as Entity[]) {
        if (item && typeof item === 'object') walk(strapi, attribute.target, item, visit);
      }
    } else if (attribute.type === 'component' && attribute.component) {
      for (const item of items) walk(strapi, attribute.component, item, visit);
    } else if (attribute.type === 'dynamiczone') {
      for (const item of items) if (item.__component) walk(strapi, item.__component, item, visit);
    }
  }
}

/**
 * Removes from populated relations every item of another site: one query per site-owned type that appears.
 * Populate accepts many shapes (`*`, lists, nested objects, dynamic-zone fragments); checking what came back
 * covers them all, and custom controllers' reads too.
 */
async function dropOtherSites(strapi: Core.Strapi, uid: string, result: unknown, site: () => Promise<SiteRef>): Promise<void> {
  const roots = (Array.isArray(result) ? result : [result]).filter((item) => item && typeof item === 'object') as Entity[];
  const found = new Map<string, Set<number>>();
  const collect = (target: string, value: Entity | Entity[]) => {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item?.id === 'number') found.set(target, (found.get(target) ?? new Set()).add(item.id));
    }
    return value;
  };
  for (const root of roots) walk(strapi, uid, root, collect);
  if (found.size === 0) return;
  const { id: siteId } = await site();
  const kept = new Map<string, Set<number>>();
  for (const [target, ids] of found) {
    const rows = (await strapi.db.query(target as never).findMany({ where: { $and: [{ id: { $in: [...ids] } }, siteFilter(strapi, target, siteId)] }, select: ['id'] })) as Array<{ id: number }>;
    kept.set(target, new Set(rows.map((row) => row.id)));
  }
  const keep = (target: string, value: Entity | Entity[]) => {
    const allowed = kept.get(target) ?? new Set<number>();
    if (Array.isArray(value)) return value.filter((item) => typeof item?.id !== 'number' || allowed.has(item.id));
    return typeof value.id !== 'number' || allowed.has(value.id) ? value : null;
  };
  for (const root of roots) walk(strapi, uid, root, keep);
}

/**
 * Every public read is one site's: within a content-API request (the public role, API tokens), the Document
 * Service's reads of a site-owned type are filtered by the request's site — lists, their totals (`count`),
 * single documents (another site's answers 404) and what custom controllers read — and populated relations
 * into site-owned types keep only that site's items, whatever type the read started from. One place that
 * every route passes, rather than a check per controller; staff (admin) requests are not content-API ones.
 */
export function registerPublicSiteScope(strapi: Core.Strapi): void {
  // `?site=<code>` is accepted by the REST API's strict query validation, and never reaches a query
  // (the Document Service drops root parameters it does not know). Routes are module objects that a second
  // Strapi in the same process (tests) finds already given the parameter.
  strapi.contentAPI.addQueryParams({
    site: {
      schema: (z: { string(): { optional(): unknown } }) => z.string().optional(),
      matchRoute: (route: { request?: { query?: Record<string, unknown> } }) => !(route.request?.query && 'site' in route.request.query),
    },
  } as never);

  const middleware = async (ctx: DocumentCtx, next: () => Promise<unknown>) => {
    if (!READS.has(ctx.action)) return next();
    const request = contentApiRequest(strapi);
    if (!request) return next();
    const site = () => publicSiteOf(strapi, request);
    if (isSiteOwned(strapi, ctx.uid)) {
      const { id } = await site();
      const own = siteFilter(strapi, ctx.uid, id);
      ctx.params.filters = ctx.params.filters && Object.keys(ctx.params.filters).length > 0 ? { $and: [ctx.params.filters, own] } : own;
    }
    const result = await next();
    if (ctx.action !== 'count' && ctx.params.populate !== undefined && result) await dropOtherSites(strapi, ctx.uid, result, site);
    return result;
  };
  strapi.documents.use(middleware as unknown as Modules.Documents.Middleware.Middleware);
}
