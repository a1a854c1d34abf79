import type { Readable } from 'node:stream';
import { errors } from '@strapi/utils';
import { mapHeaders, missingColumns, wordReader, type Column } from './columns';
import { readSheet, type SheetFormat } from './read';
import { toRecord, type Catalogue, type DossierRecord, type RowError } from './record';

/** A file read and checked, nothing written yet: what the desk sees before confirming. */
export interface Analysis {
  rows: number;
  records: DossierRecord[];
  errors: RowError[];
  /** Share of bad rows above which nothing is imported (DOSSIER_IMPORT_MAX_ERROR_RATE). */
  maxErrorRate: number;
  acceptable: boolean;
}

const PREVIEW_ROWS = 10;
export const previewOf = (analysis: Analysis) => ({
  rows: analysis.rows,
  valid: analysis.records.length,
  invalid: analysis.rows - analysis.records.length,
  acceptable: analysis.acceptable,
  maxErrorRate: analysis.maxErrorRate,
  preview: analysis.records.slice(0, PREVIEW_ROWS).map(({ procedureCode: _p, ...shown }) => shown),
  errors: analysis.errors,
});

export interface AnalyseOptions {
  procedures: Catalogue;
  maskApplicant: boolean;
  maxErrorRate: number;
}

/** Reads a one-stop export and checks every row; a file the import cannot read at all is a 400. */
export async function analyse(input: Readable, format: SheetFormat, options: AnalyseOptions): Promise<Analysis> {
  let columns: Array<Column | undefined> | undefined;
  const records: DossierRecord[] = [];
  const rowErrors: RowError[] = [];
  const seen = new Map<string, number>();
  const words = wordReader();
  let rows = 0;
  try {
    for await (const { line, cells } of readSheet(input, format)) {
      if (!columns) {
        columns = mapHeaders(cells);
        const missing = missingColumns(columns);
        if (missing.length > 0) {
          throw new errors.ValidationError(`Tệp thiếu cột: ${missing.join(', ')}. Dòng đầu tiên phải là tên cột (xem mẫu trong hướng dẫn).`);
        }
        continue;
      }
      rows += 1;
      const named: Partial<Record<Column, unknown>> = {};
      columns.forEach((column, i) => { if (column) named[column] = cells[i]; });
      const result = toRecord(line, named, options.procedures, options.maskApplicant, words);
      if (Array.isArray(result)) {
        rowErrors.push(...result);
      } else if (seen.has(result.code)) {
        rowErrors.push({ line, code: result.code, message: `Mã hồ sơ "${result.code}" trùng với dòng ${seen.get(result.code)}.` });
      } else {
        seen.set(result.code, line);
        records.push(result);
      }
    }
  } catch (error) {
    if (error instanceof errors.ValidationError) throw error;
    throw new errors.ValidationError(`Không đọc được tệp ${format.toUpperCase()}: ${(error as Error).message}. Hãy lưu lại tệp từ phần mềm một cửa rồi thử lại.`);
  }
  if (!columns) throw new errors.ValidationError('Tệp trống: không có dòng tên cột.');
  if (rows === 0) throw new errors.ValidationError('Tệp không có dòng hồ sơ nào sau dòng tên cột.');
  const badRows = rows - records.length;
  return { rows, records, errors: rowErrors, maxErrorRate: options.maxErrorRate, acceptable: badRows / rows <= options.maxErrorRate };
}
