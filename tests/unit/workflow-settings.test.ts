import { DEFAULT_CALENDAR } from '../../src/plugins/editorial-workflow/server/src/time/calendar';
import { calendarWarning, coveredYears, effectiveCalendar, slaOf } from '../../src/plugins/editorial-workflow/server/src/settings/effective';
import { NEWS } from '../../src/plugins/editorial-workflow/server/src/workflow/definitions';

const hanoi = (local: string) => new Date(`${local}+07:00`);

describe('effective workflow settings', () => {
  it('a stored year replaces that year only', () => {
    const calendar = effectiveCalendar(DEFAULT_CALENDAR, { 2026: { holidays: ['2026-01-01'], makeUpWorkingDays: [] } });
    expect(calendar.holidays.filter((day) => day.startsWith('2026'))).toEqual(['2026-01-01']);
    expect(calendar.makeUpWorkingDays.filter((day) => day.startsWith('2026'))).toEqual([]);
    expect(calendar.holidays.filter((day) => day.startsWith('2027'))).toEqual(DEFAULT_CALENDAR.holidays.filter((day) => day.startsWith('2027')));
    expect(coveredYears(calendar)).toEqual([2025, 2026, 2027]);
  });

  it('warns from 1 July of the last covered year, on Hà Nội days', () => {
    expect(calendarWarning(DEFAULT_CALENDAR, hanoi('2027-06-30T23:59:00'))).toBeNull();
    // 00:30 on 1 July in Hà Nội is still 30 June in UTC.
    expect(calendarWarning(DEFAULT_CALENDAR, hanoi('2027-07-01T00:30:00'))).toBe('Lịch ngày nghỉ chỉ có đến hết năm 2027: hãy nhập ngày nghỉ lễ năm 2028.');
    expect(calendarWarning(DEFAULT_CALENDAR, hanoi('2028-01-01T00:30:00'))).toMatch(/^Lịch ngày nghỉ chỉ có đến hết năm 2027: hạn xử lý sau ngày 31\/12\/2027/);
    const with2028 = effectiveCalendar(DEFAULT_CALENDAR, { 2028: { holidays: ['2028-01-01'], makeUpWorkingDays: [] } });
    expect(calendarWarning(with2028, hanoi('2027-12-31T12:00:00'))).toBeNull();
  });

  it('an SLA override applies to waiting states only', () => {
    expect(slaOf(NEWS, 'submitted', { news: { submitted: 3 } })).toBe(3);
    expect(slaOf(NEWS, 'unit_approved', { news: { submitted: 3 } })).toBe(1);
    expect(slaOf(NEWS, 'published', { news: { published: 3 } })).toBeUndefined();
  });
});
