import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * The sites of one installation, as data: every ward-owned item belongs to one site from its creation on,
 * never moves, and is unique only within its site; a site goes only when empty.
 */
let app: TestApp;
let token: string;
let home: { documentId: string; code: string };
let other: { documentId: string; code: string };

const docs = (uid: string) => app.strapi.documents(uid as never) as unknown as {
  create(params: Record<string, unknown>): Promise<{ documentId: string }>;
  findOne(params: Record<string, unknown>): Promise<Record<string, unknown> & { site?: { documentId: string } | null }>;
};
const post = (route: string, data: Record<string, unknown>) =>
  app.http().post(`/api/${route}`).set('Authorization', `Bearer ${token}`).send({ data });
const put = (route: string, data: Record<string, unknown>) =>
  app.http().put(`/api/${route}`).set('Authorization', `Bearer ${token}`).send({ data });
const siteOf = async (uid: string, documentId: string, locale?: string) =>
  (await docs(uid).findOne({ documentId, ...(locale ? { locale } : {}), populate: ['site'] }))?.site?.documentId;

beforeAll(async () => {
  app = await startStrapi();
  token = await app.fullAccessToken();
  home = (await app.strapi.documents('api::site.site').findFirst({ sort: 'id:asc' } as never)) as unknown as typeof home;
  other = (await app.strapi.documents('api::site.site').create({
    data: {
      code: '10203', wardName: 'Phường Thử Nghiệm', siteTitle: 'Trang thông tin điện tử phường Thử Nghiệm', address: 'Số 1 đường Thử',
      phone: '024 0000 0001', email: 'ubnd@thunghiem.example.vn', personResponsible: 'Trưởng Ban biên tập', domains: 'thu-nghiem.example.vn',
      translations: [{ locale: 'en', wardName: 'Thu Nghiem Ward' }],
    },
  } as never)) as unknown as typeof other;
});
afterAll(async () => {
  await app.stop();
});

describe('every item belongs to one site', () => {
  it('a write that names no site gets the first site; one that names a site gets it', async () => {
    const plain = await post('categories', { name: 'Chuyên mục không nêu trang' }).expect(201);
    expect(await siteOf('api::category.category', plain.body.data.documentId, 'vi')).toBe(home.documentId);
    const named = await post('categories', { name: 'Chuyên mục của phường thử', site: other.documentId }).expect(201);
    expect(await siteOf('api::category.category', named.body.data.documentId, 'vi')).toBe(other.documentId);
  });

  it('a new language version keeps its document’s site', async () => {
    const vi = await post('categories', { name: 'Văn hóa thử', site: other.documentId }).expect(201);
    await put(`categories/${vi.body.data.documentId}?locale=en`, { name: 'Culture' }).expect(200);
    expect(await siteOf('api::category.category', vi.body.data.documentId, 'en')).toBe(other.documentId);
  });

  it('an item never moves to another site nor loses its site, in any shape of relation input', async () => {
    const unit = await post('contributor-units', { name: 'Tổ dân phố thử số 1', kind: 'residential_group' }).expect(201);
    const { documentId } = unit.body.data;
    for (const site of [other.documentId, { documentId: other.documentId }, { connect: [other.documentId] }, { set: [{ documentId: other.documentId }] }, null, { disconnect: [home.documentId] }]) {
      const res = await put(`contributor-units/${documentId}`, { site }).expect(400);
      expect(res.body.error.message).toContain(`thuộc trang của phường, xã mã ${home.code}`);
    }
    expect(await siteOf('api::contributor-unit.contributor-unit', documentId)).toBe(home.documentId);
    // Naming the site it has already, or not naming one, is no move.
    await put(`contributor-units/${documentId}`, { site: home.documentId, monthlyQuota: 3 }).expect(200);
    await put(`contributor-units/${documentId}`, { monthlyQuota: 4 }).expect(200);
  });

  it('a site that does not exist is refused', async () => {
    const res = await post('categories', { name: 'Chuyên mục lạc', site: 'khongcotrangnaoten' }).expect(400);
    expect(res.body.error.message).toBe('Phường, xã được chọn không có trên hệ thống.');
  });
});

describe('uniqueness is per site', () => {
  it('two wards may each have a unit of the same name; one ward may not have two', async () => {
    await post('contributor-units', { name: 'Văn phòng thử nghiệm', kind: 'office' }).expect(201);
    await post('contributor-units', { name: 'Văn phòng thử nghiệm', kind: 'office', site: other.documentId }).expect(201);
    const again = await post('contributor-units', { name: 'Văn phòng thử nghiệm', kind: 'office', site: other.documentId }).expect(400);
    expect(again.body.error.message).toBe('Phường, xã này đã có đơn vị tên "Văn phòng thử nghiệm": hãy đặt tên khác hoặc sửa đơn vị đã có.');
  });

  it('slugs are free in another site and suffixed within one', async () => {
    const a = await post('categories', { name: 'Khuyến học thử' }).expect(201);
    const b = await post('categories', { name: 'Khuyến học thử', site: other.documentId }).expect(201);
    const c = await post('categories', { name: 'Khuyến học thử', site: other.documentId }).expect(201);
    expect([a, b, c].map((res) => res.body.data.slug)).toEqual(['khuyen-hoc-thu', 'khuyen-hoc-thu', 'khuyen-hoc-thu-2']);
  });
});

describe('a site’s own record', () => {
  it('GET /api/site-setting answers for the asked site, in the asked language, falling back to the site’s own texts', async () => {
    const vi = await app.http().get(`/api/site-setting?site=${other.code}`).expect(200);
    expect(vi.body.data).toMatchObject({ code: other.code, wardName: 'Phường Thử Nghiệm', locale: 'vi' });
    const en = await app.http().get(`/api/site-setting?site=${other.code}&locale=en`).expect(200);
    expect(en.body.data).toMatchObject({ code: other.code, wardName: 'Thu Nghiem Ward', address: 'Số 1 đường Thử', locale: 'en' });
    expect(en.body.data.translations).toBeUndefined();
    const unknown = await app.http().get('/api/site-setting?site=99999').expect(404);
    expect(unknown.body.error.message).toBe('Không có trang của phường, xã mã 99999 trên hệ thống này.');
    await app.http().get('/api/site-setting?site=abc').expect(400);
  });

  it('a site with content cannot be deleted, the last site never; an empty one can', async () => {
    const held = await app.http().delete(`/content-manager/collection-types/api::site.site/${other.documentId}`)
      .set('Authorization', `Bearer ${await app.superAdminToken()}`).expect(409);
    expect(held.body.error.message).toMatch(/^Không xoá được phường, xã này: trang còn \d+ chuyên mục, \d+ đơn vị cộng tác\. Hãy xoá các mục đó trước\.$/);
    expect(await app.strapi.db.query('api::site.site').count({ where: { documentId: other.documentId } })).toBe(1);
    const empty = await app.strapi.documents('api::site.site').create({
      data: { code: '10204', wardName: 'Xã Trống', siteTitle: 'Trang xã Trống', address: 'Xã Trống', phone: '024 0000 0002', email: 'ubnd@trong.example.vn', personResponsible: 'Chủ tịch' },
    } as never);
    await app.http().delete(`/content-manager/collection-types/api::site.site/${empty.documentId}`)
      .set('Authorization', `Bearer ${await app.superAdminToken()}`).expect(200);
  });
});
