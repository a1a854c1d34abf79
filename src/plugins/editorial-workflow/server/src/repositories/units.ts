import type { Core } from '@strapi/strapi';

const UNIT = 'api::contributor-unit.contributor-unit';
/** Ids per `$in`: well under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 500;

export interface UnitPeople {
  documentId: string;
  name: string;
  headIds: number[];
  memberIds: number[];
}

/** Unit membership and headship, as `contributor-unit` records them. */
export function unitsRepository(strapi: Core.Strapi) {
  const query = () => strapi.db.query(UNIT as never);
  const toPeople = (unit: { documentId: string; name: string; heads?: Array<{ id: number }>; members?: Array<{ id: number }> }) => ({
    documentId: unit.documentId,
    name: unit.name,
    headIds: (unit.heads ?? []).map((user) => user.id),
    memberIds: (unit.members ?? []).map((user) => user.id),
  });
  const populate = { heads: { select: ['id'] }, members: { select: ['id'] } };

  /** Many units in one query (and one per relation): documentId → unit, for those that exist. */
  async function byDocumentIds(documentIds: string[]): Promise<Map<string, UnitPeople>> {
    const found = new Map<string, UnitPeople>();
    const wanted = [...new Set(documentIds)];
    for (let start = 0; start < wanted.length; start += CHUNK) {
      const units = await query().findMany({ where: { documentId: { $in: wanted.slice(start, start + CHUNK) } }, populate });
      for (const unit of units) found.set(unit.documentId, toPeople(unit));
    }
    return found;
  }

  /** The units each of many people heads or belongs to, in one query (and one per relation): id → units. */
  async function ofUsers(userIds: number[]): Promise<Map<number, UnitPeople[]>> {
    const wanted = [...new Set(userIds)];
    const found = new Map<number, UnitPeople[]>(wanted.map((id) => [id, []]));
    for (let start = 0; start < wanted.length; start += CHUNK) {
      const ids = wanted.slice(start, start + CHUNK);
      const units = (await query().findMany({
        where: { $or: [{ heads: { id: { $in: ids } } }, { members: { id: { $in: ids } } }] },
        populate,
      })).map(toPeople);
      for (const unit of units) {
        for (const id of ids) if (unit.headIds.includes(id) || unit.memberIds.includes(id)) found.get(id)!.push(unit);
      }
    }
    return found;
  }

  return {
    byDocumentIds,
    ofUsers,

    async byDocumentId(documentId: string): Promise<UnitPeople | null> {
      return (await byDocumentIds([documentId])).get(documentId) ?? null;
    },

    async bySlug(slug: string): Promise<UnitPeople | null> {
      const unit = await query().findOne({ where: { slug }, populate });
      return unit ? toPeople(unit) : null;
    },

    /** The units a person heads or belongs to. */
    async ofUser(userId: number): Promise<UnitPeople[]> {
      return (await ofUsers([userId])).get(userId) ?? [];
    },
  };
}

export type UnitsRepository = ReturnType<typeof unitsRepository>;
