import {
  type CalendarConfig,
  createCalendar,
  DEFAULT_CALENDAR,
  validateCalendarConfig,
} from '../../src/plugins/editorial-workflow/server/src/time/calendar';

/**
 * Every instant is written with an explicit offset, so nothing depends on the machine's clock or
 * TZ. Viet Nam has kept UTC+07:00 without DST since 1975, hence `vn('2026-02-13T10:00')`.
 */
const vn = (local: string): Date => new Date(`${local}:00+07:00`);

const NO_HOLIDAYS: CalendarConfig = { ...DEFAULT_CALENDAR, holidays: [], makeUpWorkingDays: [] };

describe('local days in Asia/Ho_Chi_Minh', () => {
  const calendar = createCalendar(NO_HOLIDAYS);

  it('cuts days at local midnight, not UTC midnight', () => {
    expect(calendar.localDate(new Date('2026-03-06T16:59:59.999Z'))).toBe('2026-03-06'); // Fri 23:59 local
    expect(calendar.localDate(new Date('2026-03-06T17:00:00.000Z'))).toBe('2026-03-07'); // Sat 00:00 local
    expect(calendar.isWorkingDay(new Date('2026-03-06T16:59:59.999Z'))).toBe(true);
    expect(calendar.isWorkingDay(new Date('2026-03-06T17:00:00.000Z'))).toBe(false);
  });

  it.each([
    ['2026-03-07T10:00', false], // Saturday
    ['2026-03-08T10:00', false], // Sunday
    ['2026-03-09T10:00', true], // Monday
    ['2026-03-13T10:00', true], // Friday
  ])('weekend: %s working = %p', (local, expected) => expect(calendar.isWorkingDay(vn(local))).toBe(expected));

  it('honours a configured weekend', () => {
    const sundayOnly = createCalendar({ ...NO_HOLIDAYS, weekend: [7] });
    expect(sundayOnly.isWorkingDay(vn('2026-03-07T10:00'))).toBe(true);
    expect(sundayOnly.isWorkingDay(vn('2026-03-08T10:00'))).toBe(false);
  });
});

describe('addWorkingDays without holidays', () => {
  const calendar = createCalendar(NO_HOLIDAYS);

  it.each([
    ['Fri 10:00 + 1 → Mon 10:00', '2026-03-06T10:00', 1, '2026-03-09T10:00'],
    // Counting starts Mon 08:00, the next working day's start; one working day later is Tue 08:00.
    ['Sat 15:00 + 1 → Tue 08:00', '2026-03-07T15:00', 1, '2026-03-10T08:00'],
    ['Sat 15:00 + 0 → Mon 08:00', '2026-03-07T15:00', 0, '2026-03-09T08:00'],
    ['Sun 23:30 + 1 → Tue 08:00', '2026-03-08T23:30', 1, '2026-03-10T08:00'],
    ['Wed 09:30 + 0 → Wed 09:30', '2026-03-11T09:30', 0, '2026-03-11T09:30'],
    ['Wed 09:30 + 5 → next Wed 09:30', '2026-03-11T09:30', 5, '2026-03-18T09:30'],
  ])('%s', (_label, start, days, due) => expect(calendar.addWorkingDays(vn(start), days)).toEqual(vn(due)));

  it('keeps seconds and milliseconds of a working-day start', () => {
    const start = new Date('2026-03-06T03:00:30.250Z'); // Fri 10:00:30.250 local
    expect(calendar.addWorkingDays(start, 1).toISOString()).toBe('2026-03-09T03:00:30.250Z');
  });

  it('starts at the configured workdayStart', () => {
    const lateStarter = createCalendar({ ...NO_HOLIDAYS, workdayStart: '07:30' });
    expect(lateStarter.addWorkingDays(vn('2026-03-07T15:00'), 0)).toEqual(vn('2026-03-09T07:30'));
  });

  it.each([-1, 1.5, Number.NaN])('refuses %p days', (days) =>
    expect(() => calendar.addWorkingDays(vn('2026-03-06T10:00'), days)).toThrow(/days must be a non-negative integer/),
  );

  it('refuses an invalid Date', () =>
    expect(() => calendar.addWorkingDays(new Date('not a date'), 1)).toThrow(/start must be a valid Date/));
});

