import { randomInt } from 'node:crypto';

/**
 * Tracking codes a citizen can read aloud on the phone: "HD-7K3M-Q9XZ". Crockford's base32 alphabet
 * has no I, L, O or U, so nothing is confused with 1, 0 or V; 8 random characters give 40 bits, far
 * more than a rate-limited lookup can walk.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newTrackingCode(): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `HD-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

export const TRACKING_CODE_PATTERN = /^HD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Accepts what people type: lower case, spaces or no dashes, O for 0 and I/L for 1. */
export function normalizeTrackingCode(input: string): string {
  const compact = input.toUpperCase().replace(/[\s-]+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return /^HD[0-9A-Z]{8}$/.test(compact) ? `HD-${compact.slice(2, 6)}-${compact.slice(6)}` : compact;
}
