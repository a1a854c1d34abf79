import { as, createStaff, goodArticle, newsTargets, type StaffMember } from '../helpers/staff';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * PostgreSQL only (jest.config.js collects this file on PostgreSQL alone): writes to live content that
 * skip the workflow — raw SQL, `strapi.db.query`, a relation written from its other side over HTTP —
 * are refused by the database, and the writes allowed by name go through.
 */
const ARTICLE = 'api::article.article';
const SCHEDULE = 'api::work-schedule.work-schedule';
const QUESTION = 'api::question.question';
const PROCEDURE = 'api::procedure.procedure';
const FIELD = 'api::procedure-field.procedure-field';
const LOG = 'editorial_workflow_log';
const UNIT = 'Đoàn Thanh niên phường';
const REFUSED = /is guarded \((INSERT|UPDATE|DELETE) of live content refused\); use the review workflow/;

let app: TestApp;
let contributor: StaffMember;
let articleId: string;
let liveRowId: number;

const db = () => app.strapi.db.connection;
const workflow = () => app.strapi.plugin('editorial-workflow').service('workflow');
type Link = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
const joinTable = (uid: string, attribute: string) =>
  (app.strapi.db.metadata.get(uid).attributes as unknown as Record<string, { joinTable: Link }>)[attribute].joinTable;
const liveRow = async (uid: string, documentId: string) =>
  (await app.strapi.db.query(uid).findOne({ where: { documentId, publishedAt: { $notNull: true } } })) as Record<string, unknown> & { id: number };

beforeAll(async () => {
  app = await startStrapi();
  contributor = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  const { unitId, categoryId } = await newsTargets(app, UNIT);
  const created = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, 'Bài đang đăng mà không ai được sửa ngoài quy trình')).expect(201);
  articleId = created.body.data.documentId;
  await workflow().publishAsImport({ uid: ARTICLE, documentId: articleId, locale: 'vi' }, 'test');
  liveRowId = (await liveRow(ARTICLE, articleId)).id;
});
afterAll(async () => {
  await app.stop();
});