describe('DEFAULT_CALENDAR holidays (Viet Nam, state agencies)', () => {
  const calendar = createCalendar();

  it('Tết 2026: Fri 13/02 10:00 + 1 → Mon 23/02 10:00 (14–22/02 off)', () => {
    expect(calendar.addWorkingDays(vn('2026-02-13T10:00'), 1)).toEqual(vn('2026-02-23T10:00'));
  });

  it('Tết 2026: a request during Tết starts Mon 23/02 08:00', () => {
    expect(calendar.addWorkingDays(vn('2026-02-17T14:00'), 1)).toEqual(vn('2026-02-24T08:00'));
  });

  it('30/4–1/5 2026: Wed 29/04 09:00 + 2 → Tue 05/05 09:00', () => {
    // 30/4 (Thu) and 1/5 (Fri) are holidays, 2–3/5 the weekend; 4/5 (Mon) is a normal working day in
    // the 2026 list (no swap that year), so it is day 1 and Tue 5/5 is day 2.
    expect(calendar.isWorkingDay(vn('2026-05-04T09:00'))).toBe(true);
    expect(calendar.addWorkingDays(vn('2026-04-29T09:00'), 2)).toEqual(vn('2026-05-05T09:00'));
  });

  it('Giỗ Tổ 2026 falls on Sunday 26/04, so Monday 27/04 is off', () => {
    expect(calendar.isWorkingDay(vn('2026-04-27T09:00'))).toBe(false);
    expect(calendar.addWorkingDays(vn('2026-04-24T09:00'), 1)).toEqual(vn('2026-04-28T09:00'));
  });

  it('New Year 2026: Fri 02/01 swapped for Sat 10/01', () => {
    expect(calendar.addWorkingDays(vn('2025-12-31T10:00'), 1)).toEqual(vn('2026-01-05T10:00'));
    expect(calendar.isWorkingDay(vn('2026-01-10T10:00'))).toBe(true);
    expect(calendar.addWorkingDays(vn('2026-01-09T10:00'), 1)).toEqual(vn('2026-01-10T10:00'));
  });

  it('15 working days for a question received on Friday evening, 17/04/2026 19:30', () => {
    // Friday is a working day, so counting starts at once and keeps 19:30:
    // 20–24/04 (5); 27/04 off for Giỗ Tổ; 28–29/04 (7); 30/04–3/05 off; 4–8/05 (12); 11, 12, 13/05 (15).
    expect(createCalendar().addWorkingDays(vn('2026-04-17T19:30'), 15)).toEqual(vn('2026-05-13T19:30'));
  });

  it('15 working days for a question received just after midnight, Sat 18/04/2026 00:30', () => {
    // 17:30Z on Friday is already Saturday in Hà Nội: counting starts Mon 20/04 08:00, so the
    // working days are 21–24/04 (4), 28–29/04 (6), 4–8/05 (11), 11–14/05 (15).
    const start = new Date('2026-04-17T17:30:00Z');
    expect(calendar.addWorkingDays(start, 15)).toEqual(vn('2026-05-14T08:00'));
  });

  it('the list validates and is frozen', () => {
    expect(validateCalendarConfig(DEFAULT_CALENDAR)).toEqual(DEFAULT_CALENDAR);
    expect(Object.isFrozen(DEFAULT_CALENDAR)).toBe(true);
    expect(Object.isFrozen(DEFAULT_CALENDAR.holidays)).toBe(true);
  });
});

