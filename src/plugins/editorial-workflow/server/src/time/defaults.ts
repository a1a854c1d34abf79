import type { CalendarConfig } from './calendar';

/**
 * Days off and make-up Saturdays for state agencies (cán bộ, công chức, viên chức), 2025–2027.
 *
 * The Labour Code 2019 (art. 112) fixes the public holidays, but the exact days off — the extra
 * Quốc khánh day, how Tết is placed, swapped days — are set each year by a Prime Minister's
 * decision and a Ministry of Home Affairs notice. CHECK THIS LIST AGAINST EACH YEAR'S OFFICIAL
 * NOTICE and override it in config/plugins.ts (editorial-workflow → calendar) when it changes.
 *
 * Holidays that fall on a Saturday or Sunday are listed anyway: harmless, and the list then reads
 * like the official notice. A holiday on a weekly rest day moves to the next working day
 * (Labour Code art. 111(3)); those compensating days are listed explicitly.
 *
 * Not included yet: "Ngày Văn hóa Việt Nam" (24/11), announced by Politburo Resolution 80 (2026)
 * as a paid day off but not in the Labour Code as of this writing.
 */
const HOLIDAYS_2025 = [
  '2025-01-01', // Tết Dương lịch
  // Tết Ất Tỵ: Sat 25/01 (26 Chạp) – Sun 02/02 (mùng 5), 9 days
  '2025-01-25',
  '2025-01-26',
  '2025-01-27',
  '2025-01-28',
  '2025-01-29',
  '2025-01-30',
  '2025-01-31',
  '2025-02-01',
  '2025-02-02',
  '2025-04-07', // Giỗ Tổ Hùng Vương (10/3 âm lịch)
  '2025-04-30', // Ngày Giải phóng miền Nam, thống nhất đất nước
  '2025-05-01', // Quốc tế Lao động
  '2025-05-02', // swapped with Sat 26/04 (made up, see below)
  '2025-09-01', // Quốc khánh, adjacent day
  '2025-09-02', // Quốc khánh
];

const HOLIDAYS_2026 = [
  '2026-01-01', // Tết Dương lịch
  '2026-01-02', // swapped with Sat 10/01 (VPCP letter 12729/VPCP-KGVX, 25/12/2025)
  // Tết Bính Ngọ: Sat 14/02 (27 Chạp) – Sun 22/02 (mùng 6), 9 days (notice 9441/TB-BNV, 16/10/2025)
  '2026-02-14',
  '2026-02-15',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-02-21',
  '2026-02-22',
  '2026-04-26', // Giỗ Tổ Hùng Vương (10/3 âm lịch), a Sunday…
  '2026-04-27', // …so the Monday is the compensating day off
  '2026-04-30',
  '2026-05-01',
  // Quốc khánh: Sat 29/08 – Wed 02/09 (notice 9441/TB-BNV)
  '2026-08-31', // swapped with Sat 22/08 (made up, see below)
  '2026-09-01',
  '2026-09-02',
];

// 2027 is PROVISIONAL: worked out from the lunar calendar and the Labour Code before any official
// notice. Replace it with the announced dates once they are published.
const HOLIDAYS_2027 = [
  '2027-01-01', // Tết Dương lịch (a Friday)
  // Tết Đinh Mùi: mùng 1 is Sat 06/02. Assumed like 2024 (mùng 1 also a Saturday):
  // Thu 04/02 (28 Chạp) – Wed 10/02 (mùng 5), i.e. 5 weekdays off
  '2027-02-04',
  '2027-02-05',
  '2027-02-06',
  '2027-02-07',
  '2027-02-08',
  '2027-02-09',
  '2027-02-10',
  '2027-04-16', // Giỗ Tổ Hùng Vương (10/3 âm lịch), a Friday
  '2027-04-30',
  '2027-05-01', // a Saturday…
  '2027-05-03', // …compensated on the Monday
  '2027-09-02', // Quốc khánh (a Thursday)
  '2027-09-03', // adjacent day, assumed to be the Friday
];

// Saturdays worked to pay back a swapped weekday (ngày làm bù).
const MAKE_UP_WORKING_DAYS = [
  '2025-04-26', // for Fri 02/05/2025
  '2026-01-10', // for Fri 02/01/2026
  '2026-08-22', // for Mon 31/08/2026
];

/** Frozen so that no caller can change the defaults of every other calendar by accident. */
export const DEFAULT_CALENDAR: CalendarConfig = Object.freeze({
  timeZone: 'Asia/Ho_Chi_Minh',
  weekend: Object.freeze([6, 7]) as number[],
  holidays: Object.freeze([...HOLIDAYS_2025, ...HOLIDAYS_2026, ...HOLIDAYS_2027]) as string[],
  makeUpWorkingDays: Object.freeze(MAKE_UP_WORKING_DAYS) as string[],
  workdayStart: '08:00',
});
