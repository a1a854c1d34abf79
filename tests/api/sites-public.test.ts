import path from 'node:path';
import { solveChallenge } from 'altcha-lib/v1';
import { newTrackingCode } from '../../src/lib/tracking-code';
import { draftData } from '../helpers/content-types';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * Public output per site: two wards on one installation, each with content of every type a ward owns; every
 * public read route (generated from the routes and schemas) is checked from each ward's host, cached or not.
 */
const ROOT = path.join(__dirname, '..', '..');
const SITE_UID = 'api::site.site';
const HOST_A = 'phuong-a.example';
const HOST_B = 'phuong-b.example';
const CODE_B = '99001';
const UNKNOWN_HOST = 'chua-gan.example';
const MARK = 'Sentrangdoc';

let app: TestApp;
let codeA: string;
interface Site { id: number; documentId: string }
let siteA: Site;
let siteB: Site;
/** One item of every site-owned type in each site, by type. */
const items: Record<'a' | 'b', Map<string, string>> = { a: new Map(), b: new Map() };
let trackingB: string;
let cases = 0;

const workflow = () => app.strapi.plugin('editorial-workflow').service('workflow') as { publishAsImport(target: { uid: string; documentId: string }, note: string): Promise<void> };
const hasDraftAndPublish = (uid: string) => (app.strapi.contentTypes[uid as never] as { options?: { draftAndPublish?: boolean } }).options?.draftAndPublish === true;
/** The types a ward owns, read off the schemas as the application does. */
const siteOwned = () => Object.entries(app.strapi.contentTypes as unknown as Record<string, { attributes: Record<string, { type: string; target?: string }> }>)
  .filter(([, type]) => type.attributes.site?.type === 'relation' && type.attributes.site.target === SITE_UID)
  .map(([uid]) => uid);

/** Valid data of every site-owned type for one site; a type without an entry here fails the suite. */
function dataFor(uid: string, side: 'a' | 'b', n: number): Record<string, unknown> {
  const tag = `${side.toUpperCase()}${n}`;
  const mine = items[side];
  switch (uid) {
    case 'api::category.category': return { name: `Chuyên mục thử ${tag}`, publishDeadlineDays: 3, minWords: 10 };
    case 'api::contributor-unit.contributor-unit': return { name: `Đơn vị thử ${tag}`, kind: 'department', monthlyQuota: 1 };
    case 'api::article.article':
      return { ...draftData(uid, n), title: `Tin ${MARK} của phường ${tag}`, category: mine.get('api::category.category'), unit: mine.get('api::contributor-unit.contributor-unit') };
    case 'api::official.official': return { ...draftData(uid, n), unit: mine.get('api::contributor-unit.contributor-unit') };
    case 'api::question.question':
      return { ...draftData(uid, n), trackingCode: newTrackingCode(), handlingStatus: 'da_tra_loi', consentToPublish: true, receivedAt: '2026-01-05T02:00:00.000Z' };
    case 'api::dossier.dossier': return { code: `HS-${tag}-0001`, receivedAt: '2026-01-05', status: 'dang_xu_ly', procedureName: `Thủ tục thử ${tag}` };
    case 'api::dossier-report.dossier-report':
      return {
        period: 'day', periodStart: `2031-01-0${n}`, periodEnd: `2031-01-0${n}`, carriedOver: 0, receivedOnline: 1, receivedInPerson: 0, receivedPostal: 0,
        resolvedEarly: 0, resolvedOnTime: 1, resolvedLate: 0, inProgressOnTime: 0, inProgressOverdue: 0, returnedOrWithdrawn: 0,
      };
    default: return draftData(uid, side === 'a' ? 20 + n : 30 + n);
  }
}

/** Units and categories first: articles and officials link to them. */
const ORDER = (uid: string) => (['api::category.category', 'api::contributor-unit.contributor-unit'].includes(uid) ? 0 : 1);

async function createIn(side: 'a' | 'b', site: Site, n: number): Promise<void> {
  for (const uid of siteOwned().sort((x, y) => ORDER(x) - ORDER(y))) {
    const created = (await app.strapi.documents(uid as never).create({ data: { ...dataFor(uid, side, n), site: site.documentId } } as never)) as { documentId: string; trackingCode?: string };
    if (hasDraftAndPublish(uid)) await workflow().publishAsImport({ uid, documentId: created.documentId }, 'test');
    items[side].set(uid, created.documentId);
    if (side === 'b' && uid === 'api::question.question') trackingB = created.trackingCode!;
  }
}

