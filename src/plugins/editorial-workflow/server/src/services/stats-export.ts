import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';
import { checkpointFields, checkpointRecord, CHECKPOINT_LABEL, type Checkpoint } from '../log/checkpoint';
import type { ReasonCount, StatsResult, StatsRow, WaitingState } from './stats';

export const SHEET_NAME = 'Thống kê';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Cell = string | number | null;

export interface StatsColumn {
  header: string;
  /** text: names and lists; count: whole numbers; decimal: hours and percentages, one decimal. */
  kind: 'text' | 'count' | 'decimal';
  width: number;
  value(row: StatsRow): Cell;
}

/** How the waiting states read in column headers ("Trung vị <…> (giờ)", "Quá hạn <…>"). */
const WAIT_PHRASES: Record<string, string> = {
  submitted: 'chờ đơn vị duyệt',
  unit_approved: 'chờ Ban biên tập duyệt',
  propaganda_review: 'chờ Ban Tuyên giáo cho ý kiến',
  approved: 'chờ đăng sau khi duyệt',
};
const phraseOf = (state: WaitingState) =>
  WAIT_PHRASES[state.id] ?? `${state.label.charAt(0).toLocaleLowerCase('vi')}${state.label.slice(1)}`;

export const formatReasons = (reasons: ReasonCount[]) => reasons.map((reason) => `${reason.code} – ${reason.label} (${reason.count})`).join('; ');

/** The columns of both exports, in order, with Vietnamese headers. */
export function statsColumns(result: StatsResult): StatsColumn[] {
  const count = (header: string, value: (row: StatsRow) => number | null, width = 10): StatsColumn => ({ header, kind: 'count', width, value });
  const decimal = (header: string, value: (row: StatsRow) => number | null, width = 14): StatsColumn => ({ header, kind: 'decimal', width, value });
  return [
    { header: result.groupBy === 'unit' ? 'Đơn vị' : 'Chuyên mục', kind: 'text', width: 42, value: (row) => row.name },
    count('Đã gửi', (row) => row.submitted),
    count('Gửi lại', (row) => row.resubmitted),
    count('Đã đăng', (row) => row.published),
    count('Số đơn vị có bài đăng', (row) => row.publishingUnits, 14),
    count('Trả lại', (row) => row.returned),
    count('Từ chối', (row) => row.rejected),
    decimal('Tỷ lệ chấp nhận (%)', (row) => row.acceptanceRate),
    ...result.waitingStates.map((state) => decimal(`Trung vị ${phraseOf(state)} (giờ)`, (row) => row.medianWaitHours[state.id] ?? null, 18)),
    ...result.waitingStates.map((state) => count(`Quá hạn ${phraseOf(state)}`, (row) => row.breaches[state.id] ?? 0, 16)),
    decimal('Trung vị từ sự kiện đến khi đăng (giờ)', (row) => row.medianEventToPublishHours, 18),
    count('Đăng trễ hạn', (row) => row.latePublications),
    { header: 'Lý do trả lại nhiều nhất', kind: 'text', width: 48, value: (row) => formatReasons(row.topReturnReasons) || null },
    count('Chỉ tiêu', (row) => row.quota),
    decimal('Đạt chỉ tiêu (%)', (row) => row.quotaProgress),
  ];
}

const lines = (result: StatsResult) => [...result.rows, result.total];

/**
 * CSV for Excel: UTF-8 with a byte order mark (so Vietnamese shows), comma-separated, CRLF, a header
 * line, one line per row, the total, then after an empty line the log's checkpoint ("Mốc kiểm tra", seq,
 * hash, time, signature, JSON). Empty cell = no value (e.g. no rate when nothing was submitted).
 */
export function toCsv(result: StatsResult, checkpoint: Checkpoint): string {
  const columns = statsColumns(result);
  const records = lines(result).map((row) => columns.map((column) => column.value(row) ?? ''));
  return stringify([columns.map((column) => column.header), ...records, [], checkpointRecord(checkpoint)], { bom: true, record_delimiter: 'windows' });
}

/**
 * Sheet "Thống kê": bold frozen header, number formats per column, the total row bold at the end; sheet
 * "Mốc kiểm tra": the log's checkpoint the figures were computed against.
 */
export async function toXlsx(result: StatsResult, checkpoint: Checkpoint): Promise<Buffer> {
  const columns = statsColumns(result);
  const workbook = new Workbook();
  workbook.creator = 'editorial-workflow';
  workbook.created = new Date(result.generatedAt);
  workbook.title = `Thống kê tin bài ${result.period.from} – ${result.period.to}`;
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({
    key: `c${index}`,
    width: column.width,
    style: column.kind === 'count' ? { numFmt: '0' } : column.kind === 'decimal' ? { numFmt: '0.0' } : {},
  }));
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  for (const row of lines(result)) sheet.addRow(columns.map((column) => column.value(row)));
  sheet.lastRow!.font = { bold: true };
  const proof = workbook.addWorksheet(CHECKPOINT_LABEL);
  proof.columns = [{ width: 40 }, { width: 80 }];
  proof.addRows(checkpointFields(checkpoint));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
