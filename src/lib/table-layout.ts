import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';

// What code that writes or indexes Strapi's tables directly (the dossier import, the statistics, the read
// indexes) needs to know of them, read from Strapi's own metadata rather than spelled out.

/** The table, columns and relation link tables of a content type, from Strapi's own metadata. */
export interface Layout {
  table: string;
  column(attribute: string): string;
  link(attribute: string): { table: string; source: string; target: string };
  newDocumentId(): string;
}

export function layoutOf(strapi: Core.Strapi, uid: string): Layout {
  const meta = strapi.db.metadata.get(uid) as unknown as {
    tableName: string;
    attributes: Record<string, {
      columnName?: string;
      joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
    }>;
  };
  return {
    table: meta.tableName,
    column: (attribute) => meta.attributes[attribute].columnName ?? attribute,
    link(attribute) {
      const joinTable = meta.attributes[attribute].joinTable!;
      return { table: joinTable.name, source: joinTable.joinColumn.name, target: joinTable.inverseJoinColumn.name };
    },
    newDocumentId,
  };
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A document id in Strapi's shape (24 lowercase letters and digits, a letter first, ~118 random bits).
 * Strapi's own generator (cuid2) hashes every id with SHA-3: 3 s of a 50,000-row import.
 */
function newDocumentId(): string {
  const bytes = randomBytes(24);
  let id = ALPHABET[bytes[0] % 26];
  for (let i = 1; i < 24; i += 1) id += ALPHABET[bytes[i] % 36];
  return id;
}

