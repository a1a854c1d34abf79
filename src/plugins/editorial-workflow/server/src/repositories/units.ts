import type { Core } from '@strapi/strapi';

const UNIT = 'api::contributor-unit.contributor-unit';

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

  return {
    async byDocumentId(documentId: string): Promise<UnitPeople | null> {
      const unit = await query().findOne({ where: { documentId }, populate });
      return unit ? toPeople(unit) : null;
    },

    async bySlug(slug: string): Promise<UnitPeople | null> {
      const unit = await query().findOne({ where: { slug }, populate });
      return unit ? toPeople(unit) : null;
    },

    /** The units a person heads or belongs to. */
    async ofUser(userId: number): Promise<UnitPeople[]> {
      const units = await query().findMany({
        where: { $or: [{ heads: { id: userId } }, { members: { id: userId } }] },
        populate,
      });
      return units.map(toPeople);
    },
  };
}

export type UnitsRepository = ReturnType<typeof unitsRepository>;
