import fs from 'node:fs';
import path from 'node:path';
import { refusalOf, usesPostgres } from '../helpers/database';
import { as, createStaff, goodArticle, newsTargets, type StaffMember } from '../helpers/staff';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { guardPlan } from '../../src/plugins/editorial-workflow/server/src/guard/tables';
import { guardedTables } from '../../src/plugins/editorial-workflow/server/src/guard/triggers-postgres';

/**
 * The database guard on both databases: every governed relation, component and media field is covered,
 * the log refuses UPDATE and DELETE, and the workflow's own paths (the chain, imports, the demo data)
 * still write live content. The PostgreSQL-only refusals are in database-guard-postgres.test.ts.
 */
const ARTICLE = 'api::article.article';
const PROCEDURE = 'api::procedure.procedure';
const LEGAL = 'api::legal-document.legal-document';
const LOG = 'editorial_workflow_log';
const UNIT = 'Đoàn Thanh niên phường';

let app: TestApp;
let contributor: StaffMember;
let unitHead: StaffMember;
let board: StaffMember;
let publisher: StaffMember;


const workflow = () => app.strapi.plugin('editorial-workflow').service('workflow');
const governed = () => Object.keys(app.strapi.contentTypes).filter((uid) => workflow().governs(uid));

beforeAll(async () => {
  app = await startStrapi();
  contributor = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  unitHead = await createStaff(app, 'ew-unit-head', { headOf: [UNIT] });
  board = await createStaff(app, 'ew-board');
  publisher = await createStaff(app, 'ew-publisher');
});
afterAll(async () => {
  await app.stop();
});

/** The tables that hold a governed type's relations, components (nested) and media, read from the schemas. */
function tablesOfGovernedFields(): Array<{ field: string; table: string }> {
  const found: Array<{ field: string; table: string }> = [];
  const meta = (uid: string) => app.strapi.db.metadata.get(uid) as unknown as {
    tableName: string;
    attributes: Record<string, { joinTable?: { name: string }; morphBy?: string }>;
  };
  const walk = (uid: string, seen: Set<string>) => {
    const schema = app.strapi.getModel(uid as never) as unknown as { attributes: Record<string, { type: string; component?: string; components?: string[] }> };
    for (const [name, attribute] of Object.entries(schema.attributes)) {
      const field = `${uid}.${name}`;
      if (attribute.type === 'media') {
        found.push({ field, table: meta('plugin::upload.file').attributes[meta(uid).attributes[name].morphBy!].joinTable!.name });
      } else if (attribute.type === 'relation' && meta(uid).attributes[name].joinTable) {
        found.push({ field, table: meta(uid).attributes[name].joinTable!.name });
      } else if (attribute.type === 'component' || attribute.type === 'dynamiczone') {
        found.push({ field, table: meta(uid).attributes[name].joinTable!.name });
        for (const component of attribute.components ?? [attribute.component!]) {
          found.push({ field, table: meta(component).tableName });
          if (!seen.has(component)) walk(component, new Set([...seen, component]));
        }
      }
    }
  };
  for (const uid of governed()) walk(uid, new Set());
  return found;
}

describe('what the guard covers', () => {
  it('has a trigger (PostgreSQL) or a plan entry (SQLite) for every relation, component and media field of every governed type', async () => {
    const expected = tablesOfGovernedFields();
    expect(expected.length).toBeGreaterThan(10);
    const planned = guardedTables(guardPlan(app.strapi, governed()));
    const guarded = usesPostgres()
      ? ((await app.strapi.db.connection.raw(
        `SELECT c.relname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'editorial_workflow_guard'`,
      )) as { rows: Array<{ name: string }> }).rows.map((row) => row.name)
      : planned;
    const uncovered = expected.filter(({ table }) => !guarded.includes(table));
    expect(uncovered).toEqual([]);
    for (const uid of governed()) expect(guarded).toContain(app.strapi.db.metadata.get(uid).tableName);
  });
});

describe('the log', () => {
  it('refuses UPDATE and DELETE in the database itself, on both databases', async () => {
    const db = app.strapi.db.connection;
    expect(await db(LOG).count('* as n').first()).not.toEqual({ n: 0 });
    expect(await refusalOf(db.raw(`UPDATE ${LOG} SET reason_text = 'sửa lén' WHERE seq = 1`))).toMatch(/append-only \(UPDATE refused\)/);
    expect(await refusalOf(db.raw(`DELETE FROM ${LOG} WHERE seq = (SELECT max(seq) FROM ${LOG})`))).toMatch(/append-only \(DELETE refused\)/);
    expect(await refusalOf(app.strapi.db.query('plugin::editorial-workflow.log-entry').deleteMany({ where: {} }))).toMatch(/append-only/);
    expect((await workflow().verifyLog()).ok).toBe(true);
  });
});

