import { createHash } from 'node:crypto';
import type { ScheduleEntry, WorkSchedule } from '../cms-types.generated';
import { renderCalendar, type CalendarEvent } from '../render/ics';
import { BODY_LABELS } from './labels';

/** How far back the feeds reach: a year of weeks, so that a feed stays the same size year after year. */
export const CALENDAR_DAYS_BACK = 371;

/** When a session runs, for entries without a time and for an event's end (the office's working hours). */
export const SESSION_HOURS: Record<ScheduleEntry['session'], { start: string; end: string }> = {
  sang: { start: '07:30', end: '11:30' },
  chieu: { start: '13:30', end: '17:00' },
  toi: { start: '19:00', end: '21:00' },
};

export interface CalendarFeed {
  /** `lich` for every body, else the body's slug (`ubnd`, `ub-mttq`…). */
  slug: string;
  label: string;
  url: string;
  /** The same feed for calendar applications to subscribe to (webcal:, refreshed by the application). */
  webcalUrl: string;
  eventCount: number;
  ics: string;
}

export const bodySlug = (body: string) => body.replace(/_/g, '-');
export const calendarUrl = (slug: string) => `/lich-cong-tac/${slug}.ics`;

/** An hour after "hh:mm", at most 23:59 the same day. */
function hourAfter(time: string): string {
  const minutes = Math.min(23 * 60 + 59, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The UID of an entry: its lasting key (minted by the CMS, kept through edits and publishing), so a calendar
 * replaces the event when the office changes it. An entry saved before keys existed has none until its
 * schedule is saved again: it gets a hash of its schedule and its slot, the same at every build.
 */
function uidOf(schedule: WorkSchedule, entry: ScheduleEntry, slot: number, host: string): string {
  if (entry.key) return `${entry.key}@${host}`;
  const basis = `${schedule.documentId}|${entry.date}|${entry.session}|${entry.time ?? ''}|${slot}`;
  return `${createHash('sha256').update(basis).digest('hex').slice(0, 32)}@${host}`;
}

/** Every body's schedule entries as events, and one feed for all bodies. */
export function scheduleCalendars(schedules: WorkSchedule[], options: { siteUrl: string; today: string; wardName: string; weekUrl: (week: string) => string }): CalendarFeed[] {
  const host = new URL(options.siteUrl).host;
  const since = new Date(Date.parse(`${options.today}T00:00:00Z`) - CALENDAR_DAYS_BACK * 86_400_000).toISOString().slice(0, 10);
  const events = new Map<string, CalendarEvent[]>(Object.keys(BODY_LABELS).map((body) => [body, []]));
  for (const schedule of schedules) {
    if (!schedule.week || !events.has(schedule.body)) continue;
    const slots = new Map<string, number>();
    // The schedule's last change; a schedule without one (never from the CMS) dates from its Monday.
    const stamp = Number.isNaN(Date.parse(schedule.updatedAt)) ? `${schedule.weekStart}T00:00:00Z` : schedule.updatedAt;
    for (const entry of schedule.entries ?? []) {
      if (entry.date < since) continue;
      const slotKey = `${entry.date}|${entry.session}|${entry.time ?? ''}`;
      const slot = (slots.get(slotKey) ?? 0) + 1;
      slots.set(slotKey, slot);
      const hours = SESSION_HOURS[entry.session] ?? SESSION_HOURS.sang;
      const start = entry.time ? entry.time.slice(0, 5) : hours.start;
      const end = hours.end > start ? hours.end : hourAfter(start);
      const description = [
        `Cơ quan: ${BODY_LABELS[schedule.body]}`,
        entry.chair ? `Chủ trì: ${entry.chair}` : '',
        entry.participants ? `Thành phần: ${entry.participants}` : '',
        entry.preparingUnit ? `Chuẩn bị: ${entry.preparingUnit}` : '',
        schedule.note ?? '',
      ].filter(Boolean).join('\n');
      events.get(schedule.body)!.push({
        uid: uidOf(schedule, entry, slot, host),
        start: `${entry.date}T${start}`,
        end: `${entry.date}T${end}`,
        stamp,
        summary: entry.content,
        description,
        location: entry.place ?? '',
        url: `${options.siteUrl}${options.weekUrl(schedule.week)}`,
      });
    }
  }
  const byTime = (a: CalendarEvent, b: CalendarEvent) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.uid < b.uid ? -1 : 1);
  const feed = (slug: string, label: string, list: CalendarEvent[], description: string): CalendarFeed => {
    const url = calendarUrl(slug);
    const sorted = [...list].sort(byTime);
    return {
      slug, label, url,
      webcalUrl: `${options.siteUrl.replace(/^https?:/, 'webcal:')}${url}`,
      eventCount: sorted.length,
      ics: renderCalendar({ name: `Lịch công tác – ${label}`, description, events: sorted }),
    };
  };
  return [
    feed('lich', 'Tất cả cơ quan', [...events.values()].flat(), `Lịch công tác tuần của các cơ quan ${options.wardName}`),
    ...[...events].map(([body, list]) => feed(bodySlug(body), BODY_LABELS[body], list, `Lịch công tác tuần của ${BODY_LABELS[body]} ${options.wardName}`)),
  ];
}
