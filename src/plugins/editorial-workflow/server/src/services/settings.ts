import type { Core } from '@strapi/strapi';
import { WorkflowError } from '../errors';
import { workflowTransaction } from '../guard/transaction';
import { getRegistry } from '../registry';
import { logRepository } from '../repositories/log';
import { statesRepository } from '../repositories/states';
import { unitsRepository } from '../repositories/units';
import { freshSettings, reloadSettings } from '../settings/cache';
import {
  calendarWarning, coveredYears, effectiveCalendar, slaOf, yearCalendar, type SlaOverrides, type YearCalendar,
} from '../settings/effective';
import { SETTING_UID, settingsStore, SLA_KEY, yearKey } from '../settings/store';
import { dayMonthYear, parseDeadline, parseQuotas, parseSla, parseYear, parseYearCalendar } from '../settings/validate';
import { createCalendar, type CalendarConfig, type WorkingCalendar } from '../time/calendar';
import { displayName, type AdminUser } from './actor';

export const SETTINGS_EVENT = 'settings_changed';
const CATEGORY_UID = 'api::category.category';
const UNIT_UID = 'api::contributor-unit.contributor-unit';

/**
 * The wards whose categories and units the person manages (where they hold settings.manage); null or
 * omitted: every ward. The calendar and the SLAs are the installation's, shared by every ward.
 */
type Sites = number[] | null;
/** Rows of other wards are as absent as rows that do not exist: the same answer, nothing revealed. */
const ofSites = (sites: Sites | undefined): { where?: { site: { id: { $in: number[] } } } } =>
  (sites ? { where: { site: { id: { $in: sites } } } } : {});

const listDiff = (label: string, before: string[], after: string[]) => {
  const added = after.filter((day) => !before.includes(day)).map(dayMonthYear);
  const removed = before.filter((day) => !after.includes(day)).map(dayMonthYear);
  return [
    added.length ? `thêm ${label} ${added.join(', ')}` : '',
    removed.length ? `bỏ ${label} ${removed.join(', ')}` : '',
  ].filter(Boolean);
};

/**
 * The board's workflow settings: the working-day calendar per year, review SLAs per state, publication
 * deadlines per category and unit quotas. Each accepted change is one `settings_changed` log row written in
 * the same workflow transaction as the change, naming before → after; bad input is refused before anything
 * is written.
 */
