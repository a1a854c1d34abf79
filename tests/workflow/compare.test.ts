import { refusalOf } from '../helpers/database';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, IN_DEMO_WARD, newsTargets, type StaffMember } from '../helpers/staff';
import { hashOfContent } from '../../src/plugins/editorial-workflow/server/src/services/content-hash';

const ARTICLE = 'api::article.article';
const UNIT = 'Đoàn Thanh niên phường';
const OTHER_UNIT = 'Hội Cựu chiến binh phường';
const SNAPSHOTS = 'editorial_workflow_snapshots';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const REASON = { reasonCode: 'R03', reasonText: 'Sai chính tả ở đoạn hai, cần sửa lại' };

let app: TestApp;
let contributor: StaffMember;
let unitHead: StaffMember;
let board: StaffMember;
let otherContributor: StaffMember;
let unitId: string;
let categoryId: string;

interface Field { field: string; kind: string; changed: boolean; parts?: Array<{ value: string; added?: boolean; removed?: boolean }>; before?: unknown; after?: unknown }

beforeAll(async () => {
  app = await startStrapi();
  contributor = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  unitHead = await createStaff(app, 'ew-unit-head', { headOf: [UNIT] });
  board = await createStaff(app, 'ew-board');
  otherContributor = await createStaff(app, 'ew-contributor', { memberOf: [OTHER_UNIT] });
  ({ unitId, categoryId } = await newsTargets(app, UNIT));
});
afterAll(async () => {
  await app.stop();
});

const db = () => app.strapi.db.connection;
const snapshotCount = async () => Number(((await db()(SNAPSHOTS).count({ n: '*' })) as Array<{ n: number | string }>)[0].n);
const step = (member: StaffMember, documentId: string, transition: string, extra: Record<string, unknown> = {}) =>
  as(app, member).transition(ARTICLE, documentId, { transition, ...extra }).expect(200);
