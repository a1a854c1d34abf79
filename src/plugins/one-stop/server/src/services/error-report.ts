import { stringify } from 'csv-stringify/sync';

export interface RowError {
  line: number;
  code?: string;
  message: string;
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** A cell Excel would run as a formula (=, +, -, @ first) is kept as text: the messages quote the file's cells. */
const asText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** Every row error of an upload as a CSV that Excel opens in UTF-8 (BOM): line, dossier code, what is wrong. */
export function errorReportCsv(errors: RowError[]): Buffer {
  const rows = [['Dòng', 'Mã hồ sơ', 'Lỗi'], ...errors.map((error) => [String(error.line), asText(error.code ?? ''), asText(error.message)])];
  return Buffer.from(`\uFEFF${stringify(rows)}`);
}

/** "ho-so-20-11.xlsx" → "bao-cao-loi-ho-so-20-11.csv", with only safe characters in the header. */
export function errorReportName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '').normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^A-Za-z0-9._-]+/g, '-');
  return `bao-cao-loi-${base || 'tep'}.csv`;
}
