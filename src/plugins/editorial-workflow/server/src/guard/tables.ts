import type { Core } from '@strapi/strapi';
import { LOG_TABLE } from '../repositories/log';
import { SNAPSHOT_TABLE } from '../repositories/snapshots';

/**
 * What the database guard protects, worked out at start from the workflow registry and Strapi's own
 * database metadata — never a list written by hand, so a new relation, component or media field of a
 * governed type is guarded the day it is added.
 *
 * The governed types come from the workflow registry (`getRegistry().governedUids()`).
 *
 * A row is *live* when a citizen can see it: a published row of a governed type, a component row held
 * (directly or through other components) by a live row, a join or media row hanging from a live row.
 */

/** Strapi's column naming the component a `_cmps` row points at (@strapi/database `identifiers`). */
const COMPONENT_TYPE_COLUMN = 'component_type';
const ADMIN_USER = 'admin::user';
const UPLOAD_FILE = 'plugin::upload.file';

/** A column holding an admin user's id, with the table of admin users. */
export interface AdminUserColumn {
  column: string;
  usersTable: string;
}

/** A table whose own rows can be live. */
export interface OwnerTable {
  uid: string;
  table: string;
  kind: 'content' | 'component';
  /** content: the column that is set on the published rows. */
  publishedColumn?: string;
  /** component: the `_cmps` rows that hold it, each with the table of the holding row. */
  parents: Array<{ joinTable: string; entityColumn: string; componentColumn: string; typeColumn: string; parentTable: string }>;
  /** Columns pointing at admin users (createdBy, updatedBy): PostgreSQL clears them when a user is removed. */
  adminUserColumns: AdminUserColumn[];
  /** Columns of attributes marked `private` in the schema: never in any API response. */
  privateColumns: string[];
}

/** A join table (`_lnk`, `_cmps`): a row is live when the owner row on one of its guarded sides is. */
export interface LinkTable {
  table: string;
  sides: Array<{ column: string; ownerTable: string }>;
  /** Order columns (`*_ord`) Strapi renumbers across every row of a relation when one row leaves it. */
  orderColumns: string[];
  /** Columns pointing at admin users: the rows go when the user is removed. */
  adminUserColumns: AdminUserColumn[];
}

/** A polymorphic join table (media: `files_related_mph`): a row is live when its related row is. */
export interface MorphTable {
  table: string;
  typeColumn: string;
  idColumn: string;
  owners: Array<{ type: string; ownerTable: string }>;
}

/** Where each governed attribute's rows are kept, for the test that every one of them is guarded. */
export interface Coverage {
  uid: string;
  attribute: string;
  table: string;
}

export interface GuardPlan {
  owners: OwnerTable[];
  links: LinkTable[];
  morphs: MorphTable[];
  log: string;
  /** The record's tables: the log and the snapshots of the content its rows name; never updated or deleted. */
  appendOnly: string[];
  coverage: Coverage[];
}

interface JoinColumn { name: string; referencedTable?: string }
interface MetaAttribute {
  type: string;
  columnName?: string;
  private?: boolean;
  configurable?: boolean;
  relation?: string;
  target?: string;
  morphBy?: string;
  joinColumn?: JoinColumn;
  joinTable?: {
    name: string;
    joinColumn: JoinColumn;
    inverseJoinColumn: JoinColumn;
    morphColumn?: { typeColumn: { name: string }; idColumn: { name: string } };
    orderColumnName?: string;
    inverseOrderColumnName?: string;
  };
}
interface MetaModel { uid: string; tableName: string; attributes: Record<string, MetaAttribute> }