const edit = (documentId: string, data: Record<string, unknown>) =>
  as(app, contributor).put(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=vi`, data).expect(200);
const compare = (member: StaffMember, documentId: string, query = '') =>
  as(app, member).get(`/editorial-workflow/items/${ARTICLE}/${documentId}/compare?locale=vi${query}`);
const historyOf = async (documentId: string) =>
  (await as(app, board).state(ARTICLE, documentId).expect(200)).body.data.history as Array<{ seq: number; event: string; contentHash: string | null }>;
const byField = (fields: Field[]) => Object.fromEntries(fields.map((field) => [field.field, field]));

async function upload(name: string): Promise<{ id: number; url: string }> {
  const res = await app.http().post('/upload').set('Authorization', `Bearer ${contributor.token}`).attach('files', PNG, name).expect(201);
  return res.body[0];
}

async function newArticle(): Promise<{ documentId: string; image: { id: number; url: string } }> {
  const image = await upload('anh-bia.png');
  const res = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, {
    ...goodArticle(unitId, categoryId, 'Ra quân chiến dịch thanh niên tình nguyện hè'),
    cover: { image: image.id, alt: 'Đoàn viên ra quân', caption: 'Lễ ra quân sáng thứ bảy' },
  }).expect(201);
  return { documentId: res.body.data.documentId, image };
}

describe('snapshots of each decision', () => {
  it('keeps the content each decision was bound to, once per content hash', async () => {
    const { documentId } = await newArticle();
    const before = await snapshotCount();
    await step(contributor, documentId, 'submit');
    expect(await snapshotCount()).toBe(before + 1);
    const [submitted] = await historyOf(documentId);
    const row = await app.strapi.db.query('plugin::editorial-workflow.snapshot').findOne({ where: { contentHash: submitted.contentHash } });
    // Exactly what was hashed: the snapshot hashes back to the log row's content hash.
    expect(row).toMatchObject({ uid: ARTICLE });
    expect(hashOfContent(row.content)).toBe(submitted.contentHash);
    expect(row.content.title).toBe('Ra quân chiến dịch thanh niên tình nguyện hè');

    // Withdrawn and resubmitted unchanged: two more log rows, the same hash, no new snapshot.
    await step(contributor, documentId, 'withdraw');
    await step(contributor, documentId, 'submit');
    expect(await snapshotCount()).toBe(before + 1);
    const history = await historyOf(documentId);
    expect(history.map((entry) => entry.event)).toEqual(['submit', 'withdraw', 'submit']);
    expect(new Set(history.map((entry) => entry.contentHash)).size).toBe(1);
  });

  it('refuses UPDATE and DELETE of a snapshot in the database', async () => {
    expect(await snapshotCount()).toBeGreaterThan(0);
    expect(await refusalOf(db().raw(`UPDATE ${SNAPSHOTS} SET uid = 'api::sua.lén'`))).toMatch(/append-only \(UPDATE refused\)/);
    expect(await refusalOf(db().raw(`DELETE FROM ${SNAPSHOTS}`))).toMatch(/append-only \(DELETE refused\)/);
    expect(await refusalOf(app.strapi.db.query('plugin::editorial-workflow.snapshot').deleteMany({ where: {} }))).toMatch(/append-only/);
    if (app.strapi.db.dialect.client === 'postgres') {
      // Outside the workflow's own transaction not even a new snapshot goes in.
      expect(await refusalOf(db()(SNAPSHOTS).insert({ content_hash: 'x'.repeat(64), uid: ARTICLE, content: '{}' }))).toMatch(/guarded/);
      expect(await refusalOf(db().raw(`TRUNCATE ${SNAPSHOTS}`))).toMatch(/append-only \(TRUNCATE refused\)/);
    } else {
      // SQLite lets an INSERT by, but never a second snapshot of a hash: the log's hash names one content.
      const [kept] = await db()(SNAPSHOTS).select('content_hash').limit(1);
      expect(await refusalOf(db()(SNAPSHOTS).insert({ content_hash: kept.content_hash, uid: ARTICLE, content: '{}' }))).toMatch(/UNIQUE constraint failed/);
    }
  });
});

describe('comparing two points of an item', () => {
  it('shows the unit head exactly the word the contributor changed since the return', async () => {
    const { documentId } = await newArticle();
    await step(contributor, documentId, 'submit');
    await step(unitHead, documentId, 'return', REASON);
    const words = goodArticle(unitId, categoryId).body[0].children[0].text;
    await edit(documentId, { body: [{ type: 'paragraph', children: [{ type: 'text', text: words.replace('chữ5 ', 'sửa5 ') }] }] });
    await step(contributor, documentId, 'submit');

    const res = await compare(unitHead, documentId).expect(200);
    const data = res.body.data;
    expect(data.changedSinceMyLastDecision).toBe(true);
    expect(data.myLastDecision).toMatchObject({ event: 'return', label: 'Trả lại', draft: false });
    expect(data.from).toMatchObject({ event: 'return', seq: data.myLastDecision.seq });
    expect(data.to).toMatchObject({ draft: true, seq: null });
    const fields = byField(data.fields);
    expect(fields.body).toMatchObject({ kind: 'blocks', changed: true });
    expect(fields.body.parts!.filter((part) => part.removed || part.added)).toEqual([
      { value: 'chữ5', removed: true }, { value: 'sửa5', added: true },
    ]);
    expect((data.fields as Field[]).filter((field) => field.changed).map((field) => field.field)).toEqual(['body']);
    expect(fields.title).toMatchObject({ kind: 'text', changed: false, parts: [{ value: 'Ra quân chiến dịch thanh niên tình nguyện hè' }] });
    expect(fields.cover).toMatchObject({ kind: 'component', changed: false });
    expect(fields.category).toMatchObject({ kind: 'relation', changed: false });

    // The contributor's own last decision is the resubmission: nothing changed since.
    const own = (await compare(contributor, documentId).expect(200)).body.data;
    expect(own.changedSinceMyLastDecision).toBe(false);
    expect(own.myLastDecision).toMatchObject({ event: 'submit' });
    expect((own.fields as Field[]).every((field) => !field.changed)).toBe(true);
  });

  it('shows a changed image and a changed relation before and after, between two log entries', async () => {
    const { documentId, image } = await newArticle();
    await step(contributor, documentId, 'submit');
    await step(unitHead, documentId, 'return', REASON);
    const newImage = await upload('anh-bia-moi.png');
    const notices = await app.strapi.db.query('api::category.category').findOne({ where: { name: 'Thông báo', locale: 'vi', ...IN_DEMO_WARD } });
    await edit(documentId, {
      cover: { image: newImage.id, alt: 'Đoàn viên ra quân', caption: 'Lễ ra quân sáng thứ bảy' },
      category: notices.documentId,
    });
    await step(contributor, documentId, 'submit');
    const [firstSubmit, returned, resubmit] = await historyOf(documentId);
    expect([firstSubmit.event, returned.event, resubmit.event]).toEqual(['submit', 'return', 'submit']);

    const data = (await compare(board, documentId, `&from=${returned.seq}&to=${resubmit.seq}`).expect(200)).body.data;
    expect(data.from).toMatchObject({ seq: returned.seq, event: 'return' });
    expect(data.to).toMatchObject({ seq: resubmit.seq, event: 'submit', draft: false });
    // The board took no decision on this item.
    expect(data).toMatchObject({ changedSinceMyLastDecision: false, myLastDecision: null });
    const fields = byField(data.fields);
    expect(fields.cover.changed).toBe(true);
    expect(fields.cover.before).toMatchObject({ image: [{ id: image.id, url: image.url }], alt: 'Đoàn viên ra quân' });
    expect(fields.cover.after).toMatchObject({ image: [{ id: newImage.id, url: newImage.url }] });
    expect(fields.category).toMatchObject({
      kind: 'relation', changed: true,
      before: [{ documentId: categoryId, title: 'Tin tức – Sự kiện' }],
      after: [{ documentId: notices.documentId, title: 'Thông báo' }],
    });
    expect((data.fields as Field[]).filter((field) => field.changed).map((field) => field.field).sort()).toEqual(['category', 'cover']);
  });

  it('answers a contributor of another unit 403 without content, a bad log entry 400 and an unknown item 404', async () => {
    const { documentId } = await newArticle();
    await step(contributor, documentId, 'submit');
    const refused = await compare(otherContributor, documentId).expect(403);
    expect(refused.body.data).toBeNull();
    expect(refused.body.error.message).toBe('Tài khoản của bạn không có quyền xem mục này.');
    expect(JSON.stringify(refused.body)).not.toContain('chữ1');

    // Another item's log entry is no entry of this one.
    const other = await newArticle();
    await step(contributor, other.documentId, 'submit');
    const [foreign] = await historyOf(other.documentId);
    const bad = await compare(unitHead, documentId, `&from=${foreign.seq}`).expect(400);
    expect(bad.body.error.message).toMatch(/^Mục nhật ký số \d+ không thuộc mục này/);
    await compare(unitHead, documentId, '&to=abc').expect(400);
    const unknown = await compare(unitHead, 'abcdefghijklmnopqrstuvwx').expect(404);
    expect(unknown.body.error.message).toBe('Không tìm thấy mục này.');
  });

  it('the item\'s workflow panel (history, reasons, people) is refused to a contributor of another unit too', async () => {
    const { documentId } = await newArticle();
    await step(contributor, documentId, 'submit');
    const refused = await as(app, otherContributor).state(ARTICLE, documentId).expect(403);
    expect(refused.body.error.message).toBe('Tài khoản của bạn không có quyền xem mục này.');
    expect(JSON.stringify(refused.body)).not.toContain('history');
    expect((await as(app, contributor).state(ARTICLE, documentId).expect(200)).body.data.state).toBe('submitted');
  });
});
