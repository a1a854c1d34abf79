import type { Core } from '@strapi/strapi';
import { endOfYear, format, parseISO, startOfYear } from 'date-fns';
import type { Knex } from 'knex';
import { layoutOf } from '../../../lib/table-layout';
import { storedDay, todayInVietnam } from '../../../lib/dates';
import { afterCommit, CONTENT_CHANGED, type ContentChange } from '../../../public-api/content-changes';
import { reportRates } from '../../../lib/report-rates';
import { periodsOverlapping, type PeriodKind } from '../statistics/periods';
import { tally, type DossierFacts } from '../statistics/tally';

const REPORT = 'api::dossier-report.dossier-report';
const DOSSIER = 'api::dossier.dossier';
const ymd = (date: Date) => format(date, 'yyyy-MM-dd');

/**
 * The dossier-report rows computed from the dossiers: `recompute(from, to)` rewrites only the days,
 * months, quarters and years that overlap the dates an import touched, in one transaction, then announces
 * the change (`phuong.content.changed` for dossier-report, docs/one-stop-import.md).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * `npm run stats:rebuild`: every report row recomputed from the dossiers, in one transaction with the
   * removal of all the old ones, over the same dates the imports cover (receipt to return, or today).
   */
  async rebuild(): Promise<{ periods: number; rows: number }> {
    // Every ward that has dossiers, over the same dates (within them a day without dossiers is a row of zeros).
    const dossiers = layoutOf(strapi, DOSSIER);
    const d = dossiers.column;
    const knex = strapi.db.connection;
    const [range] = await knex(dossiers.table).min({ from: d('receivedAt') }).max({ lastReturn: d('returnedAt') });
    const [open] = await knex(dossiers.table).whereNull(d('returnedAt')).count({ count: '*' });
    const from = storedDay(range.from);
    const lastReturn = storedDay(range.lastReturn);
    const today = todayInVietnam();
    // A dossier still open counts until today, like the import's `returnedAt ?? today`.
    const until = [lastReturn, Number(open.count) > 0 ? today : null].filter((day): day is string => day !== null).sort();
    return this.recompute(from, until.at(-1) ?? null, { replaceAll: true });
  },

  /**
   * The reports of each site in `siteIds` (every site by default) from that site's dossiers. `replaceAll`
   * removes every existing report row of those sites, not only those of the periods in [from, to]; without
   * dossiers (`from` null) there is nothing to compute.
   */
  async recompute(from: string | null, to: string | null, { replaceAll = false, siteIds }: { replaceAll?: boolean; siteIds?: number[] } = {}): Promise<{ periods: number; rows: number }> {
    const knex = strapi.db.connection;
    const dossiers = layoutOf(strapi, DOSSIER);
    const reports = layoutOf(strapi, REPORT);
    const d = dossiers.column;
    const r = reports.column;
    const dossierField = dossiers.link('field');
    const dossierSite = dossiers.link('site');
    const reportField = reports.link('field');
    const reportSite = reports.link('site');
    // Without a list, the sites that have dossiers: a ward with none has no figures (not years of zeros).
    const sites = siteIds ?? ((await knex(dossierSite.table).distinct(dossierSite.target)) as Array<Record<string, unknown>>).map((row) => Number(row[dossierSite.target]));
    const periods = from === null || to === null ? [] : periodsOverlapping(from, to);

    // Every dossier that overlaps the widest period (the years around the range).
    const loadFrom = from === null ? '' : ymd(startOfYear(parseISO(from)));
    const loadTo = to === null ? '' : ymd(endOfYear(parseISO(to)));
    const rows = periods.length === 0 ? [] : await knex(`${dossiers.table} as d`)
      .leftJoin(`${dossierField.table} as f`, `f.${dossierField.source}`, 'd.id')
      .join(`${dossierSite.table} as s`, `s.${dossierSite.source}`, 'd.id')
      .whereIn(`s.${dossierSite.target}`, sites)
      .where(`d.${d('receivedAt')}`, '<=', loadTo)
      .andWhere((q) => q.whereNull(`d.${d('returnedAt')}`).orWhere(`d.${d('returnedAt')}`, '>=', loadFrom).orWhere(`d.${d('status')}`, 'dang_xu_ly'))
      .select([`f.${dossierField.target} as fieldId`, `s.${dossierSite.target} as siteId`, ...['channel', 'status', 'receivedAt', 'dueAt', 'returnedAt'].map((a) => `d.${d(a)} as ${a}`)]);
    // Rewritten in place: a year of dossiers is read once and not copied.
    for (const row of rows as Array<Record<string, unknown>>) {
      row.fieldId = row.fieldId === null || row.fieldId === undefined ? null : Number(row.fieldId);
      for (const name of ['receivedAt', 'dueAt', 'returnedAt']) row[name] = storedDay(row[name]);
    }
    // Each site's figures from its own dossiers: one site's rows never count another's.
    const bySite = new Map<number, DossierFacts[]>(sites.map((site) => [site, []]));
    for (const row of rows as Array<DossierFacts & { siteId: unknown }>) bySite.get(Number(row.siteId))?.push(row);
    const today = todayInVietnam();
    const computed = [...bySite].flatMap(([siteId, facts]) => tally(facts, periods, today).map((row) => ({ ...row, siteId })));

    const startsByKind = new Map<PeriodKind, string[]>();
    for (const p of periods) startsByKind.set(p.period, [...(startsByKind.get(p.period) ?? []), p.start]);
    const now = new Date();
    await knex.transaction(async (trx) => {
      const ofSites = () => trx(reportSite.table).whereIn(reportSite.target, sites).select(reportSite.source);
      // The rows' ids first: the site links that find them go with them.
      const remove = async (stale: () => Knex.QueryBuilder) => {
        const ids = ((await stale()) as Array<{ id: number }>).map((row) => row.id);
        for (let i = 0; i < ids.length; i += 500) {
          const chunk = ids.slice(i, i + 500);
          await trx(reportField.table).whereIn(reportField.source, chunk).delete();
          await trx(reportSite.table).whereIn(reportSite.source, chunk).delete();
          await trx(reports.table).whereIn('id', chunk).delete();
        }
      };
      // Every site's rebuild also clears rows that belong to no site (written by hand, or before sites).
      if (replaceAll) await remove(() => (siteIds ? trx(reports.table).whereIn('id', ofSites()) : trx(reports.table)).select('id'));
      for (const [kind, starts] of replaceAll ? [] : startsByKind) {
        await remove(() => trx(reports.table).where(r('period'), kind).whereIn(r('periodStart'), starts).whereIn('id', ofSites()).select('id'));
      }
      for (let i = 0; i < computed.length; i += 200) {
        const chunk = computed.slice(i, i + 200);
        const documentIds = chunk.map(() => reports.newDocumentId());
        await trx(reports.table).insert(chunk.map(({ period, start, end, fieldId: _fieldId, siteId: _siteId, ...figures }, k) => ({
          [r('documentId')]: documentIds[k],
          [r('period')]: period,
          [r('periodStart')]: start,
          [r('periodEnd')]: end,
          ...Object.fromEntries(Object.entries({ ...figures, ...reportRates(figures) }).map(([name, value]) => [r(name), value])),
          [r('createdAt')]: now,
          [r('updatedAt')]: now,
          [r('publishedAt')]: now,
        })));
        const ids = await trx(reports.table).whereIn(r('documentId'), documentIds).select('id', `${r('documentId')} as documentId`);
        const idOf = new Map(ids.map((row: { id: number; documentId: string }) => [row.documentId, Number(row.id)]));
        await trx(reportSite.table).insert(chunk.map((row, k) => ({ [reportSite.source]: idOf.get(documentIds[k]), [reportSite.target]: row.siteId })));
        const withField = chunk.map((row, k) => ({ row, documentId: documentIds[k] })).filter(({ row }) => row.fieldId !== null);
        if (withField.length === 0) continue;
        await trx(reportField.table).insert(withField.map(({ row, documentId }) => ({
          [reportField.source]: idOf.get(documentId), [reportField.target]: row.fieldId,
        })));
      }
    });
    // Written around the Document Service: announced here, once the rows are committed.
    await afterCommit(strapi, () => strapi.eventHub.emit(CONTENT_CHANGED, { uid: REPORT } satisfies ContentChange));
    return { periods: periods.length, rows: computed.length };
  },
});
