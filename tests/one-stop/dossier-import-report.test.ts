import { csvFile, HEADERS, type Cell } from '../helpers/dossier-files';
import { as, createStaff, type StaffMember } from '../helpers/staff';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let desk: StaffMember;
let colleague: StaffMember;
let contributor: StaffMember;

const upload = (member: StaffMember, file: Buffer, name = 'ho-so.csv') =>
  app.http().post('/one-stop/dossier-imports').set('Authorization', `Bearer ${member.token}`).attach('file', file, name);
const binary = (res: import('superagent').Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

beforeAll(async () => {
  app = await startStrapi({ seed: true, staff: false });
  desk = await createStaff(app, 'ew-one-stop');
  colleague = await createStaff(app, 'ew-one-stop');
  contributor = await createStaff(app, 'ew-contributor');
});
afterAll(async () => {
  await app.stop();
});

/** 497 good rows and three bad ones, one of them a cell Excel would run as a formula. */
const mixedFile = () => csvFile([
  HEADERS,
  ...Array.from({ length: 497 }, (_, i): Cell[] => [`PR-${i}`, '1.001193', '', '20/11/2026', '', '', 'Đang xử lý', '', '']),
  ['PR-BAD-1', '1.001193', '', '31/02/2026', '', '', 'Đang xử lý', '', ''],
  ['PR-BAD-2', '9.999999', '', '20/11/2026', '', '', 'Đang xử lý', '', ''],
  ['=HYPERLINK("http://x")', '1.001193', '', '20/11/2026', '', '', 'Không rõ', '', ''],
]);

describe('progress of an import', () => {
  it('counts over the valid rows, from the preview to the end', async () => {
    const res = await upload(desk, mixedFile()).expect(201);
    expect(res.body.data).toMatchObject({ rows: 500, valid: 497, invalid: 3, progress: { done: 0, total: 497 } });
    await as(app, desk).post(`/one-stop/dossier-imports/${res.body.data.id}/confirm`).expect(202);
    let job = res.body.data;
    for (let i = 0; i < 100 && job.status !== 'done' && job.status !== 'failed'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await as(app, desk).get(`/one-stop/dossier-imports/${job.id}`).expect(200)).body.data;
      expect(job.progress.total).toBe(497);
    }
    expect(job).toMatchObject({ status: 'done', progress: { done: 497, total: 497 }, result: { created: 497, invalid: 3 } });
  });
});

describe('the error report download', () => {
  it('gives every row error as a CSV Excel opens, with formulas kept as text', async () => {
    const res = await upload(desk, mixedFile(), 'Hồ sơ ngày 20.11.csv').expect(201);
    const report = await as(app, desk).get(`/one-stop/dossier-imports/${res.body.data.id}/errors`).buffer(true).parse(binary).expect(200);
    expect(report.headers['content-type']).toMatch(/^text\/csv/);
    expect(report.headers['content-disposition']).toBe('attachment; filename="bao-cao-loi-Ho-so-ngay-20.11.csv"');
    const text = (report.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFFDòng,Mã hồ sơ,Lỗi\n')).toBe(true);
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^499,PR-BAD-1,.*31\/02\/2026/);
    expect(lines[2]).toMatch(/^500,PR-BAD-2,.*9\.999999/);
    expect(lines[3]).toMatch(/^501,"'=HYPERLINK\(""http:\/\/x""\)",/);
  });

  it('more than the 200 lines the page shows', async () => {
    const file = csvFile([HEADERS, ...Array.from({ length: 250 }, (_, i): Cell[] => [`EL-${i}`, '1.001193', '', '20/11/2026', '', '', 'Không rõ', '', '']),
      ...Array.from({ length: 300 }, (_, i): Cell[] => [`EL-OK-${i}`, '1.001193', '', '20/11/2026', '', '', 'Đang xử lý', '', ''])]);
    const res = await upload(desk, file).expect(201);
    expect(res.body.data.errors).toHaveLength(200);
    const report = await as(app, desk).get(`/one-stop/dossier-imports/${res.body.data.id}/errors`).buffer(true).parse(binary).expect(200);
    expect((report.body as Buffer).toString('utf8').trim().split('\n')).toHaveLength(251);
  });

  it('is only for the person who uploaded, and only for the one-stop desk', async () => {
    const res = await upload(desk, mixedFile()).expect(201);
    await as(app, colleague).get(`/one-stop/dossier-imports/${res.body.data.id}/errors`).expect(404);
    await as(app, contributor).get(`/one-stop/dossier-imports/${res.body.data.id}/errors`).expect(403);
    await app.http().get(`/one-stop/dossier-imports/${res.body.data.id}/errors`).expect(401);
  });
});

describe('the sample files', () => {
  it('serves the CSV and XLSX samples that the import reads without an error', async () => {
    const csv = await as(app, desk).get('/one-stop/dossier-import-sample/csv').buffer(true).parse(binary).expect(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="mau-ho-so-mot-cua.csv"');
    const preview = await upload(desk, csv.body as Buffer, 'mau.csv').expect(201);
    expect(preview.body.data).toMatchObject({ invalid: 0 });
    expect(preview.body.data.valid).toBeGreaterThan(0);
    const xlsx = await as(app, desk).get('/one-stop/dossier-import-sample/xlsx').buffer(true).parse(binary).expect(200);
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    const refused = await as(app, desk).get('/one-stop/dossier-import-sample/pdf').expect(400);
    expect(refused.body.error.message).toBe('Tệp mẫu chỉ có dạng csv hoặc xlsx.');
    await as(app, contributor).get('/one-stop/dossier-import-sample/csv').expect(403);
  });
});
