import type { Core } from '@strapi/strapi';

const UID = 'plugin::editorial-workflow.deputy';

/** A leave: from `fromDate` to `toDate` (local days, inclusive) the deputy holds the principal's workflow rights. */
export interface DeputyRow {
  id: number;
  principalId: number;
  principalName: string;
  deputyId: number;
  deputyName: string;
  fromDate: string;
  toDate: string;
  namedById: number;
  endedAt: string | null;
}

const activeOn = (day: string) => ({ fromDate: { $lte: day }, toDate: { $gte: day }, endedAt: null });

/** Leaves are never deleted: ending one early stamps `endedAt`, so the log's "who stood in for whom" stays readable. */
export function deputiesRepository(strapi: Core.Strapi) {
  const query = () => strapi.db.query(UID as never);
  return {
    /** Whom `deputyId` stands in for on the local day `day`. */
    standingInFor(deputyId: number, day: string): Promise<DeputyRow[]> {
      return query().findMany({ where: { deputyId, ...activeOn(day) } });
    },

    /** The deputies of any of `principalIds` on `day`. */
    deputiesOf(principalIds: number[], day: string): Promise<DeputyRow[]> {
      if (principalIds.length === 0) return Promise.resolve([]);
      return query().findMany({ where: { principalId: { $in: principalIds }, ...activeOn(day) } });
    },

    /** Leaves a person named or stands in for, not yet over on `day`, earliest first. */
    concerning(userId: number, day: string): Promise<DeputyRow[]> {
      return query().findMany({
        where: { $or: [{ principalId: userId }, { deputyId: userId }], toDate: { $gte: day }, endedAt: null },
        orderBy: [{ fromDate: 'asc' }, { id: 'asc' }],
      });
    },

    /** A leave of `principalId` that shares a day with [from, to]. */
    overlapping(principalId: number, from: string, to: string): Promise<DeputyRow | null> {
      return query().findOne({ where: { principalId, fromDate: { $lte: to }, toDate: { $gte: from }, endedAt: null } });
    },

    find(id: number): Promise<DeputyRow | null> {
      return query().findOne({ where: { id } });
    },

    create(data: Omit<DeputyRow, 'id' | 'endedAt'>): Promise<DeputyRow> {
      return query().create({ data });
    },

    end(id: number, at: string): Promise<DeputyRow> {
      return query().update({ where: { id }, data: { endedAt: at } });
    },
  };
}
