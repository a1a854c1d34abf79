import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, type StaffMember, newsTargets } from '../helpers/staff';

const ARTICLE = 'api::article.article';
const UNIT = 'Đoàn Thanh niên phường';

let app: TestApp;
let contributor: StaffMember;
let unitHead: StaffMember;
let board: StaffMember;
let board2: StaffMember;
let propaganda: StaffMember;
let publisher: StaffMember;
let otherHead: StaffMember;
let unitId: string;
let categoryId: string;

beforeAll(async () => {
  app = await startStrapi();
  contributor = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  unitHead = await createStaff(app, 'ew-unit-head', { headOf: [UNIT] });
  otherHead = await createStaff(app, 'ew-unit-head', { headOf: ['Hội Cựu chiến binh phường'] });
  board = await createStaff(app, 'ew-board');
  board2 = await createStaff(app, 'ew-board');
  propaganda = await createStaff(app, 'ew-propaganda');
  publisher = await createStaff(app, 'ew-publisher');
  ({ unitId, categoryId } = await newsTargets(app, UNIT));
});
afterAll(async () => {
  await app.stop();
});

async function createByContributor(title?: string): Promise<string> {
  const res = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, title));
  expect(res.status).toBe(201);
  return res.body.data.documentId;
}

const step = (member: StaffMember, documentId: string, transition: string, extra: Record<string, unknown> = {}) =>
  as(app, member).transition(ARTICLE, documentId, { transition, ...extra });

describe('the news chain, as the people who use it', () => {
  it('goes from a contributor to the public API, with every step logged and the chain intact', async () => {
    const documentId = await createByContributor();
    let state = await as(app, contributor).state(ARTICLE, documentId).expect(200);
    expect(state.body.data.state).toBe('draft');
    expect(state.body.data.transitions.filter((t: { allowed: boolean }) => t.allowed).map((t: { id: string }) => t.id)).toEqual(['submit']);

    await step(contributor, documentId, 'submit').expect(200);
    await step(unitHead, documentId, 'unit_approve').expect(200);
    const returned = await step(board, documentId, 'return', { reasonCode: 'R03', reasonText: 'Sai chính tả ở đoạn hai, cần sửa lại' }).expect(200);
    expect(returned.body.data.state).toBe('returned');

    state = await as(app, contributor).state(ARTICLE, documentId).expect(200);
    const last = state.body.data.history.at(-1);
    expect(last).toMatchObject({ event: 'return', reasonCode: 'R03', reasonText: 'Sai chính tả ở đoạn hai, cần sửa lại' });

    await as(app, contributor).put(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=vi`, { title: 'Hội nghị sơ kết công tác quý III của phường' }).expect(200);
    await step(contributor, documentId, 'submit').expect(200);
    await step(unitHead, documentId, 'unit_approve').expect(200);
    await step(board, documentId, 'board_approve').expect(200);
    await app.http().get(`/api/articles/${documentId}`).expect(404);
    const published = await step(publisher, documentId, 'publish').expect(200);
    expect(published.body.data.state).toBe('published');

    const res = await app.http().get(`/api/articles/${documentId}`).expect(200);
    expect(res.body.data.title).toBe('Hội nghị sơ kết công tác quý III của phường');

    state = await as(app, board).state(ARTICLE, documentId).expect(200);
    expect(state.body.data.history.map((entry: { event: string }) => entry.event)).toEqual([
      'submit', 'unit_approve', 'return', 'submit', 'unit_approve', 'board_approve', 'publish',
    ]);
    const verify = await as(app, board).post('/editorial-workflow/log/verify').expect(200);
    expect(verify.body.data).toMatchObject({ ok: true });
  });

  it('sends an orientation item through the propaganda board before it can be approved', async () => {
    const documentId = await createByContributor('Tin định hướng về công tác tuyên truyền');
    await as(app, contributor).put(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=vi`, { isOrientation: true }).expect(200);
    await step(contributor, documentId, 'submit').expect(200);
    await step(unitHead, documentId, 'unit_approve').expect(200);
    const res = await step(board, documentId, 'board_approve').expect(200);
    expect(res.body.data.state).toBe('propaganda_review');
    const early = await step(publisher, documentId, 'publish').expect(409);
    expect(early.body.error.details.code).toBe('INVALID_STATE');
    await step(propaganda, documentId, 'propaganda_approve').expect(200);
    await step(publisher, documentId, 'publish').expect(200);
  });
});

