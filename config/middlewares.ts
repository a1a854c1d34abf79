import type { Core } from '@strapi/strapi';
import { MAX_QUESTION_BYTES } from '../src/api/question/inputs';

// Public reads are cached for a minute in browsers, five in a shared cache (nginx, CDN) which may
// serve a stale copy for ten more while it revalidates; changes drop the server's copy at once.
const cacheControl = (env: Core.Config.Shared.ConfigParams['env']) => ({
  default: {
    maxAge: env.int('RESPONSE_CACHE_MAX_AGE', 60),
    sMaxAge: env.int('RESPONSE_CACHE_S_MAXAGE', 300),
    staleWhileRevalidate: env.int('RESPONSE_CACHE_STALE_WHILE_REVALIDATE', 600),
  },
  // Searches change with every publication of five types: keep shared copies short.
  search: { maxAge: 30, sMaxAge: 60, staleWhileRevalidate: 60 },
});

/**
 * CORS, closed by default. The admin panel is served from the CMS's own origin and needs none. Only the
 * public site's browsers call the API from elsewhere (question form, tracking, dossier lookup): the
 * origins in CORS_ORIGINS (comma-separated) get CORS on the REST API's routes and on /uploads/ (an article's
 * video plays with `crossorigin` so that its captions track, a WebVTT upload, may load on the site) and nowhere
 * else, and never with credentials, since those forms send no cookies. Without CORS_ORIGINS no foreign origin
 * gets any.
 */
const corsOrigins = (env: Core.Config.Shared.ConfigParams['env']) => {
  const origins = env.array('CORS_ORIGINS', [] as string[]).map((origin) => origin.trim()).filter(Boolean);
  return (ctx: { path: string }): string[] => {
    const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
    return ctx.path === prefix || ctx.path.startsWith(`${prefix}/`) || ctx.path.startsWith('/uploads/') ? origins : [];
  };
};

const HSTS_MAX_AGE = 31_536_000;

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  // Before everything: a cached public read without an Origin header is answered here at once, doing what
  // metrics, the outage check, CORS and HSTS below would do to it (src/middlewares/cache-hits.ts).
  { name: 'global::cache-hits', config: { enabled: env.bool('RESPONSE_CACHE_ENABLED', true), hstsMaxAge: HSTS_MAX_AGE } },
  // First, so that it times every answer (cache hits and errors too); GET /metrics for Prometheus (docs/operations.md).
  { name: 'global::metrics', config: { token: env('METRICS_TOKEN', '') } },
  // Then, outside all the rest: while the database is unreachable every route answers 503 with Retry-After (not 401/500).
  'global::database-outage',
  { name: 'strapi::cors', config: { origin: corsOrigins(env), credentials: false } },
  // HSTS only over TLS (global::hsts); helmet (strapi::security) would send it on plain HTTP too.
  { name: 'global::hsts', config: { maxAge: HSTS_MAX_AGE } },
  // Misses (stored here) and the hits global::cache-hits leaves (requests with an Origin); it replays the
  // security headers stored with the entry.
  {
    name: 'global::response-cache',
    config: {
      enabled: env.bool('RESPONSE_CACHE_ENABLED', true),
      maxBytes: env.int('RESPONSE_CACHE_MAX_MB', 64) * 1024 * 1024,
      cacheControl: cacheControl(env),
    },
  },
  // After the cache: a hit is neither logged per request nor wrapped for errors it cannot raise.
  'strapi::logger',
  'strapi::errors',
  // Helmet's headers (CSP with frame-ancestors 'self', nosniff, frame options) on API and admin alike.
  { name: 'strapi::security', config: { hsts: false } },
  'global::upload-headers',
  'strapi::poweredBy',
  'strapi::query',
  // The public forms' bodies, counted as they are read (chunked ones too), before strapi::body parses them.
  { name: 'global::body-limit', config: { paths: ['/api/questions', '/api/forms'], maxBytes: MAX_QUESTION_BYTES } },
  'strapi::body',
  {
    name: 'global::login-throttle',
    config: {
      paths: ['/admin/login', '/api/auth/local'],
      maxPerClient: env.int('LOGIN_MAX_FAILURES_PER_CLIENT', 20),
      maxPerAccount: env.int('LOGIN_MAX_FAILURES_PER_ACCOUNT', 10),
      windowMs: 15 * 60_000,
      // In place of Strapi's admin limiter (off in config/admin.ts: it counts in each process).
      adminPaths: ['/admin/login', '/admin/register-admin', '/admin/forgot-password'],
      maxPerAccountAndClient: env.int('ADMIN_AUTH_MAX_ATTEMPTS', 5),
      accountAndClientWindowMs: 5 * 60_000,
    },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
