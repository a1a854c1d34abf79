import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** The ward's zone: every time a person reads (log text, messages) is written in it. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** "dd/mm/yyyy HH:mm" in Vietnam's time, as the admin panel shows times. */
export function vietnamDateTime(value: Date | string): string {
  return format(new TZDate(new Date(value).getTime(), VIETNAM_TIME_ZONE), 'dd/MM/yyyy HH:mm');
}
