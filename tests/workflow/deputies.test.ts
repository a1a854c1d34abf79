import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, newsTargets, type StaffMember } from '../helpers/staff';

/**
 * A unit head or board member on leave names a deputy for a range of Hà Nội days: the deputy then holds
 * their workflow rights (with four-eyes binding both), gets their notices, and the log names both.
 */
const ARTICLE = 'api::article.article';
const UNIT = 'Công an phường';
const DEPUTY = 'plugin::editorial-workflow.deputy';

let app: TestApp;
let author: StaffMember;
let head: StaffMember;
let deputy: StaffMember;
let board: StaffMember;
let boardDeputy: StaffMember;
let unitId: string;
let categoryId: string;

const day = (offset = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(Date.now() + offset * 86_400_000));
const leaves = () => app.strapi.db.query(DEPUTY as never).count({});

beforeAll(async () => {
  app = await startStrapi();
  author = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  head = await createStaff(app, 'ew-unit-head', { headOf: [UNIT] });
  deputy = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  board = await createStaff(app, 'ew-board');
  boardDeputy = await createStaff(app, 'ew-unit-head', { headOf: ['Ban Chỉ huy Quân sự phường'] });
  ({ unitId, categoryId } = await newsTargets(app, UNIT));
});
afterAll(async () => {
  await app.stop();
});

async function submitted(by: StaffMember, title: string): Promise<string> {
  const created = await as(app, by).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, title)).expect(201);
  const documentId = created.body.data.documentId as string;
  await as(app, by).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
  return documentId;
}
const name = (who: StaffMember, body: object) => as(app, who).post('/editorial-workflow/deputies', body);
const approve = (who: StaffMember, documentId: string) => as(app, who).transition(ARTICLE, documentId, { transition: 'unit_approve' });

