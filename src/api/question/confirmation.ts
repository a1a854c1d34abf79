import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { QuestionInput } from './inputs';

/**
 * The stand-in for the proof of work when the browser runs no JavaScript: the CMS shows the question back
 * with a signed token, and only that question, confirmed by a person after a moment and before the token
 * runs out, is stored, once. It costs a bot a round trip and a wait instead of CPU; the per-client limit
 * on asking, the honeypot and the single use of each token do the rest.
 */
export type Refusal = 'invalid' | 'changed' | 'early' | 'expired';

interface Claims {
  /** Digest of the question as shown. */
  d: string;
  /** Issued at, ms. */
  t: number;
  /** Single-use salt, stored with the question. */
  s: string;
}

const digest = (input: QuestionInput): string =>
  createHash('sha256')
    .update(JSON.stringify([input.name, input.phone, input.email, input.address, input.field, input.title, input.question, input.consentToPublish]))
    .digest('base64url');

const sign = (payload: string, key: string) => createHmac('sha256', key).update(`question-confirmation|${payload}`).digest('base64url');

export function issueConfirmation(input: QuestionInput, key: string, now: Date): string {
  const payload = Buffer.from(JSON.stringify({ d: digest(input), t: now.getTime(), s: randomBytes(12).toString('hex') } satisfies Claims)).toString('base64url');
  return `${payload}.${sign(payload, key)}`;
}

export function verifyConfirmation(
  token: string,
  input: QuestionInput,
  key: string,
  now: Date,
  window: { minMs: number; maxMs: number },
): { salt: string } | { refused: Refusal } {
  const [payload = '', signature = ''] = token.split('.');
  const expected = Buffer.from(sign(payload, key));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { refused: 'invalid' };
  let claims: Claims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
  } catch {
    return { refused: 'invalid' };
  }
  if (claims.d !== digest(input)) return { refused: 'changed' };
  const age = now.getTime() - claims.t;
  if (age < window.minMs) return { refused: 'early' };
  if (age > window.maxMs) return { refused: 'expired' };
  return { salt: `xacnhan:${claims.s}` };
}
