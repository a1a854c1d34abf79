import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, newsTargets, type StaffMember } from '../helpers/staff';

/** Comments on an item, over HTTP as each person would write them: threads, mentions, edits, resolution. */
const ARTICLE = 'api::article.article';
const UNIT = 'Hội Liên hiệp Phụ nữ phường';
const OTHER_UNIT = 'Hội Cựu chiến binh phường';

let app: TestApp;
let contributor: StaffMember;
let unitHead: StaffMember;
let board: StaffMember;
let otherContributor: StaffMember;
let documentId: string;

const comments = (_member: StaffMember, id = documentId) => `/editorial-workflow/items/${ARTICLE}/${id}/comments?locale=vi`;
const commentUrl = (commentId: number, tail = '') => `/editorial-workflow/items/${ARTICLE}/${documentId}/comments/${commentId}${tail}?locale=vi`;
const inboxOf = async (member: StaffMember) =>
  (await as(app, member).get('/editorial-workflow/inbox').expect(200)).body.data as { notifications: Array<{ title: string; message: string; targetDocumentId: string }> };

beforeAll(async () => {
  app = await startStrapi();
  contributor = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  unitHead = await createStaff(app, 'ew-unit-head', { headOf: [UNIT] });
  board = await createStaff(app, 'ew-board');
  otherContributor = await createStaff(app, 'ew-contributor', { memberOf: [OTHER_UNIT] });
  const { unitId, categoryId } = await newsTargets(app, UNIT);
  const res = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, 'Hội thi nấu ăn ngon chào mừng ngày 20/10')).expect(201);
  documentId = res.body.data.documentId;
  await as(app, contributor).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
});
afterAll(async () => {
  await app.stop();
});

