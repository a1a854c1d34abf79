import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { stream as excelStream } from 'exceljs';
import type { Checkpoint, LogEntry } from '../api-types';
import { canonicalJson } from '../log/chain';
import { checkpointFields, checkpointRecord, CHECKPOINT_LABEL } from '../log/checkpoint';
import type { LogRepository } from '../repositories/log';
import type { SnapshotsRepository } from '../repositories/snapshots';
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from './stats-export';

export const LOG_SHEET = 'Nhật ký';
export const CHECKPOINT_SHEET = CHECKPOINT_LABEL;

/**
 * One column per field of a log row, in the order the hash covers them. Typed by LogEntry, so a field
 * added to the row is a compile error here until it has a header. The actor is written as canonical
 * JSON: with every field as stored, an inspector can recompute each row's hash from the file.
 */
const HEADERS: Record<keyof LogEntry, string> = {
  seq: 'Số thứ tự',
  at: 'Thời điểm (UTC)',
  targetUid: 'Loại nội dung',
  targetDocumentId: 'Mã tài liệu',
  locale: 'Ngôn ngữ',
  event: 'Bước',
  fromState: 'Từ trạng thái',
  toState: 'Sang trạng thái',
  actor: 'Người thực hiện (JSON)',
  reasonCode: 'Mã lý do',
  reasonText: 'Lý do',
  comment: 'Ghi chú',
  contentHash: 'Mã băm nội dung',
  prevHash: 'Mã băm dòng trước',
  hash: 'Mã băm',
};
const KEYS = Object.keys(HEADERS) as Array<keyof LogEntry>;
const WIDE = new Set<keyof LogEntry>(['actor', 'reasonText', 'comment', 'contentHash', 'prevHash', 'hash']);

const cells = (row: LogEntry): Array<string | number> =>
  KEYS.map((key) => (key === 'actor' ? canonicalJson(row.actor) : row[key] ?? ''));

/** Keeps the rows of one batch the asker may read (the wards where they hold log.read); the identity for every ward. */
export type RowScope = (rows: LogEntry[]) => Promise<LogEntry[]>;

export interface LogExport {
  contentType: string;
  body: Readable;
}

/**
 * The log rows matching `where` up to the checkpoint's row, read a batch at a time and streamed out,
 * then the checkpoint of that last row: a final CSV line, or a second XLSX sheet.
 */
export function exportLog(
  log: LogRepository, snapshots: SnapshotsRepository, where: Record<string, unknown>, checkpoint: Checkpoint, format: LogExportFormat,
  scope?: RowScope,
): LogExport {
  const scoped: LogRepository = scope ? { ...log, batches: (w, upTo) => scopedBatches(log.batches(w, upTo), scope) } : log;
  return formatted(scoped, snapshots, where, checkpoint, format);
}

async function* scopedBatches(batches: AsyncIterable<LogEntry[]>, scope: RowScope): AsyncGenerator<LogEntry[]> {
  for await (const rows of batches) yield await scope(rows);
}

function formatted(log: LogRepository, snapshots: SnapshotsRepository, where: Record<string, unknown>, checkpoint: Checkpoint, format: LogExportFormat): LogExport {
  if (format === 'csv') return { contentType: CSV_CONTENT_TYPE, body: csvExport(log, where, checkpoint) };
  if (format === 'xlsx') return { contentType: XLSX_CONTENT_TYPE, body: xlsxExport(log, where, checkpoint) };
  return { contentType: JSONL_CONTENT_TYPE, body: jsonlExport(log, snapshots, where, checkpoint) };
}

export type LogExportFormat = 'csv' | 'xlsx' | 'jsonl';
export const JSONL_CONTENT_TYPE = 'application/jsonl; charset=utf-8';

/**
 * JSON Lines: each log row as stored (`{"type":"log",…}`), after the first row naming a content hash the
 * snapshot of that content (`{"type":"snapshot","contentHash","uid","createdAt","content"}`), and last the
 * checkpoint (`{"type":"checkpoint",…}`). The whole record, in a form with no cell limit (an article's
 * body passes Excel's 32,767 characters): an inspector recomputes each row's hash, the chain, and each
 * content hash from its snapshot.
 */
function jsonlExport(log: LogRepository, snapshots: SnapshotsRepository, where: Record<string, unknown>, checkpoint: Checkpoint): Readable {
  async function* lines() {
    const written = new Set<string>();
    for await (const rows of log.batches(where, checkpoint.seq)) {
      const wanted = [...new Set(rows.map((row) => row.contentHash).filter((hash): hash is string => !!hash && !written.has(hash)))];
      const byHash = new Map((await snapshots.findMany(wanted)).map((snapshot) => [snapshot.contentHash, snapshot]));
      for (const row of rows) {
        yield `${JSON.stringify({ type: 'log', ...row })}\n`;
        const snapshot = row.contentHash && !written.has(row.contentHash) ? byHash.get(row.contentHash) : undefined;
        if (snapshot) {
          written.add(snapshot.contentHash);
          yield `${JSON.stringify({ type: 'snapshot', ...snapshot })}\n`;
        }
      }
    }
    yield `${JSON.stringify({ type: 'checkpoint', ...checkpoint })}\n`;
  }
  return Readable.from(lines());
}

function csvExport(log: LogRepository, where: Record<string, unknown>, checkpoint: Checkpoint): Readable {
  async function* records() {
    yield KEYS.map((key) => HEADERS[key]);
    for await (const rows of log.batches(where, checkpoint.seq)) for (const row of rows) yield cells(row);
    yield [];
    yield checkpointRecord(checkpoint);
  }
  // Excel reads UTF-8 only with a byte order mark; CRLF like the statistics export.
  return Readable.from(records()).pipe(stringify({ bom: true, record_delimiter: 'windows' }));
}

function xlsxExport(log: LogRepository, where: Record<string, unknown>, checkpoint: Checkpoint): Readable {
  const out = new PassThrough();
  const workbook = new excelStream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'editorial-workflow';
  (async () => {
    const sheet = workbook.addWorksheet(LOG_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = KEYS.map((key) => ({ key, width: WIDE.has(key) ? 40 : 18 }));
    const header = sheet.addRow(KEYS.map((key) => HEADERS[key]));
    header.font = { bold: true };
    header.commit();
    for await (const rows of log.batches(where, checkpoint.seq)) for (const row of rows) sheet.addRow(cells(row)).commit();
    sheet.commit();
    const proof = workbook.addWorksheet(CHECKPOINT_SHEET);
    proof.columns = [{ width: 40 }, { width: 80 }];
    for (const line of checkpointFields(checkpoint)) proof.addRow(line).commit();
    proof.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}
