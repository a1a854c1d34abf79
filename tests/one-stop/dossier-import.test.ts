import { Readable } from 'node:stream';
import { csvFile, HEADERS, xlsxFile, type Cell } from '../helpers/dossier-files';
import { as, createStaff, type StaffMember } from '../helpers/staff';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { SITE_SETTINGS } from '../../src/seed/data/site';

let app: TestApp;
let desk: StaffMember;

interface Importer {
  analyse(input: Readable, format: 'csv' | 'xlsx'): Promise<{ records: Array<Record<string, unknown>>; errors: Array<{ line: number; message: string }> }>;
  commit(analysis: unknown): Promise<{ created: number; updated: number; unchanged: number; invalid: number }>;
}
const importer = () => app.strapi.service('api::dossier.importer') as unknown as Importer;
const importFile = async (file: Buffer, format: 'csv' | 'xlsx') => importer().commit(await importer().analyse(Readable.from(file), format));
const lookup = (code: string) => app.http().get(`/api/dossiers/lookup/${encodeURIComponent(code)}`).set('X-Forwarded-For', '10.0.0.1');
const upload = (member: StaffMember | null, file: Buffer, name = 'ho-so.csv') => {
  const req = app.http().post('/one-stop/dossier-imports');
  return (member ? req.set('Authorization', `Bearer ${member.token}`) : req).attach('file', file, name);
};
const stored = (code: string) => app.strapi.db.query('api::dossier.dossier').findOne({ where: { code } });
/** Confirms an uploaded job and polls it, as the page does, until it is done or failed. */
async function confirmed(job: { id: string; status: string }): Promise<Record<string, unknown> & { status: string }> {
  await as(app, desk).post(`/one-stop/dossier-imports/${job.id}/confirm`).expect(202);
  let current = job;
  for (let i = 0; i < 50 && current.status !== 'done' && current.status !== 'failed'; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    current = (await as(app, desk).get(`/one-stop/dossier-imports/${job.id}`).expect(200)).body.data;
  }
  return current;
}
/** The procedure rows a dossier links to, read from the link table. */
async function linkedProcedureIds(code: string): Promise<number[]> {
  const meta = app.strapi.db.metadata.get('api::dossier.dossier') as unknown as {
    attributes: { procedure: { joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } } };
  };
  const { name, joinColumn, inverseJoinColumn } = meta.attributes.procedure.joinTable;
  const dossier = await stored(code);
  const rows = await app.strapi.db.connection(name).where(joinColumn.name, dossier.id).select(`${inverseJoinColumn.name} as id`);
  return rows.map((row: { id: number }) => Number(row.id)).sort((a: number, b: number) => a - b);
}

beforeAll(async () => {
  process.env.TRUST_PROXY = 'true'; // X-Forwarded-For names the client, as behind nginx
  app = await startStrapi({ seed: true, staff: false });
  desk = await createStaff(app, 'ew-one-stop');
});
afterAll(async () => {
  await app.stop();
  delete process.env.TRUST_PROXY;
});