export function settingsService({ strapi }: { strapi: Core.Strapi }) {
  const store = settingsStore(strapi);
  const log = logRepository(strapi);
  const states = statesRepository(strapi);
  const units = unitsRepository(strapi);
  const query = (uid: string) => strapi.db.query(uid as never);

  async function actorSnapshot(user: AdminUser) {
    const mine = await units.ofUser(user.id);
    return { id: user.id, name: displayName(user), roles: (user.roles ?? []).map((role) => role.name), units: mine.map((unit) => unit.name) };
  }

  /** One change: the log row, then the write (both or neither), then this instance reloads. */
  async function change(user: AdminUser, target: { uid: string; documentId: string }, comment: string, write: () => Promise<unknown>) {
    const actor = await actorSnapshot(user);
    const entry = await workflowTransaction(strapi, async ({ trx }) => {
      const row = await log.append({
        targetUid: target.uid, targetDocumentId: target.documentId, locale: null, event: SETTINGS_EVENT,
        fromState: null, toState: null, actor, reasonCode: null, reasonText: null, comment, contentHash: null,
      }, trx);
      await write();
      return row;
    });
    await reloadSettings(strapi);
    return entry;
  }

  /**
   * Due times stored on waiting items that the old calendar gave (entered + N working days) are worked out
   * again on the new one, so a holiday entered today moves the due time of an item submitted yesterday.
   * Dues of other origins (a news item's publication deadline, a question's legal deadline) stay.
   */
  async function moveDues(before: WorkingCalendar, after: WorkingCalendar, sla: SlaOverrides): Promise<number> {
    let moved = 0;
    for (const row of await states.findMany({ dueAt: { $notNull: true }, enteredAt: { $notNull: true } })) {
      const wf = getRegistry().workflows.find((candidate) => candidate.id === row.workflow);
      if (!wf || !row.enteredAt || !row.dueAt) continue;
      const entered = new Date(row.enteredAt);
      const candidates = new Set([slaOf(wf, row.state, sla), slaOf(wf, row.state, {})].filter((n): n is number => n !== undefined));
      const days = [...candidates].find((n) => before.addWorkingDays(entered, n).toISOString() === new Date(row.dueAt!).toISOString());
      if (days === undefined) continue;
      const due = after.addWorkingDays(entered, days).toISOString();
      if (due === new Date(row.dueAt).toISOString()) continue;
      await states.setDue(row.id, due);
      moved += 1;
    }
    return moved;
  }

  return {
    /** Everything the settings page shows, with the calendar warning for `now` (Hà Nội's day). */
    async report(now = new Date(), sites?: Sites) {
      const entry = await freshSettings(strapi, true);
      const calendar = entry.calendarConfig;
      const covered = coveredYears(calendar);
      const years = [...new Set([...covered.map(String), ...Object.keys(entry.stored.years)])].sort();
      const [categories, unitRows] = await Promise.all([
        query(CATEGORY_UID).findMany({ ...ofSites(sites), select: ['documentId', 'name', 'locale', 'publishDeadlineDays'], orderBy: { name: 'asc' } }) as Promise<
          Array<{ documentId: string; name: string; locale: string | null; publishDeadlineDays: number }>
        >,
        query(UNIT_UID).findMany({ ...ofSites(sites), select: ['documentId', 'name', 'monthlyQuota'], orderBy: { name: 'asc' } }) as Promise<
          Array<{ documentId: string; name: string; monthlyQuota: number | null }>
        >,
      ]);
      // A category is one row per locale; the page shows it once (the Vietnamese name when there is one).
      const byCategory = new Map<string, { documentId: string; name: string; publishDeadlineDays: number }>();
      for (const row of categories) {
        if (!byCategory.has(row.documentId) || row.locale === 'vi') byCategory.set(row.documentId, { documentId: row.documentId, name: row.name, publishDeadlineDays: row.publishDeadlineDays });
      }
      return {
        timeZone: calendar.timeZone,
        years: years.map((year) => ({ year: Number(year), ...yearCalendar(calendar, year), stored: year in entry.stored.years })),
        coveredYears: covered,
        lastCoveredYear: covered.at(-1) ?? null,
        warning: calendarWarning(calendar, now),
        workflows: getRegistry().workflows.map((wf) => ({
          id: wf.id,
          label: wf.label,
          states: wf.states.filter((state) => state.dueWorkingDays !== undefined).map((state) => ({
            id: state.id, label: state.label, defaultDays: state.dueWorkingDays!, days: slaOf(wf, state.id, entry.stored.sla)!,
          })),
        })).filter((wf) => wf.states.length > 0),
        categories: [...byCategory.values()],
        units: unitRows.map((unit) => ({ documentId: unit.documentId, name: unit.name, monthlyQuota: unit.monthlyQuota ?? 0 })),
      };
    },

    /** The calendar warning alone (the queue page's banner, the startup log). */
    async warning(now = new Date()) {
      return calendarWarning((await freshSettings(strapi)).calendarConfig, now);
    },

    /** Replaces year Y's holidays and make-up days (the built-in or configured ones of that year too). */
    async putYear(user: AdminUser, yearParam: unknown, body: unknown, sites?: Sites) {
      const year = parseYear(yearParam);
      const entry = await freshSettings(strapi, true);
      const next = parseYearCalendar(body, year, entry.calendarConfig);
      const years: Record<string, YearCalendar> = { ...entry.stored.years, [year]: next };
      let afterConfig: CalendarConfig;
      try {
        // Years are replaced whole, so the calendar in force is as good a base as the configured one.
        afterConfig = effectiveCalendar(entry.calendarConfig, years);
      } catch (error) {
        throw new WorkflowError(400, 'BAD_SETTING', `Lịch năm ${year} không hợp lệ: ${(error as Error).message}`);
      }
      const before = yearCalendar(entry.calendarConfig, String(year));
      const changes = [...listDiff('ngày nghỉ', before.holidays, next.holidays), ...listDiff('ngày làm bù', before.makeUpWorkingDays, next.makeUpWorkingDays)];
      if (changes.length === 0 && String(year) in entry.stored.years) return { changed: false, moved: 0, settings: await this.report(new Date(), sites) };
      const oldCalendar = entry.calendar;
      const newCalendar = createCalendar(afterConfig);
      let moved = 0;
      const summary = `Lịch năm ${year}: ${changes.join('; ') || 'lưu danh sách như hiện có'}. `
        + `Trước: ${before.holidays.length} ngày nghỉ, ${before.makeUpWorkingDays.length} ngày làm bù; `
        + `sau: ${next.holidays.length} ngày nghỉ, ${next.makeUpWorkingDays.length} ngày làm bù.`;
      const entryRow = await change(user, { uid: SETTING_UID, documentId: yearKey(year) }, summary, async () => {
        await store.put(yearKey(year), next);
        moved = await moveDues(oldCalendar, newCalendar, entry.stored.sla);
      });
      return { changed: true, moved, logSeq: entryRow.seq, settings: await this.report(new Date(), sites) };
    },

    /** Review SLAs of one workflow's waiting states, for items entering them from now on. */
    async putSla(user: AdminUser, workflowId: string, body: unknown, sites?: Sites) {
      const wf = getRegistry().workflows.find((candidate) => candidate.id === workflowId);
      if (!wf) throw new WorkflowError(400, 'BAD_SETTING', `Quy trình "${workflowId}" không tồn tại.`);
      const days = parseSla(body, wf);
      const entry = await freshSettings(strapi, true);
      const current = entry.stored.sla;
      const mine: Record<string, number> = { ...(current[wf.id] ?? {}) };
      const changes: string[] = [];
      for (const [state, value] of Object.entries(days)) {
        const was = slaOf(wf, state, current)!;
        if (was !== value) changes.push(`${wf.states.find((s) => s.id === state)!.label}: ${was} → ${value} ngày làm việc`);
        // An override equal to the table is dropped: the table's later changes then apply again.
        if (value === slaOf(wf, state, {})) delete mine[state];
        else mine[state] = value;
      }
      if (changes.length === 0) return { changed: false, settings: await this.report(new Date(), sites) };
      const next: SlaOverrides = { ...current, [wf.id]: mine };
      if (Object.keys(mine).length === 0) delete next[wf.id];
      const row = await change(user, { uid: SETTING_UID, documentId: SLA_KEY }, `Thời hạn xử lý (${wf.label}): ${changes.join('; ')}. Áp dụng cho mục vào trạng thái từ nay.`,
        () => store.put(SLA_KEY, next));
      return { changed: true, logSeq: row.seq, settings: await this.report(new Date(), sites) };
    },

    /** A category's publication deadline (its own field `publishDeadlineDays`, every locale). */
    async putCategoryDeadline(user: AdminUser, documentId: string, body: unknown, sites?: Sites) {
      const days = parseDeadline(body);
      const rows = (await query(CATEGORY_UID).findMany({ where: { documentId, ...ofSites(sites).where }, select: ['name', 'locale', 'publishDeadlineDays'] })) as Array<{
        name: string; locale: string | null; publishDeadlineDays: number;
      }>;
      if (rows.length === 0) throw new WorkflowError(400, 'BAD_SETTING', `Chuyên mục "${documentId}" không tồn tại.`);
      const category = rows.find((row) => row.locale === 'vi') ?? rows[0];
      if (category.publishDeadlineDays === days) return { changed: false, settings: await this.report(new Date(), sites) };
      const row = await change(user, { uid: CATEGORY_UID, documentId },
        `Thời hạn đăng của chuyên mục "${category.name}": ${category.publishDeadlineDays} → ${days} ngày sau sự kiện.`,
        () => query(CATEGORY_UID).updateMany({ where: { documentId }, data: { publishDeadlineDays: days } }));
      return { changed: true, logSeq: row.seq, settings: await this.report(new Date(), sites) };
    },

    /** Monthly quotas of contributor units (their own field `monthlyQuota`). */
    async putQuotas(user: AdminUser, body: unknown, sites?: Sites) {
      const quotas = parseQuotas(body);
      const ids = Object.keys(quotas);
      const found = (await query(UNIT_UID).findMany({ where: { documentId: { $in: ids }, ...ofSites(sites).where }, select: ['documentId', 'name', 'monthlyQuota'] })) as Array<{
        documentId: string; name: string; monthlyQuota: number | null;
      }>;
      const missing = ids.filter((id) => !found.some((unit) => unit.documentId === id));
      if (missing.length > 0) throw new WorkflowError(400, 'BAD_SETTING', `Đơn vị không tồn tại: ${missing.join(', ')}.`);
      const changed = found.filter((unit) => (unit.monthlyQuota ?? 0) !== quotas[unit.documentId]);
      if (changed.length === 0) return { changed: false, settings: await this.report(new Date(), sites) };
      const summary = `Chỉ tiêu tin bài mỗi tháng: ${changed.map((unit) => `${unit.name} ${unit.monthlyQuota ?? 0} → ${quotas[unit.documentId]}`).join('; ')}.`;
      const row = await change(user, { uid: UNIT_UID, documentId: changed.length === 1 ? changed[0].documentId : 'quotas' }, summary, async () => {
        for (const unit of changed) await query(UNIT_UID).updateMany({ where: { documentId: unit.documentId }, data: { monthlyQuota: quotas[unit.documentId] } });
      });
      return { changed: true, logSeq: row.seq, settings: await this.report(new Date(), sites) };
    },
  };
}

export type SettingsService = ReturnType<typeof settingsService>;
