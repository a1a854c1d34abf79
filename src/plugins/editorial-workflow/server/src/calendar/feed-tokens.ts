import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { PLUGIN } from '../permissions';

interface StoredToken {
  /** sha256 of the whole token, hex: the token itself is shown once and never stored. */
  hash: string;
  createdAt: string;
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');
const TOKEN = /^(\d{1,10})\.([A-Za-z0-9_-]{43})$/;

/**
 * One calendar-feed token per person, kept hashed in the plugin's store under the person's id. The token
 * is "<user id>.<32 random bytes>": the id finds the one hash to compare, so a lookup scans nothing, and
 * the random part makes guessing hopeless. Creating a token replaces the old one (rotation).
 */
export function feedTokens(strapi: Core.Strapi) {
  const store = (userId: number) => strapi.store({ type: 'plugin', name: PLUGIN, key: `calendar-feed-${userId}` });
  return {
    async info(userId: number): Promise<{ exists: boolean; createdAt: string | null }> {
      const stored = (await store(userId).get({})) as StoredToken | null;
      return { exists: Boolean(stored?.hash), createdAt: stored?.hash ? stored.createdAt : null };
    },

    async create(userId: number, now = new Date()): Promise<{ token: string; createdAt: string }> {
      const token = `${userId}.${randomBytes(32).toString('base64url')}`;
      const createdAt = now.toISOString();
      await store(userId).set({ value: { hash: digest(token), createdAt } satisfies StoredToken });
      return { token, createdAt };
    },

    async revoke(userId: number): Promise<void> {
      await store(userId).delete({});
    },

    /** The id of the person whose current token this is; null for anything else (malformed, rotated, revoked). */
    async userOf(token: string): Promise<number | null> {
      const match = TOKEN.exec(token);
      if (!match) return null;
      const userId = Number(match[1]);
      const stored = (await store(userId).get({})) as StoredToken | null;
      if (!stored?.hash) return null;
      const [given, kept] = [Buffer.from(digest(token), 'hex'), Buffer.from(stored.hash, 'hex')];
      return given.length === kept.length && timingSafeEqual(given, kept) ? userId : null;
    },
  };
}
