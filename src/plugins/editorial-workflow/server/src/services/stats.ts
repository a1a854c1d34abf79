import { sitesOfItems } from '../sites/owned';
import type { Core } from '@strapi/strapi';
import { getRegistry } from '../registry';
import type { WorkingCalendar } from '../time/calendar';
import { NEWS } from '../workflow/definitions';
import { REASON_CODES } from '../workflow/types';
import { calendarOf, dueWorkingDays } from './due';
import { freshSettings } from '../settings/cache';
import type { GroupBy, ReasonCount, StatsFigures, StatsResult, StatsRow, WaitingState } from '../api-types';

export type { GroupBy, ReasonCount, StatsFigures, StatsResult, StatsRow, WaitingState };

/**
 * Statistics of the news workflow (WORKFLOW.md, "Statistics"), computed from the append-only log.
 *
 * Definitions (the period is [start of local day `from`, end of local day `to`] in the calendar's time
 * zone, Asia/Ho_Chi_Minh; an "item" is one article document in one locale; an item belongs to the unit
 * and category of its current draft):
 * - submitted: items with at least one `submit` in the period (items, not events);
 *   resubmitted: the other `submit` events of the period (submit events − submitted items).
 * - published: items with a `publish` or `import_published` event in the period (an item published
 *   again after `revise` in the same period counts once; its first publication in the period is used
 *   for the lag and lateness).
 * - returned / rejected: `return` / `reject` events in the period.
 * - acceptance rate: published ÷ submitted × 100, one decimal; null when nothing was submitted. Both are
 *   counted in the same period, so an item submitted late in one period and published early in the
 *   next raises the next period's rate (which may then exceed 100 %).
 * - waiting intervals: from the item's log rows in sequence order, ignoring rows that do not change the
 *   state (`publish_scheduled`, `scheduled_publish_failed`): a row moving the item into a waiting state
 *   (one with `dueWorkingDays`) enters it, the item's next state-changing row leaves it. An interval
 *   belongs to the period in which it was entered; its leave may come after the period.
 * - median wait: median duration in hours (one decimal) of the intervals of the period that have been
 *   left; intervals still open are not in the median.
 * - SLA breach: an interval whose leave time (or now, while it is still open) is later than
 *   `calendar.addWorkingDays(enteredAt, state.dueWorkingDays)`.
 * - event→publish lag: hours from the start of the local event day (`eventDate` 00:00 local) to the
 *   publication; median, one decimal; items without an event date are left out.
 * - late publication: published after `calendar.endOfLocalDay(eventDate, category.publishDeadlineDays)`
 *   (3 days when the item has no category).
 * - quota: see `quotaMonths` and `quotaTarget`; progress = published ÷ quota × 100, one decimal.
 * - publishing units: distinct units with at least one published item in the row (the yearly figure
 *   "N items from M units" is total.published and total.publishingUnits).
 */

export const ARTICLE_UID = 'api::article.article';
const LOG_UID = 'plugin::editorial-workflow.log-entry';
const UNIT_UID = 'api::contributor-unit.contributor-unit';
const CATEGORY_UID = 'api::category.category';

const PUBLISH_EVENTS = new Set(['publish', 'import_published']);
const DEFAULT_PUBLISH_DEADLINE_DAYS = 3;
const TOP_REASONS = 3;
/** Rows of `$in` lists per query, well under every database's bound-parameter limit. */
const CHUNK = 500;
const HOUR = 3_600_000;

export const UNKNOWN_GROUP_NAME = 'Không xác định';
export const TOTAL_NAME = 'Tổng cộng';

export interface StatsQuery {
  /** 'yyyy-mm-dd', local day. */
  from: string;
  /** 'yyyy-mm-dd', local day, included. */
  to: string;
  groupBy: GroupBy;
  /** The sites whose items and groups count (ids); null or absent: every site (the city, the super admin). */
  sites?: number[] | null;
  /** For tests; defaults to the current time. */
  now?: Date;
}

/** The log fields the statistics read. */
export interface LogRowLite {
  seq: number;
  targetDocumentId: string;
  locale: string | null;
  event: string;
  fromState: string | null;
  toState: string | null;
  reasonCode: string | null;
  at: string;
}

