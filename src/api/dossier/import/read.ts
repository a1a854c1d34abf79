import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse } from 'csv-parse';
import { stream as excelStream } from 'exceljs';

/** One row of a spreadsheet: its line number as the user sees it (the header is line 1) and its cells. */
export interface SheetRow {
  line: number;
  cells: unknown[];
}

export type SheetFormat = 'csv' | 'xlsx';

/** CSV or XLSX, by the file name or, for an upload without a usable name, by the ZIP signature. */
export function formatOf(fileName: string, head: Buffer): SheetFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'csv';
  return head.subarray(0, 2).toString('latin1') === 'PK' ? 'xlsx' : null;
}

/** A cell as plain data: rich text, hyperlinks and formulas give their text or result. */
function plain(value: unknown): unknown {
  if (value && typeof value === 'object') {
    const cell = value as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown };
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell) return plain(cell.result);
    if ('text' in cell) return plain(cell.text);
  }
  return value;
}

async function* csvRows(input: Readable): AsyncGenerator<SheetRow> {
  // Excel saves "CSV UTF-8" with a BOM and, in Vietnamese locales, often with semicolons.
  const parser = input.pipe(parse({ bom: true, delimiter: [',', ';', '\t'], relax_column_count: true, skip_empty_lines: true, info: true }));
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield { line: info.lines, cells: record };
  }
}

/** Decodes UTF-8 across chunk boundaries (a character split between two chunks stays whole). */
async function* utf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * exceljs's streaming reader decodes each zip chunk on its own, so a Vietnamese character that straddles
 * two chunks comes out as "�" (exceljs issues #2063, #2084, still open in 4.4.0). Its shared strings
 * and worksheets are fed through a proper UTF-8 decoder here.
 */
class Utf8WorkbookReader extends (excelStream.xlsx.WorkbookReader as unknown as new (input: Readable, options: object) => AsyncIterable<unknown> & {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}) {
  _parseSharedStrings(entry: Readable) {
    entry.setEncoding('utf8');
    return super._parseSharedStrings(entry);
  }

  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string) {
    return super._parseWorksheet(utf8(iterator), sheetNo);
  }
}

async function* xlsxRows(input: Readable): AsyncGenerator<SheetRow> {
  // Streamed: a 50,000-row export never sits in memory as a whole workbook. Styles are not read: a date
  // cell then comes as its Excel serial number, which parseCalendarDate reads.
  const reader = new Utf8WorkbookReader(input, { sharedStrings: 'cache', styles: 'ignore', worksheets: 'emit', hyperlinks: 'ignore' });
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<{ number: number; values: unknown[] }>) {
      const cells = (row.values as unknown[]).slice(1).map(plain);
      if (cells.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== '')) yield { line: row.number, cells };
    }
    return; // the first sheet only
  }
}

/** The rows of the first sheet of an XLSX file or of a CSV file, header first. */
export function readSheet(input: Readable, format: SheetFormat): AsyncGenerator<SheetRow> {
  return format === 'csv' ? csvRows(input) : xlsxRows(input);
}