describe('comments on an item', () => {
  let threadId: number;

  it('the form offers the item\'s fields and exactly the staff who may read the item', async () => {
    const res = await as(app, unitHead).get(`/editorial-workflow/items/${ARTICLE}/${documentId}/comments/options?locale=vi`).expect(200);
    const ids = res.body.data.people.map((person: { id: number }) => person.id);
    expect(ids).toEqual(expect.arrayContaining([contributor.id, board.id]));
    expect(ids).not.toContain(otherContributor.id);
    expect(ids).not.toContain(unitHead.id); // not oneself
    const fields = res.body.data.fields.map((field: { field: string }) => field.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'summary', 'body', 'cover']));
    expect(fields).not.toContain('publishedAt');
    await as(app, otherContributor).get(`/editorial-workflow/items/${ARTICLE}/${documentId}/comments/options?locale=vi`).expect(403);
  });

  it('the unit head comments on a field and mentions the contributor, who gets a notice', async () => {
    const res = await as(app, unitHead).post(comments(unitHead), {
      body: 'Đoạn sapo cần nêu số đội tham gia.', field: 'summary', mentions: [contributor.id],
    }).expect(201);
    threadId = res.body.data.id;
    expect(res.body.data).toMatchObject({
      field: 'summary', fieldLabel: expect.any(String), parentId: null, body: 'Đoạn sapo cần nêu số đội tham gia.',
      mentions: [{ id: contributor.id }], resolved: null, replies: [],
    });
    const inbox = await inboxOf(contributor);
    expect(inbox.notifications.map((item) => item.title)).toContainEqual(expect.stringMatching(/nhắc bạn: Hội thi nấu ăn ngon chào mừng ngày 20\/10$/));
    expect(inbox.notifications.find((item) => item.title.includes('nhắc bạn'))).toMatchObject({ targetDocumentId: documentId, message: 'Đoạn sapo cần nêu số đội tham gia.' });
  });

  it('the contributor replies, edits the reply (the earlier text is kept) and the thread shows both', async () => {
    const reply = await as(app, contributor).post(comments(contributor), { body: 'Có 12 đội tham gia.', parentId: threadId }).expect(201);
    expect(reply.body.data).toMatchObject({ parentId: threadId, body: 'Có 12 đội tham gia.', author: { id: contributor.id } });
    const edited = await as(app, contributor).put(commentUrl(reply.body.data.id), { body: 'Có 14 đội tham gia, 2 đội đăng ký muộn.' }).expect(200);
    expect(edited.body.data).toMatchObject({ body: 'Có 14 đội tham gia, 2 đội đăng ký muộn.', earlier: [{ body: 'Có 12 đội tham gia.' }], editedAt: expect.any(String) });
    // Someone else's comment is theirs to edit only.
    const refused = await as(app, unitHead).put(commentUrl(reply.body.data.id), { body: 'Sửa hộ' }).expect(403);
    expect(refused.body.error.message).toBe('Chỉ người viết ý kiến mới sửa được ý kiến đó.');
    // A reply to a reply is refused: threads are one level deep.
    await as(app, unitHead).post(comments(unitHead), { body: 'Cảm ơn', parentId: reply.body.data.id }).expect(400);

    const list = await as(app, board).get(comments(board)).expect(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0].replies.map((r: { body: string; author: { id: number } }) => [r.body, r.author.id])).toEqual([
      ['Có 14 đội tham gia, 2 đội đăng ký muộn.', contributor.id],
    ]);
  });

  it('resolving closes the thread and the panel counts what is still open', async () => {
    const before = await as(app, unitHead).state(ARTICLE, documentId).expect(200);
    expect(before.body.data.openComments).toBe(1);
    const res = await as(app, contributor).post(commentUrl(threadId, '/resolve'), { resolved: true }).expect(200);
    expect(res.body.data.resolved).toMatchObject({ at: expect.any(String), by: expect.stringContaining('ew-contributor') });
    expect((await as(app, unitHead).state(ARTICLE, documentId).expect(200)).body.data.openComments).toBe(0);
    await as(app, unitHead).post(commentUrl(threadId, '/resolve'), { resolved: false }).expect(200);
    expect((await as(app, unitHead).state(ARTICLE, documentId).expect(200)).body.data.openComments).toBe(1);
  });

  it('a contributor of another unit can neither read nor write the thread, nor be mentioned in it', async () => {
    const read = await as(app, otherContributor).get(comments(otherContributor)).expect(403);
    expect(read.body.data).toBeNull();
    expect(JSON.stringify(read.body)).not.toContain('sapo');
    await as(app, otherContributor).post(comments(otherContributor), { body: 'Xem được không?' }).expect(403);
    await as(app, otherContributor).post(commentUrl(threadId, '/resolve'), { resolved: true }).expect(403);

    const mention = await as(app, unitHead).post(comments(unitHead), { body: 'Nhờ anh xem giúp.', mentions: [otherContributor.id] }).expect(400);
    expect(mention.body.error.message).toMatch(/không được xem mục này, nên không nhắc tên được/);
    // Nothing was written: the refused comment is not in the thread.
    expect((await as(app, board).get(comments(board)).expect(200)).body.data).toHaveLength(1);
    expect((await inboxOf(otherContributor)).notifications.filter((item) => item.title.includes('nhắc bạn'))).toEqual([]);
  });

  it('bad input gets a 400 in Vietnamese and leaves nothing: empty text, unknown field, unknown person, unknown comment', async () => {
    const empty = await as(app, unitHead).post(comments(unitHead), { body: '   ' }).expect(400);
    expect(empty.body.error.message).toBe('Dữ liệu không hợp lệ ở "body": không được để trống');
    const field = await as(app, unitHead).post(comments(unitHead), { body: 'Góp ý', field: 'publishedAt' }).expect(400);
    expect(field.body.error.message).toBe('Mục này không có trường "publishedAt" để góp ý.');
    const nobody = await as(app, unitHead).post(comments(unitHead), { body: 'Góp ý', mentions: [987654] }).expect(400);
    expect(nobody.body.error.message).toBe('Không có cán bộ đang làm việc với mã 987654 để nhắc tên.');
    await as(app, unitHead).put(commentUrl(987654), { body: 'x' }).expect(404);
    // Sideways: a wildcard locale or a locale the item has no draft in reads nothing and writes nothing.
    const base = `/editorial-workflow/items/${ARTICLE}/${documentId}/comments`;
    await as(app, unitHead).get(`${base}?locale=*`).expect(404);
    await as(app, unitHead).post(`${base}?locale=*`, { body: 'Góp ý mọi ngôn ngữ' }).expect(404);
    await as(app, otherContributor).post(`${base}?locale=en`, { body: 'Qua bản tiếng Anh' }).expect(404);
    await as(app, unitHead).post(comments(unitHead, 'khongcomucnayday0000000'), { body: 'Góp ý' }).expect(404);
    expect((await as(app, board).get(comments(board)).expect(200)).body.data).toHaveLength(1);
  });
  it('a return and its comment pointers are written together: if marking the threads fails, the item has not moved and the log has no row', async () => {
    const logRows = () => app.strapi.db.query('plugin::editorial-workflow.log-entry').count();
    const open = (await as(app, unitHead).post(comments(unitHead), { body: 'Sapo còn dài.', field: 'summary' }).expect(201)).body.data.id as number;
    const before = { log: await logRows(), state: (await as(app, unitHead).state(ARTICLE, documentId).expect(200)).body.data.state };
    // A crash in the middle: the comment table fails once the step has moved the item and written its log row.
    const realQuery = app.strapi.db.query.bind(app.strapi.db);
    const spy = jest.spyOn(app.strapi.db, 'query').mockImplementation(((uid: string) => {
      const repository = realQuery(uid as never);
      if (uid !== 'plugin::editorial-workflow.comment') return repository;
      return { ...repository, updateMany: () => Promise.reject(new Error('injected: comment table unavailable')) };
    }) as never);
    try {
      const res = await as(app, unitHead).transition(ARTICLE, documentId, { transition: 'return', reasonCode: 'R03', reasonText: 'Cần sửa sapo theo ý kiến đã nêu', commentIds: [open] });
      expect(res.status).toBe(500);
    } finally {
      spy.mockRestore();
    }
    expect((await as(app, unitHead).state(ARTICLE, documentId).expect(200)).body.data.state).toBe(before.state);
    expect(await logRows()).toBe(before.log);
    const thread = ((await as(app, contributor).get(comments(contributor)).expect(200)).body.data as Array<{ id: number; returnSeq: number | null }>).find((row) => row.id === open);
    expect(thread?.returnSeq).toBeNull();
    await as(app, unitHead).post(commentUrl(open, '/resolve'), { resolved: true }).expect(200);
  });

  it('a return points at open threads; the panel then counts which of them are still open; a bad pointer moves nothing', async () => {
    const other = (await as(app, unitHead).post(comments(unitHead), { body: 'Ảnh cần chú thích đầy đủ hơn.', field: 'cover' }).expect(201)).body.data.id as number;
    const settled = (await as(app, unitHead).post(comments(unitHead), { body: 'Tiêu đề đã ổn.' }).expect(201)).body.data.id as number;
    await as(app, unitHead).post(commentUrl(settled, '/resolve'), { resolved: true }).expect(200);
    const reason = { reasonCode: 'R03', reasonText: 'Cần sửa sapo và chú thích ảnh theo các ý kiến' };
    const stateNow = async () => (await as(app, unitHead).state(ARTICLE, documentId).expect(200)).body.data;

    // Only a step with a reason points at threads, and only at open ones of this item: 400, and nothing moved.
    const approve = await as(app, unitHead).transition(ARTICLE, documentId, { transition: 'unit_approve', commentIds: [threadId] }).expect(400);
    expect(approve.body.error.message).toMatch(/^Bước "Duyệt \(đơn vị\)" không kèm ý kiến/);
    const resolvedOne = await as(app, unitHead).transition(ARTICLE, documentId, { transition: 'return', ...reason, commentIds: [threadId, settled] }).expect(400);
    expect(resolvedOne.body.error.message).toBe(`Ý kiến số ${settled} không phải ý kiến đang mở của mục này: hãy chọn lại.`);
    expect((await stateNow()).state).toBe('submitted');

    await as(app, unitHead).transition(ARTICLE, documentId, { transition: 'return', ...reason, commentIds: [threadId, other] }).expect(200);
    const after = await stateNow();
    expect(after.state).toBe('returned');
    const returnSeq = after.history.at(-1).seq as number;
    expect(after.returnComments).toEqual({ seq: returnSeq, total: 2, open: 2 });
    const list = (await as(app, contributor).get(comments(contributor)).expect(200)).body.data as Array<{ id: number; returnSeq: number | null }>;
    expect(list.filter((thread) => thread.returnSeq === returnSeq).map((thread) => thread.id).sort()).toEqual([threadId, other].sort());

    await as(app, contributor).post(commentUrl(other, '/resolve'), { resolved: true }).expect(200);
    expect((await stateNow()).returnComments).toEqual({ seq: returnSeq, total: 2, open: 1 });
  });
});