describe('make-up working days', () => {
  const calendar = createCalendar({ ...NO_HOLIDAYS, makeUpWorkingDays: ['2026-03-07'] });

  it('counts a make-up Saturday as a working day', () => {
    expect(calendar.isWorkingDay(vn('2026-03-07T10:00'))).toBe(true);
    expect(calendar.isWorkingDay(vn('2026-03-14T10:00'))).toBe(false); // an ordinary Saturday
    expect(calendar.addWorkingDays(vn('2026-03-06T10:00'), 1)).toEqual(vn('2026-03-07T10:00'));
    expect(calendar.addWorkingDays(vn('2026-03-06T10:00'), 2)).toEqual(vn('2026-03-09T10:00'));
  });

  it('does not push a request received on a make-up Saturday to Monday', () => {
    expect(calendar.addWorkingDays(vn('2026-03-07T15:00'), 0)).toEqual(vn('2026-03-07T15:00'));
    expect(calendar.workingDaysBetween(vn('2026-03-06T10:00'), vn('2026-03-09T10:00'))).toBe(2);
  });
});

describe('workingDaysBetween', () => {
  const calendar = createCalendar();

  it('across a weekend', () => {
    expect(calendar.workingDaysBetween(vn('2026-03-06T17:00'), vn('2026-03-09T08:00'))).toBe(1); // Fri → Mon
    expect(calendar.workingDaysBetween(vn('2026-03-06T17:00'), vn('2026-03-08T08:00'))).toBe(0); // Fri → Sun
  });

  it('across a weekend and holidays: Wed 29/04 → Tue 05/05/2026', () => {
    // (29/04, 05/05]: 30/04 and 1/05 holidays, 2–3/05 weekend, 4/05 and 5/05 worked.
    expect(calendar.workingDaysBetween(vn('2026-04-29T10:00'), vn('2026-05-05T08:00'))).toBe(2);
    expect(calendar.workingDaysBetween(vn('2026-05-05T08:00'), vn('2026-04-29T10:00'))).toBe(-2);
  });

  it('counts local days, not 24-hour periods', () => {
    expect(calendar.workingDaysBetween(vn('2026-03-10T23:00'), vn('2026-03-11T01:00'))).toBe(1);
    expect(calendar.workingDaysBetween(vn('2026-03-10T01:00'), vn('2026-03-10T23:00'))).toBe(0);
    expect(calendar.workingDaysBetween(vn('2026-03-10T23:00'), vn('2026-03-10T01:00'))).toBe(0);
  });

  it('is the inverse of addWorkingDays for every working day of 2026', () => {
    const mismatches: string[] = [];
    for (let day = vn('2026-01-01T10:00'); day < vn('2027-01-01T00:00'); day = new Date(day.getTime() + 86_400_000)) {
      if (!calendar.isWorkingDay(day)) continue;
      for (const n of [1, 5, 15]) {
        const counted = calendar.workingDaysBetween(day, calendar.addWorkingDays(day, n));
        if (counted !== n) mismatches.push(`${calendar.localDate(day)} + ${n} counted back as ${counted}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('endOfLocalDay', () => {
  const calendar = createCalendar();

  it('is 23:59:59.999 in Hà Nội, i.e. 16:59:59.999Z', () => {
    expect(calendar.endOfLocalDay('2026-04-30').toISOString()).toBe('2026-04-30T16:59:59.999Z');
  });

  it('adds calendar days, holidays included, across month and year ends', () => {
    expect(calendar.endOfLocalDay('2026-04-30', 3).toISOString()).toBe('2026-05-03T16:59:59.999Z');
    expect(calendar.endOfLocalDay('2026-12-30', 3).toISOString()).toBe('2027-01-02T16:59:59.999Z');
    expect(calendar.endOfLocalDay('2026-03-01', -1).toISOString()).toBe('2026-02-28T16:59:59.999Z');
  });

  it.each(['2026-02-30', '2026-4-30', '2026-04-30T10:00:00Z', ''])('refuses %p', (bad) =>
    expect(() => calendar.endOfLocalDay(bad)).toThrow(/isoDate must be a real 'yyyy-mm-dd' date/),
  );
});

describe('another time zone (with DST)', () => {
  const berlin = createCalendar({ ...NO_HOLIDAYS, timeZone: 'Europe/Berlin' });

  it('keeps the local time of day across the spring change', () => {
    // Fri 27/03/2026 10:00 CET + 1 → Mon 30/03/2026 10:00 CEST (clocks went forward on Sun 29/03).
    expect(berlin.addWorkingDays(new Date('2026-03-27T09:00:00Z'), 1).toISOString()).toBe('2026-03-30T08:00:00.000Z');
  });

  it('ends the local day at the right instant', () => {
    expect(berlin.endOfLocalDay('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.999Z');
    expect(berlin.endOfLocalDay('2026-03-28').toISOString()).toBe('2026-03-28T22:59:59.999Z');
  });
});

describe('validateCalendarConfig', () => {
  it('returns a copy', () => {
    const copy = validateCalendarConfig(NO_HOLIDAYS);
    expect(copy).toEqual(NO_HOLIDAYS);
    expect(copy.weekend).not.toBe(NO_HOLIDAYS.weekend);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['unknown time zone', { timeZone: 'Asia/Hanoi_City' }, /"timeZone": "Asia\/Hanoi_City"/],
    ['empty time zone', { timeZone: '' }, /"timeZone": ""/],
    ['weekend not an array', { weekend: '6,7' }, /"weekend": "6,7"/],
    ['weekend value 0', { weekend: [6, 0] }, /"weekend\[1\]": 0 is not an ISO weekday/],
    ['weekend value 8', { weekend: [8] }, /"weekend\[0\]": 8/],
    ['weekend of seven days', { weekend: [1, 2, 3, 4, 5, 6, 7] }, /"weekend": .* leaves no working weekday/],
    ['impossible holiday', { holidays: ['2026-01-01', '2026-02-30'] }, /"holidays\[1\]": "2026-02-30"/],
    ['holiday in dd/mm/yyyy', { holidays: ['30/04/2026'] }, /"holidays\[0\]": "30\/04\/2026"/],
    ['holidays not an array', { holidays: '2026-04-30' }, /"holidays": "2026-04-30"/],
    ['make-up day badly written', { makeUpWorkingDays: ['2026/01/10'] }, /"makeUpWorkingDays\[0\]": "2026\/01\/10"/],
    ['make-up day on a weekday', { makeUpWorkingDays: ['2026-01-09'] }, /"makeUpWorkingDays\[0\]": "2026-01-09" is not a weekend day/],
    [
      'make-up day also a holiday',
      { holidays: ['2026-01-10'], makeUpWorkingDays: ['2026-01-10'] },
      /"makeUpWorkingDays\[0\]": "2026-01-10" is also listed in holidays/,
    ],
    ['workdayStart without leading zero', { workdayStart: '8:00' }, /"workdayStart": "8:00"/],
    ['workdayStart 24:00', { workdayStart: '24:00' }, /"workdayStart": "24:00"/],
    ['workdayStart as a number', { workdayStart: 8 }, /"workdayStart": 8/],
    ['timeZone undefined', { timeZone: undefined }, /"timeZone": undefined/],
    ['misspelt key', { makeupWorkingDays: [] }, /"makeupWorkingDays": \[\] is not a known key/],
  ])('%s', (_label, override, message) => {
    const config = { ...NO_HOLIDAYS, ...override };
    expect(() => validateCalendarConfig(config)).toThrow(message);
    expect(() => createCalendar(config as unknown as CalendarConfig)).toThrow(message);
  });

  it('names a missing key', () => {
    const withoutHolidays = Object.fromEntries(Object.entries(NO_HOLIDAYS).filter(([key]) => key !== 'holidays'));
    expect(() => validateCalendarConfig(withoutHolidays)).toThrow(/"holidays": undefined is not an array/);
  });

  it.each([null, 'Asia/Ho_Chi_Minh', [], 42])('refuses %p', (config) =>
    expect(() => validateCalendarConfig(config)).toThrow(/expected an object/),
  );
});
