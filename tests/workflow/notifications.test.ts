import { capturingEmail } from '../helpers/email';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, type StaffMember, newsTargets } from '../helpers/staff';

const ARTICLE = 'api::article.article';
const UNIT = 'Công an phường';

let app: TestApp;
let contributor: StaffMember;
let head: StaffMember;
let otherHead: StaffMember;
let board: StaffMember;
let publisher: StaffMember;
let unitId: string;
let categoryId: string;

beforeAll(async () => {
  app = await startStrapi();
  contributor = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  head = await createStaff(app, 'ew-unit-head', { headOf: [UNIT] });
  otherHead = await createStaff(app, 'ew-unit-head', { headOf: ['Ban Chỉ huy Quân sự phường'] });
  board = await createStaff(app, 'ew-board');
  publisher = await createStaff(app, 'ew-publisher');
  ({ unitId, categoryId } = await newsTargets(app, UNIT));
});
afterAll(async () => {
  await app.stop();
});

async function create(title: string): Promise<string> {
  const res = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, title)).expect(201);
  return res.body.data.documentId;
}
const inbox = async (member: StaffMember) => (await as(app, member).get('/editorial-workflow/inbox').expect(200)).body.data;
const queue = async (member: StaffMember) => (await as(app, member).get('/editorial-workflow/queue').expect(200)).body.data;

describe('who is told, and where it shows', () => {
  it('a submission goes to the unit\'s heads only, once, and appears in their queue', async () => {
    const before = { head: (await inbox(head)).unread, other: (await inbox(otherHead)).unread, board: (await inbox(board)).unread };
    const documentId = await create('Tin về công tác bảo đảm an ninh trật tự');
    await as(app, contributor).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);

    const mine = await inbox(head);
    expect(mine.unread).toBe(before.head + 1);
    expect(mine.notifications[0]).toMatchObject({ targetDocumentId: documentId, title: 'Gửi duyệt: Tin về công tác bảo đảm an ninh trật tự' });
    expect((await inbox(otherHead)).unread).toBe(before.other);
    expect((await inbox(board)).unread).toBe(before.board);
    expect((await inbox(contributor)).notifications.some((n: { targetDocumentId: string }) => n.targetDocumentId === documentId)).toBe(false);

    const headQueue = await queue(head);
    expect(headQueue.find((item: { documentId: string }) => item.documentId === documentId)).toMatchObject({
      state: 'submitted', title: 'Tin về công tác bảo đảm an ninh trật tự', overdue: false,
      transitions: [{ id: 'unit_approve', label: 'Duyệt (đơn vị)', needsInput: false }, { id: 'return', label: 'Trả lại', needsInput: true }],
    });
    expect((await queue(otherHead)).some((item: { documentId: string }) => item.documentId === documentId)).toBe(false);
  });

  it('after the unit approves, the board hears of it; a return goes back to the author with the reason', async () => {
    const documentId = await create('Tin sẽ bị Ban biên tập trả lại');
    await as(app, contributor).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
    const boardBefore = (await inbox(board)).unread;
    await as(app, head).transition(ARTICLE, documentId, { transition: 'unit_approve' }).expect(200);
    expect((await inbox(board)).unread).toBe(boardBefore + 1);
    await as(app, board).transition(ARTICLE, documentId, { transition: 'return', reasonCode: 'R04', reasonText: 'Ảnh mờ, cần chụp lại ảnh hiện trường' }).expect(200);
    const authorInbox = await inbox(contributor);
    expect(authorInbox.notifications[0].message).toContain('Ảnh không dùng được hoặc chưa rõ bản quyền — Ảnh mờ, cần chụp lại ảnh hiện trường');
    expect((await inbox(head)).notifications[0].title).toBe('Trả lại: Tin sẽ bị Ban biên tập trả lại');
    expect((await queue(contributor)).find((item: { documentId: string }) => item.documentId === documentId)?.transitions).toEqual([{ id: 'submit', label: 'Gửi duyệt', needsInput: false }]);
  });

  it('an approved item goes to the publishers', async () => {
    const documentId = await create('Tin đã duyệt chờ đăng');
    await as(app, contributor).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
    await as(app, head).transition(ARTICLE, documentId, { transition: 'unit_approve' }).expect(200);
    const before = (await inbox(publisher)).unread;
    await as(app, board).transition(ARTICLE, documentId, { transition: 'board_approve' }).expect(200);
    expect((await inbox(publisher)).unread).toBe(before + 1);
    expect((await queue(publisher)).find((item: { documentId: string }) => item.documentId === documentId)?.transitions).toEqual([{ id: 'publish', label: 'Đăng bài', needsInput: true }]);
  });

  it('notices are marked read by their recipient only', async () => {
    const { notifications } = await inbox(head);
    await as(app, otherHead).post(`/editorial-workflow/inbox/${notifications[0].id}/read`).expect(404);
    await as(app, head).post(`/editorial-workflow/inbox/${notifications[0].id}/read`).expect(200);
    await as(app, head).post('/editorial-workflow/inbox/read').expect(200);
    expect((await inbox(head)).unread).toBe(0);
  });

  it('an overdue item is noticed once, to the unit head and the board, and the breach is logged', async () => {
    const documentId = await create('Tin chờ duyệt quá hạn');
    await as(app, contributor).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
    const scheduler = app.strapi.plugin('editorial-workflow').service('scheduler');
    const later = new Date(Date.now() + 20 * 86_400_000);
    await scheduler.runDue(later);
    await scheduler.runDue(later);
    const about = async (member: StaffMember) =>
      (await inbox(member)).notifications.filter((n: { targetDocumentId: string; title: string }) =>
        n.targetDocumentId === documentId && n.title.startsWith('Quá hạn'));
    expect(await about(head)).toEqual([expect.objectContaining({ title: 'Quá hạn xử lý: Tin chờ duyệt quá hạn' })]);
    expect(await about(board)).toEqual([expect.objectContaining({ title: 'Quá hạn xử lý: Tin chờ duyệt quá hạn' })]);
    expect(await about(contributor)).toEqual([]);
    const state = await as(app, board).state(ARTICLE, documentId).expect(200);
    expect(state.body.data.history.filter((row: { event: string }) => row.event === 'overdue')).toHaveLength(1);
  });

  it('sends e-mail through Strapi\'s email plugin when a provider is configured, one per recipient', async () => {
    const sent = await capturingEmail(app, async () => {
      const documentId = await create('Tin gửi thư điện tử');
      await as(app, contributor).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
    });
    expect(sent).toEqual([{ to: head.email, subject: '[Trang TTĐT] Gửi duyệt: Tin gửi thư điện tử', text: expect.any(String) }]);
  });
});
