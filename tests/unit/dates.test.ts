import { formatDate, isoWeekOf, isoWeekRange, parseCalendarDate, todayInVietnam, vietnamDay } from '../../src/lib/dates';

describe('ISO weeks of the work schedule', () => {
  it.each([
    ['2026-W48', { start: '2026-11-23', end: '2026-11-29' }],
    ['2026-W01', { start: '2025-12-29', end: '2026-01-04' }],
    ['2026-W53', { start: '2026-12-28', end: '2027-01-03' }],
    ['2020-W02', { start: '2020-01-06', end: '2020-01-12' }],
  ])('%s', (week, range) => expect(isoWeekRange(week)).toEqual(range));

  it.each(['2025-W53', '2026-W00', '2026-W54', '2026-48', 'W48'])('refuses %p', (week) =>
    expect(isoWeekRange(week)).toBeNull(),
  );

  it('names the week of a date', () => {
    expect(isoWeekOf(new Date(2026, 10, 29))).toBe('2026-W48');
    expect(isoWeekOf(new Date(2027, 0, 1))).toBe('2026-W53');
  });
});

describe('formatDate', () => {
  it('shows dates as dd/mm/yyyy', () => {
    expect(formatDate('2020-01-08')).toBe('08/01/2020');
    expect(formatDate('2026-11-29T10:00:00.000Z')).toBe('29/11/2026');
  });
});

describe('parseCalendarDate (one-stop exports)', () => {
  it.each([
    ['04/03/2026', '2026-03-04'],
    ['4/3/2026', '2026-03-04'],
    ['04-03-2026', '2026-03-04'],
    ['04.03.2026 08:15', '2026-03-04'],
    ['2026-03-04', '2026-03-04'],
    ['2026-03-04T08:15:00+07:00', '2026-03-04'],
    [46085, '2026-03-04'],
    [46085.75, '2026-03-04'],
    ['46085', '2026-03-04'],
    ['29/02/2028', '2028-02-29'],
  ])('reads %p as %s', (input, expected) => {
    expect(parseCalendarDate(input)).toBe(expected);
  });

  it.each([['31/02/2026'], ['29/02/2026'], ['2026-13-01'], ['04/03/26'], ['hôm qua'], [''], [0], [null]])('refuses %p', (input) => {
    expect(parseCalendarDate(input)).toBeNull();
  });
});

describe('todayInVietnam', () => {
  it('turns the date at midnight in Hanoi, 17:00 UTC', () => {
    expect(todayInVietnam(new Date('2026-11-29T16:59:59Z'))).toBe('2026-11-29');
    expect(todayInVietnam(new Date('2026-11-29T17:00:00Z'))).toBe('2026-11-30');
  });

  it('is the Vietnam day of the instant, the one rule for both', () => {
    for (const instant of ['2026-12-31T16:59:59Z', '2026-12-31T17:00:00Z', '2028-02-28T18:30:00Z', '2026-06-15T00:00:00Z']) {
      expect(todayInVietnam(new Date(instant))).toBe(vietnamDay(instant));
    }
    expect(todayInVietnam()).toBe(vietnamDay(new Date()));
  });
});