beforeAll(async () => {
  app = await startStrapi();
  const first = (await app.strapi.db.query(SITE_UID).findOne({ orderBy: { id: 'asc' } })) as Site & { code: string };
  siteA = first;
  codeA = first.code;
  await app.strapi.db.query(SITE_UID).update({ where: { id: first.id }, data: { domains: `${HOST_A}\nwww.${HOST_A}` } });
  siteB = (await app.strapi.documents(SITE_UID).create({
    data: {
      code: CODE_B, wardName: 'Phường Thử Nghiệm B', siteTitle: 'Trang thông tin điện tử Phường Thử Nghiệm B', address: 'Số 1 đường B',
      phone: '0241111111', email: 'lienhe@phuong-b.example', personResponsible: 'Chủ tịch UBND phường B', domains: HOST_B,
    },
  } as never)) as unknown as Site;
  // The running Strapi's own module (it rereads sites only every few seconds).
  (require(path.join(ROOT, 'dist', 'src', 'sites', 'directory.js')) as { forgetSites(): void }).forgetSites();
  await createIn('a', siteA, 1);
  await createIn('b', siteB, 2);
}, 120_000);

afterAll(async () => {
  // eslint-disable-next-line no-console
  console.log(`sites-public: ${cases} cross-site cases checked`);
  await app?.stop();
});

const get = (url: string, host: string) => app.http().get(url).set('Host', host);
const bIds = () => new Set(items.b.values());
/** Every documentId anywhere in a response body. */
const documentIdsIn = (body: unknown): string[] => [...JSON.stringify(body).matchAll(/"documentId":"([^"]+)"/g)].map((m) => m[1]);

interface Route { method: string; path: string; handler: string }
/** The public read routes of site-owned types, from Strapi's own map of content-API routes. */
async function readRoutes(): Promise<Array<{ uid: string; path: string; action: 'find' | 'findOne' }>> {
  const map = (await app.strapi.contentAPI.getRoutesMap()) as Record<string, Route[]>;
  const owned = new Set(siteOwned());
  return Object.values(map).flat().flatMap((route) => {
    const match = /^(api::[\w-]+\.[\w-]+)\.(find|findOne)$/.exec(String(route.handler));
    return route.method === 'GET' && match && owned.has(match[1]) ? [{ uid: match[1], path: route.path, action: match[2] as 'find' | 'findOne' }] : [];
  });
}

describe('public reads of every site-owned type', () => {
  it('each route answers one site only: by host, by ?site=, cached or not; 400 where nothing tells the site', async () => {
    const routes = await readRoutes();
    expect(routes.filter((route) => route.action === 'find').length).toBeGreaterThanOrEqual(10);
    for (const route of routes.filter((r) => r.action === 'find')) {
      const a = items.a.get(route.uid)!;
      const b = items.b.get(route.uid)!;
      for (const round of ['MISS', 'HIT']) {
        const fromA = await get(`${route.path}?pagination[pageSize]=100`, HOST_A).expect(200);
        expect(fromA.headers['x-cache']).toBe(round);
        const seen = fromA.body.data.map((entry: { documentId: string }) => entry.documentId);
        expect({ route: route.path, seen: seen.includes(a) }).toEqual({ route: route.path, seen: true });
        expect(seen.filter((id: string) => bIds().has(id))).toEqual([]);
        const fromB = await get(`${route.path}?pagination[pageSize]=100`, HOST_B).expect(200);
        expect(fromB.headers['x-cache']).toBe(round);
        expect({ route: route.path, ids: fromB.body.data.map((entry: { documentId: string }) => entry.documentId) }).toEqual({ route: route.path, ids: [b] });
        expect(fromB.body.meta.pagination.total).toBe(1);
        const byParam = await get(`${route.path}?site=${CODE_B}&pagination[pageSize]=100`, UNKNOWN_HOST).expect(200);
        expect(byParam.body.data.map((entry: { documentId: string }) => entry.documentId)).toEqual([b]);
        const aByParam = await get(`${route.path}?site=${codeA}&pagination[pageSize]=100`, HOST_B).expect(200);
        expect(aByParam.body.data.map((entry: { documentId: string }) => entry.documentId)).not.toContain(b);
        cases += 4;
      }
      const populated = await get(`${route.path}?populate=*&pagination[pageSize]=100`, HOST_A).expect(200);
      expect(documentIdsIn(populated.body).filter((id) => bIds().has(id))).toEqual([]);
      const unknown = await get(route.path, UNKNOWN_HOST).expect(400);
      expect(unknown.body.error.message).toMatch(/Tên miền này không gắn với phường, xã nào: hãy thêm tham số site=/);
      const badCode = await get(`${route.path}?site=12345`, HOST_A).expect(404);
      expect(badCode.body.error.message).toMatch(/Không có trang của phường, xã mã 12345/);
      cases += 3;
    }
    for (const route of routes.filter((r) => r.action === 'findOne')) {
      const url = (documentId: string) => route.path.replace(':id', documentId);
      await get(url(items.a.get(route.uid)!), HOST_A).expect(200);
      await get(url(items.b.get(route.uid)!), HOST_A).expect(404);
      await get(url(items.b.get(route.uid)!), HOST_B).expect(200);
      await get(`${url(items.b.get(route.uid)!)}?site=${codeA}`, HOST_B).expect(404);
      cases += 4;
    }
  });

  it('GET /api/site-setting is the site of the host or of ?site=', async () => {
    expect((await get('/api/site-setting', HOST_B).expect(200)).body.data.wardName).toBe('Phường Thử Nghiệm B');
    expect((await get('/api/site-setting', HOST_A).expect(200)).body.data.code).toBe(codeA);
    expect((await get(`/api/site-setting?site=${CODE_B}`, UNKNOWN_HOST).expect(200)).body.data.code).toBe(CODE_B);
    await get('/api/site-setting', UNKNOWN_HOST).expect(400);
    cases += 4;
  });
});