describe('reading the one-stop export', () => {
  it('accepts the common header variants, semicolons and a procedure given by name', async () => {
    const file = csvFile([
      ['STT', 'Số hồ sơ', 'Tên thủ tục', 'Ngày nhận', 'Hạn giải quyết', 'Ngày hoàn thành', 'Tình trạng', 'Hình thức nộp', 'Chủ hồ sơ'],
      [1, 'HV-0001', 'Thủ tục đăng ký kết hôn', '03/11/2026', '05/11/2026', '04/11/2026', 'Đã trả kết quả', 'Trực tuyến', 'Phạm Thị Hoa'],
    ], ';');
    expect(await importFile(file, 'csv')).toMatchObject({ created: 1, invalid: 0 });
    expect(await stored('HV-0001')).toMatchObject({
      procedureName: 'Thủ tục đăng ký kết hôn', receivedAt: '2026-11-03', dueAt: '2026-11-05', returnedAt: '2026-11-04',
      status: 'da_giai_quyet', channel: 'truc_tuyen',
    });
  });

  it('reads every date form: dd/mm/yyyy, yyyy-mm-dd, Excel serials and date cells', async () => {
    const csv = csvFile([
      HEADERS,
      ['DF-1', '1.001193', '', '02/03/2026', '2026-03-04', '46085', 'Đã giải quyết', '', ''],
    ]);
    const xlsx = await xlsxFile([
      HEADERS,
      ['DF-2', '1.001193', '', new Date(Date.UTC(2026, 2, 2)), 46085, '2026-03-04', 'Đã giải quyết', 'Bưu chính', ''],
    ]);
    await importFile(csv, 'csv');
    await importFile(xlsx, 'xlsx');
    // 46085 is Excel's serial for 04/03/2026.
    expect(await stored('DF-1')).toMatchObject({ receivedAt: '2026-03-02', dueAt: '2026-03-04', returnedAt: '2026-03-04', channel: 'truc_tiep' });
    expect(await stored('DF-2')).toMatchObject({ receivedAt: '2026-03-02', dueAt: '2026-03-04', returnedAt: '2026-03-04', channel: 'buu_chinh' });
  });
});

describe('large XLSX files', () => {
  it('keeps Vietnamese text whole across the reader\'s chunks', async () => {
    const statuses = ['Đã trả kết quả', 'Đang giải quyết', 'Trả lại hồ sơ', 'Công dân rút'];
    const rows: Cell[][] = [HEADERS, ...Array.from({ length: 3000 }, (_, i): Cell[] => [
      `XL-${i}`, '1.001193', 'Hộ tịch', '02/11/2026', '10/11/2026', i % 4 === 1 ? '' : '05/11/2026', statuses[i % 4], 'Trực tuyến',
      `Nguyễn Thị Ánh Tuyết Đặng Hữu Phước ${i}`,
    ])];
    const analysis = await importer().analyse(Readable.from(await xlsxFile(rows)), 'xlsx');
    expect(analysis.errors).toEqual([]);
    expect(analysis.records).toHaveLength(3000);
  });
});

