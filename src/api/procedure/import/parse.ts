import { Readable } from 'node:stream';
import { errors } from '@strapi/utils';
import { readSheet, type SheetFormat } from '../../dossier/import/read';
import { fromSheetRow, procedureInput, type ProcedureInput } from './layout';

export interface ParsedSet {
  procedures: ProcedureInput[];
  errors: Array<{ line: number; code?: string; message: string }>;
}

/** A procedure set file: JSON (an array, or { procedures: [...] }), CSV or XLSX; every entry checked. */
export async function parseProcedureSet(data: Buffer, format: SheetFormat | 'json'): Promise<ParsedSet> {
  let entries: Array<{ line: number; value: unknown }>;
  if (format === 'json') {
    let json: unknown;
    try {
      json = JSON.parse(data.toString('utf8'));
    } catch (error) {
      throw new errors.ValidationError(`Tệp JSON không hợp lệ: ${(error as Error).message}`);
    }
    const list = Array.isArray(json) ? json : (json as { procedures?: unknown }).procedures;
    if (!Array.isArray(list)) throw new errors.ValidationError('Tệp JSON phải là một danh sách thủ tục, hoặc { "procedures": [...] }.');
    entries = list.map((value, i) => ({ line: i + 1, value }));
  } else {
    entries = [];
    let headers: unknown[] | undefined;
    for await (const { line, cells } of readSheet(Readable.from(data), format)) {
      if (!headers) headers = cells;
      else entries.push({ line, value: fromSheetRow(headers, cells) });
    }
  }
  const parsed: ParsedSet = { procedures: [], errors: [] };
  const seen = new Set<string>();
  for (const { line, value } of entries) {
    const result = procedureInput.safeParse(value);
    const code = typeof (value as { code?: unknown })?.code === 'string' ? (value as { code: string }).code : undefined;
    if (!result.success) {
      parsed.errors.push({ line, code, message: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') });
    } else if (seen.has(result.data.code)) {
      parsed.errors.push({ line, code, message: `Mã thủ tục ${result.data.code} xuất hiện hai lần.` });
    } else {
      seen.add(result.data.code);
      parsed.procedures.push(result.data);
    }
  }
  if (entries.length === 0) throw new errors.ValidationError('Tệp không có thủ tục nào.');
  return parsed;
}
