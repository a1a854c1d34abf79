import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { responseStore } from '../public-api/cache/store';
import { tagsFor } from '../public-api/cache/tags';
import { SEARCHABLE_UIDS } from '../public-api/search/documents';

export interface CacheControl {
  maxAge: number;
  sMaxAge: number;
  staleWhileRevalidate: number;
}

interface Config {
  enabled: boolean;
  maxBytes: number;
  /** By content type uid (or `search`), falling back to `default`. */
  cacheControl: Record<string, CacheControl> & { default: CacheControl };
}

interface Ctx {
  method: string;
  path: string;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  state: { route?: { handler?: unknown; info?: { type?: string } } };
  get(header: string): string;
  set(header: string, value: string): void;
  response: { get(header: string): unknown };
  type: string;
}

const CORE_READ = /^(api::[\w-]+\.[\w-]+)\.(find|findOne)$/;
const SEARCH_HANDLER = 'api::search.search.search';

/** Stable text for a parsed query: the same parameters in any order give the same key. */
function normalise(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(normalise).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${normalise(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The content types a public read shows, or null when the route is not a cacheable public read. */
function tagsOf(strapi: Core.Strapi, ctx: Ctx): { key: string; tags: Set<string> } | null {
  const { route } = ctx.state;
  if (route?.info?.type !== 'content-api' || typeof route.handler !== 'string') return null;
  if (route.handler === SEARCH_HANDLER) return { key: 'search', tags: new Set(SEARCHABLE_UIDS) };
  const match = CORE_READ.exec(route.handler);
  if (!match || !strapi.contentTypes[match[1] as never]) return null;
  return { key: match[1], tags: tagsFor(strapi, match[1], ctx.query.populate !== undefined) };
}

const header = ({ maxAge, sMaxAge, staleWhileRevalidate }: CacheControl) =>
  `public, max-age=${maxAge}, s-maxage=${sMaxAge}, stale-while-revalidate=${staleWhileRevalidate}`;

/** Strong comparison: the stored ETag is one of the listed ones (or `*`). */
const matches = (ifNoneMatch: string, etag: string) =>
  ifNoneMatch.split(',').some((candidate) => candidate.trim() === etag || candidate.trim() === '*');

/**
 * Public GET responses from memory (`global::response-cache`). Anonymous requests only: anything with
 * an Authorization header goes the normal way and is never stored. A read is stored after Strapi has
 * routed, authorised and sanitised it as the public role; later requests with the same path and
 * query are answered before routing. Entries are dropped when their content types change
 * (src/public-api/content-changes.ts). Strong ETags give 304 on If-None-Match.
 */
export default (config: Config, { strapi }: { strapi: Core.Strapi }) => {
  const store = responseStore();
  store.configure(config.maxBytes);
  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    if (!config.enabled || ctx.method !== 'GET' || !ctx.path.startsWith('/api/') || ctx.get('authorization')) return next();
    const key = `public ${ctx.path}?${normalise(ctx.query)}`;
    const send = (entry: { body: Buffer; etag: string; cacheControl: string }, state: 'HIT' | 'MISS') => {
      ctx.set('ETag', entry.etag);
      ctx.set('Cache-Control', entry.cacheControl);
      ctx.set('X-Cache', state);
      if (matches(ctx.get('if-none-match'), entry.etag)) {
        ctx.status = 304;
        ctx.body = null;
        return;
      }
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = entry.body;
    };

    const cached = store.get(key);
    if (cached) return send(cached, 'HIT');

    const snapshot = store.snapshot();
    await next();
    const read = ctx.status === 200 && ctx.body && typeof ctx.body === 'object' && !Buffer.isBuffer(ctx.body) ? tagsOf(strapi, ctx) : null;
    if (!read || ctx.response.get('set-cookie')) return;
    const body = Buffer.from(JSON.stringify(ctx.body));
    const entry = {
      body,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
      cacheControl: header(config.cacheControl[read.key] ?? config.cacheControl.default),
      tags: read.tags,
    };
    store.set(key, entry, snapshot);
    send(entry, 'MISS');
  };
};
