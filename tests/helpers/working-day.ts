// eslint-disable-next-line @typescript-eslint/no-require-imports
const { shiftClockTo } = require('../fixed-clock.js') as { shiftClockTo(start: number): void };

const HANOI_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/**
 * For a suite whose expectations count from a working day (a due time that keeps the time of day): on a
 * Saturday or Sunday in Hà Nội, the clock moves on to Monday at the same time. The suite still runs at the
 * real time of day, and at 23:30 and 00:30 Hà Nội under `npm run test:clock` (whose TEST_NOW is a Tuesday,
 * left as it is). Call it at the top of the file, before Strapi starts.
 */
export function onAWorkingDay(): void {
  if (process.env.TEST_NOW) return;
  const now = Date.now();
  const weekday = new Date(now + HANOI_MS).getUTCDay();
  const ahead = weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
  if (ahead > 0) shiftClockTo(now + ahead * DAY_MS);
}