describe('populate never crosses sites', () => {
  it('a relation stored across sites (written around the rules) is left out of a populated answer', async () => {
    const article = 'api::article.article';
    const meta = app.strapi.db.metadata.get(article) as unknown as { attributes: { category: { joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } } } };
    const { name, joinColumn, inverseJoinColumn } = meta.attributes.category.joinTable;
    const published = (await app.strapi.db.query(article).findOne({ where: { documentId: items.a.get(article), publishedAt: { $notNull: true } }, select: ['id'] })) as { id: number };
    const categoryB = (await app.strapi.db.query('api::category.category').findOne({ where: { documentId: items.b.get('api::category.category') }, select: ['id'] })) as { id: number };
    const guard = app.strapi.plugin('editorial-workflow').service('guard') as { carrying<T>(work: (trx: { raw(sql: string, bindings: unknown[]): Promise<unknown> }) => Promise<T>): Promise<T> };
    await guard.carrying(async (trx) => {
      await trx.raw(`DELETE FROM ${name} WHERE ${joinColumn.name} = ?`, [published.id]);
      await trx.raw(`INSERT INTO ${name} (${joinColumn.name}, ${inverseJoinColumn.name}) VALUES (?, ?)`, [published.id, categoryB.id]);
    });
    const one = await get(`/api/articles/${items.a.get(article)}?populate[category]=true&populate[unit]=true`, HOST_A).expect(200);
    expect(one.body.data.category).toBeNull();
    expect(one.body.data.unit?.documentId).toBe(items.a.get('api::contributor-unit.contributor-unit'));
    const list = await get('/api/articles?populate=*&pagination[pageSize]=100', HOST_A).expect(200);
    expect(documentIdsIn(list.body)).not.toContain(items.b.get('api::category.category'));
    // The other way round: B's category lists no article of A.
    const category = await get(`/api/categories/${items.b.get('api::category.category')}?populate[articles]=true`, HOST_B).expect(200);
    expect(category.body.data.articles.map((entry: { documentId: string }) => entry.documentId)).toEqual([items.b.get(article)]);
    cases += 4;
  });

  it('the shared procedures show only the legal documents of the asking site', async () => {
    const legal = 'api::legal-document.legal-document';
    const created = (await app.strapi.documents('api::procedure.procedure').create({
      data: { code: '9.777771', name: 'Thủ tục thử có căn cứ của hai phường', legalBasis: [items.a.get(legal), items.b.get(legal)] },
    } as never)) as { documentId: string };
    await workflow().publishAsImport({ uid: 'api::procedure.procedure', documentId: created.documentId }, 'test');
    const fromA = await get(`/api/procedures/${created.documentId}?populate[legalBasis]=true`, HOST_A).expect(200);
    expect(fromA.body.data.legalBasis.map((entry: { documentId: string }) => entry.documentId)).toEqual([items.a.get(legal)]);
    const fromB = await get(`/api/procedures/${created.documentId}?populate[legalBasis]=true`, HOST_B).expect(200);
    expect(fromB.body.data.legalBasis.map((entry: { documentId: string }) => entry.documentId)).toEqual([items.b.get(legal)]);
    cases += 2;
  });

  it('refuses to write a relation between items of two sites, from either side', async () => {
    const refused = /thuộc trang của phường, xã mã .*Chỉ liên kết được với mục của cùng phường, xã/;
    await expect(app.strapi.documents('api::article.article').create({
      data: { ...draftData('api::article.article', 7), site: siteA.documentId, category: items.b.get('api::category.category') },
    } as never)).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringMatching(refused) });
    await expect(app.strapi.documents('api::category.category').update({
      documentId: items.b.get('api::category.category')!, data: { articles: { connect: [items.a.get('api::article.article')] } },
    } as never)).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringMatching(refused) });
    await expect(app.strapi.documents('api::official.official').create({
      data: { fullName: 'Cán bộ lạc phường', position: 'Thử', site: siteA.documentId, unit: items.b.get('api::contributor-unit.contributor-unit') },
    } as never)).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringMatching(refused) });
    // Within one site the same writes go through.
    await app.strapi.documents('api::official.official').create({
      data: { fullName: 'Cán bộ đúng phường', position: 'Thử', site: siteB.documentId, unit: items.b.get('api::contributor-unit.contributor-unit') },
    } as never);
    cases += 4;
  });
});

