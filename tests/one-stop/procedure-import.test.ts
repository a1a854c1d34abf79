import { as, createStaff, type StaffMember } from '../helpers/staff';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * The procedure set import (`npm run import:procedures`) goes through the board: what changes on the site
 * is what the board approved and the publisher published, except new codes under PROCEDURE_IMPORT_PUBLISH_NEW.
 */
const PROCEDURE = 'api::procedure.procedure';
const LOG = 'plugin::editorial-workflow.log-entry';

interface FieldChange { field: string; label: string; item?: string; before: string; after: string }
interface SyncReport {
  created: string[];
  createdPublished: boolean;
  updated: Array<{ code: string; fields: string[]; changes: FieldChange[] }>;
  retired: string[];
  unchanged: number;
}

let app: TestApp;
let board: StaffMember;
let publisher: StaffMember;

const sync = (set: object[]) => (app.strapi.service('api::procedure.importer') as unknown as {
  sync(data: Buffer, format: 'json'): Promise<SyncReport>;
}).sync(Buffer.from(JSON.stringify(set)), 'json');

/** The procedure as a citizen gets it from the public API, or undefined when it is not public. */
async function publicProcedure(code: string): Promise<Record<string, any> | undefined> {
  const res = await app.http().get(`/api/procedures?filters[code][$eq]=${code}&populate[methods]=true`).expect(200);
  return res.body.data[0];
}
const documentIdOf = async (code: string): Promise<string> =>
  (await app.strapi.db.query(PROCEDURE).findOne({ where: { code, publishedAt: null } })).documentId;
const stateOf = async (code: string) => (await as(app, board).state(PROCEDURE, await documentIdOf(code)).expect(200)).body.data;
/** The transitions the board's queue offers on a procedure (none when it is not there). */
async function queued(code: string): Promise<string[]> {
  const documentId = await documentIdOf(code);
  const queue = (await as(app, board).get('/editorial-workflow/queue').expect(200)).body.data as Array<{ documentId: string; transitions: Array<{ id: string }> }>;
  return queue.find((item) => item.documentId === documentId)?.transitions.map((t) => t.id) ?? [];
}
const logCount = (where: Record<string, unknown> = {}) => app.strapi.db.query(LOG).count({ where });

const LIVE = {
  code: '9.100001', name: 'Thủ tục chứng thực bản sao từ bản chính', field: 'Chứng thực', onlineServiceForm: 'mot_phan',
  methods: [{ channel: 'truc_tiep', timeLimit: 'Trong ngày', fee: '2.000 đồng/trang' }],
};
const OTHER = {
  code: '9.100002', name: 'Thủ tục đăng ký tạm vắng', field: 'Hộ tịch',
  steps: [{ title: 'Nộp hồ sơ', description: 'Nộp tại Bộ phận một cửa' }],
  dossierComponents: [{ name: 'Tờ khai đăng ký tạm vắng', originals: 1, copies: 0 }],
  legalBasis: ['42/2022/NĐ-CP', '99/2099/NĐ-CP'], // the site has the first only
};
const LATER = { code: '9.100003', name: 'Thủ tục đăng ký giám hộ', field: 'Hộ tịch' };
const CHANGED = { ...LIVE, methods: [{ channel: 'truc_tiep', timeLimit: '02 ngày làm việc', fee: '3.000 đồng/trang' }] };

beforeAll(async () => {
  app = await startStrapi({ seed: true, staff: false });
  board = await createStaff(app, 'ew-board');
  publisher = await createStaff(app, 'ew-publisher');
});
afterAll(async () => {
  delete process.env.PROCEDURE_IMPORT_PUBLISH_NEW;
  await app.stop();
});

