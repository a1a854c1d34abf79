import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, newsTargets, type StaffMember } from '../helpers/staff';
import { onAWorkingDay } from '../helpers/working-day';

// The due times below keep the submission's time of day, which holds for an item submitted on a working day.
onAWorkingDay();

const ARTICLE = 'api::article.article';
const UNIT = 'Hội Liên hiệp Phụ nữ phường';
const LOG_UID = 'plugin::editorial-workflow.log-entry';
const DAY_MS = 86_400_000;
const HANOI_MS = 7 * 3_600_000;

let app: TestApp;
let contributor: StaffMember;
let head: StaffMember;
let board: StaffMember;
let publisher: StaffMember;
let unitId: string;
let categoryId: string;

interface Settings {
  years: Array<{ year: number; holidays: string[]; makeUpWorkingDays: string[] }>;
  coveredYears: number[];
  lastCoveredYear: number | null;
  warning: string | null;
  workflows: Array<{ id: string; states: Array<{ id: string; days: number; defaultDays: number }> }>;
  categories: Array<{ documentId: string; publishDeadlineDays: number }>;
  units: Array<{ documentId: string; monthlyQuota: number }>;
}

beforeAll(async () => {
  app = await startStrapi();
  contributor = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  head = await createStaff(app, 'ew-unit-head', { headOf: [UNIT] });
  board = await createStaff(app, 'ew-board');
  publisher = await createStaff(app, 'ew-publisher');
  ({ unitId, categoryId } = await newsTargets(app, UNIT));
});
afterAll(async () => {
  await app.stop();
});

const settings = async (): Promise<Settings> => (await as(app, board).get('/editorial-workflow/settings').expect(200)).body.data;
const service = () => app.strapi.plugin('editorial-workflow').service('settings') as { report(now: Date): Promise<Settings> };
const settingRows = () => app.strapi.db.query(LOG_UID).findMany({ where: { event: 'settings_changed' }, orderBy: { seq: 'asc' } });
const logCount = () => app.strapi.db.query(LOG_UID).count({});

/** Hà Nội's day of an instant, 'yyyy-mm-dd' (UTC+7 all year). */
const hanoiDay = (at: number) => new Date(at + HANOI_MS).toISOString().slice(0, 10);
const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();
const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const daysFrom = (a: string, b: string) => Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / DAY_MS);
function nextWorkingDay(day: string, holidays: string[]): string {
  let next = plusDays(day, 1);
  while (weekday(next) === 0 || weekday(next) === 6 || holidays.includes(next)) next = plusDays(next, 1);
  return next;
}
const allHolidays = (s: Settings) => s.years.flatMap((year) => year.holidays);

async function submitted(title: string): Promise<{ documentId: string; enteredAt: string; dueAt: string }> {
  const res = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, title)).expect(201);
  const { documentId } = res.body.data;
  await as(app, contributor).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
  return stateOf(documentId);
}
async function stateOf(documentId: string) {
  const row = await app.strapi.db.query('plugin::editorial-workflow.review-state').findOne({ where: { targetDocumentId: documentId } });
  return { documentId, enteredAt: row.enteredAt as string, dueAt: new Date(row.dueAt).toISOString() };
}

