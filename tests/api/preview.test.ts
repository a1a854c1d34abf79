import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, newsTargets, type StaffMember } from '../helpers/staff';
import { signPreviewToken } from '../../src/preview/token';

const ARTICLE = 'api::article.article';
const PROCEDURE = 'api::procedure.procedure';
const UNIT = 'Đoàn Thanh niên phường';
const OTHER_UNIT = 'Hội Cựu chiến binh phường';
const PREVIEW_URL = 'http://127.0.0.1:1344';
const SECRET = 'test-preview-secret-0123456789';

let app: TestApp;
let contributor: StaffMember;
let otherContributor: StaffMember;
let board: StaffMember;
let siteToken: string;
let unitId: string;
let categoryId: string;

beforeAll(async () => {
  // Read by config/admin.ts at load; they change nothing the first start writes, so the template still serves.
  Object.assign(process.env, { PREVIEW_URL, PREVIEW_SECRET: SECRET });
  app = await startStrapi();
  contributor = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  otherContributor = await createStaff(app, 'ew-contributor', { memberOf: [OTHER_UNIT] });
  board = await createStaff(app, 'ew-board');
  ({ unitId, categoryId } = await newsTargets(app, UNIT));
  // The site's preview server holds the same read-only token as its build.
  siteToken = (await app.strapi.service('admin::api-token').create({ name: 'Trang công khai', type: 'read-only', lifespan: null })).accessKey;
});
afterAll(async () => {
  await app?.stop();
});

async function draftArticle(title: string): Promise<string> {
  const res = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, title)).expect(201);
  return res.body.data.documentId;
}

const previewUrl = (member: StaffMember, uid: string, documentId: string) =>
  as(app, member).get(`/content-manager/preview/url/${uid}?documentId=${documentId}&locale=vi&status=draft`);

const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

const readPreview = (token: string, query = '') =>
  app.http().get(`/api/previews/${encodeURIComponent(token)}${query}`).set('Authorization', `Bearer ${siteToken}`);

/** The token with its payload rewritten and the signature kept, as someone editing a link would. */
function tampered(token: string, change: Record<string, unknown>): string {
  const [payload, signature] = token.split('.');
  const claim = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
  return `${Buffer.from(JSON.stringify({ ...claim, ...change })).toString('base64url')}.${signature}`;
}

describe('the preview link (GET /content-manager/preview/url/:uid)', () => {
  it('gives a user who may read the draft a signed link to the site\'s preview server', async () => {
    const documentId = await draftArticle('Bản nháp xem trước của Đoàn Thanh niên');
    const res = await previewUrl(contributor, ARTICLE, documentId).expect(200);
    const url = new URL(res.body.data.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${PREVIEW_URL}/preview`);
    expect(tokenOf(res.body.data.url)).toMatch(/^[\w-]+\.[\w-]+$/);
  });

  it('refuses a contributor of another unit (403, in Vietnamese) and signs nothing for them', async () => {
    const documentId = await draftArticle('Bản nháp mà đơn vị khác không được xem');
    const res = await previewUrl(otherContributor, ARTICLE, documentId).expect(403);
    expect(res.body.error.message).toBe('Tài khoản của bạn không có quyền xem mục này.');
    expect(res.body.data?.url).toBeUndefined();
  });

  it('refuses a contributor a procedure, which their role may not read, and gives the board its link', async () => {
    const procedure = await app.strapi.db.query(PROCEDURE).findOne({ where: { publishedAt: null } });
    await previewUrl(contributor, PROCEDURE, procedure.documentId).expect(403);
    const res = await previewUrl(board, PROCEDURE, procedure.documentId).expect(200);
    const read = await readPreview(tokenOf(res.body.data.url)).expect(200);
    expect(read.body.data).toMatchObject({ documentId: procedure.documentId, code: procedure.code });
  });

  it('offers no link for a type the site has no page for', async () => {
    const category = await app.strapi.db.query('api::category.category').findOne({ where: { locale: 'vi' } });
    const res = await as(app, board).get(`/content-manager/preview/url/api::category.category?documentId=${category.documentId}&locale=vi`);
    expect(res.status).toBe(204);
  });
});

describe('the draft behind a link (GET /api/previews/:token)', () => {
  let token: string;
  let documentId: string;
  let otherId: string;

  beforeAll(async () => {
    documentId = await draftArticle('Bản nháp chỉ người có liên kết mới đọc được');
    otherId = await draftArticle('Một bản nháp khác cùng đơn vị');
    token = tokenOf((await previewUrl(contributor, ARTICLE, documentId).expect(200)).body.data.url);
  });

  it('answers the draft, shaped as the public API shapes it with the site\'s populate, never cached', async () => {
    const res = await readPreview(token, '?populate[category][fields][0]=name&populate[unit][fields][0]=name').expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.data).toMatchObject({
      documentId, title: 'Bản nháp chỉ người có liên kết mới đọc được', publishedAt: null,
      category: { name: 'Tin tức – Sự kiện' }, unit: { name: UNIT },
    });
    expect(res.body.meta).toMatchObject({ uid: ARTICLE, locale: 'vi', status: 'draft' });
    // Private fields stay out as on the public API (who wrote it: admin users).
    expect(res.body.data.createdBy).toBeUndefined();
    // The public API itself still has no such article.
    await app.http().get(`/api/articles/${documentId}`).expect(404);
  });

  it('needs the site\'s API token as well: the link alone reads nothing', async () => {
    await app.http().get(`/api/previews/${token}`).expect(403);
  });

  it('opens only the draft it was signed for: another documentId, uid or locale breaks the signature (401)', async () => {
    for (const change of [{ documentId: otherId }, { uid: 'api::page.page' }, { locale: 'en' }, { status: 'published' }]) {
      const res = await readPreview(tampered(token, change)).expect(401);
      expect(res.body.error.message).toBe('Liên kết xem trước không hợp lệ.');
    }
    await readPreview(`${token}x`).expect(401);
    await readPreview('not-a-token').expect(401);
  });

  it('expires after ten minutes (401, in Vietnamese)', async () => {
    const old = signPreviewToken({ uid: ARTICLE, documentId, locale: 'vi', status: 'draft' }, SECRET, Date.now() - 11 * 60_000);
    const res = await readPreview(old).expect(401);
    expect(res.body.error.message).toMatch(/đã hết hạn/);
    expect(res.body.error.details).toEqual({ code: 'PREVIEW_EXPIRED' });
  });

  it('refuses a signed link for a type that has no preview (403)', async () => {
    const page = await app.strapi.db.query('api::page.page').findOne({ where: { publishedAt: null } });
    const signed = signPreviewToken({ uid: 'api::page.page', documentId: page.documentId, locale: 'vi', status: 'draft' }, SECRET);
    const res = await readPreview(signed).expect(403);
    expect(res.body.error.message).toBe('Loại nội dung này không có bản xem trước.');
  });

  it('refuses a link signed with another secret (401)', async () => {
    const forged = signPreviewToken({ uid: ARTICLE, documentId: otherId, locale: 'vi', status: 'draft' }, 'another-secret-0123456789');
    await readPreview(forged).expect(401);
  });

  it('keeps the query to populate and fields: filters cannot reach another item', async () => {
    const res = await readPreview(token, `?filters[documentId][$eq]=${otherId}`);
    expect(res.status).toBe(200);
    expect(res.body.data.documentId).toBe(documentId);
  });
});
