import { DRAFT_AND_PUBLISH, PUBLIC_COLLECTIONS, draftData } from '../helpers/content-types';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { boardMember } from '../helpers/actors';

let app: TestApp;
beforeAll(async () => {
  app = await startStrapi();
});
afterAll(async () => {
  await app.stop();
});

describe.each(PUBLIC_COLLECTIONS)('public read of $route', ({ route, draftAndPublish }) => {
  it('lists the demo entries, each of them published', async () => {
    const res = await app.http().get(`/api/${route}`).expect(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    for (const entry of res.body.data) expect(entry.publishedAt).not.toBeNull();
    if (draftAndPublish) expect(res.body.meta.pagination.total).toBe(res.body.data.length);
  });

  it('opens one entry by its documentId', async () => {
    const list = await app.http().get(`/api/${route}`).expect(200);
    const { documentId } = list.body.data[0];
    const res = await app.http().get(`/api/${route}/${documentId}`).expect(200);
    expect(res.body.data.documentId).toBe(documentId);
  });

  it('refuses ?status=draft to anonymous readers', async () => {
    const res = await app.http().get(`/api/${route}?status=draft`).expect(403);
    expect(res.body.error.message).toMatch(/chỉ cung cấp nội dung đã đăng/);
  });

  it('never shows who created or changed an entry', async () => {
    const res = await app.http().get(`/api/${route}?populate=*`).expect(200);
    const body = JSON.stringify(res.body);
    expect(body).not.toMatch(/"createdBy"|"updatedBy"|"password"|"resetPasswordToken"/);
    await app.http().get(`/api/${route}?populate[createdBy]=true`).expect(400);
    await app.http().get(`/api/${route}?filters[updatedBy][password][$startsWith]=$`).expect(400);
    await app.http().get(`/api/${route}?sort=createdBy.email`).expect(400);
  });
});

describe('site settings', () => {
  it('serves the ward footer information, in Vietnamese by default and in English on request', async () => {
    const vi = await app.http().get('/api/site-setting').expect(200);
    expect(vi.body.data).toMatchObject({ wardName: 'Phường Phú Lâm', locale: 'vi' });
    expect(vi.body.data.personResponsible).toBeTruthy();
    const en = await app.http().get('/api/site-setting?locale=en').expect(200);
    expect(en.body.data).toMatchObject({ wardName: 'Phu Lam Ward', locale: 'en' });
  });
});

describe('drafts never leak', () => {
  const drafts = new Map<string, string>();
  let unitId: string;
  let categoryId: string;

  beforeAll(async () => {
    const units = await app.http().get('/api/contributor-units?filters[name][$eq]=Đoàn Thanh niên phường').expect(200);
    unitId = units.body.data[0].documentId;
    const categories = await app.http().get('/api/categories?filters[name][$eq]=Tin tức – Sự kiện').expect(200);
    categoryId = categories.body.data[0].documentId;
    for (const [n, { uid }] of DRAFT_AND_PUBLISH.entries()) {
      const data = draftData(uid, n);
      if (uid === 'api::article.article') Object.assign(data, { unit: unitId, category: categoryId });
      const created = await app.strapi.documents(uid as never).create({ data } as never);
      drafts.set(uid, (created as { documentId: string }).documentId);
    }
  });

  it('a full-access token (a back-office tool) may read drafts; a read-only token may not', async () => {
    const documentId = drafts.get('api::article.article')!;
    const full = await app.http().get('/api/articles?status=draft&pagination[pageSize]=100')
      .set('Authorization', `Bearer ${await app.fullAccessToken()}`).expect(200);
    expect(full.body.data.map((entry: { documentId: string }) => entry.documentId)).toContain(documentId);
    const { accessKey } = await app.strapi.service('admin::api-token').create({
      name: `read-only ${Date.now()}`, type: 'read-only', lifespan: null, permissions: [],
    });
    await app.http().get('/api/articles?status=draft').set('Authorization', `Bearer ${accessKey}`).expect(403);
  });

  it.each(DRAFT_AND_PUBLISH)('$route: a draft is neither listed nor found', async ({ uid, route }) => {
    const documentId = drafts.get(uid)!;
    const list = await app.http().get(`/api/${route}?pagination[pageSize]=100`).expect(200);
    expect(list.body.data.map((entry: { documentId: string }) => entry.documentId)).not.toContain(documentId);
    expect(JSON.stringify(list.body)).not.toMatch(/BẢN NHÁP BÍ MẬT/);
    await app.http().get(`/api/${route}/${documentId}`).expect(404);
  });

  it('a draft article does not appear through the unit or category it belongs to', async () => {
    const byUnit = await app.http().get(`/api/contributor-units/${unitId}?populate=articles`).expect(200);
    const byCategory = await app.http().get(`/api/categories/${categoryId}?populate[articles][fields][0]=title`).expect(200);
    for (const res of [byUnit, byCategory]) {
      expect(res.body.data.articles.length).toBeGreaterThan(0);
      expect(JSON.stringify(res.body)).not.toMatch(/BẢN NHÁP BÍ MẬT/);
    }
  });

  it('an unpublished change to a published article stays invisible until it is published', async () => {
    const list = await app.http().get('/api/articles?pagination[pageSize]=1').expect(200);
    const { documentId, title } = list.body.data[0];
    // A published article is changed through "revise": its draft reopens while the live version stays.
    await app.strapi.plugin('editorial-workflow').service('workflow').perform({
      uid: 'api::article.article', documentId, transitionId: 'revise', actor: boardMember(),
    });
    await app.strapi.documents('api::article.article' as never).update({
      documentId,
      data: { title: 'Tiêu đề đang sửa, chưa được duyệt' },
    } as never);
    const res = await app.http().get(`/api/articles/${documentId}`).expect(200);
    expect(res.body.data.title).toBe(title);
  });

  it('filtering on a draft-only value finds nothing', async () => {
    const res = await app.http().get('/api/articles?filters[title][$contains]=BẢN NHÁP').expect(200);
    expect(res.body.data).toEqual([]);
  });
});

describe('private fields never leave', () => {
  const PERSONAL = ['Nguyễn Văn An', '0912345678', 'nguyenvanan@example.com', 'Tổ dân phố số 3'];

  it('a published question shows its answer but nothing about the asker', async () => {
    const list = await app.http().get('/api/questions?populate=*').expect(200);
    expect(list.body.data).toHaveLength(1);
    const [question] = list.body.data;
    expect(question.answer).toBeTruthy();
    const one = await app.http().get(`/api/questions/${question.documentId}?populate=*`).expect(200);
    for (const res of [list, one]) {
      const body = JSON.stringify(res.body);
      for (const value of PERSONAL) expect(body).not.toContain(value);
      for (const key of ['askerName', 'askerPhone', 'askerEmail', 'askerAddress', 'assignedOfficer', 'satisfactionRating']) {
        expect(body).not.toContain(`"${key}"`);
      }
    }
  });

  it.each([
    ['fields', 'fields[0]=askerName'],
    ['filters', 'filters[askerEmail][$eq]=nguyenvanan@example.com'],
    ['filters with an operator', 'filters[askerPhone][$startsWith]=09'],
    ['sort', 'sort=askerPhone'],
    ['populate', 'populate[assignedOfficer]=true'],
    ['filters on a relation', 'filters[assignedOfficer][email][$null]=false'],
  ])('asking for an asker field through %s is refused', async (_how, query) => {
    const res = await app.http().get(`/api/questions?${query}`).expect(400);
    expect(JSON.stringify(res.body)).not.toContain('Nguyễn Văn An');
  });

  it('unit staff (admin accounts) are never shown, populated or filtered on', async () => {
    const res = await app.http().get('/api/contributor-units?populate=*').expect(200);
    expect(JSON.stringify(res.body)).not.toMatch(/"heads"|"members"/);
    await app.http().get('/api/contributor-units?populate[heads]=true').expect(400);
    await app.http().get('/api/contributor-units?filters[members][email][$contains]=@').expect(400);
    await app.http().get('/api/contributor-units?fields[0]=heads').expect(400);
  });
});
