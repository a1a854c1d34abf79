import { seedDemoData } from '../../src/seed';
import { PUBLIC_COLLECTIONS } from '../helpers/content-types';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startStrapi({ staff: true });
});
afterAll(async () => {
  await app.stop();
});

const UIDS = [...PUBLIC_COLLECTIONS.map((type) => type.uid), 'api::dossier.dossier', 'api::site.site'];

/** Every row of every content type, as the database holds it. */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const uid of UIDS) rows[uid] = await app.strapi.db.query(uid as never).findMany({ orderBy: { id: 'asc' } });
  return rows;
}

describe('demo data', () => {
  it('is loaded on the first start of an empty database', async () => {
    // Phú Lâm, site 1, has the plan's 16 units; the other demo wards have units of their own.
    expect(await app.strapi.db.query('api::contributor-unit.contributor-unit' as never).count({ where: { site: { code: '09556' } } })).toBe(16);
    expect(await app.strapi.documents('api::procedure.procedure' as never).count({ status: 'published' } as never)).toBeGreaterThanOrEqual(10);
    const units = await app.http().get('/api/contributor-units?pagination[pageSize]=100&sort=name').expect(200);
    expect(units.body.data.map((unit: { slug: string }) => unit.slug)).toContain('dang-uy-phuong');
    const plan = await app.http().get('/api/legal-documents?filters[slug][$eq]=ke-hoach-17-kh-bbt').expect(200);
    expect(plan.body.data[0]).toMatchObject({ numberSymbol: '17/KH-BBT', number: 17, year: 2020, docType: 'KH', issuer: 'BBT' });
    const birth = await app.http().get('/api/procedures?filters[code][$eq]=1.001193&populate=*').expect(200);
    expect(birth.body.data[0]).toMatchObject({ name: 'Thủ tục đăng ký khai sinh', onlineServiceForm: 'toan_trinh' });
    expect(birth.body.data[0].legalBasis.map((doc: { numberSymbol: string }) => doc.numberSymbol).sort())
      .toEqual(['123/2015/NĐ-CP', '60/2014/QH13']);
  });

  it('has three wards: Phú Lâm first, on this machine\'s names, and two more, each with its own units, sections and content', async () => {
    const sites = await app.strapi.db.query('api::site.site' as never).findMany({ orderBy: { id: 'asc' } }) as Array<{ id: number; code: string; domains: string; wardName: string }>;
    expect(sites.map((site) => [site.code, site.wardName, site.domains])).toEqual([
      ['09556', 'Phường Phú Lâm', 'localhost\n127.0.0.1'],
      ['00091', 'Phường Tây Hồ', 'tay-ho.localhost'],
      ['00235', 'Phường Ô Chợ Dừa', 'o-cho-dua.localhost'],
    ]);
    for (const site of sites.slice(1)) {
      const inSite = (uid: string, extra: Record<string, unknown> = {}) => app.strapi.documents(uid as never).count({ filters: { site: { id: site.id } }, ...extra } as never);
      expect([site.code, await inSite('api::contributor-unit.contributor-unit'), await inSite('api::category.category', { locale: 'vi' }), await inSite('api::category.category', { locale: 'en' })]).toEqual([site.code, 3, 2, 2]);
      for (const uid of ['api::article.article', 'api::work-schedule.work-schedule', 'api::page.page', 'api::official.official']) {
        expect([site.code, uid, (await inSite(uid, { status: 'published' })) > 0]).toEqual([site.code, uid, true]);
      }
      // A ward's article names its own ward's units and sections, never Phú Lâm's.
      const articles = await app.strapi.documents('api::article.article' as never).findMany({ filters: { site: { id: site.id } }, populate: { category: { populate: ['site'] }, unit: { populate: ['site'] } } } as never) as unknown as Array<{ category: { site: { id: number } }; unit: { site: { id: number } } }>;
      expect(articles.length).toBeGreaterThanOrEqual(3);
      for (const article of articles) expect([article.category.site.id, article.unit.site.id]).toEqual([site.id, site.id]);
    }
  });

  it('serves published demo articles with Vietnamese slugs', async () => {
    const res = await app.http().get('/api/articles').expect(200);
    expect(res.body.data.length).toBeGreaterThanOrEqual(4);
    expect(res.body.data.map((article: { slug: string }) => article.slug)).toContain(
      'phuong-phu-lam-trien-khai-ke-hoach-nang-cao-chat-luong-trang-thong-tin-dien-tu',
    );
  });

  it('changes nothing when loaded again', async () => {
    const before = await snapshot();
    const report = await seedDemoData(app.strapi);
    expect(report.created).toBe(0);
    expect(report.existing).toBeGreaterThan(50);
    expect(await snapshot()).toEqual(before);
  });

  it('includes one demo account per workflow role, whose password is not a default, and items in every state', async () => {
    const staff = await app.strapi.db.query('admin::user').findMany({ where: { email: { $endsWith: '@phulam.demo' } }, populate: ['roles'] });
    expect(staff.map((user: { roles: Array<{ code: string }> }) => user.roles[0].code).sort()).toEqual([
      'ew-board', 'ew-board', 'ew-contributor', 'ew-office', 'ew-one-stop', 'ew-propaganda', 'ew-publisher', 'ew-unit-head', 'ew-unit-head',
    ]);
    const login = await app.http().post('/admin/login').send({ email: 'congtacvien@phulam.demo', password: 'Matkhau123' });
    expect(login.status).toBe(400);
    const states = await app.strapi.db.query('plugin::editorial-workflow.review-state').findMany({ where: { targetUid: 'api::article.article' } });
    expect(new Set(states.map((row: { state: string }) => row.state))).toEqual(
      new Set(['draft', 'submitted', 'unit_approved', 'propaganda_review', 'approved', 'returned', 'rejected', 'published']),
    );
    const verify = await app.strapi.plugin('editorial-workflow').service('workflow').verifyLog();
    expect(verify.ok).toBe(true);
  });

  it('does not overwrite what an editor changed', async () => {
    const unit = await app.strapi.db.query('api::contributor-unit.contributor-unit').findOne({ where: { name: 'Các tổ dân phố' } });
    await app.strapi.documents('api::contributor-unit.contributor-unit' as never).update({
      documentId: unit.documentId,
      data: { monthlyQuota: 9 },
    } as never);
    await seedDemoData(app.strapi);
    const after = await app.strapi.db.query('api::contributor-unit.contributor-unit').findOne({ where: { name: 'Các tổ dân phố' } });
    expect(after.monthlyQuota).toBe(9);
  });
});