describe('writes that skip the workflow are refused by PostgreSQL', () => {
  it('raw SQL UPDATE of the published rows', async () => {
    const attempt = db().raw(`UPDATE articles SET title = 'Tiêu đề bị sửa lén' WHERE published_at IS NOT NULL`);
    await expect(attempt).rejects.toThrow(/editorial-workflow: articles is guarded \(UPDATE of live content refused\); use the review workflow/);
    // What PostgreSQL says, for the report.
    const error = (await attempt.catch((e: unknown) => e)) as { message: string; code: string; hint: string };
    process.stdout.write(`PostgreSQL refused a raw UPDATE: [${error.code}] ${error.message.split(' - ').at(-1)} (HINT: ${error.hint})\n`);
    expect((await app.http().get(`/api/articles/${articleId}`).expect(200)).body.data.title).toBe('Bài đang đăng mà không ai được sửa ngoài quy trình');
  });

  it('strapi.db.query update and delete of the published row', async () => {
    await expect(app.strapi.db.query(ARTICLE).update({ where: { id: liveRowId }, data: { title: 'Sửa qua strapi.db.query' } })).rejects.toThrow(REFUSED);
    await expect(db().raw('DELETE FROM articles WHERE id = ?', [liveRowId])).rejects.toThrow(/articles is guarded \(DELETE/);
    await expect(app.strapi.db.query(ARTICLE).delete({ where: { id: liveRowId } })).rejects.toThrow(REFUSED);
    await expect(db().raw('TRUNCATE articles CASCADE')).rejects.toThrow(/articles is guarded \(TRUNCATE/);
    expect((await liveRow(ARTICLE, articleId)).title).toBe('Bài đang đăng mà không ai được sửa ngoài quy trình');
  });

  it('a published row written by raw INSERT, or a draft turned published by UPDATE', async () => {
    const draft = (await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: articleId, publishedAt: null } })) as { id: number };
    await expect(db().raw('UPDATE articles SET published_at = now() WHERE id = ?', [draft.id])).rejects.toThrow(/UPDATE of live content/);
    await expect(db().raw(`INSERT INTO articles (document_id, title, locale, published_at) VALUES ('lenlut', 'Bài chèn thẳng', 'vi', now())`)).rejects.toThrow(/INSERT of live content/);
  });

  it('join rows: linking the published article to another category, or deleting its category link', async () => {
    const link = joinTable(ARTICLE, 'category');
    const other = (await app.strapi.db.query('api::category.category').findOne({ where: { locale: 'vi', name: { $ne: 'Tin tức – Sự kiện' } } })) as { id: number };
    await expect(db()(link.name).insert({ [link.joinColumn.name]: liveRowId, [link.inverseJoinColumn.name]: other.id })).rejects.toThrow(REFUSED);
    await expect(db()(link.name).where(link.joinColumn.name, liveRowId).delete()).rejects.toThrow(REFUSED);
    const live = await app.http().get(`/api/articles/${articleId}?populate=category`).expect(200);
    expect(live.body.data.category.name).toBe('Tin tức – Sự kiện');
  });

  it('the component rows of a published work schedule', async () => {
    const schedule = (await app.strapi.db.query(SCHEDULE).findOne({ where: { publishedAt: { $notNull: true } } })) as { id: number };
    const holder = joinTable(SCHEDULE, 'entries');
    const entry = (await db()(holder.name).where(holder.joinColumn.name, schedule.id).first()) as Record<string, number>;
    const entries = app.strapi.db.metadata.get('schedule.entry').tableName;
    await expect(db()(entries).where('id', entry[holder.inverseJoinColumn.name]).update({ content: 'Lịch bị sửa lén' })).rejects.toThrow(REFUSED);
    await expect(db()(holder.name).where(holder.joinColumn.name, schedule.id).delete()).rejects.toThrow(REFUSED);
  });

  it('the log: INSERT outside the workflow, and UPDATE or DELETE even inside a marked transaction', async () => {
    const last = (await db()(LOG).orderBy('seq', 'desc').first()) as Record<string, unknown>;
    const { id: _id, ...copy } = last;
    const seq = Number(last.seq);
    await expect(db()(LOG).insert({ ...copy, seq: seq + 1, document_id: 'ghi-lenlut' })).rejects.toThrow(/editorial_workflow_log is guarded \(INSERT/);
    await expect(db().transaction(async (trx) => {
      await trx.raw("select set_config('editorial_workflow.carrying', 'on', true)");
      await trx(LOG).where('seq', seq).update({ reason_text: 'sửa lén' });
    })).rejects.toThrow(/append-only \(UPDATE refused\)/);
    await expect(db().transaction(async (trx) => {
      await trx.raw("select set_config('editorial_workflow.carrying', 'on', true)");
      await trx(LOG).where('seq', seq).delete();
    })).rejects.toThrow(/append-only \(DELETE refused\)/);
    await expect(db().raw(`TRUNCATE ${LOG}`)).rejects.toThrow(/append-only \(TRUNCATE refused\)/);
    expect((await workflow().verifyLog()).ok).toBe(true);
  });

  it('over HTTP: a relation written from its other side (a field connecting a live procedure) answers 409 and leaves the live procedure\'s field alone', async () => {
    const procedure = await app.strapi.documents(PROCEDURE as never).findFirst({
      status: 'published', filters: { field: { id: { $notNull: true } } }, populate: { field: { fields: ['documentId'] } },
    } as never) as unknown as { documentId: string; field: { documentId: string } };
    const other = (await app.strapi.db.query(FIELD).findOne({ where: { documentId: { $ne: procedure.field.documentId } } })) as { documentId: string };
    const res = await app.http()
      .put(`/content-manager/collection-types/${FIELD}/${other.documentId}`)
      .set('Authorization', `Bearer ${await app.superAdminToken()}`)
      .send({ procedures: { connect: [{ documentId: procedure.documentId }] } });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/quy trình biên tập/);
    const live = await app.strapi.documents(PROCEDURE as never).findOne({ documentId: procedure.documentId, status: 'published', populate: { field: { fields: ['documentId'] } } } as never) as unknown as { field: { documentId: string } };
    expect(live.field.documentId).toBe(procedure.field.documentId);
  });

  it('over HTTP: the author revises their live article, then deletes it → 409 in Vietnamese, and it stays on the site', async () => {
    const { unitId, categoryId } = await newsTargets(app, UNIT);
    const created = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, 'Bài sẽ bị người viết thử xóa sau khi sửa lại')).expect(201);
    const documentId: string = created.body.data.documentId;
    await workflow().publishAsImport({ uid: ARTICLE, documentId, locale: 'vi' }, 'test');
    await as(app, contributor).transition(ARTICLE, documentId, { transition: 'revise' }).expect(200);
    const res = await as(app, contributor).del(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=vi`);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/quy trình biên tập|Sửa lại|gỡ/);
    await app.http().get(`/api/articles/${documentId}`).expect(200);
  });

  it('an operator\'s repair in a marked transaction goes through (docs/operations.md)', async () => {
    await db().transaction(async (trx) => {
      await trx.raw("select set_config('editorial_workflow.carrying', 'on', true)");
      await trx('articles').where('id', liveRowId).update({ event_place: 'Hội trường UBND phường (sửa tay)' });
    });
    expect((await liveRow(ARTICLE, articleId)).eventPlace).toBe('Hội trường UBND phường (sửa tay)');
    // The mark ends with the transaction.
    await expect(db()('articles').where('id', liveRowId).update({ event_place: 'lần nữa' })).rejects.toThrow(REFUSED);
  });
});

describe('writes allowed by name', () => {
  it('admin-user-removed: removing the admin user who wrote a live article clears created_by_id', async () => {
    const writer = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
    const { unitId, categoryId } = await newsTargets(app, UNIT);
    const created = await as(app, writer).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, 'Bài của người sắp nghỉ việc')).expect(201);
    const documentId: string = created.body.data.documentId;
    await workflow().publishAsImport({ uid: ARTICLE, documentId, locale: 'vi' }, 'test');
    const live = await liveRow(ARTICLE, documentId);
    expect((await db()('articles').where('id', live.id).first()).created_by_id).toBe(writer.id);
    // While the user exists, clearing the column is not the exception.
    await expect(db()('articles').where('id', live.id).update({ created_by_id: null })).rejects.toThrow(REFUSED);
    await app.strapi.service('admin::user').deleteById(writer.id);
    expect((await db()('articles').where('id', live.id).first()).created_by_id).toBeNull();
  });

  it('admin-user-removed-link: removing the officer assigned to a published question deletes the link row', async () => {
    const officer = await createStaff(app, 'ew-office');
    const question = (await app.strapi.db.query(QUESTION).findOne({ where: { publishedAt: null, trackingCode: 'HD-DEM0-0001' } })) as { documentId: string };
    await workflow().reviseAsImport({ uid: QUESTION, documentId: question.documentId }, 'test');
    await app.strapi.documents(QUESTION as never).update({ documentId: question.documentId, data: { assignedOfficer: officer.id } } as never);
    await workflow().publishAsImport({ uid: QUESTION, documentId: question.documentId }, 'test');
    const link = joinTable(QUESTION, 'assignedOfficer');
    const live = await liveRow(QUESTION, question.documentId);
    expect(await db()(link.name).where(link.joinColumn.name, live.id).first()).toMatchObject({ [link.inverseJoinColumn.name]: officer.id });
    await expect(db()(link.name).where(link.joinColumn.name, live.id).delete()).rejects.toThrow(REFUSED);
    await app.strapi.service('admin::user').deleteById(officer.id);
    expect(await db()(link.name).where(link.joinColumn.name, live.id).first()).toBeUndefined();
  });

  it('relation-order-renumbered: a draft article leaving the live article\'s category (Strapi renumbers the live link\'s order)', async () => {
    const { unitId, categoryId } = await newsTargets(app, UNIT);
    const created = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, 'Bản nháp đổi chuyên mục')).expect(201);
    const other = (await app.strapi.db.query('api::category.category').findOne({ where: { locale: 'vi', name: { $ne: 'Tin tức – Sự kiện' } } })) as { documentId: string };
    await as(app, contributor).put(`/content-manager/collection-types/${ARTICLE}/${created.body.data.documentId}?locale=vi`, { category: other.documentId }).expect(200);
    // A live row's order changed alone is allowed; with anything else it is not.
    const link = joinTable(ARTICLE, 'category');
    await expect(db()(link.name).where(link.joinColumn.name, liveRowId).update({ article_ord: 99, [link.inverseJoinColumn.name]: null })).rejects.toThrow(REFUSED);
  });

  it('private-fields: the asker rates a published answer', async () => {
    await app.http().post('/api/questions/track/HD-DEM0-0001/rating').send({ rating: 5 }).expect(200);
    expect((await app.strapi.db.query(QUESTION).findOne({ where: { trackingCode: 'HD-DEM0-0001', publishedAt: { $notNull: true } } })).satisfactionRating).toBe(5);
    await expect(app.strapi.db.query(QUESTION).updateMany({ where: { trackingCode: 'HD-DEM0-0001' }, data: { title: 'Sửa câu hỏi đã đăng' } })).rejects.toThrow(REFUSED);
  });
});
