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

/** sha256 of one version's content (null when the document has no such version). */
export async function versionHash(
  strapi: Core.Strapi, uid: string, documentId: string, locale: string | null, status: 'draft' | 'published',
): Promise<string | null> {
  const model = strapi.contentType(uid as never) as { attributes: Attributes };
  const version = await strapi.documents(uid as never).findOne({
    documentId,
    status,
    ...(locale ? { locale } : {}),
    populate: populateOf(strapi, model.attributes),
  } as never);
  return version ? createHash('sha256').update(canonicalJson(contentOf(version))).digest('hex') : null;
}

/** sha256 of the draft's content: what approvals are bound to and what `publish` compares. */
export async function contentHash(strapi: Core.Strapi, uid: string, documentId: string, locale: string | null): Promise<string> {
  const hash = await versionHash(strapi, uid, documentId, locale, 'draft');
  if (!hash) throw new Error(`No draft of ${uid} ${documentId} (${locale ?? '-'})`);
  return hash;
}