describe('the workflow still writes live content', () => {
  it('loaded the demo data (published as imports) and the chain verifies', async () => {
    const live = await app.strapi.db.query(PROCEDURE).count({ where: { publishedAt: { $notNull: true } } });
    expect(live).toBeGreaterThan(0);
    expect((await workflow().verifyLog()).ok).toBe(true);
  });

  it('takes an article with a category through submit → … → publish → unpublish → revise → publish again', async () => {
    const { unitId, categoryId } = await newsTargets(app, UNIT);
    const created = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, 'Bài đi qua toàn bộ quy trình khi có lớp bảo vệ cơ sở dữ liệu')).expect(201);
    const documentId: string = created.body.data.documentId;
    const step = (member: StaffMember, transition: string, extra: Record<string, unknown> = {}) =>
      as(app, member).transition(ARTICLE, documentId, { transition, ...extra }).expect(200);
    const approveAndPublish = async () => {
      await step(contributor, 'submit');
      await step(unitHead, 'unit_approve');
      await step(board, 'board_approve');
      await step(publisher, 'publish');
    };
    await approveAndPublish();
    const publicTitle = async () => (await app.http().get(`/api/articles/${documentId}?populate=category`)).body.data;
    expect((await publicTitle()).category.documentId).toBe(categoryId);
    await step(publisher, 'unpublish', { reasonCode: 'R07', reasonText: 'Thông tin đã cũ, cần cập nhật số liệu mới' });
    await app.http().get(`/api/articles/${documentId}`).expect(404);
    await step(contributor, 'revise');
    await as(app, contributor).put(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=vi`, { title: 'Bài đi qua toàn bộ quy trình, bản cập nhật số liệu' }).expect(200);
    await approveAndPublish();
    expect((await publicTitle()).title).toBe('Bài đi qua toàn bộ quy trình, bản cập nhật số liệu');
    expect((await workflow().verifyLog()).ok).toBe(true);
  });

  it('republishes a legal document that a live procedure cites: Strapi moves the live link inside the workflow\'s transaction', async () => {
    const procedure = await app.strapi.documents(PROCEDURE as never).findFirst({
      status: 'published', filters: { legalBasis: { documentId: { $notNull: true } }, field: { id: { $notNull: true } } },
      populate: { legalBasis: { fields: ['documentId'] }, field: { fields: ['documentId'] } },
    } as never) as { documentId: string; legalBasis: Array<{ documentId: string }>; field: { documentId: string } } | null;
    expect(procedure).not.toBeNull();
    const legal = procedure!.legalBasis[0].documentId;
    const summary = 'Văn bản được cập nhật tóm tắt trong khi thủ tục đang đăng vẫn dẫn chiếu';
    await as(app, board).transition(LEGAL, legal, { transition: 'revise' }).expect(200);
    await app.strapi.documents(LEGAL as never).update({ documentId: legal, data: { summary } } as never);
    await as(app, board).transition(LEGAL, legal, { transition: 'approve' }).expect(200);
    await as(app, publisher).transition(LEGAL, legal, { transition: 'publish' }).expect(200);

    const live = await app.strapi.documents(PROCEDURE as never).findOne({
      documentId: procedure!.documentId, status: 'published',
      populate: { legalBasis: { fields: ['documentId', 'summary'] }, field: { fields: ['documentId'] } },
    } as never) as unknown as { legalBasis: Array<{ documentId: string; summary: string }>; field: { documentId: string } };
    expect(live.legalBasis.find((doc) => doc.documentId === legal)?.summary).toBe(summary);
    expect(live.field.documentId).toBe(procedure!.field.documentId);
  });

  it('runs the procedure-set import twice (create, then re-sync a change)', async () => {
    const sample = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'samples', 'procedures-sample.json'), 'utf8'));
    const list: Array<Record<string, unknown>> = Array.isArray(sample) ? sample : sample.procedures;
    const importer = app.strapi.service('api::procedure.importer') as unknown as { sync(file: Buffer, format: 'json'): Promise<{ errors: unknown[] }> };
    const first = await importer.sync(Buffer.from(JSON.stringify(list)), 'json');
    expect(first.errors).toEqual([]);
    const changed = list.map((entry, i) => (i === 0 ? { ...entry, result: 'Kết quả đã được tỉnh sửa lại trong đợt đồng bộ' } : entry));
    const second = await importer.sync(Buffer.from(JSON.stringify(changed)), 'json');
    expect(second.errors).toEqual([]);
    expect((await workflow().verifyLog()).ok).toBe(true);
  });
});
