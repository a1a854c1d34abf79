import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { LINK_EXCEPTIONS, literal, OWNER_EXCEPTIONS, quote, type GuardException } from './exceptions';
import type { GuardPlan, LinkTable, MorphTable, OwnerTable } from './tables';
import { CARRYING_SETTING } from './transaction';

/** One trigger name on every guarded table; the log keeps the name it has always had. */
export const GUARD_TRIGGER = 'editorial_workflow_guard';
export const GUARD_TRUNCATE_TRIGGER = 'editorial_workflow_guard_truncate';
export const LOG_APPEND_ONLY_TRIGGER = 'editorial_workflow_log_append_only';
export const LOG_INSERT_TRIGGER = 'editorial_workflow_log_carried_insert';
export const LOG_TRUNCATE_TRIGGER = 'editorial_workflow_log_truncate';
/** Custom SQLSTATE of every refusal, so that a caller can tell the guard's refusal from other errors. */
export const GUARD_SQLSTATE = 'EW409';

const HINT = 'Hãy làm việc này qua quy trình biên tập. Sửa dữ liệu bằng tay: xem docs/operations.md, mục "Sửa dữ liệu bằng tay".';

/** A function name derived from a table, kept under PostgreSQL's 63-byte limit without collisions. */
function functionName(prefix: string, table: string): string {
  const name = `${prefix}${table}`;
  if (name.length <= 63) return name;
  return `${prefix}${table.slice(0, 63 - prefix.length - 9)}_${createHash('sha1').update(table).digest('hex').slice(0, 8)}`;
}
const liveFunction = (table: string) => functionName('ew_live_', table);
const guardFunction = (table: string) => functionName('ew_guard_', table);

const marked = `current_setting(${literal(CARRYING_SETTING)}, true) = 'on'`;
/** The refusal, naming the table (an SQL expression) and the operation. */
const refuse = (tableExpression: string) =>
  `RAISE EXCEPTION USING ERRCODE = ${literal(GUARD_SQLSTATE)}, HINT = ${literal(HINT)}, `
  + `MESSAGE = format('editorial-workflow: %s is guarded (%s of live content refused); use the review workflow', ${tableExpression}, TG_OP);`;

/** `ew_live_<table>(id)`: whether the row `id` of an owner table is live. */
function liveFunctionSql(owner: OwnerTable): string {
  const body = owner.kind === 'content'
    ? `SELECT EXISTS (SELECT 1 FROM ${quote(owner.table)} WHERE id = row_id AND ${quote(owner.publishedColumn!)} IS NOT NULL)`
    : `SELECT ${owner.parents.map((parent) =>
      `EXISTS (SELECT 1 FROM ${quote(parent.joinTable)} j WHERE j.${quote(parent.componentColumn)} = row_id`
      + ` AND j.${quote(parent.typeColumn)} = ${literal(owner.uid)} AND ${liveFunction(parent.parentTable)}(j.${quote(parent.entityColumn)}))`).join(' OR ') || 'false'}`;
  return `CREATE OR REPLACE FUNCTION ${liveFunction(owner.table)}(row_id integer) RETURNS boolean
    LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$ ${body} $$`;
}

/**
 * The row trigger of one table: a write that touches a live row (before or after it) is refused unless
 * the transaction is the workflow's own, or the write is one of the table's named exceptions.
 */
function guardFunctionSql<T>(table: string, isLive: (row: 'OLD' | 'NEW') => string, exceptions: GuardException<T>[], of: T): string {
  const allowed = exceptions
    .map((exception) => ({ name: exception.name, condition: exception.condition(of) }))
    .filter((exception): exception is { name: string; condition: string } => exception.condition !== null)
    .map(({ name, condition }) => `  -- ${name}\n  IF ${condition} THEN RETURN COALESCE(NEW, OLD); END IF;`)
    .join('\n');
  return `CREATE OR REPLACE FUNCTION ${guardFunction(table)}() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE live boolean := false;
BEGIN
  IF ${marked} THEN RETURN COALESCE(NEW, OLD); END IF;
  IF TG_OP <> 'INSERT' THEN live := ${isLive('OLD')}; END IF;
  IF NOT live AND TG_OP <> 'DELETE' THEN live := ${isLive('NEW')}; END IF;
  IF NOT live THEN RETURN COALESCE(NEW, OLD); END IF;
${allowed}
  ${refuse(literal(table))}
END $$`;
}

const linkIsLive = (link: LinkTable) => (row: 'OLD' | 'NEW') =>
  link.sides.map((side) => `COALESCE(${liveFunction(side.ownerTable)}(${row}.${quote(side.column)}), false)`).join(' OR ');

const morphIsLive = (morph: MorphTable) => (row: 'OLD' | 'NEW') =>
  `CASE ${row}.${quote(morph.typeColumn)} ${morph.owners
    .map((owner) => `WHEN ${literal(owner.type)} THEN COALESCE(${liveFunction(owner.ownerTable)}(${row}.${quote(morph.idColumn)}), false)`)
    .join(' ')} ELSE false END`;

