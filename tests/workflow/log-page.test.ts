import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, type StaffMember, newsTargets } from '../helpers/staff';

const ARTICLE = 'api::article.article';
const UNIT = 'Hội Người cao tuổi phường';

let app: TestApp;
let contributor: StaffMember;
let head: StaffMember;
let board: StaffMember;
let unitId: string;
let categoryId: string;

beforeAll(async () => {
  app = await startStrapi();
  contributor = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  head = await createStaff(app, 'ew-unit-head', { headOf: [UNIT] });
  board = await createStaff(app, 'ew-board');
  ({ unitId, categoryId } = await newsTargets(app, UNIT));
});
afterAll(async () => {
  await app.stop();
});

async function submitted(title: string): Promise<string> {
  const res = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, title)).expect(201);
  await as(app, contributor).transition(ARTICLE, res.body.data.documentId, { transition: 'submit' }).expect(200);
  return res.body.data.documentId;
}

describe('the log page', () => {
  it('names each row by the item title and type, the step and states in Vietnamese', async () => {
    const documentId = await submitted('Hội nghị tổng kết công tác dân vận năm 2026');
    await as(app, head).transition(ARTICLE, documentId, { transition: 'unit_approve' }).expect(200);
    const res = await as(app, board).get(`/editorial-workflow/log?documentId=${documentId}`).expect(200);
    expect(res.body.data.map((row: Record<string, unknown>) => [row.title, row.typeLabel, row.label, row.fromStateLabel, row.toStateLabel])).toEqual([
      ['Hội nghị tổng kết công tác dân vận năm 2026', 'Tin bài', 'Duyệt (đơn vị)', 'Chờ đơn vị duyệt', 'Chờ Ban biên tập duyệt'],
      ['Hội nghị tổng kết công tác dân vận năm 2026', 'Tin bài', 'Gửi duyệt', 'Bản nháp', 'Chờ đơn vị duyệt'],
    ]);
  });

  it('is searched by a part of the title, whatever its case, and finds only that item', async () => {
    const wanted = await submitted('Ra quân vệ sinh môi trường khu phố 3');
    await submitted('Tập huấn phòng cháy chữa cháy cho tổ dân phố');
    const res = await as(app, board).get(`/editorial-workflow/log?title=${encodeURIComponent('VỆ SINH môi trường')}`).expect(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    expect(new Set(res.body.data.map((row: { targetDocumentId: string }) => row.targetDocumentId))).toEqual(new Set([wanted]));
    expect(res.body.data[0].title).toBe('Ra quân vệ sinh môi trường khu phố 3');
  });

  it('answers an empty list for a title nothing has, and 400 for a title too long', async () => {
    const none = await as(app, board).get(`/editorial-workflow/log?title=${encodeURIComponent('không có bài nào tên thế này')}`).expect(200);
    expect(none.body.data).toEqual([]);
    await as(app, board).get(`/editorial-workflow/log?title=${'a'.repeat(201)}`).expect(400);
  });
});
