import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, newsTargets, type StaffMember } from '../helpers/staff';

/** The board gives an item to one of its members: first in their queue, their notices, a log row; not a step. */
const ARTICLE = 'api::article.article';
const UNIT = 'Công an phường';

let app: TestApp;
let author: StaffMember;
let head: StaffMember;
let board: StaffMember;
let member: StaffMember;
let publisher: StaffMember;
let unitId: string;
let categoryId: string;

beforeAll(async () => {
  app = await startStrapi();
  author = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  head = await createStaff(app, 'ew-unit-head', { headOf: [UNIT] });
  board = await createStaff(app, 'ew-board');
  member = await createStaff(app, 'ew-board');
  publisher = await createStaff(app, 'ew-publisher');
  ({ unitId, categoryId } = await newsTargets(app, UNIT));
});
afterAll(async () => {
  await app.stop();
});

async function atBoard(title: string): Promise<string> {
  const created = await as(app, author).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, title)).expect(201);
  const documentId = created.body.data.documentId as string;
  await as(app, author).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
  await as(app, head).transition(ARTICLE, documentId, { transition: 'unit_approve' }).expect(200);
  return documentId;
}
const assign = (who: StaffMember, documentId: string, reviewerId: number | null) =>
  as(app, who).put(`/editorial-workflow/documents/${ARTICLE}/${documentId}/reviewer`, { reviewerId, locale: 'vi' });
const queue = async (who: StaffMember) => (await as(app, who).get('/editorial-workflow/queue').expect(200)).body.data as Array<{ documentId: string; assignedToMe: boolean }>;
const inbox = async (who: StaffMember) => (await as(app, who).get('/editorial-workflow/inbox').expect(200)).body.data.notifications as Array<{ targetDocumentId: string; title: string }>;

describe('the board assigns an item to one of its members', () => {
  it('the member finds it first in their queue, hears of it and of what follows, and the log has the row', async () => {
    const first = await atBoard('Tin chờ Ban biên tập thứ nhất');
    const given = await atBoard('Tin giao cho một thành viên Ban biên tập');
    const options = (await as(app, board).get(`/editorial-workflow/documents/${ARTICLE}/${given}/reviewers?locale=vi`).expect(200)).body.data;
    expect(options.map((person: { id: number }) => person.id)).toEqual(expect.arrayContaining([board.id, member.id]));

    await assign(board, given, member.id).expect(200);
    const mine = await queue(member);
    expect(mine[0]).toMatchObject({ documentId: given, assignedToMe: true });
    expect(mine.find((item) => item.documentId === first)?.assignedToMe).toBe(false);
    expect((await inbox(member)).some((notice) => notice.targetDocumentId === given && notice.title.startsWith('Giao cho thành viên Ban biên tập'))).toBe(true);
    expect((await inbox(publisher)).some((notice) => notice.title.startsWith('Giao cho thành viên Ban biên tập'))).toBe(false);

    const state = (await as(app, board).state(ARTICLE, given).expect(200)).body.data;
    expect(state).toMatchObject({ state: 'unit_approved', reviewer: { id: member.id }, mayAssignReviewer: true });
    expect((await as(app, head).state(ARTICLE, given).expect(200)).body.data.mayAssignReviewer).toBe(false);
    expect(state.history.at(-1)).toMatchObject({ event: 'reviewer_assigned', label: 'Giao cho thành viên Ban biên tập', fromState: 'unit_approved', toState: 'unit_approved' });

    // The member hears of the next step on it even where the table would not tell them (a return to the author).
    await as(app, board).transition(ARTICLE, given, { transition: 'return', reasonCode: 'R03', reasonText: 'Cần sửa lỗi chính tả ở đoạn mở đầu bài' }).expect(200);
    expect((await inbox(member)).some((notice) => notice.targetDocumentId === given && notice.title.startsWith('Trả lại:'))).toBe(true);
    expect((await inbox(board)).some((notice) => notice.targetDocumentId === given && notice.title.startsWith('Trả lại:'))).toBe(false);
  });

  it('only a board member assigns, only to a board member, only an item waiting for review; bad input leaves it as it was', async () => {
    const documentId = await atBoard('Tin để thử giao việc sai');
    expect((await assign(head, documentId, member.id).expect(403)).body.error.message).toBe('Chỉ Ban biên tập giao việc cho thành viên của mình.');
    expect((await assign(board, documentId, publisher.id).expect(400)).body.error.message).toBe('Chỉ giao được cho một thành viên Ban biên tập.');
    expect((await assign(board, documentId, -1 as never).expect(400)).body.error.message).toMatch(/^Dữ liệu không hợp lệ ở "reviewerId"/);
    expect((await as(app, board).state(ARTICLE, documentId).expect(200)).body.data.reviewer).toBeNull();

    await assign(board, documentId, member.id).expect(200);
    await assign(board, documentId, null).expect(200);
    const state = (await as(app, board).state(ARTICLE, documentId).expect(200)).body.data;
    expect(state.reviewer).toBeNull();
    expect(state.history.slice(-2).map((entry: { event: string }) => entry.event)).toEqual(['reviewer_assigned', 'reviewer_unassigned']);

    const draft = await as(app, author).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, 'Bản nháp chưa gửi duyệt')).expect(201);
    expect((await assign(board, draft.body.data.documentId, member.id).expect(409)).body.error.message).toMatch(/chỉ giao được mục đang chờ duyệt hoặc chờ đăng/);
    const verify = await as(app, board).post('/editorial-workflow/log/verify').expect(200);
    expect(verify.body.data).toMatchObject({ ok: true });
  });
});
