import { createHash } from 'node:crypto';

/** The fields of a log row that its hash covers (everything but the hash itself). */
export interface LogFields {
  seq: number;
  targetUid: string;
  targetDocumentId: string;
  locale: string | null;
  event: string;
  fromState: string | null;
  toState: string | null;
  actor: { id: number | null; name: string; roles: string[]; units: string[] };
  reasonCode: string | null;
  reasonText: string | null;
  comment: string | null;
  contentHash: string | null;
  at: string;
  prevHash: string;
}

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

export type VerifyResult = { ok: true; rows: number } | { ok: false; rows: number; brokenAt: number; reason: string };

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
