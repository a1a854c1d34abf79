import { parse as parseCsv } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import type { Response } from 'supertest';
import { usesPostgres } from '../helpers/database';
import { capturingEmail } from '../helpers/email';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, newsTargets, type StaffMember } from '../helpers/staff';
import { checkpointKey, signCheckpoint, type Checkpoint } from '../../src/plugins/editorial-workflow/server/src/log/checkpoint';
import { GENESIS, verifyChain } from '../../src/plugins/editorial-workflow/server/src/log/chain';
import { hashOfContent } from '../../src/plugins/editorial-workflow/server/src/services/content-hash';
import { LOG_BATCH_SIZE, logRepository } from '../../src/plugins/editorial-workflow/server/src/repositories/log';
import { workflowTransaction } from '../../src/plugins/editorial-workflow/server/src/guard/transaction';

const ARTICLE = 'api::article.article';
const UNIT = 'Đoàn Thanh niên phường';
const LOG = 'editorial_workflow_log';
const CHECKPOINTS = 'editorial_workflow_checkpoints';

let app: TestApp;
let contributor: StaffMember;
let head: StaffMember;
let board: StaffMember;
/** The city role reads every ward's log: its export holds the whole chain (a ward's board, its ward's rows). */
let city: StaffMember;

const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};
const csvRecords = (body: Buffer): string[][] => parseCsv(body, { bom: true, relax_column_count: true, skip_empty_lines: true });

const head$ = async (): Promise<Checkpoint> => (await as(app, board).get('/editorial-workflow/log/head').expect(200)).body.data;
const verify = (body: object = {}) => as(app, board).post('/editorial-workflow/log/verify', body);
const lastSeq = async (): Promise<number> =>
  Number(((await app.strapi.db.connection(LOG).max('seq as seq').first()) as { seq: number | string }).seq);

