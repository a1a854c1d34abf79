import type { Core } from '@strapi/strapi';

const UID = 'plugin::editorial-workflow.comment';

export interface CommentRow {
  id: number;
  targetUid: string;
  targetDocumentId: string;
  locale: string | null;
  field: string | null;
  parentId: number | null;
  authorId: number;
  authorName: string;
  body: string;
  earlier: Array<{ body: string; until: string }> | null;
  mentions: Array<{ id: number; name: string }> | null;
  createdAt: string;
  editedAt: string | null;
  resolvedAt: string | null;
  resolvedById: number | null;
  resolvedByName: string | null;
  /** The log row of the return that pointed at this thread. */
  returnSeq: number | null;
}

type Item = { uid: string; documentId: string; locale: string | null };

const ofItem = (item: Item) => ({ targetUid: item.uid, targetDocumentId: item.documentId, locale: item.locale });

/** Comments on items: rows change (edits keep the earlier text in the row, resolution), none is deleted. */
export function commentsRepository(strapi: Core.Strapi) {
  const query = () => strapi.db.query(UID as never);
  return {
    ofItem(item: Item): Promise<CommentRow[]> {
      return query().findMany({ where: ofItem(item), orderBy: { id: 'asc' } });
    },

    openThreads(item: Item): Promise<number> {
      return query().count({ where: { ...ofItem(item), parentId: null, resolvedAt: null } });
    },

    find(id: number): Promise<CommentRow | null> {
      return query().findOne({ where: { id } });
    },

    create(data: Omit<CommentRow, 'id' | 'createdAt' | 'editedAt' | 'resolvedAt' | 'resolvedById' | 'resolvedByName' | 'returnSeq'>): Promise<CommentRow> {
      return query().create({ data });
    },

    update(id: number, data: Partial<CommentRow>): Promise<CommentRow> {
      return query().update({ where: { id }, data });
    },

    async markReturned(ids: number[], seq: number): Promise<void> {
      await query().updateMany({ where: { id: { $in: ids } }, data: { returnSeq: seq } });
    },

    /** The threads of the item's latest return that pointed at any. */
    async ofLastReturn(item: Item): Promise<CommentRow[]> {
      const last = await query().findOne({ where: { ...ofItem(item), returnSeq: { $notNull: true } }, orderBy: { returnSeq: 'desc' }, select: ['returnSeq'] });
      return last ? query().findMany({ where: { ...ofItem(item), returnSeq: last.returnSeq }, orderBy: { id: 'asc' } }) : [];
    },
  };
}