/** The plan for the governed types `governed` (the registry's, at start). */
export function guardPlan(strapi: Core.Strapi, governed: string[]): GuardPlan {
  const metaOf = (uid: string) => strapi.db.metadata.get(uid) as unknown as MetaModel;
  const isComponent = (uid: string | undefined) => Boolean(uid && strapi.components[uid as never]);
  const usersTable = metaOf(ADMIN_USER).tableName;
  const columnOf = (name: string, attribute: MetaAttribute) => attribute.columnName ?? name;

  const owners = new Map<string, OwnerTable>();
  const links = new Map<string, LinkTable>();
  const morphs = new Map<string, MorphTable>();
  const coverage: Coverage[] = [];

  const ownerOf = (uid: string, kind: OwnerTable['kind']): { owner: OwnerTable; isNew: boolean } => {
    const existing = owners.get(uid);
    if (existing) return { owner: existing, isNew: false };
    const model = metaOf(uid);
    const owner: OwnerTable = {
      uid, table: model.tableName, kind, parents: [], adminUserColumns: [],
      privateColumns: Object.entries(model.attributes)
        // The schema's own private fields; not those Strapi adds (i18n's `locale` on a type without locales).
        .filter(([, attribute]) => attribute.private && attribute.type !== 'relation' && attribute.configurable !== false)
        .map(([name, attribute]) => columnOf(name, attribute)),
      ...(kind === 'content' ? { publishedColumn: columnOf('publishedAt', model.attributes.publishedAt) } : {}),
    };
    owners.set(uid, owner);
    return { owner, isNew: true };
  };

  const linkOf = (table: string): LinkTable => {
    const link = links.get(table) ?? { table, sides: [], orderColumns: [], adminUserColumns: [] };
    links.set(table, link);
    return link;
  };
  const addUnique = <T>(list: T[], item: T, same: (a: T) => boolean) => {
    if (!list.some(same)) list.push(item);
  };

  /** The components an attribute of `uid` holds (one for a component field, several for a dynamic zone). */
  const componentsOf = (uid: string, name: string): string[] => {
    const schema = strapi.getModel(uid as never) as unknown as { attributes: Record<string, { component?: string; components?: string[] }> };
    const attribute = schema.attributes[name];
    return attribute?.components ?? (attribute?.component ? [attribute.component] : []);
  };

  const pending: OwnerTable[] = governed.map((uid) => ownerOf(uid, 'content').owner);
  while (pending.length > 0) {
    const owner = pending.shift()!;
    for (const [name, attribute] of Object.entries(metaOf(owner.uid).attributes)) {
      if (attribute.type !== 'relation') continue;
      const { joinTable } = attribute;
      if (!joinTable && attribute.joinColumn) {
        // A column of the row itself (createdBy, updatedBy, localizations): guarded with the row.
        if (attribute.target === ADMIN_USER) owner.adminUserColumns.push({ column: attribute.joinColumn.name, usersTable });
        continue;
      }
      if (attribute.morphBy && attribute.target === UPLOAD_FILE) {
        const related = metaOf(UPLOAD_FILE).attributes[attribute.morphBy].joinTable!;
        const morph = morphs.get(related.name) ?? {
          table: related.name, typeColumn: related.morphColumn!.typeColumn.name, idColumn: related.morphColumn!.idColumn.name, owners: [],
        };
        morphs.set(related.name, morph);
        addUnique(morph.owners, { type: owner.uid, ownerTable: owner.table }, (o) => o.type === owner.uid);
        coverage.push({ uid: owner.uid, attribute: name, table: related.name });
        continue;
      }
      if (!joinTable) {
        throw new Error(`editorial-workflow: the database guard cannot protect ${owner.uid}.${name} (a ${attribute.relation} relation kept outside a join table)`);
      }
      const components = isComponent(attribute.target) ? [attribute.target!] : joinTable.morphColumn ? componentsOf(owner.uid, name) : [];
      if (components.length > 0) {
        const holder = linkOf(joinTable.name);
        addUnique(holder.sides, { column: joinTable.joinColumn.name, ownerTable: owner.table }, (s) => s.ownerTable === owner.table);
        coverage.push({ uid: owner.uid, attribute: name, table: joinTable.name });
        for (const uid of components) {
          const { owner: component, isNew } = ownerOf(uid, 'component');
          const componentColumn = joinTable.morphColumn?.idColumn.name ?? joinTable.inverseJoinColumn.name;
          addUnique(component.parents,
            { joinTable: joinTable.name, entityColumn: joinTable.joinColumn.name, componentColumn, typeColumn: COMPONENT_TYPE_COLUMN, parentTable: owner.table },
            (p) => p.joinTable === joinTable.name && p.parentTable === owner.table);
          coverage.push({ uid: owner.uid, attribute: name, table: component.table });
          if (isNew) pending.push(component);
        }
        continue;
      }
      // A relation, from its owning side or its mappedBy side: both name the same join table, and
      // `joinColumn` is always the column pointing back at this model.
      const link = linkOf(joinTable.name);
      addUnique(link.sides, { column: joinTable.joinColumn.name, ownerTable: owner.table }, (s) => s.column === joinTable.joinColumn.name);
      for (const column of [joinTable.orderColumnName, joinTable.inverseOrderColumnName]) {
        if (column) addUnique(link.orderColumns, column, (c) => c === column);
      }
      if (attribute.target === ADMIN_USER) {
        addUnique(link.adminUserColumns, { column: joinTable.inverseJoinColumn.name, usersTable }, (c) => c.column === joinTable.inverseJoinColumn.name);
      }
      coverage.push({ uid: owner.uid, attribute: name, table: joinTable.name });
    }
  }

  return { owners: [...owners.values()], links: [...links.values()], morphs: [...morphs.values()], log: LOG_TABLE, appendOnly: [LOG_TABLE, SNAPSHOT_TABLE], coverage };
}