describe('workflow settings', () => {
  it('a holiday added for a year moves the due time of an item submitted before it, exactly', async () => {
    const before = await settings();
    const item = await submitted('Hội nghị phụ nữ trước khi thêm ngày nghỉ');
    const entered = Date.parse(item.enteredAt);
    const today = hanoiDay(entered);
    // A working day (onAWorkingDay above; 23:30 / 00:30 Hà Nội in test:clock): the due keeps the time of day.
    expect(weekday(today) % 6).not.toBe(0);
    const d1 = nextWorkingDay(today, allHolidays(before));
    expect(item.dueAt).toBe(new Date(entered + daysFrom(today, d1) * DAY_MS).toISOString());

    const year = Number(d1.slice(0, 4));
    const current = before.years.find((entry) => entry.year === year) ?? { holidays: [], makeUpWorkingDays: [] };
    const res = await as(app, board).put(`/editorial-workflow/settings/calendar/${year}`, {
      holidays: [...current.holidays, d1], makeUpWorkingDays: current.makeUpWorkingDays,
    }).expect(200);
    expect(res.body.data.changed).toBe(true);
    expect(res.body.data.moved).toBeGreaterThanOrEqual(1);

    const d2 = nextWorkingDay(d1, [...allHolidays(before), d1]);
    expect((await stateOf(item.documentId)).dueAt).toBe(new Date(entered + daysFrom(today, d2) * DAY_MS).toISOString());
    // The panel shows the same due time.
    const panel = await as(app, board).state(ARTICLE, item.documentId).expect(200);
    expect(new Date(panel.body.data.dueAt).toISOString()).toBe(new Date(entered + daysFrom(today, d2) * DAY_MS).toISOString());
    expect((await settings()).years.find((entry) => entry.year === year)!.holidays).toContain(d1);

    const [row] = (await settingRows()).slice(-1);
    expect(row).toMatchObject({ targetUid: 'plugin::editorial-workflow.setting', targetDocumentId: `calendar.${year}` });
    expect(row.comment).toContain(`thêm ngày nghỉ ${d1.split('-').reverse().join('/')}`);
    expect(row.actor).toMatchObject({ id: board.id });

    // Taken out again: the due moves back.
    await as(app, board).put(`/editorial-workflow/settings/calendar/${year}`, { holidays: current.holidays, makeUpWorkingDays: current.makeUpWorkingDays }).expect(200);
    expect((await stateOf(item.documentId)).dueAt).toBe(item.dueAt);
  });

  it('an SLA change applies to items entering the state afterwards, not to those already waiting', async () => {
    const earlier = await submitted('Tin gửi trước khi đổi thời hạn');
    const res = await as(app, board).put('/editorial-workflow/settings/sla/news', { days: { submitted: 3 } }).expect(200);
    expect(res.body.data.changed).toBe(true);
    const news = res.body.data.settings.workflows.find((wf: { id: string }) => wf.id === 'news');
    expect(news.states.find((state: { id: string }) => state.id === 'submitted')).toMatchObject({ days: 3, defaultDays: 1 });

    const later = await submitted('Tin gửi sau khi đổi thời hạn');
    expect((await stateOf(earlier.documentId)).dueAt).toBe(earlier.dueAt);
    const holidays = allHolidays(await settings());
    const today = hanoiDay(Date.parse(later.enteredAt));
    let due = today;
    for (let i = 0; i < 3; i += 1) due = nextWorkingDay(due, holidays);
    expect(later.dueAt).toBe(new Date(Date.parse(later.enteredAt) + daysFrom(today, due) * DAY_MS).toISOString());
    const [row] = (await settingRows()).slice(-1);
    expect(row.comment).toContain('Chờ đơn vị duyệt: 1 → 3 ngày làm việc');

    // Back to the table's value: the override is dropped, and the next item is due in one working day.
    await as(app, board).put('/editorial-workflow/settings/sla/news', { days: { submitted: 1 } }).expect(200);
    const last = await submitted('Tin gửi sau khi trả lại thời hạn');
    const lastDay = hanoiDay(Date.parse(last.enteredAt));
    expect(last.dueAt).toBe(new Date(Date.parse(last.enteredAt) + daysFrom(lastDay, nextWorkingDay(lastDay, holidays)) * DAY_MS).toISOString());
  });

  it('warns before the calendar runs out, and a 2028 list removes the warning', async () => {
    const august2027 = new Date('2027-08-01T00:00:00+07:00');
    const initial = await settings();
    expect(initial.lastCoveredYear).toBe(2027);
    expect(initial.coveredYears).toEqual(expect.arrayContaining([2025, 2026, 2027]));
    expect((await service().report(new Date('2027-06-30T12:00:00+07:00'))).warning).toBeNull();
    expect((await service().report(august2027)).warning).toBe('Lịch ngày nghỉ chỉ có đến hết năm 2027: hãy nhập ngày nghỉ lễ năm 2028.');
    expect((await service().report(new Date('2028-01-02T08:00:00+07:00'))).warning).toContain('Hãy nhập ngày nghỉ lễ năm 2028');

    await as(app, board).put('/editorial-workflow/settings/calendar/2028', {
      holidays: ['2028-01-01', '2028-04-30', '2028-05-01', '2028-09-02'], makeUpWorkingDays: [],
    }).expect(200);
    const after = await settings();
    expect(after.lastCoveredYear).toBe(2028);
    expect(after.years.find((year) => year.year === 2028)).toMatchObject({ holidays: ['2028-01-01', '2028-04-30', '2028-05-01', '2028-09-02'] });
    expect((await service().report(august2027)).warning).toBeNull();
    expect((await service().report(new Date('2028-07-01T08:00:00+07:00'))).warning).toContain('năm 2029');
  });

  it('refuses bad input with a Vietnamese message naming the field, and writes nothing', async () => {
    const before = await settings();
    const rows = await logCount();
    const cases: Array<[string, object, RegExp]> = [
      ['/calendar/2029', { holidays: ['2029-01-01', '2030-01-01'] }, /Ngày nghỉ lễ: ngày 01\/01\/2030 không thuộc năm 2029/],
      ['/calendar/2029', { holidays: ['2029-01-01', '2029-01-01'] }, /Ngày nghỉ lễ: ngày 01\/01\/2029 bị nhập hai lần/],
      ['/calendar/2029', { holidays: ['2029-02-30'] }, /Ngày nghỉ lễ: "2029-02-30" không phải là một ngày có thật/],
      ['/calendar/2029', { holidays: ['2029-01-01'], makeUpWorkingDays: ['2029-03-07'] }, /Ngày làm bù: ngày 07\/03\/2029 không phải thứ Bảy hay Chủ nhật/],
      ['/calendar/2029', { holidays: ['2029-01-06'], makeUpWorkingDays: ['2029-01-06'] }, /Ngày làm bù: ngày 06\/01\/2029 cũng là ngày nghỉ lễ/],
      ['/calendar/2029', { holidays: [] }, /Ngày nghỉ lễ: năm 2029 phải có ít nhất một ngày nghỉ lễ/],
      ['/calendar/1999', { holidays: ['1999-01-01'] }, /Năm "1999" không hợp lệ/],
      ['/sla/news', { days: { submitted: -1 } }, /Thời hạn "Chờ đơn vị duyệt".*từ 1 đến 30/],
      ['/sla/news', { days: { submitted: 400 } }, /Thời hạn "Chờ đơn vị duyệt".*từ 1 đến 30/],
      ['/sla/news', { days: { published: 2 } }, /không có thời hạn xử lý/],
      ['/sla/news', { days: { nowhere: 2 } }, /Trạng thái "nowhere" không có trong quy trình/],
      ['/sla/nothing', { days: { submitted: 2 } }, /Quy trình "nothing" không tồn tại/],
      [`/categories/${categoryId}`, { publishDeadlineDays: 0 }, /Thời hạn đăng \(ngày sau sự kiện\).*từ 1 đến 30/],
      ['/categories/khongcochuyenmucnay', { publishDeadlineDays: 2 }, /Chuyên mục "khongcochuyenmucnay" không tồn tại/],
      ['/quotas', { quotas: { [unitId]: -1 } }, /Chỉ tiêu \(tin mỗi tháng\).*từ 0 đến 1000/],
      ['/quotas', { quotas: { [unitId]: 5, khongcodonvinay: 3 } }, /Đơn vị không tồn tại: khongcodonvinay/],
    ];
    for (const [path, body, message] of cases) {
      const res = await as(app, board).put(`/editorial-workflow/settings${path}`, body);
      expect([path, res.status]).toEqual([path, 400]);
      expect(res.body.error.message).toMatch(message);
    }
    expect(await settings()).toEqual(before);
    expect(await logCount()).toBe(rows);
  });

  it('changes category deadlines and unit quotas, each in the log; the chain still verifies', async () => {
    const before = await settings();
    const deadline = before.categories.find((category) => category.documentId === categoryId)!.publishDeadlineDays;
    const quota = before.units.find((unit) => unit.documentId === unitId)!.monthlyQuota;
    await as(app, board).put(`/editorial-workflow/settings/categories/${categoryId}`, { publishDeadlineDays: deadline + 1 }).expect(200);
    await as(app, board).put('/editorial-workflow/settings/quotas', { quotas: { [unitId]: quota + 2 } }).expect(200);
    const after = await settings();
    expect(after.categories.find((category) => category.documentId === categoryId)!.publishDeadlineDays).toBe(deadline + 1);
    expect(after.units.find((unit) => unit.documentId === unitId)!.monthlyQuota).toBe(quota + 2);
    const rows = (await settingRows()).slice(-2);
    expect(rows[0]).toMatchObject({ targetUid: 'api::category.category', targetDocumentId: categoryId });
    expect(rows[0].comment).toContain(`${deadline} → ${deadline + 1} ngày sau sự kiện`);
    expect(rows[1]).toMatchObject({ targetUid: 'api::contributor-unit.contributor-unit', targetDocumentId: unitId });
    expect(rows[1].comment).toContain(`${UNIT} ${quota} → ${quota + 2}`);
    // The statistics read the same quota.
    const stats = await as(app, board).get('/editorial-workflow/stats?from=2026-01-01&to=2026-01-31&groupBy=unit').expect(200);
    // By its key: the other demo wards have units of the same name (the statistics are not scoped by site yet).
    expect(stats.body.data.rows.find((row: { key?: string; name: string }) => row.key === unitId)).toMatchObject({ name: UNIT, quota: quota + 2 });

    const verify = await as(app, board).post('/editorial-workflow/log/verify').expect(200);
    expect(verify.body.data).toMatchObject({ ok: true });
    expect((await settingRows()).length).toBeGreaterThanOrEqual(7);
  });

  it('is for the editorial board only', async () => {
    const rows = await logCount();
    for (const member of [contributor, head, publisher]) {
      await as(app, member).get('/editorial-workflow/settings').expect(403);
      await as(app, member).put('/editorial-workflow/settings/calendar/2030', { holidays: ['2030-01-01'] }).expect(403);
      await as(app, member).put('/editorial-workflow/settings/sla/news', { days: { submitted: 2 } }).expect(403);
      await as(app, member).put(`/editorial-workflow/settings/categories/${categoryId}`, { publishDeadlineDays: 2 }).expect(403);
      await as(app, member).put('/editorial-workflow/settings/quotas', { quotas: { [unitId]: 9 } }).expect(403);
    }
    expect(await logCount()).toBe(rows);
    expect((await settings()).lastCoveredYear).toBe(2028);
  });
});