describe('a deputy during leave', () => {
  it('before any leave, the colleague may not approve for the unit', async () => {
    const documentId = await submitted(author, 'Tin trước kỳ nghỉ của trưởng đơn vị');
    const res = await approve(deputy, documentId).expect(403);
    expect(res.body.error.message).toBe('Tài khoản của bạn không có quyền "Duyệt (đơn vị)".');
  });

  it('bad leaves are refused in Vietnamese and nothing is written', async () => {
    const before = await leaves();
    const cases: Array<[StaffMember, object, number, RegExp]> = [
      [head, { deputyId: head.id, fromDate: day(), toDate: day(1) }, 400, /^Không thể tự cử mình/],
      [head, { deputyId: deputy.id, fromDate: day(2), toDate: day(1) }, 400, /"Đến ngày" .* phải từ "Từ ngày"/],
      [head, { deputyId: deputy.id, fromDate: day(-5), toDate: day(-1) }, 400, /^Khoảng nghỉ đã qua/],
      [head, { deputyId: deputy.id, fromDate: day(), toDate: day(70) }, 400, /tối đa 60 ngày/],
      [head, { deputyId: 999_999, fromDate: day(), toDate: day(1) }, 400, /phải là cán bộ/],
      [head, { deputyId: deputy.id, fromDate: '03/12/2026', toDate: day(1) }, 400, /"fromDate": phải là ngày dạng yyyy-mm-dd/],
      [author, { deputyId: deputy.id, fromDate: day(), toDate: day(1) }, 403, /^Chỉ trưởng đơn vị và Ban biên tập/],
    ];
    for (const [who, body, status, message] of cases) {
      const res = await name(who, body).expect(status);
      expect(res.body.error.message).toMatch(message);
    }
    expect(await leaves()).toBe(before);
  });

  it('during the leave the deputy gets the notice, sees the item in their queue and approves it; the log names both', async () => {
    const res = await name(head, { deputyId: deputy.id, fromDate: day(), toDate: day(2) }).expect(201);
    expect(res.body.data).toMatchObject({ principal: { id: head.id }, deputy: { id: deputy.id }, fromDate: day(), toDate: day(2), active: true });
    const overlap = await name(head, { deputyId: boardDeputy.id, fromDate: day(1), toDate: day(3) }).expect(409);
    expect(overlap.body.error.message).toMatch(/^Đã cử .* thay từ .*: hãy kết thúc lần cử đó trước\.$/);

    const documentId = await submitted(author, 'Tin gửi khi trưởng đơn vị đi công tác');
    const inbox = (await as(app, deputy).get('/editorial-workflow/inbox').expect(200)).body.data.notifications;
    expect(inbox.some((notice: { targetDocumentId: string }) => notice.targetDocumentId === documentId)).toBe(true);
    const queue = (await as(app, deputy).get('/editorial-workflow/queue').expect(200)).body.data;
    expect(queue.find((item: { documentId: string }) => item.documentId === documentId)?.transitions.map((t: { id: string }) => t.id)).toContain('unit_approve');

    const moved = await approve(deputy, documentId).expect(200);
    expect(moved.body.data.entry.actor).toMatchObject({ id: deputy.id, onBehalfOf: { id: head.id } });
    const log = (await as(app, board).get(`/editorial-workflow/log?documentId=${documentId}`).expect(200)).body.data;
    expect(log).toEqual(expect.arrayContaining([expect.objectContaining({ event: 'unit_approve', actor: expect.objectContaining({ onBehalfOf: expect.objectContaining({ id: head.id }) }) })]));
  });

  it('four-eyes binds the deputy too: not on their own item, and the author steps stay the author\'s', async () => {
    const own = await submitted(deputy, 'Tin do chính người thay viết');
    const res = await approve(deputy, own).expect(403);
    expect(res.body.error.message).toBe('Không được tự "Duyệt (đơn vị)" mục do chính mình viết (nguyên tắc bốn mắt).');
  });

  it('a board member\'s deputy holds the board\'s rights', async () => {
    await name(board, { deputyId: boardDeputy.id, fromDate: day(), toDate: day() }).expect(201);
    const documentId = await submitted(author, 'Tin cần Ban biên tập duyệt khi thành viên vắng');
    await approve(deputy, documentId).expect(200);
    const res = await as(app, boardDeputy).transition(ARTICLE, documentId, { transition: 'board_approve' });
    expect(res.status).toBe(200);
    expect(res.body.data.entry.actor).toMatchObject({ id: boardDeputy.id, onBehalfOf: { id: board.id } });
  });

  it('after the leave, the deputy holds nothing: a leave that ended yesterday, and one ended early', async () => {
    const documentId = await submitted(author, 'Tin gửi sau khi trưởng đơn vị trở lại');
    const mine = (await as(app, head).get('/editorial-workflow/deputies').expect(200)).body.data;
    expect(mine.mayName).toBe(true);
    const current = mine.leaves.find((leave: { deputy: { id: number } }) => leave.deputy.id === deputy.id);
    expect((await as(app, deputy).post(`/editorial-workflow/deputies/${current.id}/end`).expect(403)).body.error.message).toBe('Chỉ người đã cử mới kết thúc được việc thay.');
    await as(app, head).post(`/editorial-workflow/deputies/${current.id}/end`).expect(200);
    expect((await approve(deputy, documentId).expect(403)).body.error.message).toBe('Tài khoản của bạn không có quyền "Duyệt (đơn vị)".');

    // A leave whose last day was yesterday (as it stands the morning after) grants nothing either.
    await app.strapi.db.query(DEPUTY as never).create({
      data: { principalId: head.id, principalName: 'head', deputyId: deputy.id, deputyName: 'deputy', fromDate: day(-3), toDate: day(-1), namedById: head.id },
    });
    await approve(deputy, documentId).expect(403);
    await approve(head, documentId).expect(200);
  });

  it('naming and ending are in the log, which still verifies', async () => {
    const rows = await app.strapi.db.query('plugin::editorial-workflow.log-entry' as never).findMany({ where: { targetUid: DEPUTY }, orderBy: { seq: 'asc' } });
    expect(rows.map((row: { event: string }) => row.event)).toEqual(['deputy_named', 'deputy_named', 'deputy_ended']);
    expect(rows[0].comment).toMatch(/cử .* thay mình từ \d{2}\/\d{2}\/\d{4} đến \d{2}\/\d{2}\/\d{4}\.$/);
    const page = (await as(app, board).get('/editorial-workflow/log').expect(200)).body.data;
    const shown = page.filter((row: { targetUid: string }) => row.targetUid === DEPUTY);
    expect(shown.map((row: { label: string }) => row.label)).toContain('Cử người thay khi vắng');
    const verify = await as(app, board).post('/editorial-workflow/log/verify').expect(200);
    expect(verify.body.data).toMatchObject({ ok: true });
  });
});