describe('search per site', () => {
  it("finds a word on the asking site's host only in that site's items", async () => {
    const search = async (host: string) => (await get(`/api/search?q=${MARK.toLowerCase()}`, host).expect(200)).body.data.map((hit: { documentId: string }) => hit.documentId);
    expect(await search(HOST_A)).toEqual([items.a.get('api::article.article')]);
    expect(await search(HOST_B)).toEqual([items.b.get('api::article.article')]);
    expect((await get(`/api/search?q=${MARK}&site=${CODE_B}`, UNKNOWN_HOST).expect(200)).body.data.map((hit: { documentId: string }) => hit.documentId))
      .toEqual([items.b.get('api::article.article')]);
    await get(`/api/search?q=${MARK}`, UNKNOWN_HOST).expect(400);
    cases += 4;
  });
});

describe('citizen actions per site', () => {
  it("a tracking code of another site answers exactly as an unknown code, JSON and page alike", async () => {
    const unknown = await get(`/api/questions/track/${newTrackingCode()}`, HOST_A).set('X-Forwarded-For', '10.77.0.1').expect(404);
    const other = await get(`/api/questions/track/${trackingB}`, HOST_A).set('X-Forwarded-For', '10.77.0.1').expect(404);
    expect(other.body.error).toEqual(unknown.body.error);
    await get(`/api/questions/track/${trackingB}`, HOST_B).set('X-Forwarded-For', '10.77.0.1').expect(200);
    const page = await get(`/api/forms/question-track?ma=${trackingB}`, HOST_A).set('X-Forwarded-For', '10.77.0.2').expect(404);
    expect(page.text).not.toMatch(/Phường Thử Nghiệm B/);
    const own = await get(`/api/forms/question-track?ma=${trackingB}`, HOST_B).set('X-Forwarded-For', '10.77.0.2').expect(200);
    expect(own.text).toMatch(/Phường Thử Nghiệm B/);
    cases += 4;
  });

  it("a dossier code of another site answers exactly as an unknown code, JSON and page alike", async () => {
    const code = 'HS-B2-0001';
    const unknown = await get('/api/dossiers/lookup/HS-KHONG-CO-0001', HOST_A).set('X-Forwarded-For', '10.77.0.3').expect(404);
    const other = await get(`/api/dossiers/lookup/${code}`, HOST_A).set('X-Forwarded-For', '10.77.0.3').expect(404);
    expect(other.body.error).toEqual(unknown.body.error);
    expect((await get(`/api/dossiers/lookup/${code}`, HOST_B).set('X-Forwarded-For', '10.77.0.3').expect(200)).body.data.code).toBe(code);
    await get(`/api/forms/dossier-lookup?ma=${code}`, HOST_A).set('X-Forwarded-For', '10.77.0.4').expect(404);
    const page = await get(`/api/forms/dossier-lookup?ma=${code}`, HOST_B).set('X-Forwarded-For', '10.77.0.4').expect(200);
    expect(page.text).toMatch(/Phường Thử Nghiệm B/);
    cases += 4;
  });

  it('a question asked on a site belongs to it, and is tracked there only', async () => {
    const client = '10.77.0.5';
    const challenge = (await get('/api/questions/challenge', HOST_B).set('X-Forwarded-For', client).expect(200)).body;
    const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
    const { algorithm, salt, signature } = challenge;
    const altcha = Buffer.from(JSON.stringify({ algorithm, challenge: challenge.challenge, number: solution!.number, salt, signature })).toString('base64');
    const asked = await app.http().post('/api/questions').set('Host', HOST_B).set('X-Forwarded-For', client).send({
      data: { name: 'Người hỏi B', phone: '0912000111', title: 'Hỏi về lịch tiếp dân phường B', question: 'Xin hỏi lịch tiếp công dân của phường trong tháng này?', consentToPublish: false, altcha },
    }).expect(201);
    const { trackingCode } = asked.body.data;
    const stored = (await app.strapi.db.query('api::question.question').findOne({ where: { trackingCode }, populate: { site: { select: ['id'] } } })) as { site: { id: number } };
    expect(stored.site.id).toBe(siteB.id);
    await get(`/api/questions/track/${trackingCode}`, HOST_B).set('X-Forwarded-For', client).expect(200);
    await get(`/api/questions/track/${trackingCode}`, HOST_A).set('X-Forwarded-For', client).expect(404);
    cases += 3;
  });
});
