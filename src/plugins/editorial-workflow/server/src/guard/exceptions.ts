import type { LinkTable, OwnerTable } from './tables';

/**
 * Writes to live rows that do not come from the workflow and are let through all the same, by name:
 * each is made by Strapi or the site on its own and changes nothing a citizen sees. Each entry gives
 * the reason and the PL/pgSQL condition (over OLD/NEW and TG_OP) that recognises it; each has a test in
 * tests/workflow/database-guard.test.ts.
 */
export interface GuardException<Table> {
  name: string;
  reason: string;
  /** The condition, or null when the exception cannot arise on this table. */
  condition(table: Table): string | null;
}

export const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
export const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
/** True when the row changed in no column but `columns`. */
const onlyChanged = (columns: string[]) => {
  const minus = columns.map((column) => ` - ${literal(column)}`).join('');
  return `TG_OP = 'UPDATE' AND (to_jsonb(NEW)${minus}) = (to_jsonb(OLD)${minus})`;
};

export const OWNER_EXCEPTIONS: GuardException<OwnerTable>[] = [
  {
    name: 'admin-user-removed',
    reason: 'Removing an admin user makes PostgreSQL set created_by_id/updated_by_id to NULL on every row that named them '
      + '(the foreign key is ON DELETE SET NULL); who wrote an item is never shown to citizens.',
    condition: ({ adminUserColumns }) => {
      if (adminUserColumns.length === 0) return null;
      // The user is already gone when the foreign key's action runs: a live user cannot be cleared this way.
      const cleared = adminUserColumns.map(({ column, usersTable }) =>
        `(NEW.${quote(column)} IS NOT DISTINCT FROM OLD.${quote(column)} OR (NEW.${quote(column)} IS NULL AND NOT EXISTS `
        + `(SELECT 1 FROM ${quote(usersTable)} WHERE id = OLD.${quote(column)})))`);
      return `${onlyChanged(adminUserColumns.map(({ column }) => column))} AND ${cleared.join(' AND ')}`;
    },
  },
  {
    name: 'private-fields',
    reason: 'Fields marked private in the schema are in no API response (a question\'s asker contacts, the asker\'s '
      + 'satisfaction rating of a published answer, written by POST /api/questions/track/:code/rating).',
    condition: ({ privateColumns }) => (privateColumns.length === 0 ? null : onlyChanged(privateColumns)),
  },
];

export const LINK_EXCEPTIONS: GuardException<LinkTable>[] = [
  {
    name: 'relation-order-renumbered',
    reason: 'When an item leaves a relation (a draft article moves to another category), Strapi renumbers the order '
      + 'column of every remaining row, live ones included; the relative order, which is all a reader sees, stays.',
    condition: ({ orderColumns }) => (orderColumns.length === 0 ? null : onlyChanged(orderColumns)),
  },
  {
    name: 'admin-user-removed-link',
    reason: 'Removing an admin user deletes the link rows naming them (question.assignedOfficer: ON DELETE CASCADE); '
      + 'the officer assigned to a question is private and never shown to citizens.',
    condition: ({ adminUserColumns }) => {
      if (adminUserColumns.length === 0) return null;
      return adminUserColumns
        .map(({ column, usersTable }) => `(TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM ${quote(usersTable)} WHERE id = OLD.${quote(column)}))`)
        .join(' OR ');
    },
  },
];
