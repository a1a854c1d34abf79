import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, firstSiteId, goodArticle, newsTargets, type StaffMember } from '../helpers/staff';
import { addMember, createSite, type TestSite } from '../helpers/sites';
import { actorAt } from '../../src/plugins/editorial-workflow/server/src/services/actor';

/**
 * Staff belong to sites: a member of one site writes into it without naming it, a member of several must
 * choose, nobody writes into a site they are not a member of, and a role held at one site grants nothing
 * at another (the RBAC condition "Cùng phường, xã với tôi" reads the role of the permission it guards).
 */
const ARTICLES = '/content-manager/collection-types/api::article.article';
const UNIT_NAME = 'Công an phường';

let app: TestApp;
let homeId: number;
let wardB: TestSite;
let targets: { unitId: string; categoryId: string };
/** Ward B's own unit and category: an item relates only to items of its ward. */
let targetsB: { unitId: string; categoryId: string };
let contributorA: StaffMember;

const siteOfArticle = async (documentId: string) => ((await app.strapi.db.query('api::article.article').findOne({
  where: { documentId }, populate: { site: { select: ['id'] } },
})) as { site?: { id: number } | null } | null)?.site?.id;
const countTitled = (title: string) => app.strapi.db.query('api::article.article').count({ where: { title } });

beforeAll(async () => {
  app = await startStrapi({});
  homeId = await firstSiteId(app);
  wardB = await createSite(app, 'Phường Hà Cầu');
  targets = await newsTargets(app, UNIT_NAME);
  contributorA = await createStaff(app, 'ew-contributor', { memberOf: [UNIT_NAME] });
  const unitB = await app.strapi.documents('api::contributor-unit.contributor-unit').create({ data: { name: 'Tổ dân phố Hà Cầu', kind: 'residential_group', monthlyQuota: 0, site: wardB.documentId } as never });
  const categoryB = await app.strapi.documents('api::category.category').create({ locale: 'vi', data: { name: 'Tin tức Hà Cầu', publishDeadlineDays: 2, minWords: 100, site: wardB.documentId } as never });
  targetsB = { unitId: unitB.documentId, categoryId: categoryB.documentId };
});

afterAll(async () => {
  await app?.stop();
});

test('a member of one site writes into it without naming it', async () => {
  const res = await as(app, contributorA).post(ARTICLES, goodArticle(targets.unitId, targets.categoryId, 'Tin của phường mình'));
  expect(res.status).toBe(201);
  expect(await siteOfArticle(res.body.data.documentId)).toBe(homeId);
});

test('nobody writes into a site they are not a member of: 400 in Vietnamese, nothing written', async () => {
  const title = 'Tin ghi nhầm sang phường khác';
  const res = await as(app, contributorA).post(ARTICLES, { ...goodArticle(targets.unitId, targets.categoryId, title), site: wardB.documentId });
  expect(res.status).toBe(400);
  expect(res.body.error.message).toContain(`không phải thành viên trang của phường, xã mã ${wardB.code}`);
  expect(await countTitled(title)).toBe(0);
});

test('a member of several sites must choose one; the chosen one is kept', async () => {
  const both = await createStaff(app, 'ew-contributor', { memberOf: [UNIT_NAME], sites: [homeId, wardB.id] });
  const title = 'Tin của người làm ở hai phường';
  const unnamed = await as(app, both).post(ARTICLES, goodArticle(targets.unitId, targets.categoryId, title));
  expect(unnamed.status).toBe(400);
  expect(unnamed.body.error.message).toContain('hãy chọn phường, xã cho mục này');
  expect(await countTitled(title)).toBe(0);
  const named = await as(app, both).post(ARTICLES, { ...goodArticle(targetsB.unitId, targetsB.categoryId, title), site: wardB.documentId });
  expect(named.status).toBe(201);
  expect(await siteOfArticle(named.body.data.documentId)).toBe(wardB.id);
});

