import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { cacheHits, cacheMisses } from '../metrics';
import { responseStore, type CachedResponse } from '../public-api/cache/store';
import { tagsFor } from '../public-api/cache/tags';
import { SEARCHABLE_UIDS } from '../public-api/search/documents';
import { publicSiteOf } from '../sites/public-scope';

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

export interface Ctx {
  method: string;
  path: string;
  hostname: string;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  state: { route?: { handler?: unknown; info?: { type?: string; apiName?: string } } };
  get(header: string): string;
  set(header: string, value: string): void;
  response: { get(header: string): unknown; headers: Record<string, unknown> };
  type: string;
}

const CORE_READ = /^(api::[\w-]+\.[\w-]+)\.(find|findOne)$/;

/** Stable text for a parsed query: the same parameters in any order give the same key. */
function normalise(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(normalise).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${normalise(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The content types a public read shows, or null when the route is not a cacheable public read. The
 * schemas are fixed once Strapi runs, so each type's tags are worked out once.
 */
function tagsOf(strapi: Core.Strapi, ctx: Ctx, known: Map<string, Set<string>>): { key: string; tags: Set<string> } | null {
  const { route } = ctx.state;
  if (route?.info?.type !== 'content-api' || typeof route.handler !== 'string') return null;
  if (route.info.apiName === 'search') return { key: 'search', tags: new Set(SEARCHABLE_UIDS) };
  const match = CORE_READ.exec(route.handler);
  if (!match || !strapi.contentTypes[match[1] as never]) return null;
  const populated = ctx.query.populate !== undefined;
  const memo = `${match[1]}|${populated}`;
  if (!known.has(memo)) known.set(memo, tagsFor(strapi, match[1], populated));
  return { key: match[1], tags: known.get(memo) as Set<string> };
}

/**
 * The store's key of a public read: the site it is for (by `?site=` or the host, as the API itself tells it),
 * path, query in a stable order, role. Undefined when the request names no site the API would answer for
 * (it answers 400 or 404): such a request is never stored nor answered from the store.
 */
export async function cacheKey(strapi: Core.Strapi, ctx: Ctx): Promise<string | undefined> {
  // Resolved once per request (kept on its state): both cache middlewares and the reads' scope ask for it.
  const site = await publicSiteOf(strapi, ctx).catch(() => undefined);
  return site ? `public ${site.code} ${ctx.path}?${normalise(ctx.query)}` : undefined;
}

/** Whether a request may be answered from the cache at all: an anonymous GET under /api/. */
export const cacheable = (ctx: Ctx): boolean => ctx.method === 'GET' && ctx.path.startsWith('/api/') && !ctx.get('authorization');

/**
 * Answers from an entry: on a hit the stored security headers are replayed; ETag, Cache-Control and
 * X-Cache are set either way, and a matching If-None-Match gets 304 without a body.
 */
export function send(ctx: Ctx, entry: CachedResponse, state: 'HIT' | 'MISS'): void {
  (state === 'HIT' ? cacheHits : cacheMisses).inc();
  if (state === 'HIT') for (const name in entry.headers) ctx.set(name, entry.headers[name]);
  ctx.set('ETag', entry.etag);
  ctx.set('Cache-Control', entry.cacheControl);
  ctx.set('X-Cache', state);
  const ifNoneMatch = ctx.get('if-none-match');
  if (ifNoneMatch && matches(ifNoneMatch, entry.etag)) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.body = entry.body;
}

const header = ({ maxAge, sMaxAge, staleWhileRevalidate }: CacheControl) =>
  `public, max-age=${maxAge}, s-maxage=${sMaxAge}, stale-while-revalidate=${staleWhileRevalidate}`;

/**
 * Headers that depend on the request (CORS, HSTS over TLS) or that this middleware sets itself are
 * not replayed; the rest (helmet's security headers, X-Powered-By) are the same for every request.
 */
const PER_REQUEST = /^(etag|cache-control|x-cache|content-length|content-type|vary|access-control-.*|strict-transport-security|set-cookie|date)$/;

const replayable = (headers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(headers).filter(([name, value]) => !PER_REQUEST.test(name) && typeof value === 'string')) as Record<string, string>;

/** An entity tag without its weakness mark: `W/"x"` and `"x"` name the same version. */
const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * Weak comparison, as RFC 9110 §13.1.2 asks for If-None-Match: the stored ETag is one of the listed ones
 * (or `*`) with any `W/` ignored, because a proxy that compresses (nginx's gzip) weakens the tag it passes on.
 */
const matches = (ifNoneMatch: string, etag: string) =>
  ifNoneMatch.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === opaque(etag));

/**
 * Public GET responses from memory (`global::response-cache`). Anonymous requests only: anything with
 * an Authorization header goes the normal way and is never stored. A read is stored after Strapi has
 * routed, authorised and sanitised it as the public role; later requests for the same site with the
 * same path and query are answered before routing. Entries are dropped when their content types change
 * (src/public-api/content-changes.ts). Strong ETags give 304 on If-None-Match. It sits before
 * strapi::security in the stack so that a hit costs little: the security headers of the first
 * answer are stored with it and replayed.
 */
export default (config: Config, { strapi }: { strapi: Core.Strapi }) => {
  const store = responseStore();
  store.configure(config.maxBytes);
  const known = new Map<string, Set<string>>();
  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    if (!config.enabled || !cacheable(ctx)) return next();
    const key = await cacheKey(strapi, ctx);
    if (!key) return next();
    const cached = store.get(key);
    if (cached) return send(ctx, cached, 'HIT');

    const snapshot = store.snapshot();
    await next();
    const read = ctx.status === 200 && ctx.body && typeof ctx.body === 'object' && !Buffer.isBuffer(ctx.body) ? tagsOf(strapi, ctx, known) : null;
    if (!read || ctx.response.get('set-cookie')) return;
    const body = Buffer.from(JSON.stringify(ctx.body));
    const entry = {
      body,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
      cacheControl: header(config.cacheControl[read.key] ?? config.cacheControl.default),
      tags: read.tags,
      headers: replayable(ctx.response.headers),
    };
    store.set(key, entry, snapshot);
    send(ctx, entry, 'MISS');
  };
};