export interface WaitInterval {
  item: string;
  state: string;
  enteredAt: Date;
  /** null while the item is still waiting. */
  leftAt: Date | null;
}

// ---------------------------------------------------------------------------------------------------
// Pure functions (exported for unit tests)

export const itemKeyOf = (row: { targetDocumentId: string; locale: string | null }) => `${row.targetDocumentId}|${row.locale ?? ''}`;

const round1 = (value: number) => Math.round(value * 10) / 10;

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Rows that change the state; `publish_scheduled` and `scheduled_publish_failed` do not. */
const isMove = (row: LogRowLite) => row.fromState !== row.toState;

/**
 * Waiting intervals entered within [enteredFrom, enteredTo], from the log rows of the items concerned
 * (in any order; each item's rows are ordered by seq). An interval is left by the item's next
 * state-changing row, whenever that is; without one it is still open.
 */
export function waitIntervals(rows: LogRowLite[], waitingStates: string[], enteredFrom: Date, enteredTo: Date): WaitInterval[] {
  const waiting = new Set(waitingStates);
  const byItem = new Map<string, LogRowLite[]>();
  for (const row of rows) {
    if (!isMove(row)) continue;
    const key = itemKeyOf(row);
    const list = byItem.get(key) ?? [];
    list.push(row);
    byItem.set(key, list);
  }
  const intervals: WaitInterval[] = [];
  for (const [item, list] of byItem) {
    list.sort((a, b) => a.seq - b.seq);
    list.forEach((row, index) => {
      if (!row.toState || !waiting.has(row.toState)) return;
      const enteredAt = new Date(row.at);
      if (enteredAt < enteredFrom || enteredAt > enteredTo) return;
      const next = list[index + 1];
      intervals.push({ item, state: row.toState, enteredAt, leftAt: next ? new Date(next.at) : null });
    });
  }
  return intervals;
}

/** Whether the item stayed longer than `dueWorkingDays` working days (until it left, or until now). */
export function isBreach(interval: WaitInterval, dueWorkingDays: number, calendar: WorkingCalendar, now: Date): boolean {
  const due = calendar.addWorkingDays(interval.enteredAt, dueWorkingDays);
  return (interval.leftAt ?? now).getTime() > due.getTime();
}

/** Median hours (left intervals only) and breaches (left or open) per waiting state. */
export function summarizeWaits(intervals: WaitInterval[], states: WaitingState[], calendar: WorkingCalendar, now: Date) {
  const medianWaitHours: Record<string, number | null> = {};
  const breaches: Record<string, number> = {};
  for (const state of states) {
    const mine = intervals.filter((interval) => interval.state === state.id);
    const hours = mine
      .filter((interval) => interval.leftAt)
      .map((interval) => Math.max(0, interval.leftAt!.getTime() - interval.enteredAt.getTime()) / HOUR);
    const middle = median(hours);
    medianWaitHours[state.id] = middle === null ? null : round1(middle);
    breaches[state.id] = mine.filter((interval) => isBreach(interval, state.dueWorkingDays, calendar, now)).length;
  }
  return { medianWaitHours, breaches };
}