describe('row errors', () => {
  it('reports each kind with its line number and still imports the good rows', async () => {
    const file = csvFile([
      HEADERS,
      ['ER-OK-1', '1.001193', '', '10/11/2026', '12/11/2026', '', 'Đang xử lý', 'Trực tiếp', ''],
      ['ER-2', '9.999999', '', '10/11/2026', '12/11/2026', '', 'Đang xử lý', '', ''],
      ['ER-3', '1.001193', '', '31/02/2026', '12/11/2026', '', 'Đang xử lý', '', ''],
      ['ER-4', '1.001193', '', '10/11/2026', '09/11/2026', '', 'Đang xử lý', '', ''],
      ['ER-5', '1.001193', '', '10/11/2026', '12/11/2026', '08/11/2026', 'Đã giải quyết', '', ''],
      ['ER-6', '1.001193', '', '10/11/2026', '12/11/2026', '', 'Đã giải quyết', '', ''],
      ['ER-7', '1.001193', '', '10/11/2026', '12/11/2026', '', 'Không rõ', '', ''],
      ['ER-OK-1', '1.001193', '', '10/11/2026', '12/11/2026', '', 'Đang xử lý', '', ''],
      ['ER-OK-2', '1.000894', '', '2026-11-10', '', '', 'Đang xử lý', 'Bưu điện', ''],
      ['ER-OK-3', '1.000894', '', '2026-11-10', '', '', 'Đang xử lý', '', ''],
      ['ER-OK-4', '1.000894', '', '2026-11-10', '', '', 'Đang xử lý', '', ''],
      ['ER-OK-5', '1.000894', '', '2026-11-10', '', '', 'Đang xử lý', '', ''],
      ['ER-OK-6', '1.000894', '', '2026-11-10', '', '', 'Đang xử lý', '', ''],
      ['ER-OK-7', '1.000894', '', '2026-11-10', '', '', 'Đang xử lý', '', ''],
    ]);
    const res = await upload(desk, file).expect(201);
    const { errors, rows, valid, invalid, preview } = res.body.data;
    expect({ rows, valid, invalid }).toEqual({ rows: 14, valid: 7, invalid: 7 });
    expect(preview[0]).toEqual({
      code: 'ER-OK-1', procedureName: 'Thủ tục đăng ký khai sinh', channel: 'truc_tiep', receivedAt: '2026-11-10', dueAt: '2026-11-12',
      returnedAt: null, status: 'dang_xu_ly', applicant: null,
    });
    const byLine = Object.fromEntries(errors.map((e: { line: number; message: string }) => [e.line, e.message]));
    expect(byLine).toEqual({
      3: expect.stringMatching(/Mã thủ tục "9.999999" không có trong bộ thủ tục/),
      4: expect.stringMatching(/Ngày tiếp nhận "31\/02\/2026" không phải ngày hợp lệ/),
      5: expect.stringMatching(/Ngày hẹn trả trước ngày tiếp nhận/),
      6: expect.stringMatching(/Ngày trả kết quả trước ngày tiếp nhận/),
      7: expect.stringMatching(/phải có ngày trả kết quả/),
      8: expect.stringMatching(/Trạng thái "Không rõ" không rõ/),
      9: expect.stringMatching(/trùng với dòng 2/),
    });
    expect(await stored('ER-OK-1')).toBeNull(); // a preview writes nothing

    await as(app, desk).post(`/one-stop/dossier-imports/${res.body.data.id}/confirm`).expect(202);
    let job = res.body.data;
    for (let i = 0; i < 50 && job.status !== 'done' && job.status !== 'failed'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await as(app, desk).get(`/one-stop/dossier-imports/${job.id}`).expect(200)).body.data;
    }
    expect(job).toMatchObject({ status: 'done', result: { created: 7, updated: 0, invalid: 7 } });
    expect(await app.strapi.db.query('api::dossier.dossier').count({ where: { code: { $startsWith: 'ER-' } } })).toBe(7);
  });

  it('imports nothing from a file that is mostly bad, and says why', async () => {
    const file = csvFile([HEADERS, ['MB-1', '1.001193', '', '10/11/2026', '', '', 'Đang xử lý', '', ''],
      ...['MB-2', 'MB-3'].map((code) => [code, '0.000000', '', '10/11/2026', '', '', 'Đang xử lý', '', ''])]);
    const res = await upload(desk, file).expect(201);
    expect(res.body.data).toMatchObject({ acceptable: false, valid: 1, invalid: 2 });
    const refused = await as(app, desk).post(`/one-stop/dossier-imports/${res.body.data.id}/confirm`).expect(400);
    expect(refused.body.error.message).toMatch(/2\/3 dòng lỗi, quá ngưỡng 50%: không nhập dòng nào/);
    expect(await stored('MB-1')).toBeNull();
    const job = await as(app, desk).get(`/one-stop/dossier-imports/${res.body.data.id}`).expect(200);
    expect(job.body.data).toMatchObject({ status: 'preview', errorCount: 2 });
  });

  it('refuses a file without the required columns or that is no spreadsheet', async () => {
    const noStatus = csvFile([['Mã hồ sơ', 'Mã thủ tục', 'Ngày tiếp nhận'], ['X-1', '1.001193', '10/11/2026']]);
    const res = await upload(desk, noStatus).expect(400);
    expect(res.body.error.message).toBe('Tệp thiếu cột: Trạng thái. Dòng đầu tiên phải là tên cột (xem mẫu trong hướng dẫn).');
    const pdf = await upload(desk, Buffer.from('%PDF-1.4'), 'ho-so.pdf').expect(400);
    expect(pdf.body.error.message).toMatch(/Chỉ nhận tệp .xlsx hoặc .csv/);
  });
});

