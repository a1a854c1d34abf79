import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, type StaffMember } from '../helpers/staff';

/**
 * What the admin panel's list view and dialogs read from the server: the state of each row, the state
 * filter (the state lives in the plugin's table, not on the item), and the table's reason rules.
 */
const LIST = '/content-manager/collection-types/api::article.article';
const stateFilter = (state: string) => `${LIST}?page=1&pageSize=100&filters[$and][0][ewState][$eq]=${state}`;

interface Row {
  documentId: string;
  title: string;
  ewState?: { state: string; label: string; dueAt: string | null; overdue: boolean };
}

let app: TestApp;
let board: StaffMember;

beforeAll(async () => {
  app = await startStrapi({ staff: true }); // the demo items stand in every state of the news workflow
  board = await createStaff(app, 'ew-board');
});

afterAll(async () => {
  await app?.stop();
});

test('every row of a governed list carries its workflow state and label', async () => {
  const res = await as(app, board).get(`${LIST}?page=1&pageSize=100`);
  expect(res.status).toBe(200);
  const rows = res.body.results as Row[];
  expect(rows.length).toBeGreaterThanOrEqual(8);
  const byTitle = new Map(rows.map((row) => [row.title, row.ewState]));
  expect(byTitle.get('Tổ dân phố số 9 tổng kết phong trào khuyến học')).toMatchObject({ state: 'returned', label: 'Trả lại để sửa' });
  expect(byTitle.get('Tổ dân phố số 1 phát động phong trào trồng cây xanh')).toMatchObject({ state: 'published', label: 'Đã đăng' });
  expect(byTitle.get('Tổ dân phố số 2 tổ chức hội nghị nhân dân đầu năm')).toMatchObject({ state: 'submitted', overdue: expect.any(Boolean) });
  for (const row of rows) expect(row.ewState?.label).toEqual(expect.any(String));
});

test('the state filter keeps exactly the items in that state, including the initial one', async () => {
  const all = (await as(app, board).get(`${LIST}?page=1&pageSize=100`)).body.results as Row[];
  for (const state of ['draft', 'submitted', 'returned', 'published', 'rejected']) {
    const res = await as(app, board).get(stateFilter(state));
    expect(res.status).toBe(200);
    const got = (res.body.results as Row[]).map((row) => row.documentId).sort();
    const expected = all.filter((row) => row.ewState?.state === state).map((row) => row.documentId).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(got).toEqual(expected);
  }
});

test('the state filter combines with the Content Manager\'s own filters', async () => {
  const res = await as(app, board).get(`${stateFilter('published')}&filters[$and][1][title][$containsi]=trồng cây`);
  expect(res.status).toBe(200);
  expect((res.body.results as Row[]).map((row) => row.title)).toEqual(['Tổ dân phố số 1 phát động phong trào trồng cây xanh']);
});

test('an unknown state matches nothing rather than everything', async () => {
  const res = await as(app, board).get(stateFilter('khong-co'));
  expect(res.status).toBe(200);
  expect(res.body.results).toEqual([]);
});

test('the definition gives the dialogs the reason codes and the minimum reason length the server enforces', async () => {
  const res = await as(app, board).get('/editorial-workflow/definition');
  expect(res.status).toBe(200);
  expect(res.body.data.minReasonLength).toBe(20);
  expect(res.body.data.reasonCodes.R01).toBe('Thông tin sai hoặc thiếu');
  const submitted = await as(app, board).get(stateFilter('submitted'));
  const { documentId } = (submitted.body.results as Row[])[0];
  // A reason one character short of the minimum is refused with the server's own words, and nothing moves.
  const short = await as(app, board).transition('api::article.article', documentId, {
    transition: 'reject', reasonCode: 'R01', reasonText: 'x'.repeat(19),
  });
  expect(short.status).toBe(400);
  expect(short.body.error.message).toMatch(/20/);
  expect((await as(app, board).state('api::article.article', documentId)).body.data.state).toBe('submitted');
});

test('lists of types without a workflow are left as the Content Manager gives them', async () => {
  const res = await as(app, board).get('/content-manager/collection-types/api::category.category?page=1&pageSize=10');
  expect(res.status).toBe(200);
  for (const row of res.body.results as Array<Record<string, unknown>>) expect(row).not.toHaveProperty('ewState');
});

test('the side panel\'s history names every step in words, system steps included', async () => {
  const published = (await as(app, board).get(stateFilter('published'))).body.results as Row[];
  const res = await as(app, board).state('api::article.article', published[0].documentId);
  expect(res.status).toBe(200);
  const history = res.body.data.history as Array<{ event: string; label: string }>;
  expect(history.length).toBeGreaterThan(0);
  // The demo data publishes through the importer's system step, which has no transition of its own.
  expect(history.map((entry) => entry.label)).toContain('Nhập và đăng');
  for (const entry of history) expect(entry.label).not.toBe(entry.event);
});
