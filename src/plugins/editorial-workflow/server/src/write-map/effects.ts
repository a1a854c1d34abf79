import type { Core } from '@strapi/strapi';
import { versionHash } from '../services/content-hash';
import { itemKey, type Item } from './reach';

/** The content of an item's two versions, as hashes (null: no such version). */
export interface Versions {
  draft: string | null;
  published: string | null;
}

export interface Change {
  item: Item;
  draftChanged: boolean;
  publishedChanged: boolean;
}

/** Hashes of both versions of each item, to tell afterwards what a write really changed. */
export async function snapshot(strapi: Core.Strapi, items: Item[]): Promise<Map<string, Versions>> {
  const versions = new Map<string, Versions>();
  for (const item of items) {
    versions.set(itemKey(item), {
      draft: await versionHash(strapi, item.uid, item.documentId, item.locale, 'draft'),
      published: await versionHash(strapi, item.uid, item.documentId, item.locale, 'published'),
    });
  }
  return versions;
}

/** The items whose draft or published content differs between two snapshots. */
export function changes(items: Item[], before: Map<string, Versions>, after: Map<string, Versions>): Change[] {
  return items
    .map((item) => {
      const was = before.get(itemKey(item))!;
      const is = after.get(itemKey(item))!;
      return { item, draftChanged: was.draft !== is.draft, publishedChanged: was.published !== is.published };
    })
    .filter((change) => change.draftChanged || change.publishedChanged);
}
