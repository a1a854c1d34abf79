import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { Checkpoint } from '../api-types';
import { GENESIS } from './chain';

export type { Checkpoint };

/** The row a checkpoint vouches for: its sequence number and hash (seq 0 and GENESIS for an empty log). */
export interface ChainPoint {
  seq: number;
  hash: string;
}

export const EMPTY_HEAD: ChainPoint = { seq: 0, hash: GENESIS };

/** Versioned, so that a later format can never be mistaken for this one. */
const PREFIX = 'editorial-workflow-checkpoint-v1';

/** The exact text the signature covers: an inspector can recompute it with `openssl dgst -sha256 -hmac`. */
export function canonicalCheckpoint({ seq, hash, at }: Omit<Checkpoint, 'signature'>): string {
  return `${PREFIX}|${seq}|${hash}|${at}`;
}

/**
 * The signing key: LOG_CHECKPOINT_SECRET when set (as is, so it can be handed to an inspector), else a key
 * derived from APP_KEYS with HKDF (so the APP_KEYS themselves never sign anything). Never a built-in key.
 */
export function checkpointKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const secret = env.LOG_CHECKPOINT_SECRET?.trim();
  if (secret) return Buffer.from(secret, 'utf8');
  const appKeys = env.APP_KEYS?.trim();
  if (!appKeys) throw new Error('editorial-workflow: set LOG_CHECKPOINT_SECRET (or APP_KEYS) to sign log checkpoints.');
  return Buffer.from(hkdfSync('sha256', appKeys, 'editorial-workflow', 'log checkpoint signing key', 32));
}

const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text, 'utf8').digest('hex');

export function signCheckpoint(point: ChainPoint, at: Date, key: Buffer = checkpointKey()): Checkpoint {
  const unsigned = { seq: point.seq, hash: point.hash, at: at.toISOString() };
  return { ...unsigned, signature: hmac(key, canonicalCheckpoint(unsigned)) };
}

/** Constant-time comparison of the signature with the one this server would give. */
export function signatureValid(checkpoint: Checkpoint, key: Buffer = checkpointKey()): boolean {
  const expected = Buffer.from(hmac(key, canonicalCheckpoint(checkpoint)), 'hex');
  const given = Buffer.from(checkpoint.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const CHECKPOINT_LABEL = 'Mốc kiểm tra';

/** The checkpoint as "label, value" lines: the e-mail, the exports' checkpoint sheet; the last is the JSON to paste back. */
export function checkpointFields(checkpoint: Checkpoint): Array<[string, string | number]> {
  return [
    ['Số thứ tự dòng cuối (seq)', checkpoint.seq],
    ['Mã băm dòng cuối (hash)', checkpoint.hash],
    ['Thời điểm cấp (UTC)', checkpoint.at],
    ['Chữ ký (HMAC-SHA256)', checkpoint.signature],
    ['Mốc để dán vào ô "Kiểm tra theo mốc" ở trang Nhật ký', JSON.stringify(checkpoint)],
  ];
}

/** The CSV exports' final line: the label, the four fields, and the JSON to paste back. */
export const checkpointRecord = (checkpoint: Checkpoint): Array<string | number> =>
  [CHECKPOINT_LABEL, checkpoint.seq, checkpoint.hash, checkpoint.at, checkpoint.signature, JSON.stringify(checkpoint)];

/** The checkpoint as text the board can keep (the daily e-mail). */
export function checkpointText(checkpoint: Checkpoint): string {
  const fields = checkpointFields(checkpoint);
  const [json] = fields.splice(-1);
  return [...fields.map(([label, value]) => `${label}: ${value}`), '', `${json[0]}:`, String(json[1])].join('\n');
}
