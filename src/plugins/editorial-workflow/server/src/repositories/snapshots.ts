import type { Core } from '@strapi/strapi';
import type { ContentVersion } from '../services/content-hash';

const UID = 'plugin::editorial-workflow.snapshot';
export const SNAPSHOT_TABLE = 'editorial_workflow_snapshots';

export interface Snapshot {
  contentHash: string;
  uid: string;
  content: unknown;
  createdAt: string;
}

/**
 * The canonical content behind each content hash the log names, once per hash. Append-only like the
 * log (the database guard refuses UPDATE and DELETE): there is no update or delete here, by design.
 */
export function snapshotsRepository(strapi: Core.Strapi) {
  const query = () => strapi.db.query(UID as never);
  return {
    /**
     * Keeps the snapshot of `version` unless one is kept already. Call it inside the decision's
     * transaction, after the log row: on PostgreSQL the log's advisory lock then orders concurrent
     * decisions, so two of them never insert the same hash; the unique index is the last line of defence.
     */
    async keep(uid: string, version: ContentVersion): Promise<void> {
      const existing = await query().findOne({ where: { contentHash: version.hash }, select: ['id'] });
      if (!existing) await query().create({ data: { contentHash: version.hash, uid, content: version.content } });
    },

    /** The snapshots of `hashes` (those kept: a log row from before snapshots has none). */
    async findMany(hashes: string[]): Promise<Snapshot[]> {
      if (hashes.length === 0) return [];
      return query().findMany({ where: { contentHash: { $in: hashes } }, select: ['contentHash', 'uid', 'content', 'createdAt'], orderBy: { id: 'asc' } });
    },

    async find(hash: string): Promise<Snapshot | null> {
      return query().findOne({ where: { contentHash: hash }, select: ['contentHash', 'uid', 'content', 'createdAt'] });
    },

    count(): Promise<number> {
      return query().count({});
    },
  };
}

export type SnapshotsRepository = ReturnType<typeof snapshotsRepository>;
