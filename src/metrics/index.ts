import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's metrics, served in the Prometheus text format by `global::metrics` (GET /metrics). Other
 * code increments the counters below; the workflow gauges are read from the database at scrape time
 * (src/metrics/workflow.ts). Labels stay few and fixed (route groups, job names, workflow states), never
 * paths, ids or users.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const httpRequests = new Counter({
  name: 'phuong_http_requests_total',
  help: 'HTTP requests answered, by route group and status class (2xx, 3xx, 4xx, 5xx).',
  labelNames: ['group', 'status'] as const,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: 'phuong_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by route group.',
  labelNames: ['group'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const cacheHits = new Counter({
  name: 'phuong_response_cache_hits_total',
  help: 'Public API reads answered from the response cache.',
  registers: [registry],
});

export const cacheMisses = new Counter({
  name: 'phuong_response_cache_misses_total',
  help: 'Cacheable public API reads computed and stored in the response cache.',
  registers: [registry],
});

export const jobRuns = new Counter({
  name: 'phuong_job_runs_total',
  help: 'Background job runs (scheduled jobs, dossier imports), by job, finished or failed.',
  labelNames: ['job'] as const,
  registers: [registry],
});

export const jobFailures = new Counter({
  name: 'phuong_job_failures_total',
  help: 'Background job runs that failed, by job.',
  labelNames: ['job'] as const,
  registers: [registry],
});

export const listenerReconnects = new Counter({
  name: 'phuong_cache_listener_reconnects_total',
  help: 'Times the response cache\'s LISTEN connection to PostgreSQL was lost and opened again.',
  registers: [registry],
});

/** One finished run of a background job. */
export function countJob(job: string, failed: boolean): void {
  jobRuns.inc({ job });
  if (failed) jobFailures.inc({ job });
}

/**
 * Plugins (which cannot import the app) announce their jobs on Strapi's event hub under this name, with
 * `{ job, failed }`; src/metrics/workflow.ts counts them.
 */
export const JOB_FINISHED = 'phuong.job.finished';

/** The route group of a request path, from its prefix: a handful of values, whatever the path. */
export function routeGroup(path: string): string {
  if (path === '/_health' || path === '/_ready') return 'health';
  if (/^\/api\/(questions|forms|dossiers\/lookup)(\/|$)/.test(path)) return 'forms';
  if (path === '/api' || path.startsWith('/api/')) return 'public-api';
  if (path.startsWith('/uploads/') || path === '/upload' || path.startsWith('/upload/')) return 'uploads';
  if (/^\/(admin|content-manager|content-type-builder|editorial-workflow|one-stop|i18n|users-permissions|email)(\/|$)/.test(path)) return 'admin';
  return 'other';
}

/** Builds a gauge whose value is read when Prometheus scrapes (the callback sets it). */
export function scrapeGauge<T extends string>(name: string, help: string, labelNames: readonly T[], read: (gauge: Gauge<T>) => Promise<void>): Gauge<T> {
  registry.removeSingleMetric(name);
  return new Gauge<T>({
    name, help, labelNames, registers: [registry],
    async collect() { await read(this); },
  });
}
