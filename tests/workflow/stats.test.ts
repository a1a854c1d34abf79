import { Workbook } from 'exceljs';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, IN_DEMO_WARD, type StaffMember } from '../helpers/staff';
import {
  isBreach,
  type LogRowLite,
  median,
  quotaMonths,
  quotaTarget,
  summarizeWaits,
  waitIntervals,
  type StatsResult,
  type WaitingState,
} from '../../src/plugins/editorial-workflow/server/src/services/stats';
import { createCalendar } from '../../src/plugins/editorial-workflow/server/src/time/calendar';

/** Local wall-clock time in Viet Nam (UTC+07:00, no DST). */
const vn = (local: string): Date => new Date(`${local}:00+07:00`);

// ---------------------------------------------------------------------------------------------------
// The pure parts: intervals, medians, breaches, quotas, on synthetic log rows with known times.

describe('stats: pure functions', () => {
  const calendar = createCalendar(); // default calendar: 30/4 and 1/5/2026 are holidays
  const states: WaitingState[] = [
    { id: 'submitted', label: 'Chờ đơn vị duyệt', dueWorkingDays: 1 },
    { id: 'unit_approved', label: 'Chờ Ban biên tập duyệt', dueWorkingDays: 1 },
    { id: 'propaganda_review', label: 'Chờ Ban Tuyên giáo cho ý kiến', dueWorkingDays: 1 },
    { id: 'approved', label: 'Đã duyệt, chờ đăng', dueWorkingDays: 1 },
  ];
  const ids = states.map((state) => state.id);
  let seq = 0;
  const row = (doc: string, event: string, fromState: string, toState: string, local: string): LogRowLite => ({
    seq: ++seq, targetDocumentId: doc, locale: 'vi', event, fromState, toState, reasonCode: null, at: vn(local).toISOString(),
  });
  const rows: LogRowLite[] = [
    // W: entered before the period, so it is not the period's.
    row('w', 'submit', 'draft', 'submitted', '2026-02-27T10:00'),
    row('w', 'return', 'submitted', 'returned', '2026-03-02T10:00'),
    // X: Fri 10:00 → Mon 09:00 (71 h, due Mon 10:00: in time); Mon 09:00 → Tue 09:30 (24.5 h, due Tue 09:00: late);
    //    approved Tue 09:30, a scheduled publish in between changes nothing, published Wed 11:30 (26 h, late).
    row('x', 'submit', 'draft', 'submitted', '2026-03-06T10:00'),
    row('x', 'unit_approve', 'submitted', 'unit_approved', '2026-03-09T09:00'),
    row('x', 'board_approve', 'unit_approved', 'approved', '2026-03-10T09:30'),
    row('x', 'publish_scheduled', 'approved', 'approved', '2026-03-10T10:00'),
    row('x', 'publish', 'approved', 'published', '2026-03-11T11:30'),
    // Z: still waiting for its unit head, entered Tue 08:00, due Wed 08:00.
    row('z', 'submit', 'draft', 'submitted', '2026-03-10T08:00'),
    // Y: Wed 29/4 10:00, then 30/4, 1/5 and the weekend are off: due Mon 4/5 10:00; left Mon 09:00 (119 h, in time).
    row('y', 'submit', 'draft', 'submitted', '2026-04-29T10:00'),
    row('y', 'return', 'submitted', 'returned', '2026-05-04T09:00'),
  ];
  // The log hands rows back in any order: intervals follow each item's seq.
  const shuffled = [...rows].reverse();
  const now = vn('2026-06-01T12:00');

  it('median of none, an odd and an even number of values', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('builds the intervals entered in the period, left by the next state change, open when there is none', () => {
    const intervals = waitIntervals(shuffled, ids, vn('2026-03-01T00:00'), vn('2026-05-31T23:59'));
    const simple = intervals
      .map((i) => ({ item: i.item, state: i.state, hours: i.leftAt ? (i.leftAt.getTime() - i.enteredAt.getTime()) / 3_600_000 : null }))
      .sort((a, b) => (a.item + a.state < b.item + b.state ? -1 : 1));
    expect(simple).toEqual([
      { item: 'x|vi', state: 'approved', hours: 26 },
      { item: 'x|vi', state: 'submitted', hours: 71 },
      { item: 'x|vi', state: 'unit_approved', hours: 24.5 },
      { item: 'y|vi', state: 'submitted', hours: 119 },
      { item: 'z|vi', state: 'submitted', hours: null },
    ]);
  });

  it('an interval entered in the period keeps its leave from after the period', () => {
    const intervals = waitIntervals(shuffled, ids, vn('2026-03-06T00:00'), new Date(vn('2026-03-07T00:00').getTime() - 1));
    expect(intervals).toEqual([{ item: 'x|vi', state: 'submitted', enteredAt: vn('2026-03-06T10:00'), leftAt: vn('2026-03-09T09:00') }]);
  });

  it('medians count left intervals; breaches compare with the working-day due time, or now while waiting', () => {
    const intervals = waitIntervals(shuffled, ids, vn('2026-03-01T00:00'), vn('2026-05-31T23:59'));
    expect(summarizeWaits(intervals, states, calendar, now)).toEqual({
      medianWaitHours: { submitted: 95, unit_approved: 24.5, propaganda_review: null, approved: 26 },
      breaches: { submitted: 1, unit_approved: 1, propaganda_review: 0, approved: 1 },
    });
    const open = intervals.find((i) => i.item === 'z|vi')!;
    expect(isBreach(open, 1, calendar, vn('2026-03-11T07:59'))).toBe(false);
    expect(isBreach(open, 1, calendar, vn('2026-03-11T08:01'))).toBe(true);
  });

  it('quota months are the share of each calendar month covered; targets round to whole items', () => {
    expect(quotaMonths('2026-03-01', '2026-03-31')).toBe(1);
    expect(quotaMonths('2024-01-01', '2024-12-31')).toBe(12);
    expect(quotaMonths('2026-04-01', '2026-04-15')).toBe(0.5);
    expect(quotaMonths('2026-01-15', '2026-02-14')).toBeCloseTo(17 / 31 + 14 / 28, 4);
    expect(quotaTarget(2, 1)).toBe(2);
    expect(quotaTarget(3, 0.5)).toBe(2);
    expect(quotaTarget(2, 12)).toBe(24);
    expect(quotaTarget(2, 0.1)).toBe(1);
    expect(quotaTarget(0, 1)).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------
// Through the HTTP surface: a fixture driven through the chain, expectations that do not depend on timing.

const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const UNIT_A = 'Hội Chữ thập đỏ phường'; // monthly quota 2, no demo articles
const UNIT_B = 'Hội Cựu chiến binh phường'; // monthly quota 2, no demo articles

type Result = StatsResult;

let app: TestApp;
let contributorA: StaffMember;
let headA: StaffMember;
let contributorB: StaffMember;
let headB: StaffMember;
let board: StaffMember;
let publisher: StaffMember;
let unitA: string;
let unitB: string;
let categoryId: string;
let baseline: Result;

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const pad = (n: number) => String(n).padStart(2, '0');
/** The current local month: its quota factor is exactly 1. */
function thisMonth(): { from: string; to: string } {
  const [year, month] = today().split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(last)}` };
}

const statsUrl = (params: Record<string, string>) => `/editorial-workflow/stats?${new URLSearchParams(params)}`;
const fetchStats = async (params: Record<string, string>): Promise<Result> =>
  (await as(app, board).get(statsUrl(params)).expect(200)).body.data;
/** Collects a response body as bytes (supertest's parser signature). */
const binary = (res: import('supertest').Response, done: (error: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

async function article(contributor: StaffMember, unitId: string, title: string): Promise<string> {
  const res = await as(app, contributor).post(`${CM}?locale=vi`, goodArticle(unitId, categoryId, title)).expect(201);
  return res.body.data.documentId;
}
const step = (member: StaffMember, documentId: string, transition: string, extra: Record<string, unknown> = {}) =>
  as(app, member).transition(ARTICLE, documentId, { transition, ...extra }).expect(200);
const reason = (code: string) => ({ reasonCode: code, reasonText: 'Lý do chi tiết, đủ dài để ghi vào nhật ký' });

// The statistics list every unit of the viewer's ward (Phú Lâm's; the other demo wards' units are theirs):
// counted in the database, within the ward.
const units = async () => (await app.strapi.db.query('api::contributor-unit.contributor-unit').findMany({ where: IN_DEMO_WARD, select: ['id', 'monthlyQuota'] })) as Array<{ monthlyQuota: number | null }>;
const unitCount = async () => (await units()).length;
const quotaSum = async () => (await units()).reduce((sum, unit) => sum + (unit.monthlyQuota ?? 0), 0);

beforeAll(async () => {
  app = await startStrapi();
  contributorA = await createStaff(app, 'ew-contributor', { memberOf: [UNIT_A] });
  headA = await createStaff(app, 'ew-unit-head', { headOf: [UNIT_A] });
  contributorB = await createStaff(app, 'ew-contributor', { memberOf: [UNIT_B] });
  headB = await createStaff(app, 'ew-unit-head', { headOf: [UNIT_B] });
  board = await createStaff(app, 'ew-board');
  publisher = await createStaff(app, 'ew-publisher');
  const unit = (name: string) => app.strapi.db.query('api::contributor-unit.contributor-unit').findOne({ where: { name, ...IN_DEMO_WARD } });
  unitA = (await unit(UNIT_A)).documentId;
  unitB = (await unit(UNIT_B)).documentId;
  categoryId = (await app.strapi.db.query('api::category.category').findOne({ where: { name: 'Tin tức – Sự kiện', locale: 'vi', ...IN_DEMO_WARD } })).documentId;

  // The demo data's imports are in this month too: the fixture's effect on the total is measured against them.
  baseline = await fetchStats(thisMonth());

  // Unit A: a1 straight through; a2 returned twice (R03) and resubmitted twice, then published; a3 rejected.
  const a1 = await article(contributorA, unitA, 'Chữ thập đỏ: hiến máu tình nguyện đợt một');
  await step(contributorA, a1, 'submit');
  await step(headA, a1, 'unit_approve');
  await step(board, a1, 'board_approve');
  await step(publisher, a1, 'publish');

  const a2 = await article(contributorA, unitA, 'Chữ thập đỏ: trao quà cho hộ nghèo');
  await step(contributorA, a2, 'submit');
  await step(headA, a2, 'return', reason('R03'));
  await step(contributorA, a2, 'submit');
  await step(headA, a2, 'unit_approve');
  await step(board, a2, 'return', reason('R03'));
  await step(contributorA, a2, 'submit');
  await step(headA, a2, 'unit_approve');
  await step(board, a2, 'board_approve');
  await step(publisher, a2, 'publish');

  const a3 = await article(contributorA, unitA, 'Chữ thập đỏ: tin trùng lặp');
  await step(contributorA, a3, 'submit');
  await step(board, a3, 'reject', reason('R06'));

  // Unit B: b1 returned (R01) and left there; b2 published; b3 still waiting for its unit head.
  const b1 = await article(contributorB, unitB, 'Cựu chiến binh: họp mặt truyền thống');
  await step(contributorB, b1, 'submit');
  await step(headB, b1, 'return', reason('R01'));

  const b2 = await article(contributorB, unitB, 'Cựu chiến binh: thăm hỏi hội viên ốm đau');
  await step(contributorB, b2, 'submit');
  await step(headB, b2, 'unit_approve');
  await step(board, b2, 'board_approve');
  await step(publisher, b2, 'publish');

  const b3 = await article(contributorB, unitB, 'Cựu chiến binh: tin đang chờ duyệt');
  await step(contributorB, b3, 'submit');
});
afterAll(async () => {
  await app.stop();
});

const rowOf = (result: Result, name: string) => {
  const found = result.rows.find((row) => row.name === name);
  if (!found) throw new Error(`no row ${name}`);
  return found;
};

describe('GET /editorial-workflow/stats', () => {
  it('counts per unit: items submitted, resubmissions, published, returned, rejected, rate, reasons, quota', async () => {
    const result = await fetchStats(thisMonth());
    expect(result.period).toEqual(thisMonth());
    expect(result.quotaMonths).toBe(1);

    const a = rowOf(result, UNIT_A);
    expect(a).toMatchObject({
      key: unitA, submitted: 3, resubmitted: 2, published: 2, publishingUnits: 1, returned: 2, rejected: 1,
      acceptanceRate: 66.7, latePublications: 0, quota: 2, quotaProgress: 100,
      topReturnReasons: [{ code: 'R03', label: 'Lỗi chính tả, trình bày', count: 2 }],
      breaches: { submitted: 0, unit_approved: 0, propaganda_review: 0, approved: 0 },
    });
    // Timings are the test's own seconds: only their presence is certain.
    expect(a.medianWaitHours.submitted).toEqual(expect.any(Number));
    expect(a.medianWaitHours.unit_approved).toEqual(expect.any(Number));
    expect(a.medianWaitHours.approved).toEqual(expect.any(Number));
    expect(a.medianWaitHours.propaganda_review).toBeNull();
    // The event was yesterday (UTC): at least a day since the local start of that day, less than three.
    expect(a.medianEventToPublishHours).toBeGreaterThan(0);
    expect(a.medianEventToPublishHours).toBeLessThan(72);

    const b = rowOf(result, UNIT_B);
    expect(b).toMatchObject({
      key: unitB, submitted: 3, resubmitted: 0, published: 1, publishingUnits: 1, returned: 1, rejected: 0,
      acceptanceRate: 33.3, latePublications: 0, quota: 2, quotaProgress: 50,
      topReturnReasons: [{ code: 'R01', label: 'Thông tin sai hoặc thiếu', count: 1 }],
      // b3 is still waiting, but well within its working day.
      breaches: { submitted: 0, unit_approved: 0, propaganda_review: 0, approved: 0 },
    });
  });

  it('lists every unit, in Vietnamese order, idle ones with their quota; the total adds the fixture to the baseline', async () => {
    const result = await fetchStats(thisMonth());
    expect(result.rows).toHaveLength(await unitCount());
    expect(result.rows.every((row) => row.key !== null)).toBe(true);
    const names = result.rows.map((row) => row.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    const idle = rowOf(result, 'Hội Người cao tuổi phường');
    expect(idle).toMatchObject({ submitted: 0, published: 0, acceptanceRate: null, quota: 2, quotaProgress: 0, topReturnReasons: [] });
    expect(rowOf(result, 'Bộ phận Văn hóa – Thông tin').quota).toBe(6);

    const { total } = result;
    expect(total).toMatchObject({
      key: null,
      name: 'Tổng cộng',
      submitted: baseline.total.submitted + 6,
      resubmitted: baseline.total.resubmitted + 2,
      published: baseline.total.published + 3,
      publishingUnits: baseline.total.publishingUnits + 2,
      returned: baseline.total.returned + 3,
      rejected: baseline.total.rejected + 1,
      quota: result.rows.reduce((sum, row) => sum + (row.quota ?? 0), 0),
    });
    expect(total.quota).toBe(await quotaSum());
    expect(total.published).toBe(result.rows.reduce((sum, row) => sum + row.published, 0));
    // Top reasons: the demo data's (complete while it has fewer than three codes) plus the fixture's R03 ×2, R01 ×1.
    const counts = new Map(baseline.total.topReturnReasons.map((r) => [r.code, r.count]));
    counts.set('R03', (counts.get('R03') ?? 0) + 2);
    counts.set('R01', (counts.get('R01') ?? 0) + 1);
    const expected = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, 3);
    if (baseline.total.topReturnReasons.length < 3) {
      expect(total.topReturnReasons.map((r) => [r.code, r.count])).toEqual(expected);
    }
    expect(total.topReturnReasons.find((r) => r.code === 'R03')).toMatchObject({ label: 'Lỗi chính tả, trình bày', count: counts.get('R03') });
    expect(total.acceptanceRate).toBe(Math.round((total.published / total.submitted) * 1000) / 10);
  });

  it('answers the yearly figure in one call, and groups by category on request', async () => {
    const year = today().slice(0, 4);
    const month = await fetchStats(thisMonth());
    const yearly = await fetchStats({ from: `${year}-01-01`, to: `${year}-12-31` });
    expect(yearly.quotaMonths).toBe(12);
    expect(yearly.total.published).toBe(month.total.published);
    expect(yearly.total.publishingUnits).toBe(month.total.publishingUnits);
    expect(rowOf(yearly, UNIT_A).quota).toBe(24);

    const byCategory = await fetchStats({ ...thisMonth(), groupBy: 'category' });
    expect(byCategory.groupBy).toBe('category');
    const news = rowOf(byCategory, 'Tin tức – Sự kiện');
    expect(news).toMatchObject({ key: categoryId, quota: null, quotaProgress: null });
    expect(news.published).toBeGreaterThanOrEqual(3);
    expect(news.publishingUnits).toBeGreaterThanOrEqual(2);
    expect(byCategory.total).toMatchObject({ submitted: month.total.submitted, published: month.total.published, quota: await quotaSum() });
  });

  it('loads its data in a fixed number of queries, however many items there are (no N+1)', async () => {
    const knex = app.strapi.db.connection;
    let queries = 0;
    const count = () => {
      queries += 1;
    };
    knex.on('query', count);
    try {
      const service = app.strapi.plugin('editorial-workflow').service('stats') as { compute(q: object): Promise<Result> };
      const result = await service.compute({ ...thisMonth(), groupBy: 'category' });
      expect(result.total.submitted).toBeGreaterThanOrEqual(6);
    } finally {
      knex.removeListener('query', count);
    }
    // log rows, later rows of still-waiting items, articles (+ their unit and category), units, categories, default locale
    expect(queries).toBeLessThanOrEqual(10);
  });

  it('exports CSV: UTF-8 with BOM, Vietnamese headers, one line per unit and the total, then the log\'s checkpoint', async () => {
    const { from, to } = thisMonth();
    const res = await as(app, board).get(statsUrl({ from, to, format: 'csv' })).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="thong-ke-${from}-${to}.csv"`);
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines).toHaveLength((await unitCount()) + 3);
    expect(lines.pop()).toMatch(/^Mốc kiểm tra,\d+,[0-9a-f]{64},/);
    expect(lines[0]).toBe([
      'Đơn vị', 'Đã gửi', 'Gửi lại', 'Đã đăng', 'Số đơn vị có bài đăng', 'Trả lại', 'Từ chối', 'Tỷ lệ chấp nhận (%)',
      'Trung vị chờ đơn vị duyệt (giờ)', 'Trung vị chờ Ban biên tập duyệt (giờ)', 'Trung vị chờ Ban Tuyên giáo cho ý kiến (giờ)',
      'Trung vị chờ đăng sau khi duyệt (giờ)', 'Quá hạn chờ đơn vị duyệt', 'Quá hạn chờ Ban biên tập duyệt',
      'Quá hạn chờ Ban Tuyên giáo cho ý kiến', 'Quá hạn chờ đăng sau khi duyệt', 'Trung vị từ sự kiện đến khi đăng (giờ)',
      'Đăng trễ hạn', 'Lý do trả lại nhiều nhất', 'Chỉ tiêu', 'Đạt chỉ tiêu (%)',
    ].join(','));
    const a = lines.find((line) => line.startsWith(`${UNIT_A},`))!;
    expect(a.startsWith(`${UNIT_A},3,2,2,1,2,1,66.7,`)).toBe(true);
    expect(a.endsWith(',"R03 – Lỗi chính tả, trình bày (2)",2,100')).toBe(true);
    expect(lines.find((line) => line.startsWith('Hội Người cao tuổi phường,'))).toBe('Hội Người cao tuổi phường,0,0,0,0,0,0,,,,,,0,0,0,0,,0,,2,0');
    expect(lines.at(-1)!.startsWith('Tổng cộng,')).toBe(true);
  });

  it('exports XLSX: sheet "Thống kê" (bold frozen header, the same numbers as JSON), then the log\'s checkpoint', async () => {
    const { from, to } = thisMonth();
    const json = await fetchStats({ from, to });
    const res = await as(app, board).get(statsUrl({ from, to, format: 'xlsx' })).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="thong-ke-${from}-${to}.xlsx"`);

    const workbook = new Workbook();
    await workbook.xlsx.load(res.body as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Thống kê', 'Mốc kiểm tra']);
    const sheet = workbook.getWorksheet('Thống kê')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = sheet.getRow(1);
    expect(header.getCell(1).value).toBe('Đơn vị');
    expect(header.getCell(1).font?.bold).toBe(true);
    const headers = (header.values as unknown[]).slice(1) as string[];
    expect(headers).toContain('Tỷ lệ chấp nhận (%)');
    expect(headers.at(-2)).toBe('Chỉ tiêu');
    expect(headers.at(-1)).toBe('Đạt chỉ tiêu (%)');
    expect(sheet.rowCount).toBe((await unitCount()) + 2);

    const col = (name: string) => headers.indexOf(name) + 1;
    let rowA: ReturnType<typeof sheet.getRow> | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === UNIT_A) rowA = row;
    });
    const a = rowOf(json, UNIT_A);
    expect(rowA!.getCell(col('Đã gửi')).value).toBe(a.submitted);
    expect(rowA!.getCell(col('Đã đăng')).value).toBe(a.published);
    expect(rowA!.getCell(col('Trả lại')).value).toBe(a.returned);
    expect(rowA!.getCell(col('Từ chối')).value).toBe(a.rejected);
    expect(rowA!.getCell(col('Tỷ lệ chấp nhận (%)')).value).toBe(66.7);
    expect(rowA!.getCell(col('Tỷ lệ chấp nhận (%)')).numFmt).toBe('0.0');
    expect(rowA!.getCell(col('Trung vị chờ đơn vị duyệt (giờ)')).value).toBe(a.medianWaitHours.submitted);
    expect(rowA!.getCell(col('Lý do trả lại nhiều nhất')).value).toBe('R03 – Lỗi chính tả, trình bày (2)');
    expect(rowA!.getCell(col('Chỉ tiêu')).value).toBe(2);
    expect(rowA!.getCell(col('Đạt chỉ tiêu (%)')).value).toBe(100);
    const last = sheet.getRow((await unitCount()) + 2);
    expect(last.getCell(1).value).toBe('Tổng cộng');
    expect(last.getCell(col('Đã đăng')).value).toBe(json.total.published);
    expect(last.getCell(1).font?.bold).toBe(true);
  });

  it('refuses a bad date, from after to, and a period over 366 days, naming the field', async () => {
    const bad = await as(app, board).get(statsUrl({ from: '2026-02-30', to: '2026-03-31' })).expect(400);
    expect(bad.body).toMatchObject({ data: null, error: { status: 400, name: 'WorkflowError', details: { code: 'BAD_REQUEST' } } });
    expect(bad.body.error.message).toContain('"from"');

    const missing = await as(app, board).get(statsUrl({ from: '2026-03-01' })).expect(400);
    expect(missing.body.error.message).toContain('"to"');

    const reversed = await as(app, board).get(statsUrl({ from: '2026-03-31', to: '2026-03-01' })).expect(400);
    expect(reversed.body.error.message).toContain('"from"');
    expect(reversed.body.error.message).toContain('"to"');

    const long = await as(app, board).get(statsUrl({ from: '2025-01-01', to: '2026-01-02' })).expect(400);
    expect(long.body.error.message).toContain('"to"');
    expect(long.body.error.message).toContain('367 ngày');
    await as(app, board).get(statsUrl({ from: '2024-01-01', to: '2024-12-31' })).expect(200); // a leap year: 366 days

    const format = await as(app, board).get(statsUrl({ ...thisMonth(), format: 'pdf' })).expect(400);
    expect(format.body.error.message).toContain('"format"');
  });

  it('is for holders of stats.read: 403 for a contributor', async () => {
    const res = await as(app, contributorA).get(statsUrl(thisMonth())).expect(403);
    expect(res.body.error.status).toBe(403);
  });
});