test('a staff account of no site writes nowhere', async () => {
  const nobody = await createStaff(app, 'ew-contributor', { sites: [] });
  const title = 'Tin của người chưa thuộc phường nào';
  const res = await as(app, nobody).post(ARTICLES, goodArticle(targets.unitId, targets.categoryId, title));
  expect(res.status).toBe(400);
  expect(res.body.error.message).toContain('chưa thuộc trang phường, xã nào');
  expect(await countTitled(title)).toBe(0);
});

test('a role held at one site grants nothing at another: board in A, contributor in B', async () => {
  // An article of B written by someone else, and one of A.
  const writerB = await createStaff(app, 'ew-contributor', { sites: [wardB.id] });
  const ofB = await as(app, writerB).post(ARTICLES, goodArticle(targetsB.unitId, targetsB.categoryId, 'Tin riêng của phường Hà Cầu'));
  expect(ofB.status).toBe(201);
  const ofA = await as(app, contributorA).post(ARTICLES, goodArticle(targets.unitId, targets.categoryId, 'Tin riêng của phường nhà'));
  const person = await createStaff(app, 'ew-board');
  await addMember(app, person.id, wardB.id, ['ew-contributor']);

  const list = await as(app, person).get(`${ARTICLES}?page=1&pageSize=100`);
  expect(list.status).toBe(200);
  const ids = (list.body.results as Array<{ documentId: string }>).map((row) => row.documentId);
  expect(ids).toContain(ofA.body.data.documentId);
  expect(ids).not.toContain(ofB.body.data.documentId);
  expect(JSON.stringify(list.body)).not.toContain('Tin riêng của phường Hà Cầu');

  const read = await as(app, person).get(`${ARTICLES}/${ofB.body.data.documentId}`);
  expect([403, 404]).toContain(read.status);
  expect(JSON.stringify(read.body)).not.toContain('Tin riêng của phường Hà Cầu');
  const edit = await as(app, person).put(`${ARTICLES}/${ofB.body.data.documentId}`, { title: 'Sửa trộm' });
  expect([403, 404]).toContain(edit.status);
  expect(await countTitled('Sửa trộm')).toBe(0);

  // As a contributor in B the person writes and reads their own there.
  const own = await as(app, person).post(ARTICLES, { ...goodArticle(targetsB.unitId, targetsB.categoryId, 'Tin tôi viết ở Hà Cầu'), site: wardB.documentId });
  expect(own.status).toBe(201);
  expect((await as(app, person).get(`${ARTICLES}/${own.body.data.documentId}`)).status).toBe(200);

  // Member of B, but not the author: refused as any colleague would be.
  expect((await as(app, person).state('api::article.article', ofB.body.data.documentId)).status).toBe(403);
  // A board member of A only: B's item does not exist for them (404, as for an id that does not exist).
  const boardA = await createStaff(app, 'ew-board');
  const panel = await as(app, boardA).state('api::article.article', ofB.body.data.documentId);
  expect(panel.status).toBe(404);
  expect(JSON.stringify(panel.body)).not.toContain('Tin riêng của phường Hà Cầu');
});

