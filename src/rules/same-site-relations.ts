import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { allSites } from '../sites/directory';
import { isSiteOwned, siteOwnedUids } from '../sites/owned';
import type { ContentRule, Write } from './context';

interface RelationAttribute { type?: string; target?: string }
type Ref = { documentId: string } | { id: number };

/** Every item a relation value names, in any shape Strapi 5 accepts (ids, documentIds, set, connect). */
function refsOf(value: unknown): Ref[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [{ documentId: value }];
  if (typeof value === 'number') return [{ id: value }];
  if (Array.isArray(value)) return value.flatMap(refsOf);
  if (typeof value === 'object') {
    const { set, connect, documentId, id } = value as { set?: unknown; connect?: unknown; documentId?: unknown; id?: unknown };
    if (set !== undefined || connect !== undefined) return [...refsOf(set), ...refsOf(connect)];
    if (typeof documentId === 'string') return [{ documentId }];
    if (typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id))) return [{ id: Number(id) }];
  }
  return [];
}

/**
 * An item of a ward relates only to items of the same ward: a relation (either side of it) to another
 * site's category, unit, document… is refused, so no populate, list or page of ward A ever carries B's item.
 */
export function sameSiteRelationsRule(strapi: Core.Strapi): ContentRule {
  return {
    uids: siteOwnedUids(strapi),
    async beforeWrite(_strapi, write: Write) {
      const siteDocumentId = typeof write.merged.site === 'string' ? write.merged.site : undefined;
      if (!siteDocumentId) return;
      const attributes = (strapi.contentTypes[write.uid as never] as { attributes: Record<string, RelationAttribute> }).attributes;
      for (const [name, attribute] of Object.entries(attributes)) {
        if (name === 'site' || attribute.type !== 'relation' || !attribute.target || !isSiteOwned(strapi, attribute.target)) continue;
        const refs = refsOf(write.data[name]);
        if (refs.length === 0) continue;
        const documentIds = refs.flatMap((ref) => ('documentId' in ref ? [ref.documentId] : []));
        const ids = refs.flatMap((ref) => ('id' in ref ? [ref.id] : []));
        const rows = (await strapi.db.query(attribute.target as never).findMany({
          where: { $or: [{ documentId: { $in: documentIds } }, { id: { $in: ids } }] },
          select: ['id'],
          populate: { site: { select: ['documentId'] } },
        })) as Array<{ site?: { documentId: string } | null }>;
        const foreign = rows.find((row) => row.site && row.site.documentId !== siteDocumentId);
        if (!foreign) continue;
        const code = (await allSites(strapi)).find((site) => site.documentId === foreign.site!.documentId)?.code ?? '';
        throw new errors.ValidationError(
          `Ô "${name}" chỉ chọn được mục của cùng phường, xã với mục này; mục được chọn thuộc trang của phường, xã mã ${code}.`,
          { param: name },
        );
      }
    },
  };
}