/** What an intruder with database access does: remove the newest log rows, past any trigger. */
async function deleteNewestLogRows(count: number): Promise<void> {
  const db = app.strapi.db.connection;
  const keep = (await lastSeq()) - count;
  if (usesPostgres()) {
    await db.raw(`ALTER TABLE ${LOG} DISABLE TRIGGER USER`);
    await db.raw(`DELETE FROM ${LOG} WHERE seq > ?`, [keep]);
    await db.raw(`ALTER TABLE ${LOG} ENABLE TRIGGER USER`);
  } else {
    const triggers = (await db.raw(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?`, [LOG])) as Array<{ name: string }>;
    for (const { name } of triggers) await db.raw(`DROP TRIGGER "${name}"`);
    await db.raw(`DELETE FROM ${LOG} WHERE seq > ?`, [keep]);
  }
}

beforeAll(async () => {
  app = await startStrapi();
  contributor = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  head = await createStaff(app, 'ew-unit-head', { headOf: [UNIT] });
  board = await createStaff(app, 'ew-board');
  city = await createStaff(app, 'ew-city');
  const { unitId, categoryId } = await newsTargets(app, UNIT);
  // Three items taken through a few steps: a log of some ten rows written by the ordinary routes.
  for (const title of ['Ra quân chiến dịch thanh niên tình nguyện hè', 'Hiến máu tình nguyện tại phường', 'Tập huấn kỹ năng cho đoàn viên']) {
    const created = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, title)).expect(201);
    const { documentId } = created.body.data;
    await as(app, contributor).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
    await as(app, head).transition(ARTICLE, documentId, { transition: 'unit_approve' }).expect(200);
    await as(app, board).transition(ARTICLE, documentId, { transition: 'board_approve' }).expect(200);
  }
});
afterAll(async () => {
  await app?.stop();
});

describe('checkpoints on demand', () => {
  it('GET /log/head gives the signed head of the log and keeps a copy with who asked; only for log checkers', async () => {
    const checkpoint = await head$();
    const row = await app.strapi.db.connection(LOG).where({ seq: await lastSeq() }).first();
    expect(checkpoint).toMatchObject({ seq: await lastSeq(), hash: row.hash });
    expect(checkpoint.seq).toBeGreaterThanOrEqual(9);
    expect(checkpoint.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.now() - Date.parse(checkpoint.at)).toBeLessThan(60_000);
    const stored = await app.strapi.db.connection(CHECKPOINTS).where({ signature: checkpoint.signature }).first();
    expect(stored).toMatchObject({ seq: checkpoint.seq, hash: checkpoint.hash, reason: 'on_demand', requested_by: board.id });

    await as(app, contributor).get('/editorial-workflow/log/head').expect(403);
    await as(app, contributor).post('/editorial-workflow/log/verify', { checkpoint }).expect(403);
  });

  it('verify with a checkpoint: today\'s chain extends it', async () => {
    const checkpoint = await head$();
    const res = await verify({ checkpoint }).expect(200);
    expect(res.body.data).toMatchObject({ ok: true, checkpoint: { source: 'given', ok: true } });
    expect(res.body.data.checkpoint.message).toContain(`nối tiếp mốc kiểm tra lúc`);
    // Without one, the strongest stored checkpoint is the reference.
    expect((await verify().expect(200)).body.data).toMatchObject({ ok: true, checkpoint: { source: 'stored', ok: true } });
  });

  it('a checkpoint of the empty log (seq 0) is valid and always extended', async () => {
    const empty = signCheckpoint({ seq: 0, hash: GENESIS }, new Date(), checkpointKey());
    expect((await verify({ checkpoint: empty }).expect(200)).body.data).toMatchObject({ ok: true, checkpoint: { ok: true } });
  });

  it('refuses a checkpoint whose signature, number or hash was changed, or that another secret signed', async () => {
    const checkpoint = await head$();
    const flipped = `${checkpoint.signature.slice(0, -1)}${checkpoint.signature.endsWith('0') ? '1' : '0'}`;
    for (const forged of [
      { ...checkpoint, signature: flipped },
      { ...checkpoint, seq: checkpoint.seq + 5 },
      { ...checkpoint, hash: GENESIS },
      signCheckpoint(checkpoint, new Date(checkpoint.at), Buffer.from('khoá của một máy chủ khác')),
    ]) {
      const res = await verify({ checkpoint: forged }).expect(400);
      expect(res.body.error.details.code).toBe('CHECKPOINT_SIGNATURE');
      expect(res.body.error.message).toContain('Chữ ký của mốc kiểm tra không đúng');
    }
  });

  it('answers malformed checkpoints with 400 in Vietnamese, naming the field', async () => {
    const checkpoint = await head$();
    const cases: Array<[object, string]> = [
      [{ checkpoint: { ...checkpoint, seq: 'bốn mươi' } }, '"checkpoint.seq"'],
      [{ checkpoint: { ...checkpoint, hash: 'abc' } }, '"checkpoint.hash"'],
      [{ checkpoint: { ...checkpoint, at: 'hôm qua' } }, '"checkpoint.at"'],
      [{ checkpoint: { ...checkpoint, extra: 1 } }, 'trường không được hỗ trợ: extra'],
      [{ checkpoint: 'mốc' }, '"checkpoint"'],
      [{ mốc: checkpoint }, 'trường không được hỗ trợ'],
    ];
    for (const [body, text] of cases) {
      const res = await verify(body).expect(400);
      expect(res.body.error.details.code).toBe('BAD_REQUEST');
      expect(res.body.error.message).toContain('Dữ liệu không hợp lệ');
      expect(res.body.error.message).toContain(text);
    }
  });
});

describe('exports of the log', () => {
  it('a ward\'s board exports the rows of its ward\'s items only, with the checkpoint of the whole chain', async () => {
    const csvOf = async (who: StaffMember) => csvRecords((await as(app, who).get('/editorial-workflow/log/export?format=csv').buffer(true).parse(binary).expect(200)).body);
    const whole = await csvOf(city);
    const ward = await csvOf(board);
    const seqs = (records: string[][]) => records.slice(1, -1).map((record) => record[0]);
    // The demo seed has rows of other wards' items: the ward's export leaves them out, and keeps the others in order.
    expect(seqs(ward).length).toBeLessThan(seqs(whole).length);
    expect(seqs(whole).filter((seq) => seqs(ward).includes(seq))).toEqual(seqs(ward));
    expect(ward.at(-1)![0]).toBe('Mốc kiểm tra');
  });

  it('CSV: every row, in order, then the checkpoint of the last row, which verifies', async () => {
    const res = await as(app, city).get('/editorial-workflow/log/export?format=csv').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('attachment; filename="nhat-ky-bien-tap-');
    const records = csvRecords(res.body as Buffer);
    const rows = await app.strapi.db.connection(LOG).select('seq', 'hash', 'event').orderBy('seq');
    expect(records[0].slice(0, 3)).toEqual(['Số thứ tự', 'Thời điểm (UTC)', 'Loại nội dung']);
    const body = records.slice(1, -1);
    expect(body.map((record) => Number(record[0]))).toEqual(rows.map((row) => Number(row.seq)));
    expect(body.map((record) => record.at(-1))).toEqual(rows.map((row) => row.hash));
    const last = records.at(-1)!;
    expect(last[0]).toBe('Mốc kiểm tra');
    const checkpoint = JSON.parse(last[5]) as Checkpoint;
    expect(checkpoint).toMatchObject({ seq: Number(rows.at(-1).seq), hash: rows.at(-1).hash, signature: last[4] });
    expect((await verify({ checkpoint }).expect(200)).body.data).toMatchObject({ ok: true, checkpoint: { ok: true } });
  });

  it('XLSX: sheet "Nhật ký" with every row, sheet "Mốc kiểm tra" with the checkpoint', async () => {
    const res = await as(app, city).get('/editorial-workflow/log/export?format=xlsx').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new Workbook();
    await workbook.xlsx.load(res.body as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Nhật ký', 'Mốc kiểm tra']);
    const rows = await app.strapi.db.connection(LOG).select('seq', 'hash').orderBy('seq');
    const sheet = workbook.getWorksheet('Nhật ký')!;
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('Số thứ tự');
    expect(sheet.getRow(rows.length + 1).getCell(1).value).toBe(Number(rows.at(-1).seq));
    const proof = workbook.getWorksheet('Mốc kiểm tra')!;
    const values = new Map<string, unknown>();
    proof.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get('Số thứ tự dòng cuối (seq)')).toBe(Number(rows.at(-1).seq));
    expect(values.get('Mã băm dòng cuối (hash)')).toBe(rows.at(-1).hash);
    const checkpoint = JSON.parse(String([...values.values()].at(-1))) as Checkpoint;
    expect((await verify({ checkpoint }).expect(200)).body.data.ok).toBe(true);
  });

  it('JSON Lines: every row as stored, the snapshot of each content hash once, then the checkpoint; all recomputable', async () => {
    const res = await as(app, city).get('/editorial-workflow/log/export?format=jsonl').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/jsonl; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/filename="nhat-ky-bien-tap-dau-nay\.jsonl"/);
    const lines = (res.body as Buffer).toString('utf8').trim().split('\n').map((line) => JSON.parse(line) as { type: string } & Record<string, unknown>);
    const rows = lines.filter((line) => line.type === 'log').map(({ type: _type, ...row }) => row);
    const stored = await app.strapi.db.connection(LOG).select('seq', 'hash').orderBy('seq');
    expect(rows.map((row) => [row.seq, row.hash])).toEqual(stored.map((row) => [Number(row.seq), row.hash]));
    // The file alone proves the chain: each row's hash recomputed from its fields and the one before.
    expect(verifyChain(rows as never)).toEqual({ ok: true, rows: stored.length });

    const snapshots = lines.filter((line) => line.type === 'snapshot') as unknown as Array<{ contentHash: string; uid: string; content: unknown }>;
    const named = new Set(rows.map((row) => row.contentHash).filter(Boolean));
    expect(snapshots.length).toBe(named.size); // every decision here was made after snapshots began
    expect(new Set(snapshots.map((snapshot) => snapshot.contentHash))).toEqual(named);
    for (const snapshot of snapshots) expect(hashOfContent(snapshot.content)).toBe(snapshot.contentHash);
    // Each snapshot follows the first row that names its hash.
    const firstNaming = lines.findIndex((line) => line.type === 'log' && line.contentHash === snapshots[0].contentHash);
    expect(lines[firstNaming + 1]).toMatchObject({ type: 'snapshot', contentHash: snapshots[0].contentHash });

    const { type, ...checkpoint } = lines.at(-1)!;
    expect(type).toBe('checkpoint');
    expect(checkpoint).toMatchObject({ seq: Number(stored.at(-1).seq), hash: stored.at(-1).hash });
    expect((await verify({ checkpoint }).expect(200)).body.data).toMatchObject({ ok: true, checkpoint: { ok: true } });
  });

  it(`reads the log in batches of ${LOG_BATCH_SIZE}: a log longer than one batch is exported and verified whole`, async () => {
    const log = logRepository(app.strapi);
    // The workflow's own path: a transaction marked as the workflow's, which the database guard lets append.
    await workflowTransaction(app.strapi, async ({ trx }) => {
      for (let i = 0; i < LOG_BATCH_SIZE + 5; i += 1) {
        await log.append({
          targetUid: ARTICLE, targetDocumentId: 'lotofrows000000000000000', locale: 'vi', event: 'overdue', fromState: 'submitted',
          toState: 'submitted', actor: { id: null, name: 'Hệ thống', roles: [], units: [] }, reasonCode: null, reasonText: null,
          comment: null, contentHash: null,
        }, trx as never);
      }
    });
    const total = await lastSeq();
    const res = await as(app, city).get('/editorial-workflow/log/export?format=csv').buffer(true).parse(binary).expect(200);
    const records = csvRecords(res.body as Buffer);
    expect(records.slice(1, -1).map((record) => Number(record[0]))).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect((await verify().expect(200)).body.data).toMatchObject({ ok: true, rows: total });
  });

  it('a period of local days: only its rows; none in a future period (checkpoint seq 0); bad input 400; readers only', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const todays = csvRecords((await as(app, city).get(`/editorial-workflow/log/export?format=csv&from=${today}&to=${today}`).buffer(true).parse(binary).expect(200)).body);
    expect(todays.length - 2).toBe(await lastSeq());
    const future = csvRecords((await as(app, city).get('/editorial-workflow/log/export?format=csv&from=2099-01-01&to=2099-01-31').buffer(true).parse(binary).expect(200)).body);
    expect(future).toHaveLength(2);
    expect(future[1].slice(0, 2)).toEqual(['Mốc kiểm tra', '0']);

    const bad = await as(app, city).get('/editorial-workflow/log/export?format=pdf').expect(400);
    expect(bad.body.error.message).toContain('"format": phải là "csv", "xlsx" hoặc "jsonl"');
    const reversed = await as(app, city).get('/editorial-workflow/log/export?format=csv&from=2026-03-02&to=2026-03-01').expect(400);
    expect(reversed.body.error.message).toContain('"from"');
    await as(app, contributor).get('/editorial-workflow/log/export?format=csv').expect(403);
  });
});

describe('checkpoints that live elsewhere', () => {
  it('the daily job stores a checkpoint and e-mails it to the board only, as text they can keep', async () => {
    const service = app.strapi.plugin('editorial-workflow').service('checkpoints') as { daily(): Promise<{ checkpoint: Checkpoint }> };
    let checkpoint: Checkpoint | undefined;
    const sent = await capturingEmail(app, async () => {
      ({ checkpoint } = await service.daily());
    });
    expect(sent.map((mail) => mail.to)).toEqual([board.email]);
    const [mail] = sent;
    expect(mail.subject).toContain('Mốc kiểm tra nhật ký biên tập');
    expect(mail.text).toContain(`Số thứ tự dòng cuối (seq): ${checkpoint!.seq}`);
    expect(mail.text).toContain(checkpoint!.hash);
    expect(mail.text).toContain(checkpoint!.signature);
    const pasted = JSON.parse(mail.text.trim().split('\n').at(-1)!) as Checkpoint;
    expect(pasted).toEqual(checkpoint);
    const stored = await app.strapi.db.connection(CHECKPOINTS).where({ signature: checkpoint!.signature }).first();
    expect(stored).toMatchObject({ reason: 'daily', requested_by: null });
  });

  it('the statistics exports carry the current checkpoint (a last CSV line, a sheet in XLSX)', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const csv = csvRecords((await as(app, board).get(`/editorial-workflow/stats?from=${today}&to=${today}&format=csv`).buffer(true).parse(binary).expect(200)).body);
    const line = csv.at(-1)!;
    expect(line.slice(0, 2)).toEqual(['Mốc kiểm tra', String(await lastSeq())]);
    expect((await verify({ checkpoint: JSON.parse(line[5]) }).expect(200)).body.data.ok).toBe(true);

    const res = await as(app, board).get(`/editorial-workflow/stats?from=${today}&to=${today}&format=xlsx`).buffer(true).parse(binary).expect(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(res.body as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Thống kê', 'Mốc kiểm tra']);
    expect(workbook.getWorksheet('Mốc kiểm tra')!.getRow(1).getCell(2).value).toBe(await lastSeq());
  });
});

describe('a truncated tail', () => {
  it('is not seen by the chain walk alone, but verify against a checkpoint names the missing rows', async () => {
    const checkpoint = await head$();
    await deleteNewestLogRows(5);
    const first = checkpoint.seq - 4;

    const chainOnly = await (app.strapi.plugin('editorial-workflow').service('workflow') as { verifyLog(): Promise<{ ok: boolean }> }).verifyLog();
    expect(chainOnly.ok).toBe(true);

    const given = (await verify({ checkpoint }).expect(200)).body.data;
    expect(given).toMatchObject({ ok: false, brokenAt: first, checkpoint: { source: 'given', ok: false, missing: { from: first, to: checkpoint.seq } } });
    expect(given.reason).toMatch(new RegExp(`^Thiếu các dòng nhật ký số ${first}–${checkpoint.seq} so với mốc kiểm tra lúc \\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4}`));

    // By default the strongest stored checkpoint is the reference: the same rows are missing.
    expect((await verify().expect(200)).body.data).toMatchObject({ ok: false, brokenAt: first, checkpoint: { source: 'stored', missing: { from: first, to: checkpoint.seq } } });
  });

  it('rows written again after the deletion do not pass for the checkpointed ones', async () => {
    const checkpoint = (await app.strapi.db.connection(CHECKPOINTS).orderBy('seq', 'desc').first()) as Checkpoint;
    const given = { seq: Number(checkpoint.seq), hash: checkpoint.hash, at: checkpoint.at, signature: checkpoint.signature };
    // The ordinary path appends new rows with the deleted numbers.
    const log = logRepository(app.strapi);
    // The workflow's own path: a transaction marked as the workflow's, which the database guard lets append.
    await workflowTransaction(app.strapi, async ({ trx }) => {
      for (let i = 0; i < 5; i += 1) {
        await log.append({
          targetUid: ARTICLE, targetDocumentId: 'rewritten000000000000000', locale: 'vi', event: 'overdue', fromState: 'submitted',
          toState: 'submitted', actor: { id: null, name: 'Hệ thống', roles: [], units: [] }, reasonCode: null, reasonText: null,
          comment: null, contentHash: null,
        }, trx as never);
      }
    });
    const res = (await verify({ checkpoint: given }).expect(200)).body.data;
    expect(res).toMatchObject({ ok: false, brokenAt: given.seq, checkpoint: { ok: false } });
    expect(res.reason).toContain(`Dòng nhật ký số ${given.seq} không còn như mốc kiểm tra lúc`);
  });

  it('deleting the stored checkpoints too hides it from the default check, not from a mailed one', async () => {
    const mailed = (await app.strapi.db.connection(CHECKPOINTS).orderBy('seq', 'desc').first()) as Checkpoint;
    await deleteNewestLogRows(5);
    await app.strapi.db.connection(CHECKPOINTS).where('seq', '>', await lastSeq()).delete();
    expect((await verify().expect(200)).body.data.ok).toBe(true);
    const res = (await verify({ checkpoint: { seq: Number(mailed.seq), hash: mailed.hash, at: mailed.at, signature: mailed.signature } }).expect(200)).body.data;
    expect(res).toMatchObject({ ok: false, checkpoint: { source: 'given', ok: false } });
  });
});