function parseDay(value: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`expected 'yyyy-mm-dd', got ${JSON.stringify(value)}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Months covered by the period [from, to] (calendar days, both included): each calendar month touched
 * counts for the share of its days inside the period. A whole month is 1, a whole year 12,
 * 1–15 April 0.5. Rounded to 4 decimals.
 */
export function quotaMonths(from: string, to: string): number {
  const a = parseDay(from);
  const b = parseDay(to);
  let months = 0;
  for (let year = a.year, month = a.month; year < b.year || (year === b.year && month <= b.month); ) {
    const length = daysInMonth(year, month);
    const first = year === a.year && month === a.month ? a.day : 1;
    const last = year === b.year && month === b.month ? b.day : length;
    months += (last - first + 1) / length;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return Math.round(months * 10_000) / 10_000;
}

/**
 * Items a unit is expected to publish in the period: monthlyQuota × quotaMonths, rounded to the nearest
 * whole item (halves up), and at least 1 when the unit has a quota at all, so that a short period still
 * asks for something. 0 when the unit has no quota.
 */
export function quotaTarget(monthlyQuota: number, months: number): number {
  if (!(monthlyQuota > 0) || !(months > 0)) return 0;
  return Math.max(1, Math.round(monthlyQuota * months + 1e-9));
}

const percent = (part: number, whole: number): number | null => (whole > 0 ? round1((part / whole) * 100) : null);

// ---------------------------------------------------------------------------------------------------
// Accumulation

interface ItemFacts {
  unit: string | null;
  category: string | null;
  eventDate: string | null;
  publishDeadlineDays: number;
}

class Accumulator {
  readonly submittedItems = new Set<string>();
  submitEvents = 0;
  /** item → first publication in the period. */
  readonly publications = new Map<string, Date>();
  readonly publishingUnits = new Set<string>();
  returned = 0;
  rejected = 0;
  readonly reasons = new Map<string, number>();
  readonly intervals: WaitInterval[] = [];
  readonly lagHours: number[] = [];
  late = 0;

  isEmpty(): boolean {
    return this.submitEvents === 0 && this.publications.size === 0 && this.returned === 0 && this.rejected === 0 && this.intervals.length === 0;
  }

  figures(states: WaitingState[], calendar: WorkingCalendar, now: Date, quota: number | null): StatsFigures {
    const published = this.publications.size;
    const lag = median(this.lagHours);
    return {
      submitted: this.submittedItems.size,
      resubmitted: this.submitEvents - this.submittedItems.size,
      published,
      publishingUnits: this.publishingUnits.size,
      returned: this.returned,
      rejected: this.rejected,
      acceptanceRate: percent(published, this.submittedItems.size),
      ...summarizeWaits(this.intervals, states, calendar, now),
      medianEventToPublishHours: lag === null ? null : round1(lag),
      latePublications: this.late,
      topReturnReasons: [...this.reasons.entries()]
        .sort(([codeA, countA], [codeB, countB]) => countB - countA || (codeA < codeB ? -1 : codeA > codeB ? 1 : 0))
        .slice(0, TOP_REASONS)
        .map(([code, count]) => ({ code, label: (REASON_CODES as Record<string, string>)[code] ?? code, count })),
      quota,
      quotaProgress: quota === null ? null : percent(published, quota),
    };
  }
}

function chunks<T>(values: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(values.slice(i, i + CHUNK));
  return out;
}

/** 'yyyy-mm-dd' of a date field, whether the driver gives a string or a Date (local midnight). */
function dayOf(value: unknown): string | null {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return null;
}

const LOG_FIELDS = ['seq', 'targetDocumentId', 'locale', 'event', 'fromState', 'toState', 'reasonCode', 'at'];

// ---------------------------------------------------------------------------------------------------
// Service

async function inSites<T extends { targetDocumentId: string }>(strapi: Core.Strapi, rows: T[], sites: number[]): Promise<T[]> {
  const siteOf = await sitesOfItems(strapi, rows.map((row) => ({ uid: ARTICLE_UID, documentId: row.targetDocumentId })));
  const wanted = new Set(sites);
  return rows.filter((row) => wanted.has(siteOf.get(`${ARTICLE_UID}|${row.targetDocumentId}`) ?? -1));
}

export function statsService({ strapi }: { strapi: Core.Strapi }) {
  const query = (uid: string) => strapi.db.query(uid as never);

  function waitingStatesOf(): WaitingState[] {
    const wf = getRegistry().workflowOf(ARTICLE_UID) ?? NEWS;
    return wf.states
      .filter((state) => state.dueWorkingDays !== undefined)
      // The SLA in force now (the board's setting, else the table's), also for earlier waits.
      .map((state) => ({ id: state.id, label: state.label, dueWorkingDays: dueWorkingDays(strapi, wf, state.id)! }));
  }

  /** One draft row per item (documentId, locale) with its unit, category and event date. */
  async function loadItems(documentIds: string[]): Promise<Map<string, ItemFacts>> {
    const facts = new Map<string, ItemFacts>();
    for (const ids of chunks(documentIds)) {
      const articles = (await query(ARTICLE_UID).findMany({
        where: { documentId: { $in: ids }, publishedAt: null },
        select: ['documentId', 'locale', 'eventDate'],
        populate: {
          unit: { select: ['documentId'] },
          category: { select: ['documentId', 'publishDeadlineDays'] },
        },
      })) as Array<{
        documentId: string;
        locale: string | null;
        eventDate: unknown;
        unit?: { documentId: string } | null;
        category?: { documentId: string; publishDeadlineDays?: number | null } | null;
      }>;
      for (const article of articles) {
        facts.set(itemKeyOf({ targetDocumentId: article.documentId, locale: article.locale }), {
          unit: article.unit?.documentId ?? null,
          category: article.category?.documentId ?? null,
          eventDate: dayOf(article.eventDate),
          publishDeadlineDays: article.category?.publishDeadlineDays ?? DEFAULT_PUBLISH_DEADLINE_DAYS,
        });
      }
    }
    return facts;
  }

  async function loadGroups(groupBy: GroupBy, sites: number[] | null) {
    const inSites = sites ? { where: { site: { id: { $in: sites } } } } : {};
    const units = (await query(UNIT_UID).findMany({ ...inSites, select: ['documentId', 'name', 'monthlyQuota'] })) as Array<{
      documentId: string;
      name: string;
      monthlyQuota: number | null;
    }>;
    if (groupBy === 'unit') return { units, groups: units.map((unit) => ({ key: unit.documentId, name: unit.name })) };
    const [categories, defaultLocale] = await Promise.all([
      query(CATEGORY_UID).findMany({ ...inSites, select: ['documentId', 'name', 'locale'] }) as Promise<Array<{ documentId: string; name: string; locale: string | null }>>,
      strapi.plugin('i18n').service('locales').getDefaultLocale() as Promise<string>,
    ]);
    const names = new Map<string, string>();
    for (const category of categories) {
      if (!names.has(category.documentId) || category.locale === defaultLocale) names.set(category.documentId, category.name);
    }
    return { units, groups: [...names].map(([key, name]) => ({ key, name })) };
  }

  return {
    waitingStates: waitingStatesOf,

    async compute({ from, to, groupBy, sites = null, now = new Date() }: StatsQuery): Promise<StatsResult> {
      await freshSettings(strapi);
      const calendar = calendarOf(strapi);
      const states = waitingStatesOf();
      const start = new Date(calendar.endOfLocalDay(from, -1).getTime() + 1);
      const end = calendar.endOfLocalDay(to);
      // ISO strings in UTC ('…Z', fixed width) sort like the instants they name.
      const logged = (await query(LOG_UID).findMany({
        where: { targetUid: ARTICLE_UID, at: { $gte: start.toISOString(), $lte: end.toISOString() } },
        select: LOG_FIELDS,
        orderBy: { seq: 'asc' },
      })) as LogRowLite[];
      // A ward's figures count its own items only.
      const inPeriod = sites ? await inSites(strapi, logged, sites) : logged;

      // Items whose last move of the period entered a waiting state: their leave (if any) is later.
      const lastMove = new Map<string, LogRowLite>();
      for (const row of inPeriod) if (isMove(row)) lastMove.set(itemKeyOf(row), row);
      const waitingIds = new Set(states.map((state) => state.id));
      const openIds = [...new Set([...lastMove.values()].filter((row) => row.toState && waitingIds.has(row.toState)).map((row) => row.targetDocumentId))];
      const later: LogRowLite[] = [];
      for (const ids of chunks(openIds)) {
        later.push(...((await query(LOG_UID).findMany({
          where: { targetUid: ARTICLE_UID, targetDocumentId: { $in: ids }, at: { $gt: end.toISOString() } },
          select: LOG_FIELDS,
          orderBy: { seq: 'asc' },
        })) as LogRowLite[]));
      }

      const documentIds = [...new Set(inPeriod.map((row) => row.targetDocumentId))];
      const [items, { units, groups }] = await Promise.all([loadItems(documentIds), loadGroups(groupBy, sites)]);

      const accumulators = new Map<string | null, Accumulator>();
      const total = new Accumulator();
      const groupOf = (item: string): string | null => {
        const facts = items.get(item);
        return (groupBy === 'unit' ? facts?.unit : facts?.category) ?? null;
      };
      const targets = (item: string): Accumulator[] => {
        const key = groupOf(item);
        let acc = accumulators.get(key);
        if (!acc) {
          acc = new Accumulator();
          accumulators.set(key, acc);
        }
        return [acc, total];
      };

      for (const row of inPeriod) {
        const item = itemKeyOf(row);
        for (const acc of targets(item)) {
          if (row.event === 'submit') {
            acc.submitEvents += 1;
            acc.submittedItems.add(item);
          } else if (row.event === 'return') {
            acc.returned += 1;
            if (row.reasonCode) acc.reasons.set(row.reasonCode, (acc.reasons.get(row.reasonCode) ?? 0) + 1);
          } else if (row.event === 'reject') {
            acc.rejected += 1;
          } else if (PUBLISH_EVENTS.has(row.event) && !acc.publications.has(item)) {
            const at = new Date(row.at);
            acc.publications.set(item, at);
            const facts = items.get(item);
            if (facts?.unit) acc.publishingUnits.add(facts.unit);
            if (facts?.eventDate) {
              const eventStart = calendar.endOfLocalDay(facts.eventDate, -1).getTime() + 1;
              acc.lagHours.push((at.getTime() - eventStart) / HOUR);
              if (at > calendar.endOfLocalDay(facts.eventDate, facts.publishDeadlineDays)) acc.late += 1;
            }
          }
        }
      }
      for (const interval of waitIntervals([...inPeriod, ...later], [...waitingIds], start, end)) {
        for (const acc of targets(interval.item)) acc.intervals.push(interval);
      }

      const months = quotaMonths(from, to);
      const quotas = new Map(units.map((unit) => [unit.documentId, quotaTarget(unit.monthlyQuota ?? 0, months)]));
      const quotaOf = (key: string | null) => (groupBy === 'unit' && key !== null ? quotas.get(key) ?? 0 : null);
      const empty = new Accumulator();
      const collator = new Intl.Collator('vi');
      const rows: StatsRow[] = groups
        .map((group) => ({ key: group.key, name: group.name, ...(accumulators.get(group.key) ?? empty).figures(states, calendar, now, quotaOf(group.key)) }))
        .sort((a, b) => collator.compare(a.name, b.name));
      // Items whose unit (or category) is missing or was deleted: shown last, only when there are any.
      const known = new Set(groups.map((group) => group.key));
      const orphans = new Accumulator();
      for (const [key, acc] of accumulators) if (key === null || !known.has(key)) mergeInto(orphans, acc);
      if (!orphans.isEmpty()) rows.push({ key: null, name: UNKNOWN_GROUP_NAME, ...orphans.figures(states, calendar, now, groupBy === 'unit' ? 0 : null) });

      const totalQuota = [...quotas.values()].reduce((sum, quota) => sum + quota, 0);
      return {
        period: { from, to },
        groupBy,
        waitingStates: states,
        quotaMonths: months,
        generatedAt: now.toISOString(),
        rows,
        total: { key: null, name: TOTAL_NAME, ...total.figures(states, calendar, now, totalQuota) },
      };
    },
  };
}

/** Adds the events of `from` to `into` (used for the rare rows without a known group). */
function mergeInto(into: Accumulator, from: Accumulator): void {
  from.submittedItems.forEach((item) => into.submittedItems.add(item));
  into.submitEvents += from.submitEvents;
  from.publications.forEach((at, item) => {
    if (!into.publications.has(item)) into.publications.set(item, at);
  });
  from.publishingUnits.forEach((unit) => into.publishingUnits.add(unit));
  into.returned += from.returned;
  into.rejected += from.rejected;
  from.reasons.forEach((count, code) => into.reasons.set(code, (into.reasons.get(code) ?? 0) + count));
  into.intervals.push(...from.intervals);
  into.lagHours.push(...from.lagHours);
  into.late += from.late;
}

export type StatsService = ReturnType<typeof statsService>;
