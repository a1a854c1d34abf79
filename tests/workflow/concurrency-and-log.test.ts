import { usesPostgres } from '../helpers/database';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, type StaffMember, newsTargets } from '../helpers/staff';

const ARTICLE = 'api::article.article';
const UNIT = 'Hội Người cao tuổi phường';

let app: TestApp;
let contributor: StaffMember;
let heads: StaffMember[];
let board: StaffMember;
let unitId: string;
let categoryId: string;

beforeAll(async () => {
  app = await startStrapi();
  contributor = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  heads = [];
  for (let i = 0; i < 4; i += 1) heads.push(await createStaff(app, 'ew-unit-head', { headOf: [UNIT] }));
  board = await createStaff(app, 'ew-board');
  ({ unitId, categoryId } = await newsTargets(app, UNIT));
});
afterAll(async () => {
  await app.stop();
});

async function submitted(title: string): Promise<string> {
  const res = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, title)).expect(201);
  await as(app, contributor).transition(ARTICLE, res.body.data.documentId, { transition: 'submit' }).expect(200);
  return res.body.data.documentId;
}

describe('concurrent reviewers', () => {
  it('20 approvals at once on one item: exactly one succeeds, nineteen get 409, one log row', async () => {
    const documentId = await submitted('Bài được bốn trưởng đơn vị cùng duyệt');
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => as(app, heads[i % heads.length]).transition(ARTICLE, documentId, { transition: 'unit_approve' })),
    );
    const statuses = responses.map((res) => res.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    for (const res of responses.filter((r) => r.status === 409)) expect(res.body.error.details.code).toMatch(/^(CONFLICT|INVALID_STATE)$/);
    const rows = await app.strapi.db.query('plugin::editorial-workflow.log-entry').count({ where: { targetDocumentId: documentId, event: 'unit_approve' } });
    expect(rows).toBe(1);
    const state = await as(app, board).state(ARTICLE, documentId).expect(200);
    expect(state.body.data.state).toBe('unit_approved');
  });

  it('concurrent transitions on different items keep one unbroken log chain', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, (_, i) => submitted(`Bài song song số ${i + 1} trong ngày`)));
    await Promise.all(ids.map((documentId, i) => as(app, heads[i % heads.length]).transition(ARTICLE, documentId, { transition: 'unit_approve' }).expect(200)));
    const verify = await as(app, board).post('/editorial-workflow/log/verify').expect(200);
    expect(verify.body.data.ok).toBe(true);
  });
});

describe('the log', () => {
  const TABLE = 'editorial_workflow_log';

  it('is readable by the board, newest first, and searchable by document', async () => {
    const documentId = await submitted('Bài để tra nhật ký');
    const res = await as(app, board).get(`/editorial-workflow/log?documentId=${documentId}`).expect(200);
    expect(res.body.data.map((row: { event: string }) => row.event)).toEqual(['submit']);
    expect(res.body.data[0].actor.name).toContain('ew-contributor');
    await as(app, contributor).get('/editorial-workflow/log').expect(403);
  });

  it('has no route that changes or deletes a row', async () => {
    const put = await as(app, board).put('/editorial-workflow/log/1', { reasonText: 'x' });
    expect([404, 405]).toContain(put.status);
    const del = await as(app, board).del('/editorial-workflow/log/1');
    expect([404, 405]).toContain(del.status);
  });

  if (usesPostgres()) {
    it('refuses UPDATE and DELETE in the database itself (PostgreSQL trigger)', async () => {
      const db = app.strapi.db.connection;
      await expect(db.raw(`UPDATE ${TABLE} SET reason_text = 'sửa lén' WHERE seq = 1`)).rejects.toThrow(/append-only \(UPDATE refused\)/);
      await expect(db.raw(`DELETE FROM ${TABLE} WHERE seq = 1`)).rejects.toThrow(/append-only \(DELETE refused\)/);
    });

    it('detects a row changed behind the trigger\'s back', async () => {
      const db = app.strapi.db.connection;
      await db.raw(`ALTER TABLE ${TABLE} DISABLE TRIGGER editorial_workflow_log_append_only`);
      await db.raw(`UPDATE ${TABLE} SET reason_text = 'sửa lén' WHERE seq = 2`);
      await db.raw(`ALTER TABLE ${TABLE} ENABLE TRIGGER editorial_workflow_log_append_only`);
      const res = await as(app, board).post('/editorial-workflow/log/verify').expect(200);
      expect(res.body.data).toMatchObject({ ok: false, brokenAt: 2, reason: 'nội dung dòng đã bị sửa' });
    });
  } else {
    // SQLite's log triggers refuse UPDATE and DELETE (database-guard.test.ts); tampering drops them first.
    const dropTriggers = async () => {
      for (const operation of ['update', 'delete']) await app.strapi.db.connection.raw(`DROP TRIGGER IF EXISTS editorial_workflow_log_no_${operation}`);
    };

    it('detects a row changed with direct SQL, and names the first broken row', async () => {
      const db = app.strapi.db.connection;
      await dropTriggers();
      await db.raw(`UPDATE ${TABLE} SET reason_text = 'sửa lén' WHERE seq = 2`);
      const res = await as(app, board).post('/editorial-workflow/log/verify').expect(200);
      expect(res.body.data).toMatchObject({ ok: false, brokenAt: 2, reason: 'nội dung dòng đã bị sửa' });
    });

    it('detects a deleted row', async () => {
      const db = app.strapi.db.connection;
      await dropTriggers();
      const last = (await db(TABLE).max('seq as seq').first()) as { seq: number };
      await db.raw(`DELETE FROM ${TABLE} WHERE seq = ?`, [last.seq - 1]);
      const res = await as(app, board).post('/editorial-workflow/log/verify').expect(200);
      expect(res.body.data.ok).toBe(false);
    });
  }
});
