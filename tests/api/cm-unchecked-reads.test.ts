import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, newsTargets, type StaffMember } from '../helpers/staff';

/**
 * The Content Manager routes that read items without the role's conditions, within one ward: clone copies
 * only what its user may read, the bulk-publish dialog lists only readable items, and a relation picker
 * into a type the role may not read lists nothing. (Across wards: tests/workflow/sites-matrix.test.ts.)
 */
const ARTICLE = 'api::article.article';
const UNIT = 'Đoàn Thanh niên phường';
const OTHER_UNIT = 'Hội Cựu chiến binh phường';

let app: TestApp;
let writer: StaffMember;
let otherWriter: StaffMember;
let office: StaffMember;
let draftId: string;

beforeAll(async () => {
  app = await startStrapi();
  writer = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  otherWriter = await createStaff(app, 'ew-contributor', { memberOf: [OTHER_UNIT] });
  office = await createStaff(app, 'ew-office');
  const { unitId, categoryId } = await newsTargets(app, UNIT);
  const res = await as(app, writer).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, 'Bản nháp riêng của Đoàn Thanh niên')).expect(201);
  draftId = res.body.data.documentId;
});
afterAll(async () => {
  await app?.stop();
});

test('a contributor of another unit cannot clone the draft (403), and no copy is made', async () => {
  const before = await app.strapi.db.query(ARTICLE).count({});
  for (const action of ['clone', 'auto-clone']) {
    const res = await as(app, otherWriter).post(`/content-manager/collection-types/${ARTICLE}/${action}/${draftId}?locale=vi`, { title: 'Bản sao trộm' });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Tài khoản của bạn không có quyền xem mục này.');
  }
  expect(await app.strapi.db.query(ARTICLE).count({})).toBe(before);
  // Its writer still may.
  const own = await as(app, writer).post(`/content-manager/collection-types/${ARTICLE}/clone/${draftId}?locale=vi`, { title: 'Bản sao của chính mình' });
  expect(own.status).toBe(200);
});

test('the bulk-publish dialog lists only the items its user may read', async () => {
  const path = `/content-manager/collection-types/${ARTICLE}/actions/bulkFindForValidation`;
  const other = await as(app, otherWriter).post(path, { documentIds: [draftId], locale: 'vi' }).expect(200);
  expect(other.body.results).toEqual([]);
  expect(JSON.stringify(other.body)).not.toContain('Đoàn Thanh niên');
  const own = await as(app, writer).post(path, { documentIds: [draftId], locale: 'vi' }).expect(200);
  expect(own.body.results.map((item: { documentId: string }) => item.documentId)).toEqual([draftId]);
});

test('a relation picker into a type the role may not read is refused, in Vietnamese', async () => {
  // The office reads units but not news items: the units' "articles" picker listed every ward's drafts.
  const res = await as(app, office).get('/content-manager/relations/api::contributor-unit.contributor-unit/articles?locale=vi');
  expect(res.status).toBe(403);
  expect(res.body.error.message).toMatch(/^Vai trò của bạn không được xem "/);
  expect(JSON.stringify(res.body)).not.toContain(draftId);
  // A picker into a readable type still answers.
  const categories = await as(app, writer).get(`/content-manager/relations/${ARTICLE}/category?locale=vi`);
  expect(categories.status).toBe(200);
  expect(categories.body.results.length).toBeGreaterThan(0);
});
