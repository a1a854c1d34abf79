import type { Core } from '@strapi/strapi';
import type { ContentEdge, SchemaMap } from './schema-map';

/** One governed item: a document under one locale (null for types without i18n). */
export interface Item {
  uid: string;
  documentId: string;
  locale: string | null;
}

export const itemKey = (item: Item) => `${item.uid}|${item.documentId}|${item.locale ?? ''}`;

interface Row {
  id: number;
  documentId: string;
  locale?: string | null;
  publishedAt?: string | null;
}

type Ref = { documentId?: string; id?: number; locale?: string };

export function isLocalized(strapi: Core.Strapi, uid: string): boolean {
  const model = strapi.contentType(uid as never) as { pluginOptions?: { i18n?: { localized?: boolean } } } | undefined;
  return Boolean(model?.pluginOptions?.i18n?.localized);
}

/** The references a relation value names, in every form the Document Service accepts. */
export function relationRefs(value: unknown): Ref[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return [{ documentId: value }];
  if (typeof value === 'number') return [{ id: value }];
  if (Array.isArray(value)) return value.flatMap(relationRefs);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('connect' in object || 'disconnect' in object || 'set' in object) {
      return [object.connect, object.disconnect, object.set].flatMap(relationRefs);
    }
    if (typeof object.documentId === 'string') return [{ documentId: object.documentId, locale: typeof object.locale === 'string' ? object.locale : undefined }];
    if (typeof object.id === 'number' || typeof object.id === 'string') return [{ id: Number(object.id) }];
  }
  return [];
}

/** A relation value that replaces what the field held, rather than naming what to add or remove. */
function replaces(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return true;
  const object = value as Record<string, unknown>;
  return 'set' in object || (!('connect' in object) && !('disconnect' in object));
}

/** `{ cover: { image: leaf } }` for the path `['cover', 'image']`. */
const nestedWhere = (path: string[], leaf: Record<string, unknown>): Record<string, unknown> =>
  path.reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), leaf);

const toItems = (uid: string, rows: Row[]): Item[] => rows.map((row) => ({ uid, documentId: row.documentId, locale: row.locale ?? null }));

/** Works out which governed items a write can reach; what it actually changed is decided by the caller. */
export function reachFinder(strapi: Core.Strapi, map: SchemaMap) {
  const query = (uid: string) => strapi.db.query(uid as never);
  const select = (uid: string) => ['id', 'documentId', 'publishedAt', ...(isLocalized(strapi, uid) ? ['locale'] : [])];

  /** Every version (draft, published) under every locale of a document. */
  async function rowsOfDocument(uid: string, documentId: string): Promise<Row[]> {
    return query(uid).findMany({ where: { documentId }, select: select(uid) }) as Promise<Row[]>;
  }

  /** Governed items whose own content (a relation or media, possibly inside a component) holds one of `ids`. */
  async function holdersOf(edges: ContentEdge[], ids: number[]): Promise<Array<Item & { published: boolean }>> {
    if (ids.length === 0) return [];
    const found: Array<Item & { published: boolean }> = [];
    for (const edge of edges) {
      const rows = (await query(edge.governed).findMany({
        where: nestedWhere(edge.path, { id: { $in: ids } }),
        select: select(edge.governed),
      })) as Row[];
      for (const row of rows) found.push({ uid: edge.governed, documentId: row.documentId, locale: row.locale ?? null, published: Boolean(row.publishedAt) });
    }
    return found;
  }

  /** The items a list of references names, under the given locale or, when none is given, every locale. */
  async function itemsOfRefs(uid: string, refs: Ref[]): Promise<Item[]> {
    const items: Item[] = [];
    for (const ref of refs) {
      if (ref.documentId) {
        const rows = await rowsOfDocument(uid, ref.documentId);
        items.push(...toItems(uid, rows.filter((row) => !ref.locale || row.locale === ref.locale)));
      } else if (ref.id !== undefined && Number.isFinite(ref.id)) {
        const row = (await query(uid).findOne({ where: { id: ref.id }, select: select(uid) })) as Row | null;
        if (row) items.push(...toItems(uid, [row]));
      }
    }
    return items;
  }

  /** Items named in `data` under relations whose other side is a governed type's own attribute. */
  async function namedInData(uid: string, data: unknown): Promise<Item[]> {
    if (!data || typeof data !== 'object') return [];
    const items: Item[] = [];
    const attributes = map.attributesOf(uid);
    for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
      const attribute = attributes[name];
      if (!attribute) continue;
      if (attribute.type === 'relation') {
        const edge = map.reachingFrom(uid).find((candidate) => candidate.attribute === name);
        if (edge?.inverse) items.push(...(await itemsOfRefs(edge.target, relationRefs(value))));
      } else if (attribute.type === 'component') {
        for (const entry of [value].flat()) items.push(...(await namedInData(attribute.component!, entry)));
      } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
        for (const entry of value) {
          const component = (entry as { __component?: string } | null)?.__component;
          if (component) items.push(...(await namedInData(component, entry)));
        }
      }
    }
    return items;
  }

  /**
   * Whether `data` may remove links that governed items see from their side: a `set`, a plain value or
   * array (which replace), or null. `connect`/`disconnect` name their items, so those are found already;
   * the Content Manager's `{ connect: [], disconnect: [] }` for an untouched field removes nothing.
   */
  function replacesGovernedLinks(uid: string, data: unknown): boolean {
    if (!data || typeof data !== 'object') return false;
    return Object.entries(data as Record<string, unknown>).some(([name, value]) =>
      map.reachingFrom(uid).some((edge) => edge.attribute === name && edge.inverse) && replaces(value));
  }

  return {
    rowsOfDocument,
    holdersOf,

    /**
     * Governed items other than the written document itself that a write of `uid`/`documentId` can
     * change: those whose content links to it (a delete removes the links; a relation write may move
     * them), and those that `data` connects, disconnects or sets from this side.
     */
    async otherSide(uid: string, documentId: string | undefined, data: unknown, action: string): Promise<Item[]> {
      const items: Item[] = await namedInData(uid, data);
      if (documentId && (action === 'delete' || action === 'clone' || replacesGovernedLinks(uid, data))) {
        const ids = (await rowsOfDocument(uid, documentId)).map((row) => row.id);
        items.push(...(await holdersOf(map.pointingTo(uid), ids)));
      }
      return items;
    },

    /** Other locales of a governed document, which i18n's copying of non-localized fields can change. */
    async otherLocales(uid: string, documentId: string, locale: string | null): Promise<Item[]> {
      if (!isLocalized(strapi, uid)) return [];
      return toItems(uid, (await rowsOfDocument(uid, documentId)).filter((row) => row.locale !== locale));
    },

    /** The locales a `locale` parameter names for one document: `*` and arrays name several. */
    async localesNamed(uid: string, documentId: string, locale: unknown, defaultLocale: () => Promise<string>): Promise<Array<string | null>> {
      if (!isLocalized(strapi, uid)) return [null];
      if (locale === '*') return [...new Set((await rowsOfDocument(uid, documentId)).map((row) => row.locale ?? null))];
      if (Array.isArray(locale)) return locale.map(String);
      return [typeof locale === 'string' ? locale : await defaultLocale()];
    },
  };
}

export type ReachFinder = ReturnType<typeof reachFinder>;

/** The same items once each. */
export function distinct(items: Item[]): Item[] {
  return [...new Map(items.map((item) => [itemKey(item), item])).values()];
}
