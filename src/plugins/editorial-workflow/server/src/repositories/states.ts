import type { Core } from '@strapi/strapi';

const UID = 'plugin::editorial-workflow.review-state';

export interface Approval {
  userId: number;
  hash: string;
  /** The person on leave a deputy took it for. */
  onBehalfOf?: number;
}

export interface StateRow {
  id: number;
  stateKey: string;
  targetUid: string;
  targetDocumentId: string;
  locale: string | null;
  workflow: string;
  state: string;
  version: number;
  authorId: number | null;
  isOrientation: boolean;
  approvals: Record<string, Approval> | null;
  /** Who changed the content since it was last published (four-eyes on content: they may not approve it). */
  editorIds?: number[] | null;
  enteredAt: string | null;
  dueAt: string | null;
  /** When the scheduled step fires, who scheduled it, which step (null: `publish`) and its reason. */
  publishAt: string | null;
  publishBy: number | null;
  scheduledTransition?: string | null;
  scheduledInput?: { reasonCode?: string; reasonText?: string } | null;
  overdueNotified?: boolean;
  /** The board member the board gave the item to: it comes first in their queue, and they hear of it. */
  reviewerId?: number | null;
}

export const stateKeyOf = (uid: string, documentId: string, locale: string | null | undefined) =>
  `${uid}|${documentId}|${locale ?? ''}`;

/** All access to the current-state table. */
export function statesRepository(strapi: Core.Strapi) {
  const query = () => strapi.db.query(UID as never);
  return {
    find(uid: string, documentId: string, locale: string | null | undefined): Promise<StateRow | null> {
      return query().findOne({ where: { stateKey: stateKeyOf(uid, documentId, locale) } });
    },

    findMany(where: Record<string, unknown>, orderBy?: Record<string, 'asc' | 'desc'>): Promise<StateRow[]> {
      return query().findMany({ where, ...(orderBy ? { orderBy } : {}) });
    },

    async create(row: Omit<StateRow, 'id' | 'stateKey' | 'version'>): Promise<StateRow> {
      const stateKey = stateKeyOf(row.targetUid, row.targetDocumentId, row.locale);
      try {
        return await query().create({ data: { ...row, stateKey, version: 0 } });
      } catch (error) {
        // Two first requests at once: the unique key keeps one row; the loser reads it.
        const existing = await query().findOne({ where: { stateKey } });
        if (existing) return existing;
        throw error;
      }
    },

    /**
     * Moves a state only if nobody moved it since it was read: one UPDATE … WHERE state = :expected AND
     * version = :version. Returns false when another request won.
     */
    async moveIf(row: StateRow, changes: Partial<StateRow>): Promise<boolean> {
      const { count } = await query().updateMany({
        where: { id: row.id, state: row.state, version: row.version },
        data: { ...changes, version: row.version + 1 },
      });
      return count === 1;
    },

    /** A due time set from outside the table (a question's legal deadline); not a state change. */
    async setDue(id: number, dueAt: string): Promise<void> {
      await query().update({ where: { id }, data: { dueAt } });
    },

    /** Records that a person changed the content; not a state change, so the version stays. */
    async addEditor(row: StateRow, userId: number): Promise<void> {
      const editors = row.editorIds ?? [];
      if (editors.includes(userId)) return;
      await query().update({ where: { id: row.id }, data: { editorIds: [...editors, userId] } });
    },

    /** Marks that the overdue notice went out; not a state change, so the version stays. */
    /** Whether this call marked it: of several instances noticing the same item, one wins. */
    async markOverdueNotified(id: number): Promise<boolean> {
      const { count } = await query().updateMany({
        where: { id, $or: [{ overdueNotified: false }, { overdueNotified: null }] }, data: { overdueNotified: true },
      });
      return count === 1;
    },

    /** States in use per workflow, to refuse a configuration that removes a state holding items. */
    async statesInUse(): Promise<Array<{ workflow: string; state: string }>> {
      const rows: Array<{ workflow: string; state: string }> = await query().findMany({ select: ['workflow', 'state'] });
      const seen = new Map(rows.map((row) => [`${row.workflow}|${row.state}`, row]));
      return [...seen.values()];
    },
  };
}

export type StatesRepository = ReturnType<typeof statesRepository>;
