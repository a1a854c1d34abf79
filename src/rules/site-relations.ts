import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { allSites } from '../sites/directory';
import { isSiteOwned, siteOwnedUids } from '../sites/owned';
import { LABELS } from '../bootstrap/admin-labels';
import { linkedRefs } from '../sites/relation-input';
import type { ContentRule, Write } from './context';

type Attributes = Record<string, { type: string; target?: string }>;

/** The relations of a ward's type to other ward's types (the `site` relation itself is not one: its target is the sites). */
function wardRelations(strapi: Core.Strapi, uid: string): Array<[string, string]> {
  const attributes = (strapi.contentTypes[uid as never] as { attributes: Attributes }).attributes;
  return Object.entries(attributes)
    .filter(([name, attribute]) => attribute.type === 'relation' && name !== 'localizations' && attribute.target && isSiteOwned(strapi, attribute.target))
    .map(([name, attribute]) => [name, attribute.target as string]);
}

/**
 * Related items stay within one ward: an article of ward A can't be filed under a category of ward B, nor
 * a category of A list B's articles, nor an official of A sit in a unit of B — for every relation between two
 * ward's types, both sides, read off the schemas. Runs after the site rule, which settles the item's site.
 */
export function siteRelationsRule(strapi: Core.Strapi): ContentRule {
  const relations = new Map(siteOwnedUids(strapi).map((uid) => [uid, wardRelations(strapi, uid)]));
  return {
    uids: [...relations].filter(([, list]) => list.length > 0).map(([uid]) => uid),
    async beforeWrite(_strapi, write: Write) {
      const own = write.merged.site;
      if (typeof own !== 'string') return;
      for (const [name, target] of relations.get(write.uid) ?? []) {
        const refs = linkedRefs(write.data[name]);
        if (refs.length === 0) continue;
        const documentIds = refs.flatMap((ref) => ('documentId' in ref ? [ref.documentId] : []));
        const ids = refs.flatMap((ref) => ('id' in ref ? [ref.id] : []));
        const rows = (await strapi.db.query(target as never).findMany({
          where: { $or: [{ documentId: { $in: documentIds } }, { id: { $in: ids } }] },
          select: ['id'],
          populate: { site: { select: ['documentId'] } },
        })) as Array<{ site?: { documentId: string } | null }>;
        const foreign = rows.find((row) => row.site && row.site.documentId !== own);
        if (!foreign) continue;
        const sites = await allSites(strapi);
        const theirs = sites.find((site) => site.documentId === foreign.site!.documentId)?.code ?? '?';
        const ours = sites.find((site) => site.documentId === own)?.code ?? '?';
        throw new errors.ValidationError(
          `Trường "${LABELS[write.uid]?.[name] ?? name}": mục được chọn thuộc trang của phường, xã mã ${theirs}, còn mục này thuộc phường, xã mã ${ours}. Chỉ liên kết được với mục của cùng phường, xã.`,
          { field: name },
        );
      }
    },
  };
}
