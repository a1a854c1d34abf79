import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, type StaffMember, newsTargets } from '../helpers/staff';

const ARTICLE = 'api::article.article';
const UNIT = 'Hội Chữ thập đỏ phường';

let app: TestApp;
let contributor: StaffMember;
let head: StaffMember;
let board: StaffMember;
let publisher: StaffMember;
let office: StaffMember;
let unitId: string;
let categoryId: string;

beforeAll(async () => {
  app = await startStrapi();
  contributor = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  head = await createStaff(app, 'ew-unit-head', { headOf: [UNIT] });
  board = await createStaff(app, 'ew-board');
  publisher = await createStaff(app, 'ew-publisher');
  office = await createStaff(app, 'ew-office');
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

/** "dd/mm/yyyy HH:mm" in Vietnam's time, as the log and the admin panel write it. */
const vietnamTime = (at: Date) => {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
};

describe('scheduling as people read it, cancelling, expiries', () => {
  it('the log says when in Vietnam time, and the refusal of a past time says what to do', async () => {
    const documentId = await approved('Bài hẹn giờ đọc theo giờ Việt Nam');
    const at = new Date('2030-12-03T00:30:00.000Z');
    await as(app, publisher).transition(ARTICLE, documentId, { transition: 'publish', publishAt: at.toISOString() }).expect(200);
    const state = await as(app, publisher).state(ARTICLE, documentId).expect(200);
    expect(state.body.data.history.at(-1).comment).toBe('Hẹn đăng lúc 03/12/2030 07:30.');
    expect(state.body.data.scheduled).toBe('publish');
    const past = await as(app, publisher).transition(ARTICLE, documentId, { transition: 'publish', publishAt: '2020-01-01T01:00:00.000Z' }).expect(400);
    expect(past.body.error.message).toContain('(01/01/2020 08:00) đã qua');
  });

  it('"Hủy hẹn giờ" clears the schedule, the item stays approved, the scheduler then does nothing', async () => {
    const documentId = await approved('Bài hẹn giờ rồi hủy hẹn');
    const at = inAnHour();
    await as(app, publisher).transition(ARTICLE, documentId, { transition: 'publish', publishAt: at.toISOString() }).expect(200);
    const offered = await as(app, publisher).state(ARTICLE, documentId).expect(200);
    expect(offered.body.data.transitions.find((t: { id: string }) => t.id === 'cancel_schedule')).toMatchObject({ allowed: true, label: 'Hủy hẹn giờ' });
    const res = await as(app, publisher).transition(ARTICLE, documentId, { transition: 'cancel_schedule' }).expect(200);
    expect(res.body.data.state).toBe('approved');
    const state = await as(app, publisher).state(ARTICLE, documentId).expect(200);
    expect(state.body.data.publishAt).toBeNull();
    expect(state.body.data.history.at(-1)).toMatchObject({ event: 'cancel_schedule', comment: `Đã hủy lịch hẹn đăng lúc ${vietnamTime(at)}.` });
    expect(await scheduler().runDue(new Date(at.getTime() + 60_000))).toMatchObject({ published: 0, failed: 0 });
    expect(await isPublished(documentId)).toBe(false);
    // Nothing left to cancel: refused, and not offered.
    const again = await as(app, publisher).transition(ARTICLE, documentId, { transition: 'cancel_schedule' }).expect(409);
    expect(again.body.error.details.code).toBe('NOT_SCHEDULED');
  });

  it('a disclosure gets an expiry: taken down at that time with the reason given, logged in Vietnam time', async () => {
    const DISCLOSURE = 'api::disclosure.disclosure';
    const created = await as(app, office).post(`/content-manager/collection-types/${DISCLOSURE}`, { title: 'Công khai kế hoạch sử dụng đất năm 2027', group: 'khac', disclosedAt: '2026-11-02' }).expect(201);
    const { documentId } = created.body.data;
    await as(app, board).transition(DISCLOSURE, documentId, { transition: 'approve' }).expect(200);
    await as(app, publisher).transition(DISCLOSURE, documentId, { transition: 'publish' }).expect(200);
    const live = await as(app, publisher).state(DISCLOSURE, documentId).expect(200);
    expect(live.body.data.transitions.find((t: { id: string }) => t.id === 'unpublish').schedulable).toBe(true);
    const at = inAnHour();
    const reason = { reasonCode: 'R07', reasonText: 'Hết thời hạn công khai theo quy định của pháp luật' };
    await as(app, publisher).transition(DISCLOSURE, documentId, { transition: 'unpublish', publishAt: at.toISOString(), ...reason }).expect(200);
    const scheduled = await as(app, publisher).state(DISCLOSURE, documentId).expect(200);
    expect(scheduled.body.data).toMatchObject({ state: 'published', scheduled: 'unpublish' });
    expect(scheduled.body.data.history.at(-1)).toMatchObject({ event: 'unpublish_scheduled', label: 'Hẹn giờ gỡ', comment: `Hẹn gỡ lúc ${vietnamTime(at)}.` });
    const livePublished = async () => (await app.strapi.db.query(DISCLOSURE).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
    await scheduler().runDue(new Date(at.getTime() - 60_000));
    expect(await livePublished()).toBe(true);
    expect((await scheduler().runDue(new Date(at.getTime() + 60_000))).published).toBeGreaterThanOrEqual(1);
    expect(await livePublished()).toBe(false);
    const after = await as(app, publisher).state(DISCLOSURE, documentId).expect(200);
    expect(after.body.data).toMatchObject({ state: 'unpublished', publishAt: null });
    expect(after.body.data.history.at(-1)).toMatchObject({ event: 'unpublish', ...reason });
  });

  it('news has no expiry: a scheduled unpublish of an article is refused', async () => {
    const documentId = await approved('Bài đã đăng không hẹn gỡ được');
    await as(app, publisher).transition(ARTICLE, documentId, { transition: 'publish' }).expect(200);
    const res = await as(app, publisher).transition(ARTICLE, documentId, {
      transition: 'unpublish', publishAt: inAnHour().toISOString(), reasonCode: 'R07', reasonText: 'Không còn tính thời sự sau sự kiện',
    }).expect(400);
    expect(res.body.error.details.code).toBe('NOT_SCHEDULABLE');
    expect(await isPublished(documentId)).toBe(true);
  });
});

describe('what the edit view is told', () => {
  it('names the author with their unit and the item\'s unit, and says whether Delete would pass the gate', async () => {
    const res = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, 'Bài xem người viết và quyền xóa')).expect(201);
    const { documentId } = res.body.data;
    const draft = await as(app, contributor).state(ARTICLE, documentId).expect(200);
    expect(draft.body.data.author).toMatchObject({ units: [UNIT] });
    expect(draft.body.data.author.name).toBeTruthy();
    expect(draft.body.data.unit).toBe(UNIT);
    expect(draft.body.data.deletable).toEqual({ ok: true });
    await as(app, contributor).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
    const submitted = await as(app, contributor).state(ARTICLE, documentId).expect(200);
    expect(submitted.body.data.deletable.ok).toBe(false);
    // The gate gives the same answer, in the same words.
    const refused = await as(app, contributor).del(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=vi`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(submitted.body.data.deletable.reason);
  });

  it('says whether Save would pass the gate for the person asking, in the gate\'s own words', async () => {
    const res = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, 'Bài xem quyền lưu khi đang duyệt')).expect(201);
    const { documentId } = res.body.data;
    expect((await as(app, contributor).state(ARTICLE, documentId).expect(200)).body.data.editable).toEqual({ ok: true });
    await as(app, contributor).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
    // Under review: not the author's to change, but the unit head may correct it.
    const forAuthor = (await as(app, contributor).state(ARTICLE, documentId).expect(200)).body.data.editable;
    expect(forAuthor.ok).toBe(false);
    expect((await as(app, head).state(ARTICLE, documentId).expect(200)).body.data.editable).toEqual({ ok: true });
    const refused = await as(app, contributor).put(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=vi`, { summary: 'Người viết sửa khi đang chờ duyệt' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(forAuthor.reason);
  });

  it('the queue names type, author, unit and orientation', async () => {
    const res = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, { ...goodArticle(unitId, categoryId, 'Bài định hướng trong hàng chờ'), isOrientation: true }).expect(201);
    const { documentId } = res.body.data;
    await as(app, contributor).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
    const queue = await as(app, head).get('/editorial-workflow/queue').expect(200);
    const item = queue.body.data.find((row: { documentId: string }) => row.documentId === documentId);
    expect(item).toMatchObject({ typeLabel: expect.any(String), unit: UNIT, unitId, isOrientation: true, author: { units: [UNIT] } });
    expect(item.transitions[0]).toMatchObject({ id: 'unit_approve', needsInput: false });
    const panel = await as(app, head).state(ARTICLE, documentId).expect(200);
    expect(panel.body.data.isOrientation).toBe(true);
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