describe('re-importing', () => {
  const first = () => csvFile([HEADERS,
    ['RI-1', '1.001193', '', '20/11/2026', '25/11/2026', '', 'Đang xử lý', 'Trực tuyến', 'Lê Văn Tám'],
    ['RI-2', '1.001193', '', '20/11/2026', '25/11/2026', '', 'Đang xử lý', 'Trực tuyến', 'Lê Văn Tám']]);

  it('changes nothing when the same file comes again', async () => {
    expect(await importFile(first(), 'csv')).toMatchObject({ created: 2 });
    const before = await stored('RI-1');
    expect(await importFile(first(), 'csv')).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await stored('RI-1')).toEqual(before);
  });

  it('updates the status from a later file', async () => {
    const later = csvFile([HEADERS, ['RI-1', '1.001193', '', '20/11/2026', '25/11/2026', '24/11/2026', 'Đã trả kết quả', 'Trực tuyến', 'Lê Văn Tám']]);
    expect(await importFile(later, 'csv')).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const res = await lookup('RI-1').expect(200);
    expect(res.body.data).toMatchObject({ status: 'da_giai_quyet', returnedAt: '2026-11-24' });
  });
});

describe('personal data', () => {
  const NAMES = ['Khổng Minh Triết', 'Ông Thị Bích Duyên'];
  const file = (prefix: string) => csvFile([HEADERS, ...NAMES.map((name, i): Cell[] =>
    [`${prefix}-${i}`, '1.001193', '', '20/11/2026', '', '', 'Đang xử lý', '', name])]);

  /** Every table.column of the database that holds one of the texts. */
  async function whereStored(texts: string[]): Promise<string[]> {
    const knex = app.strapi.db.connection;
    const tables: string[] = app.strapi.db.dialect.client === 'sqlite'
      ? (await knex.raw("SELECT name FROM sqlite_master WHERE type = 'table'")).map((row: { name: string }) => row.name)
      : (await knex.raw('SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()')).rows.map((row: { name: string }) => row.name);
    const found = new Set<string>();
    for (const table of tables) {
      for (const row of await knex(table).select('*')) {
        for (const [column, value] of Object.entries(row as Record<string, unknown>)) {
          const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
          for (const needle of texts) if (text.includes(needle)) found.add(`${table}.${column}: ${needle}`);
        }
      }
    }
    return [...found];
  }
  // Every full name, and each of them without the family name (what a partial mask would leave).
  const NEEDLES = [...NAMES, ...NAMES.map((name) => name.split(' ').slice(1).join(' '))];

  it('stores no applicant name anywhere in the database', async () => {
    await importFile(file('PD'), 'csv');
    expect((await stored('PD-0'))?.applicant).toBeNull();
    expect(await whereStored(NEEDLES)).toEqual([]);
  });

  it('keeps only initials when masking is configured', async () => {
    process.env.DOSSIER_MASK_APPLICANT = 'true';
    try {
      await importFile(file('PM'), 'csv');
    } finally {
      delete process.env.DOSSIER_MASK_APPLICANT;
    }
    expect((await stored('PM-0'))?.applicant).toBe('K. M. T.');
    expect((await stored('PM-1'))?.applicant).toBe('Ô. T. B. D.');
    expect(await whereStored(NEEDLES)).toEqual([]);
    const res = await lookup('PM-0').expect(200);
    expect(JSON.stringify(res.body)).not.toContain('K. M. T.');
  });
});