test('the super admin manages memberships in the Content Manager, and stays global', async () => {
  const token = await app.superAdminToken();
  const auth = (req: ReturnType<ReturnType<TestApp['http']>['get']>) => req.set('Authorization', `Bearer ${token}`);
  const person = await createStaff(app, 'ew-publisher', { sites: [] });
  const board = await app.strapi.db.query('admin::role').findOne({ where: { code: 'ew-board' } });
  const created = await auth(app.http().post('/content-manager/collection-types/plugin::editorial-workflow.site-membership'))
    .send({ user: { connect: [{ id: person.id }] }, ward: { connect: [{ documentId: wardB.documentId }] }, roles: { connect: [{ id: board!.id }] } });
  expect(created.status).toBe(201);
  const memberships = await (app.strapi.plugin('editorial-workflow').service('memberships') as { of(id: number): Promise<Array<{ siteId: number; roleCodes: string[] }>> }).of(person.id);
  expect(memberships).toEqual([expect.objectContaining({ siteId: wardB.id, roleCodes: ['ew-board'] })]);
  // The role named in the membership is now held in Settings → Users too.
  const user = await app.strapi.db.query('admin::user').findOne({ where: { id: person.id }, populate: { roles: true } });
  expect((user!.roles as Array<{ code: string }>).map((role) => role.code).sort()).toEqual(['ew-board', 'ew-publisher']);
  const all = await auth(app.http().get(`${ARTICLES}?page=1&pageSize=100`));
  expect(all.body.results.map((row: { title: string }) => row.title)).toEqual(expect.arrayContaining(['Tin riêng của phường Hà Cầu', 'Tin riêng của phường nhà']));
});

test('the home page names the wards a person works in, and only those', async () => {
  const both = await createStaff(app, 'ew-contributor', { memberOf: [UNIT_NAME], sites: [homeId, wardB.id] });
  const mine = await as(app, both).get('/editorial-workflow/my-sites').expect(200);
  const home = (await app.strapi.db.query('api::site.site').findOne({ where: { id: homeId } })) as { code: string; wardName: string };
  expect(mine.body.data).toEqual([{ code: home.code, wardName: home.wardName }, { code: wardB.code, wardName: 'Phường Hà Cầu' }]);
  const onlyHome = await as(app, contributorA).get('/editorial-workflow/my-sites').expect(200);
  expect(onlyHome.body.data).toEqual([{ code: home.code, wardName: home.wardName }]);
});

test('a deputy is picked among colleagues of a ward, and stands in only where the principal holds the role', async () => {
  const localDay = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const principal = await createStaff(app, 'ew-board');
  const deputy = await createStaff(app, 'ew-contributor', { sites: [homeId, wardB.id] });
  const onlyB = await createStaff(app, 'ew-contributor', { sites: [wardB.id] });
  const options = await as(app, principal).get('/editorial-workflow/deputies/options').expect(200);
  const offered = (options.body.data as Array<{ id: number }>).map((person) => person.id);
  expect(offered).toContain(deputy.id);
  expect(offered).not.toContain(onlyB.id);
  const refused = await as(app, principal).post('/editorial-workflow/deputies', { deputyId: onlyB.id, fromDate: localDay, toDate: localDay });
  expect(refused.status).toBe(400);
  expect(refused.body.error.details.code).toBe('NOT_STAFF');
  await as(app, principal).post('/editorial-workflow/deputies', { deputyId: deputy.id, fromDate: localDay, toDate: localDay }).expect(201);

  const article = (data: object) => app.strapi.documents('api::article.article').create({ locale: 'vi', data: data as never }) as Promise<{ documentId: string }>;
  const home = (await app.strapi.db.query('api::site.site').findOne({ where: { id: homeId } })) as { documentId: string };
  const inA = await article({ ...goodArticle(targets.unitId, targets.categoryId, 'Tin thay quyền phường nhà'), site: home.documentId });
  const inB = await article({ ...goodArticle(targetsB.unitId, targetsB.categoryId, 'Tin thay quyền Hà Cầu'), site: wardB.documentId });
  const user = await app.strapi.db.query('admin::user').findOne({ where: { id: deputy.id }, populate: ['roles'] });
  const at = (documentId: string) => actorAt(app.strapi, user as never, { uid: 'api::article.article', documentId });
  const lent = (actor: Awaited<ReturnType<typeof at>>) => actor.standsInFor?.find((p) => p.id === principal.id)?.permissions ?? new Set<string>();
  // In A the principal's board rights are lent; in B, where the principal is no member, nothing is.
  expect(lent(await at(inA.documentId)).size).toBeGreaterThan(0);
  expect(lent(await at(inB.documentId)).size).toBe(0);
});

