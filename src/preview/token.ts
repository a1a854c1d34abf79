import { createHmac, timingSafeEqual } from 'node:crypto';

/** What one preview link opens: exactly one version of one item, until `exp` (seconds since the epoch). */
export interface PreviewClaim {
  uid: string;
  documentId: string;
  locale: string | null;
  status: 'draft' | 'published';
  exp: number;
}

export type PreviewTokenError = 'malformed' | 'signature' | 'expired';

/** Long enough to open the preview and look at it; a link that leaks stops working soon after. */
export const PREVIEW_TOKEN_SECONDS = 10 * 60;

const mac = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/** `<payload>.<HMAC-SHA256 of it>`, both base64url: the signature binds every field of the claim. */
export function signPreviewToken(claim: Omit<PreviewClaim, 'exp'>, secret: string, now = Date.now()): string {
  const full: PreviewClaim = { ...claim, exp: Math.floor(now / 1000) + PREVIEW_TOKEN_SECONDS };
  const payload = Buffer.from(JSON.stringify(full)).toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

export function verifyPreviewToken(token: string, secret: string, now = Date.now()): PreviewClaim | PreviewTokenError {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return 'malformed';
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'signature';
  let claim: Partial<PreviewClaim>;
  try {
    claim = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<PreviewClaim>;
  } catch {
    return 'malformed';
  }
  const valid = typeof claim.uid === 'string' && typeof claim.documentId === 'string' && typeof claim.exp === 'number'
    && (claim.locale === null || typeof claim.locale === 'string') && (claim.status === 'draft' || claim.status === 'published');
  if (!valid) return 'malformed';
  return claim.exp! * 1000 <= now ? 'expired' : (claim as PreviewClaim);
}