describe('guards', () => {
  it('four eyes: nobody approves their own item, and the board approver differs from the unit approver', async () => {
    const own = await as(app, unitHead).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, 'Bài của trưởng đơn vị')).expect(201);
    // The unit head also belongs to the unit as its head, so they may submit their own item.
    await step(unitHead, own.body.data.documentId, 'submit').expect(200);
    const self = await step(unitHead, own.body.data.documentId, 'unit_approve').expect(403);
    expect(self.body.error.details.code).toBe('OWN_ITEM');
    // The author is the unit's only head: a board member approves for the unit, and another one for the board.
    await step(board, own.body.data.documentId, 'unit_approve').expect(200);
    const same = await step(board, own.body.data.documentId, 'board_approve').expect(403);
    expect(same.body.error.details.code).toBe('SAME_APPROVER');
    await step(board2, own.body.data.documentId, 'board_approve').expect(200);
  });

  it('unit scope: the head of another unit can neither approve nor return the item', async () => {
    const documentId = await createByContributor('Bài của Đoàn Thanh niên');
    await step(contributor, documentId, 'submit').expect(200);
    const res = await step(otherHead, documentId, 'unit_approve').expect(403);
    expect(res.body.error).toMatchObject({ message: 'Bước "Duyệt (đơn vị)": chỉ trưởng đơn vị của bài mới được thực hiện.', details: { code: 'NOT_RELATED' } });
    await step(otherHead, documentId, 'return', { reasonCode: 'R01', reasonText: 'Thông tin chưa chính xác, cần kiểm tra' }).expect(403);
  });

  it('a unit head reads the items of their unit in the Content Manager, and not those of another unit', async () => {
    const documentId = await createByContributor('Bài chỉ đơn vị mình được xem');
    await as(app, unitHead).get(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=vi`).expect(200);
    await as(app, otherHead).get(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=vi`).expect(403);
    const list = await as(app, otherHead).get(`/content-manager/collection-types/${ARTICLE}?locale=vi&pageSize=100`).expect(200);
    expect(list.body.results.map((item: { documentId: string }) => item.documentId)).not.toContain(documentId);
  });

  it('a contributor cannot open another contributor\'s item', async () => {
    const documentId = await createByContributor('Bài của cộng tác viên khác');
    const other = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
    await as(app, other).get(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=vi`).expect(403);
  });

  it('a return needs a reason code and at least 20 characters', async () => {
    const documentId = await createByContributor('Bài cần lý do trả lại');
    await step(contributor, documentId, 'submit').expect(200);
    const noCode = await step(unitHead, documentId, 'return', { reasonText: 'Thiếu thông tin về thời gian tổ chức' }).expect(400);
    expect(noCode.body.error.details.code).toBe('REASON_CODE_REQUIRED');
    const short = await step(unitHead, documentId, 'return', { reasonCode: 'R01', reasonText: 'Thiếu tin' }).expect(400);
    expect(short.body.error.message).toBe('Bước "Trả lại" cần ghi lý do ít nhất 20 ký tự (hiện có 9).');
    await step(unitHead, documentId, 'return', { reasonCode: 'R01', reasonText: 'Thiếu thông tin về thời gian tổ chức' }).expect(200);
  });

  it('submit checks the content rules and says what is missing', async () => {
    const res = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, {
      title: 'Tin quá ngắn', summary: 'Tóm tắt', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Chỉ vài chữ.' }] }],
    }).expect(201);
    const refused = await step(contributor, res.body.data.documentId, 'submit').expect(400);
    expect(refused.body.error.details.code).toBe('CONTENT_RULES');
    expect(refused.body.error.message).toContain('Chưa chọn chuyên mục.');
    expect(refused.body.error.message).toContain('Chưa chọn đơn vị gửi tin.');
    expect(refused.body.error.message).toContain('Thiếu ngày diễn ra sự kiện.');
  });

  it('an edit after approval revokes it, logs it, and publishing needs a new approval', async () => {
    const documentId = await createByContributor('Bài sẽ bị sửa sau khi duyệt');
    await step(contributor, documentId, 'submit').expect(200);
    await step(unitHead, documentId, 'unit_approve').expect(200);
    await step(board, documentId, 'board_approve').expect(200);
    await as(app, board).put(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=vi`, { summary: 'Sapo do Ban biên tập sửa' }).expect(200);
    const state = await as(app, board).state(ARTICLE, documentId).expect(200);
    expect(state.body.data.state).toBe('submitted');
    expect(state.body.data.history.at(-1)).toMatchObject({ event: 'approval_revoked', fromState: 'approved', toState: 'submitted' });
    await step(publisher, documentId, 'publish').expect(409);
  });

  it('the author cannot edit while the item is under review', async () => {
    const documentId = await createByContributor('Bài đang chờ duyệt');
    await step(contributor, documentId, 'submit').expect(200);
    const res = await as(app, contributor).put(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=vi`, { summary: 'Sửa lén' });
    expect(res.status).toBe(409);
    expect(res.body.error.details.code).toBe('UNDER_REVIEW');
  });
});
