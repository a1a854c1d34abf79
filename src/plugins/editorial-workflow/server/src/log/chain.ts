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

type ChainRow = LogFields & { hash: string };

/**
 * Walks the chain in order, one row at a time, so that a long log can be checked in batches; it counts
 * every row pushed and `result` reports the first one whose link or content does not hold.
 */
export function chainWalker() {
  let prev = GENESIS;
  let rows = 0;
  let broken: { brokenAt: number; reason: string } | null = null;
  return {
    push(row: ChainRow): void {
      rows += 1;
      if (broken) return;
      const { hash, ...fields } = row;
      if (row.seq !== rows) broken = { brokenAt: row.seq, reason: `dòng ${rows} bị thiếu` };
      else if (row.prevHash !== prev) broken = { brokenAt: row.seq, reason: 'liên kết với dòng trước bị đứt' };
      else if (rowHash(fields) !== hash) broken = { brokenAt: row.seq, reason: 'nội dung dòng đã bị sửa' };
      prev = hash;
    },
    result(): VerifyResult {
      return broken ? { ok: false, rows, ...broken } : { ok: true, rows };
    },
  };
}

/** The whole chain at once (tests, small logs). */
export function verifyChain(rows: ChainRow[]): VerifyResult {
  const walker = chainWalker();
  for (const row of rows) walker.push(row);
  return walker.result();
}