describe('public lookup', () => {
  it('gives the procedure, dates and status of one dossier, and nothing else', async () => {
    const res = await app.http().get('/api/dossiers/lookup/HV-0001').set('X-Forwarded-For', '10.0.0.2').expect(200);
    expect(res.body).toEqual({
      data: { code: 'HV-0001', procedureName: 'Thủ tục đăng ký kết hôn', receivedAt: '2026-11-03', dueAt: '2026-11-05', status: 'da_giai_quyet', returnedAt: '2026-11-04' },
    });
    const missing = await app.http().get('/api/dossiers/lookup/KHONG-CO-0001').set('X-Forwarded-For', '10.0.0.2').expect(404);
    expect(missing.body.error.message).toMatch(/Không tìm thấy hồ sơ/);
  });

  it('lists no dossiers: neither the collection nor one by its documentId', async () => {
    const { documentId } = (await stored('HV-0001'))!;
    await app.http().get('/api/dossiers').expect(404);
    await app.http().get(`/api/dossiers/${documentId}`).expect(404);
  });

  it('limits each client so the code space cannot be walked', async () => {
    const walk = (i: number) => app.http().get(`/api/dossiers/lookup/H26-${String(i).padStart(4, '0')}`).set('X-Forwarded-For', '10.9.9.9');
    for (let i = 0; i < 20; i += 1) expect((await walk(i)).status).toBe(404);
    const blocked = await walk(20).expect(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    await app.http().get('/api/dossiers/lookup/HV-0001').set('X-Forwarded-For', '10.9.9.10').expect(200);
  });
});

describe('the import page API', () => {
  it('is open to the one-stop desk only', async () => {
    const file = csvFile([HEADERS, ['AU-1', '1.001193', '', '20/11/2026', '', '', 'Đang xử lý', '', '']]);
    for (const role of ['ew-contributor', 'ew-board'] as const) {
      const other = await createStaff(app, role);
      await upload(other, file).expect(403);
    }
    await upload(null, file).expect(401);
    const uploaded = await upload(desk, file).expect(201);
    const colleague = await createStaff(app, 'ew-one-stop');
    await as(app, colleague).get(`/one-stop/dossier-imports/${uploaded.body.data.id}`).expect(404);
  });
});

describe('confirming a preview later', () => {
  const PROCEDURE = 'api::procedure.procedure';
  const procedureIds = async (code: string) => (await app.strapi.db.query(PROCEDURE).findMany({ where: { code }, select: ['id'] }))
    .map((row: { id: number }) => Number(row.id)).sort((a: number, b: number) => a - b);

  it('links the procedure rows as they are at confirmation: a re-sync in between republishes them with new ids', async () => {
    const before = await procedureIds('1.000894');
    const res = await upload(desk, csvFile([HEADERS, ['RS-1', '1.000894', '', '20/11/2026', '', '', 'Đang xử lý', '', '']])).expect(201);
    // A re-sync's reopening and a later publication of the procedure (here as the system, for brevity).
    const workflow = app.strapi.plugin('editorial-workflow').service('workflow') as {
      reviseAsImport(target: { uid: string; documentId: string }, note: string): Promise<void>;
      publishAsImport(target: { uid: string; documentId: string }, note: string): Promise<void>;
    };
    const { documentId } = await app.strapi.db.query(PROCEDURE).findOne({ where: { code: '1.000894' } });
    await workflow.reviseAsImport({ uid: PROCEDURE, documentId }, 'test re-sync');
    await workflow.publishAsImport({ uid: PROCEDURE, documentId }, 'test re-sync');
    const after = await procedureIds('1.000894');
    expect(after).toHaveLength(2);
    expect(after).not.toEqual(before);

    expect(await confirmed(res.body.data)).toMatchObject({ status: 'done', result: { created: 1 } });
    expect(await linkedProcedureIds('RS-1')).toEqual(after);
  });

  it('refuses the whole file when a procedure it names was deleted after the preview', async () => {
    const code = '9.900001';
    await app.strapi.db.query(PROCEDURE).create({
      data: { documentId: 'tempprocedure0000000000x', code, name: 'Thủ tục tạm để xóa', level: 'xa', onlineServiceForm: 'truc_tiep', inForce: true, publishedAt: null },
    });
    const res = await upload(desk, csvFile([HEADERS,
      ['DL-1', '1.001193', '', '20/11/2026', '', '', 'Đang xử lý', '', ''],
      ['DL-2', code, '', '20/11/2026', '', '', 'Đang xử lý', '', '']])).expect(201);
    expect(res.body.data).toMatchObject({ valid: 2, invalid: 0 });
    await app.strapi.db.query(PROCEDURE).deleteMany({ where: { code } });
    const job = await confirmed(res.body.data);
    expect(job).toMatchObject({ status: 'failed', error: expect.stringMatching(/Thủ tục 9\.900001 không còn trong bộ thủ tục/) });
    expect(await stored('DL-1')).toBeNull();
  });
});

describe('the error report', () => {
  const file = () => csvFile([HEADERS, ...Array.from({ length: 250 }, (_, i): Cell[] => [`EC-${i}`, '1.001193', '', '20/11/2026', '', '', 'Không rõ', '', '']),
    ['EC-OK', '1.001193', '', '20/11/2026', '', '', 'Đang xử lý', '', '']]);

  it('sends the page the first 200 row errors and their number', async () => {
    const res = await upload(desk, file()).expect(201);
    expect(res.body.data).toMatchObject({ rows: 251, invalid: 250, errorCount: 250 });
    expect(res.body.data.errors).toHaveLength(200);
    expect(res.body.data.errors[0]).toMatchObject({ line: 2, code: 'EC-0' });
    const polled = (await as(app, desk).get(`/one-stop/dossier-imports/${res.body.data.id}`).expect(200)).body.data;
    expect(polled.errors).toHaveLength(200);
    expect(polled.errorCount).toBe(250);
  });

  it('keeps the whole list in the importer\'s preview, for the command line', async () => {
    const service = importer() as unknown as Importer & { preview(analysis: unknown): { errors: unknown[] } };
    const analysis = await service.analyse(Readable.from(file()), 'csv');
    expect(service.preview(analysis).errors).toHaveLength(250);
  });
});

describe('statistics', () => {
  // A hand-computed month (March 2025): Hộ tịch 1.001193/1.000894, Chứng thực 2.000815.
  const MARCH: Cell[][] = [
    HEADERS,
    ['ST-A', '1.001193', '', '25/02/2025', '03/03/2025', '02/03/2025', 'Đã giải quyết', 'Trực tiếp', ''], // carried over, early
    ['ST-B', '1.001193', '', '05/03/2025', '10/03/2025', '10/03/2025', 'Đã giải quyết', 'Trực tuyến', ''], // online, on time
    ['ST-C', '1.000894', '', '10/03/2025', '12/03/2025', '20/03/2025', 'Đã giải quyết', 'Bưu chính', ''], // postal, late
    ['ST-D', '2.000815', '', '15/03/2025', '20/03/2025', '', 'Đang xử lý', 'Trực tiếp', ''], // in person, overdue on 31/03
    ['ST-E', '2.000815', '', '28/03/2025', '05/04/2025', '', 'Đang xử lý', 'Trực tuyến', ''], // online, in progress on time
    ['ST-F', '1.001193', '', '12/03/2025', '', '13/03/2025', 'Trả lại', 'Trực tiếp', ''], // in person, returned
    ['ST-G', '1.001193', '', '10/01/2025', '15/01/2025', '', 'Đang xử lý', 'Trực tiếp', ''], // carried over, overdue
  ];
  const reports = async (period: string, start: string) => {
    const res = await app.http()
      // The import writes into the first site; the other demo wards have reports of their own.
      .get(`/api/dossier-reports?filters[site][code][$eq]=${SITE_SETTINGS.code}&filters[period][$eq]=${period}&filters[periodStart][$eq]=${start}&populate[field][fields][0]=name`)
      .expect(200);
    const byField = (name: string | null) => res.body.data.find((row: { field: { name: string } | null }) => (row.field?.name ?? null) === name);
    return { total: byField(null), hoTich: byField('Hộ tịch'), chungThuc: byField('Chứng thực'), count: res.body.data.length };
  };
  const figures = (row: Record<string, unknown>) => Object.fromEntries(
    ['carriedOver', 'receivedOnline', 'receivedInPerson', 'receivedPostal', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate',
      'inProgressOnTime', 'inProgressOverdue', 'returnedOrWithdrawn', 'onTimeRate', 'onlineRate'].map((key) => [key, Number(row[key])]));

  it('computes each day, month and quarter, per field and in total, as counted by hand', async () => {
    const changed: string[] = [];
    const listener = async (event: { uid: string }) => { changed.push(event.uid); };
    app.strapi.eventHub.on('phuong.content.changed', listener);
    await importFile(csvFile(MARCH), 'csv');
    app.strapi.eventHub.off('phuong.content.changed', listener);
    expect(changed.sort()).toEqual(['api::dossier-report.dossier-report', 'api::dossier.dossier']);

    const march = await reports('month', '2025-03-01');
    expect(march.count).toBe(3);
    expect(figures(march.total)).toEqual({
      carriedOver: 2, receivedOnline: 2, receivedInPerson: 2, receivedPostal: 1, resolvedEarly: 1, resolvedOnTime: 1, resolvedLate: 1,
      inProgressOnTime: 1, inProgressOverdue: 2, returnedOrWithdrawn: 1, onTimeRate: 57.14, onlineRate: 40,
    });
    expect(figures(march.hoTich)).toEqual({
      carriedOver: 2, receivedOnline: 1, receivedInPerson: 1, receivedPostal: 1, resolvedEarly: 1, resolvedOnTime: 1, resolvedLate: 1,
      inProgressOnTime: 0, inProgressOverdue: 1, returnedOrWithdrawn: 1, onTimeRate: 60, onlineRate: 33.33,
    });
    expect(figures(march.chungThuc)).toEqual({
      carriedOver: 0, receivedOnline: 1, receivedInPerson: 1, receivedPostal: 0, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0,
      inProgressOnTime: 1, inProgressOverdue: 1, returnedOrWithdrawn: 0, onTimeRate: 50, onlineRate: 50,
    });
    expect(figures((await reports('quarter', '2025-01-01')).total)).toEqual({
      carriedOver: 0, receivedOnline: 2, receivedInPerson: 4, receivedPostal: 1, resolvedEarly: 1, resolvedOnTime: 1, resolvedLate: 1,
      inProgressOnTime: 1, inProgressOverdue: 2, returnedOrWithdrawn: 1, onTimeRate: 57.14, onlineRate: 28.57,
    });
    expect(figures((await reports('day', '2025-03-10')).total)).toEqual({
      carriedOver: 2, receivedOnline: 0, receivedInPerson: 0, receivedPostal: 1, resolvedEarly: 0, resolvedOnTime: 1, resolvedLate: 0,
      inProgressOnTime: 1, inProgressOverdue: 1, returnedOrWithdrawn: 0, onTimeRate: 66.67, onlineRate: 0,
    });
  });

  it('announces the reports it rewrites when recomputed on its own', async () => {
    const changed: string[] = [];
    const listener = async (event: { uid: string }) => { changed.push(event.uid); };
    app.strapi.eventHub.on('phuong.content.changed', listener);
    try {
      const statistics = app.strapi.service('api::dossier-report.statistics') as unknown as { recompute(from: string, to: string): Promise<unknown> };
      await statistics.recompute('2025-03-01', '2025-03-31');
    } finally {
      app.strapi.eventHub.off('phuong.content.changed', listener);
    }
    expect(changed).toEqual(['api::dossier-report.dossier-report']);
  });

  it('recomputes the periods a later file changes', async () => {
    await importFile(csvFile([HEADERS, ['ST-D', '2.000815', '', '15/03/2025', '20/03/2025', '25/03/2025', 'Đã giải quyết', 'Trực tiếp', '']]), 'csv');
    const march = await reports('month', '2025-03-01');
    expect(figures(march.total)).toMatchObject({ resolvedLate: 2, inProgressOverdue: 1, onTimeRate: 57.14 });
    expect(figures(march.chungThuc)).toMatchObject({ resolvedLate: 1, inProgressOverdue: 0, inProgressOnTime: 1 });
  });
});
