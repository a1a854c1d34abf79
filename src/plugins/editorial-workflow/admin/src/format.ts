import { TZDate } from '@date-fns/tz';
import { format, isValid, parse } from 'date-fns';

/** The ward works in Vietnam's time whatever the browser's zone is. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DATE_TIME_PATTERN = 'dd/MM/yyyy HH:mm';

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new TZDate(iso, TIME_ZONE);
  return isValid(date) ? format(date, DATE_TIME_PATTERN) : '—';
}

/** Exactly two digits for day, month, hour and minute: "3/12/2026 7:30" is refused, not guessed. */
const STRICT = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/;

/** 'dd/mm/yyyy HH:mm' typed by a person, read as Vietnam's time; null when it is not such a time. */
export function parseDateTime(text: string): Date | null {
  if (!STRICT.test(text.trim())) return null;
  const parsed = parse(text.trim(), DATE_TIME_PATTERN, new TZDate(Date.now(), TIME_ZONE));
  return isValid(parsed) ? new Date(parsed.getTime()) : null;
}

/** 'yyyy-mm-dd' as dd/mm/yyyy. */
export const formatDay = (day: string): string => day.split('-').reverse().join('/');

/** Who took a step, and for whom when they stood in for someone on leave ("Trần B (thay Nguyễn A)"). */
export function actorLabel(actor: { name: string; onBehalfOf?: { name: string } }): string {
  return actor.onBehalfOf ? `${actor.name} (thay ${actor.onBehalfOf.name})` : actor.name;
}