describe('languages', () => {
  const locales = () => app.strapi.plugin('i18n').service('locales');

  it('Vietnamese is the default and English is available', async () => {
    expect(await locales().getDefaultLocale()).toBe('vi');
    const codes = (await locales().find()).map((locale: { code: string }) => locale.code).sort();
    expect(codes).toEqual(['en', 'vi']);
  });

  it('a request without a locale gets Vietnamese content', async () => {
    const res = await app.http().get('/api/categories?sort=order&pagination[pageSize]=1').expect(200);
    expect(res.body.data[0]).toMatchObject({ locale: 'vi', name: 'Tin tức – Sự kiện' });
    const en = await app.http().get('/api/categories?sort=order&pagination[pageSize]=1&locale=en').expect(200);
    expect(en.body.data[0]).toMatchObject({ locale: 'en', name: 'News and events' });
  });

  it('the demo data holds published English articles, each the English version of a Vietnamese one, and English settings', async () => {
    const en = await app.http().get('/api/articles?locale=en&populate[category][fields][0]=name').expect(200);
    expect(en.body.data.length).toBeGreaterThanOrEqual(3);
    const vi = await app.http().get('/api/articles?pagination[pageSize]=100').expect(200);
    const viIds = new Set(vi.body.data.map((article: { documentId: string }) => article.documentId));
    for (const article of en.body.data) {
      expect(article).toMatchObject({ locale: 'en' });
      expect(viIds.has(article.documentId)).toBe(true);
      expect(article.category?.name).toMatch(/^[A-Za-z' ]+$/);
    }
    expect(en.body.data.map((article: { slug: string }) => article.slug)).toContain('youth-union-turns-out-for-green-sunday');
    // The shared fields stay the Vietnamese version's.
    const twin = vi.body.data.find((article: { documentId: string }) => article.documentId === en.body.data[0].documentId);
    expect(en.body.data[0].author).toBe(twin.author);
    const settings = await app.http().get('/api/site-setting?locale=en').expect(200);
    expect(settings.body.data).toMatchObject({ locale: 'en', wardName: 'Phu Lam Ward' });
  });

  it('setting the languages again at start-up is harmless, and restores a changed default', async () => {
    const { ensureLocales } = await import('../../src/bootstrap/locales');
    await locales().setDefaultLocale({ code: 'en' });
    await ensureLocales(app.strapi, 'vi');
    await ensureLocales(app.strapi, 'vi');
    expect(await locales().getDefaultLocale()).toBe('vi');
    expect(await locales().count()).toBe(2);
  });
});

describe('query parameters', () => {
  it.each([
    ['an unknown parameter', '/api/articles?foo=1', 'Invalid key foo'],
    ['an unknown filter field', '/api/articles?filters[nope][$eq]=1', 'Invalid key nope'],
    ['an unknown populate', '/api/articles?populate[nope]=true', 'Invalid key nope'],
    ['an unknown sort field', '/api/procedures?sort=nope', 'Invalid key nope'],
  ])('%s is refused with 400 and the name of the key', async (_what, url, message) => {
    const res = await app.http().get(url).expect(400);
    expect(res.body.error.message).toContain(message);
  });

  it('pages hold 25 entries by default and at most 100', async () => {
    const byDefault = await app.http().get('/api/contributor-units').expect(200);
    expect(byDefault.body.meta.pagination.pageSize).toBe(25);
    const capped = await app.http().get('/api/contributor-units?pagination[pageSize]=1000').expect(200);
    expect(capped.body.meta.pagination.pageSize).toBe(100);
  });
});

describe('the admin panel', () => {
  it('labels every field in Vietnamese', async () => {
    const token = await app.superAdminToken();
    const res = await app.http().get('/content-manager/content-types/api::article.article/configuration')
      .set('Authorization', `Bearer ${token}`).expect(200);
    const { metadatas } = res.body.data.contentType;
    expect(metadatas.title.edit.label).toBe('Tiêu đề');
    expect(metadatas.summary.list.label).toBe('Sapo (tóm tắt)');
    expect(res.body.data.components['shared.figure'].metadatas.caption.edit.label).toBe('Chú thích ảnh');
  });

  it('keeps a label an administrator changed', async () => {
    const { applyAdminLabels } = await import('../../src/bootstrap/admin-labels');
    const service = app.strapi.plugin('content-manager').service('content-types');
    const model = app.strapi.contentType('api::dossier.dossier' as never);
    const configuration = await service.findConfiguration(model);
    configuration.metadatas.code.edit.label = 'Số hồ sơ';
    await service.updateConfiguration(model, { metadatas: configuration.metadatas });
    await applyAdminLabels(app.strapi);
    expect((await service.findConfiguration(model)).metadatas.code.edit.label).toBe('Số hồ sơ');
  });
});