const rowTrigger = (table: string) => [
  `CREATE OR REPLACE TRIGGER ${GUARD_TRIGGER} BEFORE INSERT OR UPDATE OR DELETE ON ${quote(table)}
    FOR EACH ROW EXECUTE FUNCTION ${guardFunction(table)}()`,
  // TRUNCATE fires no row trigger: refuse it outright on a guarded table, unless marked.
  `CREATE OR REPLACE TRIGGER ${GUARD_TRUNCATE_TRIGGER} BEFORE TRUNCATE ON ${quote(table)}
    FOR EACH STATEMENT EXECUTE FUNCTION editorial_workflow_guard_truncate()`,
];

/**
 * The append-only tables (the log, the snapshots): no UPDATE, DELETE or TRUNCATE, and INSERT only in the
 * workflow's marked transaction. One set of functions; the triggers on each table keep the log's names.
 */
function appendOnlySql(tables: string[]): string[] {
  return [
    `CREATE OR REPLACE FUNCTION editorial_workflow_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION USING ERRCODE = ${literal(GUARD_SQLSTATE)}, HINT = ${literal(HINT)},
        MESSAGE = format('editorial-workflow: %s is append-only (%s refused)', TG_TABLE_NAME, TG_OP);
    END $$`,
    `CREATE OR REPLACE FUNCTION editorial_workflow_log_carried_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF ${marked} THEN RETURN NEW; END IF;
      ${refuse('TG_TABLE_NAME')}
    END $$`,
    ...tables.flatMap((table) => [
      // Row level: PostgreSQL runs an UPDATE of the table when an admin user is removed (created_by_id's
      // ON DELETE SET NULL), which must pass when it touches no row.
      `CREATE OR REPLACE TRIGGER ${LOG_APPEND_ONLY_TRIGGER} BEFORE UPDATE OR DELETE ON ${quote(table)}
        FOR EACH ROW EXECUTE FUNCTION editorial_workflow_log_append_only()`,
      `CREATE OR REPLACE TRIGGER ${LOG_TRUNCATE_TRIGGER} BEFORE TRUNCATE ON ${quote(table)}
        FOR EACH STATEMENT EXECUTE FUNCTION editorial_workflow_log_append_only()`,
      `CREATE OR REPLACE TRIGGER ${LOG_INSERT_TRIGGER} BEFORE INSERT ON ${quote(table)}
        FOR EACH ROW EXECUTE FUNCTION editorial_workflow_log_carried_insert()`,
    ]),
  ];
}

/** Every statement that installs the guard for `plan`; each one replaces what an earlier start installed. */
export function guardSql(plan: GuardPlan): string[] {
  return [
    `CREATE OR REPLACE FUNCTION editorial_workflow_guard_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF ${marked} THEN RETURN NULL; END IF;
      ${refuse('TG_TABLE_NAME')}
    END $$`,
    ...plan.owners.map(liveFunctionSql),
    ...plan.owners.flatMap((owner) => [
      guardFunctionSql(owner.table, (row) => (owner.kind === 'content'
        ? `${row}.${quote(owner.publishedColumn!)} IS NOT NULL`
        : `COALESCE(${liveFunction(owner.table)}(${row}.id), false)`), OWNER_EXCEPTIONS, owner),
      ...rowTrigger(owner.table),
    ]),
    ...plan.links.flatMap((link) => [guardFunctionSql(link.table, linkIsLive(link), LINK_EXCEPTIONS, link), ...rowTrigger(link.table)]),
    ...plan.morphs.flatMap((morph) => [guardFunctionSql(morph.table, morphIsLive(morph), [], morph), ...rowTrigger(morph.table)]),
    ...appendOnlySql(plan.appendOnly),
  ];
}

/** The tables the guard protects with row triggers. */
export const guardedTables = (plan: GuardPlan): string[] =>
  [...plan.owners.map((owner) => owner.table), ...plan.links.map((link) => link.table), ...plan.morphs.map((morph) => morph.table)];

/**
 * Installs the guard in one transaction, and drops it from tables that are no longer guarded (a type
 * taken out of a workflow). An advisory lock keeps two instances starting at once from racing.
 */
export async function installPostgresGuard(connection: Knex, plan: GuardPlan): Promise<void> {
  const tables = guardedTables(plan);
  await connection.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(724020)');
    // Component functions call their parents' functions, which may come later in the list.
    await trx.raw('SET LOCAL check_function_bodies = off');
    const stale = (await trx.raw(
      `SELECT DISTINCT c.relname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       WHERE t.tgname IN (?, ?) AND c.relnamespace = current_schema()::regnamespace`,
      [GUARD_TRIGGER, GUARD_TRUNCATE_TRIGGER],
    )) as { rows: Array<{ name: string }> };
    for (const { name } of stale.rows.filter((row) => !tables.includes(row.name))) {
      await trx.raw(`DROP TRIGGER IF EXISTS ${GUARD_TRIGGER} ON ${quote(name)}`);
      await trx.raw(`DROP TRIGGER IF EXISTS ${GUARD_TRUNCATE_TRIGGER} ON ${quote(name)}`);
    }
    for (const statement of guardSql(plan)) await trx.raw(statement);
  });
}