describe('procedure set import', () => {
  it('publishes new procedures itself only with PROCEDURE_IMPORT_PUBLISH_NEW=true, logged as the system', async () => {
    process.env.PROCEDURE_IMPORT_PUBLISH_NEW = 'true';
    try {
      const report = await sync([LIVE, OTHER]);
      expect(report).toMatchObject({ created: [LIVE.code, OTHER.code], createdPublished: true, updated: [] });
      expect(report.retired).toHaveLength(10); // the demo procedures, not in this file
    } finally {
      delete process.env.PROCEDURE_IMPORT_PUBLISH_NEW;
    }
    expect((await publicProcedure(LIVE.code))?.methods[0].fee).toBe('2.000 đồng/trang');
    expect(await stateOf(LIVE.code)).toMatchObject({ state: 'published' });
    const [published] = await app.strapi.db.query(LOG).findMany({ where: { targetDocumentId: await documentIdOf(LIVE.code) } });
    expect(published).toMatchObject({ event: 'import_published', comment: expect.stringContaining('không qua Ban biên tập') });

    const res = await app.http().get(`/api/procedures?filters[code][$eq]=${OTHER.code}&populate[field][fields][0]=name&populate[legalBasis][fields][0]=numberSymbol`).expect(200);
    expect(res.body.data[0]).toMatchObject({ name: OTHER.name, inForce: true, field: { name: 'Hộ tịch' }, legalBasisText: '42/2022/NĐ-CP; 99/2099/NĐ-CP' });
    expect(res.body.data[0].legalBasis.map((doc: { numberSymbol: string }) => doc.numberSymbol)).toEqual(['42/2022/NĐ-CP']);
  });

  it('refuses a file with a bad entry whole', async () => {
    const rows = await logCount();
    await expect(sync([LIVE, OTHER, { code: '9.100009', name: 'Thủ tục thử', methods: [{ channel: 'fax', timeLimit: '1 ngày' }] }]))
      .rejects.toThrow(/1 thủ tục lỗi, chưa nhập gì: mục 3 \(9.100009\): methods.0.channel: Hình thức nộp phải là/);
    expect(await app.strapi.db.query(PROCEDURE).count({ where: { code: '9.100009' } })).toBe(0);
    expect(await logCount()).toBe(rows);
  });

  it('leaves a live procedure that left the file in force on the site until the board approves its retirement', async () => {
    // The first import's file left out the ten demo procedures: they were retired in their drafts only.
    expect((await publicProcedure('2.000815'))?.inForce).toBe(true);
    const state = await stateOf('2.000815');
    expect(state.state).toBe('draft');
    expect(state.history.at(-1)).toMatchObject({ event: 'import_revised', comment: expect.stringContaining('không còn hiệu lực') });
    expect((await app.strapi.db.query(PROCEDURE).findOne({ where: { code: '2.000815', publishedAt: null } })).inForce).toBe(false);
    expect(await queued('2.000815')).toContain('approve');
  });

  it('puts a changed live procedure in the board\'s queue with the differences, and leaves an unchanged one alone', async () => {
    const otherId = await documentIdOf(OTHER.code);
    const otherRows = await logCount({ targetDocumentId: otherId });
    const otherDraft = await app.strapi.db.query(PROCEDURE).findOne({ where: { code: OTHER.code, publishedAt: null } });

    const report = await sync([CHANGED, OTHER]);
    expect(report).toMatchObject({ created: [], retired: [], unchanged: 1 });
    expect(report.updated).toEqual([{
      code: LIVE.code, fields: ['methods'],
      changes: [
        { field: 'methods[0].timeLimit', label: 'Thời hạn giải quyết', item: 'Cách thức thực hiện, mục 1', before: 'Trong ngày', after: '02 ngày làm việc' },
        { field: 'methods[0].fee', label: 'Phí, lệ phí', item: 'Cách thức thực hiện, mục 1', before: '2.000 đồng/trang', after: '3.000 đồng/trang' },
      ],
    }]);

    // The site still shows the fee the board last let through; the change waits in the draft.
    expect((await publicProcedure(LIVE.code))?.methods[0].fee).toBe('2.000 đồng/trang');
    const state = await stateOf(LIVE.code);
    expect(state.state).toBe('draft');
    expect(state.history.at(-1)).toMatchObject({ event: 'import_revised', comment: 'Nhập bộ thủ tục: thay đổi thời hạn giải quyết, phí, lệ phí' });
    expect(await queued(LIVE.code)).toContain('approve');

    // Unchanged: no log row, no write to its draft.
    expect(await logCount({ targetDocumentId: otherId })).toBe(otherRows);
    expect((await app.strapi.db.query(PROCEDURE).findOne({ where: { code: OTHER.code, publishedAt: null } })).updatedAt).toEqual(otherDraft.updatedAt);
  });

  it('writes nothing when the same file comes again while the change waits for the board', async () => {
    const rows = await logCount();
    expect(await sync([CHANGED, OTHER])).toMatchObject({ created: [], updated: [], retired: [], unchanged: 2 });
    expect(await logCount()).toBe(rows);
    expect((await publicProcedure(LIVE.code))?.methods[0].fee).toBe('2.000 đồng/trang');
  });

  it('makes the change public once the board approves and the publisher publishes', async () => {
    const documentId = await documentIdOf(LIVE.code);
    await as(app, publisher).transition(PROCEDURE, documentId, { transition: 'approve' }).expect(403);
    await as(app, board).transition(PROCEDURE, documentId, { transition: 'approve' }).expect(200);
    expect((await publicProcedure(LIVE.code))?.methods[0].fee).toBe('2.000 đồng/trang');
    await as(app, publisher).transition(PROCEDURE, documentId, { transition: 'publish' }).expect(200);
    expect((await publicProcedure(LIVE.code))?.methods[0]).toMatchObject({ fee: '3.000 đồng/trang', timeLimit: '02 ngày làm việc' });
    expect((await stateOf(LIVE.code)).history.map((entry: { event: string }) => entry.event).slice(-3)).toEqual(['import_revised', 'approve', 'publish']);
  });

  it('keeps a new procedure off the site without the setting, as a draft in the board\'s queue', async () => {
    const report = await sync([CHANGED, OTHER, LATER]);
    expect(report).toMatchObject({ created: [LATER.code], createdPublished: false, updated: [], unchanged: 2 });
    expect(await publicProcedure(LATER.code)).toBeUndefined();
    expect(await stateOf(LATER.code)).toMatchObject({ state: 'draft' });
    expect(await queued(LATER.code)).toContain('approve');
    expect(await logCount({ targetDocumentId: await documentIdOf(LATER.code), event: 'import_published' })).toBe(0);
  });

  it('revokes the board\'s approval when the file changes an approved procedure', async () => {
    const documentId = await documentIdOf(LATER.code);
    await as(app, board).transition(PROCEDURE, documentId, { transition: 'approve' }).expect(200);
    const report = await sync([CHANGED, OTHER, { ...LATER, agency: 'UBND phường' }]);
    expect(report.updated).toEqual([{ code: LATER.code, fields: ['agency'], changes: [
      { field: 'agency', label: 'Cơ quan thực hiện', before: '(trống)', after: 'UBND phường' },
    ] }]);
    const state = await stateOf(LATER.code);
    expect(state.state).toBe('draft');
    expect(state.history.at(-1)).toMatchObject({ event: 'approval_revoked', fromState: 'approved', toState: 'draft' });
    expect(await publicProcedure(LATER.code)).toBeUndefined();
  });
});