test('question statistics count the questions of the wards where one reads statistics', async () => {
  const day = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const boardA = await createStaff(app, 'ew-board');
  const city = await createStaff(app, 'ew-city');
  const received = async (who: StaffMember) => (await as(app, who).get(`/editorial-workflow/stats/questions?from=${day}&to=${day}`).expect(200)).body.data.total.received as number;
  const before = { boardA: await received(boardA), city: await received(city) };
  await app.strapi.documents('api::question.question').create({ data: {
    askerName: 'Người hỏi ở Hà Cầu', title: 'Câu hỏi của phường Hà Cầu', question: 'Thủ tục đăng ký tạm trú thế nào?',
    consentToPublish: true, handlingStatus: 'moi', receivedAt: new Date().toISOString(), site: wardB.documentId,
  } as never });
  expect(await received(boardA)).toBe(before.boardA);
  expect(await received(city)).toBe(before.city + 1);
});

test('the settings page lists and changes the categories and units of one\'s own wards only', async () => {
  const boardA = await createStaff(app, 'ew-board');
  const page = await as(app, boardA).get('/editorial-workflow/settings').expect(200);
  const text = JSON.stringify(page.body);
  expect(text).toContain(targets.categoryId);
  expect(text).not.toContain(targetsB.categoryId);
  expect(text).not.toContain(targetsB.unitId);
  const category = await as(app, boardA).put(`/editorial-workflow/settings/categories/${targetsB.categoryId}`, { publishDeadlineDays: 5 });
  expect(category.status).toBe(400);
  expect(category.body.error.message).toContain('không tồn tại');
  const quotas = await as(app, boardA).put('/editorial-workflow/settings/quotas', { quotas: { [targetsB.unitId]: 9 } });
  expect(quotas.status).toBe(400);
  expect(quotas.body.error.message).toContain('Đơn vị không tồn tại');
  const kept = await app.strapi.db.query('api::category.category').findOne({ where: { documentId: targetsB.categoryId } });
  expect(kept!.publishDeadlineDays).toBe(2);
  const unit = await app.strapi.db.query('api::contributor-unit.contributor-unit').findOne({ where: { documentId: targetsB.unitId } });
  expect(unit!.monthlyQuota).toBe(0);
});

test('the site field offers the wards a person works in, and only those', async () => {
  const picker = (member: StaffMember) => as(app, member).get('/content-manager/relations/api::article.article/site?pageSize=100&locale=vi');
  const codes = async (member: StaffMember) => {
    const res = await picker(member);
    expect(res.status).toBe(200);
    // Named by the ward's name, not its code (bootstrap/relation-labels.ts).
    for (const site of res.body.results) expect(site.wardName).toMatch(/^(Phường|Xã) /);
    const ids = new Set(res.body.results.map((site: { id: number }) => site.id));
    expect(res.body.pagination.total).toBe(ids.size);
    return ids;
  };
  const both = await createStaff(app, 'ew-contributor', { memberOf: [UNIT_NAME], sites: [homeId, wardB.id] });
  expect(await codes(both)).toEqual(new Set([homeId, wardB.id]));
  expect(await codes(contributorA)).toEqual(new Set([homeId]));
  // The super admin reads the sites collection: every ward.
  const all = await app.http().get('/content-manager/relations/api::article.article/site?pageSize=100&locale=vi').set('Authorization', `Bearer ${await app.superAdminToken()}`);
  expect(all.body.results.length).toBe(await app.strapi.db.query('api::site.site').count({}));
  // The membership screen names its person by e-mail.
  const configuration = await app.http().get('/content-manager/content-types/plugin::editorial-workflow.site-membership/configuration').set('Authorization', `Bearer ${await app.superAdminToken()}`);
  expect(configuration.body.data.contentType.metadatas.user.list.mainField).toBe('email');
  expect(configuration.body.data.contentType.metadatas.ward.edit.mainField).toBe('wardName');
});
