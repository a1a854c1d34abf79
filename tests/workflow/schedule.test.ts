import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, type StaffMember, newsTargets } from '../helpers/staff';

const ARTICLE = 'api::article.article';
const UNIT = 'Hội Chữ thập đỏ phường';

let app: TestApp;
let contributor: StaffMember;
let head: StaffMember;
let board: StaffMember;
let publisher: StaffMember;
let unitId: string;
let categoryId: string;

beforeAll(async () => {
  app = await startStrapi();
  contributor = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  head = await createStaff(app, 'ew-unit-head', { headOf: [UNIT] });
  board = await createStaff(app, 'ew-board');
  publisher = await createStaff(app, 'ew-publisher');
  ({ unitId, categoryId } = await newsTargets(app, UNIT));
});
afterAll(async () => {
  await app.stop();
});

const scheduler = () => app.strapi.plugin('editorial-workflow').service('scheduler') as { runDue(now: Date): Promise<{ published: number; failed: number }> };
const isPublished = async (documentId: string) =>
  (await app.strapi.db.query(ARTICLE).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
const events = async (documentId: string) =>
  (await as(app, board).state(ARTICLE, documentId).expect(200)).body.data.history.map((row: { event: string }) => row.event);

async function approved(title: string): Promise<string> {
  const res = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, title)).expect(201);
  const { documentId } = res.body.data;
  await as(app, contributor).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
  await as(app, head).transition(ARTICLE, documentId, { transition: 'unit_approve' }).expect(200);
  await as(app, board).transition(ARTICLE, documentId, { transition: 'board_approve' }).expect(200);
  return documentId;
}

const inAnHour = () => new Date(Date.now() + 3_600_000);

describe('scheduled publishing', () => {
  it('publishes once at the scheduled time, not before, and logs both steps', async () => {
    const documentId = await approved('Bài hẹn giờ đăng sáng mai');
    const at = inAnHour();
    const res = await as(app, publisher).transition(ARTICLE, documentId, { transition: 'publish', publishAt: at.toISOString() }).expect(200);
    expect(res.body.data.state).toBe('approved');

    expect(await scheduler().runDue(new Date(at.getTime() - 60_000))).toEqual({ published: 0, failed: 0 });
    expect(await isPublished(documentId)).toBe(false);

    expect((await scheduler().runDue(new Date(at.getTime() + 60_000))).published).toBeGreaterThanOrEqual(1);
    expect(await isPublished(documentId)).toBe(true);
    await scheduler().runDue(new Date(at.getTime() + 120_000));
    const log = await events(documentId);
    expect(log.filter((event: string) => event === 'publish')).toHaveLength(1);
    expect(log.slice(-2)).toEqual(['publish_scheduled', 'publish']);
  });

  it('does not fire when the approval was revoked in between', async () => {
    const documentId = await approved('Bài hẹn giờ rồi bị sửa');
    const at = inAnHour();
    await as(app, publisher).transition(ARTICLE, documentId, { transition: 'publish', publishAt: at.toISOString() }).expect(200);
    await as(app, board).put(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=vi`, { summary: 'Sapo sửa sau khi duyệt' }).expect(200);
    await scheduler().runDue(new Date(at.getTime() + 60_000));
    expect(await isPublished(documentId)).toBe(false);
    expect((await events(documentId)).at(-1)).toBe('approval_revoked');
  });

  it('refuses at fire time when the content no longer matches the approval, and says so in the log', async () => {
    const documentId = await approved('Bài hẹn giờ bị sửa thẳng trong cơ sở dữ liệu');
    const at = inAnHour();
    await as(app, publisher).transition(ARTICLE, documentId, { transition: 'publish', publishAt: at.toISOString() }).expect(200);
    // A change that skipped the gate (a database script): the hash check at fire time still catches it.
    await app.strapi.db.query(ARTICLE).update({ where: { documentId, publishedAt: null }, data: { summary: 'Sửa thẳng trong CSDL' } });
    expect(await scheduler().runDue(new Date(at.getTime() + 60_000))).toMatchObject({ failed: 1 });
    expect(await isPublished(documentId)).toBe(false);
    const state = await as(app, board).state(ARTICLE, documentId).expect(200);
    expect(state.body.data.publishAt).toBeNull();
    expect(state.body.data.history.at(-1)).toMatchObject({ event: 'scheduled_publish_failed' });
    expect(state.body.data.history.at(-1).reasonText).toContain('Nội dung đã thay đổi sau khi được duyệt');
  });

  it('refuses a schedule time in the past or one it cannot read', async () => {
    const documentId = await approved('Bài hẹn giờ sai');
    const past = await as(app, publisher).transition(ARTICLE, documentId, { transition: 'publish', publishAt: '2020-01-01T08:00:00+07:00' }).expect(400);
    expect(past.body.error.details.code).toBe('PUBLISH_AT_PAST');
    const bad = await as(app, publisher).transition(ARTICLE, documentId, { transition: 'publish', publishAt: 'sáng mai' }).expect(400);
    expect(bad.body.error.details.code).toBe('BAD_PUBLISH_AT');
  });
});

describe('due times', () => {
  it('an approved news item is due by the category\'s deadline after the event (3 days: end of that day)', async () => {
    const documentId = await approved('Bài đã duyệt, xem hạn đăng');
    const state = await as(app, publisher).state(ARTICLE, documentId).expect(200);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const [y, m, d] = yesterday.split('-').map(Number);
    // End of (event day + 3) in Asia/Ho_Chi_Minh (UTC+7) is 16:59:59.999 UTC that day.
    expect(state.body.data.dueAt).toBe(new Date(Date.UTC(y, m - 1, d + 3, 16, 59, 59, 999)).toISOString());
  });

  it('a submitted item is due one working day later, on the Asia/Ho_Chi_Minh calendar', async () => {
    const res = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, 'Bài để xem hạn duyệt')).expect(201);
    const { documentId } = res.body.data;
    await as(app, contributor).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
    const state = await as(app, head).state(ARTICLE, documentId).expect(200);
    const due = new Date(state.body.data.dueAt);
    const hours = (due.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(0);
    expect(hours).toBeLessThan(24 * 12); // at most one working day across the longest holiday (Tết)
    expect(state.body.data.overdue).toBe(false);
  });
});
