import { createHash } from 'node:crypto';
import type { LogFields, VerifyResult } from '../api-types';

export type { VerifyResult };

export type { LogFields };

export const GENESIS = '0'.repeat(64);

/** JSON with sorted keys at every level: the same row always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function rowHash(fields: LogFields): string {
  return createHash('sha256').update(fields.prevHash).update(canonicalJson(fields)).digest('hex');
}


/** Walks the chain in order and reports the first row whose link or content does not hold. */
export function verifyChain(rows: Array<LogFields & { hash: string }>): VerifyResult {
  let prev = GENESIS;
  for (const [index, row] of rows.entries()) {
    if (row.seq !== index + 1) return { ok: false, rows: rows.length, brokenAt: row.seq, reason: `dòng ${index + 1} bị thiếu` };
    if (row.prevHash !== prev) return { ok: false, rows: rows.length, brokenAt: row.seq, reason: 'liên kết với dòng trước bị đứt' };
    const { hash, ...fields } = row;
    if (rowHash(fields) !== hash) return { ok: false, rows: rows.length, brokenAt: row.seq, reason: 'nội dung dòng đã bị sửa' };
    prev = hash;
  }
  return { ok: true, rows: rows.length };
}
