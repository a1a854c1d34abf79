import { csvFile, HEADERS, type Cell } from './dossier-files';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `count` (at least 2) finished dossiers received across `year`, each resolved a few days after receipt.
 * None is still open and the first is received on 1 January, the last resolved on 31 December: every
 * file's statistics cover that whole year and nothing else, so files can be compared by their year.
 */
export function finishedDossiers(prefix: string, count: number, year = 2024): Buffer {
  return csvFile([HEADERS, ...Array.from({ length: count }, (_, i): Cell[] => {
    const last = i === count - 1;
    const month = last ? 12 : 1 + (i % 12);
    const day = last ? 28 : 1 + (i % 25);
    const late = last || i % 3 === 0;
    return [`${prefix}-${i}`, i % 2 === 0 ? '1.001193' : '2.000815', '', `${pad(day)}/${pad(month)}/${year}`,
      `${pad(day + 2)}/${pad(month)}/${year}`, `${pad(day + (late ? 3 : 1))}/${pad(month)}/${year}`, 'Đã giải quyết',
      i % 4 === 0 ? 'Trực tuyến' : 'Trực tiếp', ''];
  })]);
}

/** Runs SQL and gives its rows (knex's `raw` differs between the two databases; the caller adapts it). */
export type Sql = (sql: string) => Promise<Array<Record<string, unknown>>>;

export const knexSql = (knex: { raw(sql: string): Promise<unknown>; client: { config: { client: string } } }): Sql =>
  async (sql) => {
    const result = await knex.raw(sql) as { rows?: Array<Record<string, unknown>> } | Array<Record<string, unknown>>;
    return Array.isArray(result) ? result : result.rows ?? [];
  };

const FIGURES = ['carried_over', 'received_online', 'received_in_person', 'received_postal', 'resolved_early', 'resolved_on_time',
  'resolved_late', 'in_progress_on_time', 'in_progress_overdue', 'returned_or_withdrawn', 'on_time_rate', 'online_rate'];

/** Every statistics row of a year (period, start, field and figures), in a stable order, for comparisons. */
export async function statisticsOf(sql: Sql, year = 2024): Promise<string[]> {
  const rows = await sql(`SELECT r.period, CAST(r.period_start AS TEXT) AS start, l.procedure_field_id AS field, ${FIGURES.map((f) => `r.${f}`).join(', ')}
    FROM dossier_reports r LEFT JOIN dossier_reports_field_lnk l ON l.dossier_report_id = r.id
    WHERE r.period_start >= '${year}-01-01' AND r.period_start <= '${year}-12-31'`);
  return rows.map((row) => [row.period, String(row.start).slice(0, 10), row.field ?? '-', ...FIGURES.map((f) => (row[f] === null ? '-' : Number(row[f])))].join(' '))
    .sort();
}
