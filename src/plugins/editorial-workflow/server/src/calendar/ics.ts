import type { CalendarEntry, CalendarKind } from '../api-types';

/** How the feed's summaries name each kind, as the calendar page does. */
export const KIND_LABELS: Record<CalendarKind, string> = {
  event: 'Sự kiện',
  scheduled: 'Hẹn giờ',
  due: 'Đến hạn',
  overdue: 'Quá hạn',
};

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character; continuation lines start with a space (§3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** An instant in UTC: "20261203T013000Z". */
const utc = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
/** A day: "20261203". */
const day = (isoDate: string) => isoDate.replace(/-/g, '');
/** The day after 'yyyy-mm-dd' (an all-day event's exclusive end), by plain calendar arithmetic. */
function nextDay(isoDate: string): string {
  const [year, month, date] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

export interface Feed {
  name: string;
  /** Where the admin panel is, to make each entry's address absolute. */
  adminUrl: string;
  /** The host part of the UIDs, stable across requests. */
  host: string;
  now: Date;
  entries: CalendarEntry[];
}

/**
 * The calendar as iCalendar: an event date is an all-day VEVENT on its Hà Nội day; a scheduled step, a
 * due or overdue time is a VEVENT at its instant (UTC), lasting nothing. UIDs name the kind and the item,
 * so a calendar client updates an entry when its time moves instead of adding another.
 */
export function renderFeed(feed: Feed): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//phuong-portal//Lich bien tap//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(feed.name)}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const entry of feed.entries) {
    const label = entry.kind === 'scheduled' && entry.step ? `${KIND_LABELS.scheduled}: ${entry.step}` : KIND_LABELS[entry.kind];
    const when = entry.at
      ? [`DTSTART:${utc(new Date(entry.at))}`, `DTEND:${utc(new Date(entry.at))}`]
      : [`DTSTART;VALUE=DATE:${day(entry.date)}`, `DTEND;VALUE=DATE:${day(nextDay(entry.date))}`];
    const description = [`${entry.typeLabel} · ${entry.stateLabel}`, entry.unit ? `Đơn vị: ${entry.unit}` : null].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${entry.kind}-${entry.uid.replace(/[^a-z0-9-]+/g, '-')}-${entry.documentId}-${entry.locale ?? 'x'}@${feed.host}`,
      `DTSTAMP:${utc(feed.now)}`,
      ...when,
      `SUMMARY:${escapeText(`[${label}] ${entry.title}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(KIND_LABELS[entry.kind])}`,
      `URL:${feed.adminUrl}${encodeURI(entry.url)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
