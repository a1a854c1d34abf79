/**
 * iCalendar (RFC 5545) text for the work schedules: local times in Asia/Ho_Chi_Minh with the zone's own
 * VTIMEZONE (Vietnam keeps UTC+7 all year, no daylight saving), escaped TEXT values and lines folded at
 * 75 octets without splitting a UTF-8 character. Written by hand: the format is small and the feeds are
 * static files of the build.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface CalendarEvent {
  uid: string;
  /** Local wall-clock time in Hà Nội, "yyyy-mm-ddThh:mm". */
  start: string;
  end: string;
  /** When the entry last changed (ISO, any zone): DTSTAMP and LAST-MODIFIED, so an unchanged feed stays byte-identical. */
  stamp: string;
  summary: string;
  description: string;
  location: string;
  url: string;
}

export interface Calendar {
  name: string;
  description: string;
  events: CalendarEvent[];
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into chunks of at most 75 octets, continuation lines starting with a space (§3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // a continuation line's leading space counts
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

/** "2026-11-23T14:00" → "20261123T140000" (a local DATE-TIME, to be read with TZID). */
const localDateTime = (value: string) => `${value.slice(0, 10).replace(/-/g, '')}T${value.slice(11, 13)}${value.slice(14, 16)}00`;

/** An instant in UTC: "20261123T070000Z". */
const utcDateTime = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:ICT',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function renderCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//phuong-portal//Lich cong tac//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-CALDESC:${escapeText(calendar.description)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...VTIMEZONE,
  ];
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcDateTime(event.stamp)}`,
      `LAST-MODIFIED:${utcDateTime(event.stamp)}`,
      `DTSTART;TZID=${TIME_ZONE}:${localDateTime(event.start)}`,
      `DTEND;TZID=${TIME_ZONE}:${localDateTime(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    lines.push(`URL:${event.url}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
