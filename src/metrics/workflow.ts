import type { Core } from '@strapi/strapi';
import type { Gauge } from 'prom-client';
import { countJob, JOB_FINISHED, scrapeGauge } from '.';

const STATES = 'plugin::editorial-workflow.review-state';

/**
 * Sets a labelled gauge from rows, and 0 for the label sets seen earlier and absent now, so that a queue
 * that empties shows 0 instead of vanishing.
 */
function setAll<T extends string>(gauge: Gauge<T>, seen: Map<string, Partial<Record<T, string>>>, rows: Array<{ labels: Partial<Record<T, string>>; value: number }>) {
  const now = new Set<string>();
  for (const { labels, value } of rows) {
    const key = JSON.stringify(labels);
    now.add(key);
    seen.set(key, labels);
    gauge.set(labels, value);
  }
  for (const [key, labels] of seen) if (!now.has(key)) gauge.set(labels, 0);
}

/**
 * In bootstrap: the workflow's queue lengths and overdue items, counted in the database at each scrape
 * (a grouped count over the state table, and the overdue rows, which are few), and the plugins' job runs.
 */
export function startMetrics(strapi: Core.Strapi): void {
  const meta = strapi.db.metadata.get(STATES);
  const column = (attribute: string) => (meta.attributes[attribute] as { columnName?: string }).columnName ?? attribute;
  const table = () => strapi.db.connection(meta.tableName);
  const [workflow, state] = [column('workflow'), column('state')];

  const queued = new Map<string, Partial<Record<'workflow' | 'state', string>>>();
  scrapeGauge('phuong_workflow_items', 'Items in each state of each review workflow (the waiting states are the queues).', ['workflow', 'state'] as const, async (gauge) => {
    const rows = (await table().select(`${workflow} as workflow`, `${state} as state`).count('* as n').groupBy(workflow, state)) as Array<{ workflow: string; state: string; n: number | string }>;
    setAll(gauge, queued, rows.map((row) => ({ labels: { workflow: row.workflow, state: row.state }, value: Number(row.n) })));
  });

  const late = new Map<string, Partial<Record<'workflow', string>>>();
  scrapeGauge('phuong_workflow_overdue_items', 'Items past their due time for the step they wait at, by workflow.', ['workflow'] as const, async (gauge) => {
    // Through the query engine, which stores and compares datetimes the same way on both databases.
    const now = new Date().toISOString();
    const overdue = (await strapi.db.query(STATES).findMany({ where: { dueAt: { $notNull: true, $lt: now } }, select: ['workflow'] })) as Array<{ workflow: string }>;
    const counts = new Map<string, number>();
    for (const row of overdue) counts.set(row.workflow, (counts.get(row.workflow) ?? 0) + 1);
    setAll(gauge, late, [...counts].map(([name, value]) => ({ labels: { workflow: name }, value })));
  });

  strapi.eventHub.on(JOB_FINISHED, async ({ job, failed }: { job: string; failed: boolean }) => countJob(job, failed));
}
