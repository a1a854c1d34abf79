import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { canonicalJson } from '../log/chain';

type Attributes = Record<string, { type: string; component?: string; components?: string[]; relation?: string; target?: string }>;

/** Fields that describe the row, not the content: an approval must not depend on them. */
const META = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

/** Populate everything that is content: components (nested), media (by id), relations (by documentId). */
function populateOf(strapi: Core.Strapi, attributes: Attributes): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (META.has(name)) continue;
    if (attribute.type === 'component') {
      const component = strapi.components[attribute.component as never] as { attributes: Attributes };
      populate[name] = { populate: populateOf(strapi, component.attributes) };
    } else if (attribute.type === 'dynamiczone') {
      populate[name] = { on: Object.fromEntries((attribute.components ?? []).map((uid) => {
        const component = strapi.components[uid as never] as { attributes: Attributes };
        return [uid, { populate: populateOf(strapi, component.attributes) }];
      })) };
    } else if (attribute.type === 'media') {
      // The file's hash and size too: a replaced file keeps its id (and URL) but not its bytes.
      populate[name] = { fields: ['id', 'hash', 'size'] };
    } else if (attribute.type === 'relation' && attribute.target !== 'admin::user') {
      populate[name] = { fields: ['documentId'] };
    }
  }
  return populate;
}

/**
 * Keeps what an approval is about. Below the top level, `id` is dropped unless it is all there is:
 * component rows get new ids on every save, while a media reference is only its id.
 */
function contentOf(value: unknown, top = true): unknown {
  if (Array.isArray(value)) return value.map((item) => contentOf(item, false));
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value as object);
    const keep = (key: string) => (top ? !META.has(key) : key !== 'id' || keys.length === 1);
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).filter(([key]) => keep(key)).map(([key, v]) => [key, contentOf(v, false)]),
    );
  }
  return value;
}

/** One version's content as it is hashed (canonical: keys sorted, undefined left out), with its sha256. */
export interface ContentVersion {
  hash: string;
  content: unknown;
}

/** One version's canonical content and its hash (null when the document has no such version). */
export async function contentVersion(
  strapi: Core.Strapi, uid: string, documentId: string, locale: string | null, status: 'draft' | 'published',
): Promise<ContentVersion | null> {
  const model = strapi.contentType(uid as never) as { attributes: Attributes };
  const version = await strapi.documents(uid as never).findOne({
    documentId,
    status,
    ...(locale ? { locale } : {}),
    populate: populateOf(strapi, model.attributes),
  } as never);
  if (!version) return null;
  const canonical = canonicalJson(contentOf(version));
  return { hash: createHash('sha256').update(canonical).digest('hex'), content: JSON.parse(canonical) };
}

/** sha256 of one version's content (null when the document has no such version). */
export async function versionHash(
  strapi: Core.Strapi, uid: string, documentId: string, locale: string | null, status: 'draft' | 'published',
): Promise<string | null> {
  return (await contentVersion(strapi, uid, documentId, locale, status))?.hash ?? null;
}

/** The draft's canonical content and hash: what a decision is bound to and what its snapshot keeps. */
export async function draftVersion(strapi: Core.Strapi, uid: string, documentId: string, locale: string | null): Promise<ContentVersion> {
  const version = await contentVersion(strapi, uid, documentId, locale, 'draft');
  if (!version) throw new Error(`No draft of ${uid} ${documentId} (${locale ?? '-'})`);
  return version;
}

/** sha256 of the draft's content: what approvals are bound to and what `publish` compares. */
export async function contentHash(strapi: Core.Strapi, uid: string, documentId: string, locale: string | null): Promise<string> {
  return (await draftVersion(strapi, uid, documentId, locale)).hash;
}

/** sha256 of content kept in a snapshot, as `contentHash` computes it. */
export const hashOfContent = (content: unknown): string => createHash('sha256').update(canonicalJson(content)).digest('hex');
