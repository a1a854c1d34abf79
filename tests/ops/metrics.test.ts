import { startInstances } from '../helpers/instances';
import { eventually } from '../helpers/publishing';
import { startStrapi, type TestApp } from '../helpers/strapi';

// What an operator's Prometheus sees at GET /metrics, and the JSON log lines a log collector reads.
const TOKEN = 'metrics-token-for-tests';
const STATES = 'plugin::editorial-workflow.review-state';

let app: TestApp;
beforeAll(async () => {
  // Cron on, so that the scheduled jobs are registered (this suite runs them by hand).
  app = await startStrapi({ env: { METRICS_TOKEN: TOKEN, CRON_ENABLED: 'true' } });
});
afterAll(async () => {
  await app?.stop();
  delete process.env.METRICS_TOKEN;
  process.env.CRON_ENABLED = 'false';
});

const scrape = async () => (await app.http().get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200)).text;
/** The value of one sample line, e.g. `phuong_http_requests_total{group="public-api",status="2xx"}`; 0 when absent. */
const sample = (text: string, series: string) => {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
};

describe('GET /metrics', () => {
  it('answers 401 without the token or with a wrong one, in the API\'s error shape', async () => {
    const missing = await app.http().get('/metrics').expect(401);
    expect(missing.body.error).toMatchObject({ status: 401, name: 'UnauthorizedError', message: expect.stringContaining('METRICS_TOKEN') });
    await app.http().get('/metrics').set('Authorization', 'Bearer not-the-token').expect(401);
    await app.http().get('/metrics').set('Authorization', TOKEN).expect(401);
  });

  it('answers the Prometheus text format with every metric an operator alerts on', async () => {
    const res = await app.http().get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const name of [
      'phuong_http_requests_total', 'phuong_http_request_duration_seconds', 'phuong_response_cache_hits_total',
      'phuong_response_cache_misses_total', 'phuong_job_runs_total', 'phuong_job_failures_total', 'phuong_workflow_items',
      'phuong_workflow_overdue_items', 'phuong_cache_listener_reconnects_total', 'process_resident_memory_bytes',
    ]) expect(res.text).toContain(`# TYPE ${name} `);
  });

  it('counts public API requests by route group, and the response cache\'s misses and hits', async () => {
    const series = 'phuong_http_requests_total{group="public-api",status="2xx"}';
    const before = await scrape();
    await app.http().get('/api/articles?pagination[pageSize]=7').expect(200);
    const afterMiss = await scrape();
    expect(sample(afterMiss, series)).toBe(sample(before, series) + 1);
    expect(sample(afterMiss, 'phuong_response_cache_misses_total')).toBe(sample(before, 'phuong_response_cache_misses_total') + 1);
    expect(afterMiss).toMatch(/phuong_http_request_duration_seconds_count\{group="public-api"\} [1-9]/);

    const hit = await app.http().get('/api/articles?pagination[pageSize]=7').expect(200);
    expect(hit.headers['x-cache']).toBe('HIT');
    const afterHit = await scrape();
    expect(sample(afterHit, 'phuong_response_cache_hits_total')).toBe(sample(afterMiss, 'phuong_response_cache_hits_total') + 1);
    expect(sample(afterHit, series)).toBe(sample(before, series) + 2);
    await app.http().get('/_health').expect(204);
    expect(sample(await scrape(), 'phuong_http_requests_total{group="health",status="2xx"}')).toBeGreaterThanOrEqual(1);
  });

  it('reads the workflow\'s queues and overdue items from the database at each scrape', async () => {
    const row = await app.strapi.db.query(STATES).findOne({ where: {} });
    expect(row).toBeTruthy();
    const series = `phuong_workflow_overdue_items{workflow="${row.workflow}"}`;
    const before = sample(await scrape(), series);
    const queue = `phuong_workflow_items{workflow="${row.workflow}",state="${row.state}"}`;
    expect(sample(await scrape(), queue)).toBe(await app.strapi.db.query(STATES).count({ where: { workflow: row.workflow, state: row.state } }));
    await app.strapi.db.query(STATES).update({ where: { id: row.id }, data: { dueAt: new Date(Date.now() - 3_600_000).toISOString() } });
    expect(sample(await scrape(), series)).toBe(before + 1);
  });

  it('counts the scheduled jobs\' runs and failures', async () => {
    const job = app.strapi.cron.jobs.find((candidate: { name: string | null }) => candidate.name === 'editorial-workflow-scheduled-publish')?.job;
    expect(job).toBeDefined();
    const runs = 'phuong_job_runs_total{job="scheduled-publish"}';
    const failures = 'phuong_job_failures_total{job="scheduled-publish"}';
    const before = await scrape();
    await job!.invoke();
    const scheduler = app.strapi.plugin('editorial-workflow').service('scheduler');
    const runDue = scheduler.runDue;
    scheduler.runDue = () => Promise.reject(new Error('mất kết nối cơ sở dữ liệu'));
    try {
      await expect(job!.invoke()).rejects.toThrow('mất kết nối');
    } finally {
      scheduler.runDue = runDue;
    }
    let after = '';
    expect(await eventually(async () => { after = await scrape(); return sample(after, runs) >= sample(before, runs) + 2; }, 2000)).toBe(true);
    expect(sample(after, failures)).toBe(sample(before, failures) + 1);
  });
});

describe('an instance without METRICS_TOKEN, with LOG_FORMAT=json', () => {
  it('has no /metrics route (404), and writes its log as one JSON object per line', async () => {
    const cluster = await startInstances(1, { env: { METRICS_TOKEN: '', LOG_FORMAT: 'json', LOG_LEVEL: 'http' }, captureOutput: true });
    try {
      const [instance] = cluster.instances;
      await instance.http().get('/metrics').expect(404);
      await instance.http().get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(404);
      await instance.http().get('/api/articles').expect(200);
      expect(await eventually(async () => instance.output().includes('GET /api/articles'), 2000)).toBe(true);
      const lines = instance.output().split('\n').filter((line) => line.trim() !== '');
      const parsed = lines.map((line) => JSON.parse(line) as { level: string; message: string; timestamp: string });
      const request = parsed.find((entry) => entry.message.startsWith('GET /api/articles'));
      expect(request).toMatchObject({ level: 'http', message: expect.stringMatching(/^GET \/api\/articles \(\d+ ms\) 200$/), timestamp: expect.any(String) });
      expect(parsed.some((entry) => entry.level === 'info')).toBe(true);
    } finally {
      await cluster.stop();
    }
  });
});
