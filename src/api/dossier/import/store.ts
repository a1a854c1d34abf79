import type { Knex } from 'knex';
// node-postgres's own conversion of parameters, so that rows sent as JSON store what knex would have stored.
import { prepareValue } from 'pg/lib/utils';
import { storedDay } from '../../../lib/dates';
import type { Layout } from '../../../lib/table-layout';
import type { DossierRecord } from './record';

export const DOSSIER = 'api::dossier.dossier';

/** A record with its procedure's current rows and field, as commit looks them up just before writing. */
export interface LinkedRecord extends DossierRecord {
  procedureIds: number[];
  fieldId: number | null;
}

const SCALARS = ['procedureName', 'channel', 'receivedAt', 'dueAt', 'returnedAt', 'status', 'applicant'] as const;

/** What a stored dossier was before this import touched it: for the diff, and for the periods to recompute. */
export interface StoredDossier {
  id: number;
  code: string;
  procedureIds: number[];
  fieldId: number | null;
  receivedAt: string;
  returnedAt: string | null;
  values: Record<(typeof SCALARS)[number], unknown>;
}

export interface BatchResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Old and new versions of every dossier this batch wrote, for the statistics to recompute. */
  touched: Array<{ receivedAt: string; returnedAt: string | null }>;
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

async function storedByCode(trx: Knex.Transaction, layout: Layout, codes: string[]): Promise<Map<string, StoredDossier>> {
  const c = layout.column;
  const procedureLink = layout.link('procedure');
  const fieldLink = layout.link('field');
  const rows = await trx(`${layout.table} as d`)
    .leftJoin(`${fieldLink.table} as f`, `f.${fieldLink.source}`, 'd.id')
    .whereIn(`d.${c('code')}`, codes)
    .select(['d.id', `d.${c('code')} as code`, `f.${fieldLink.target} as fieldId`, ...SCALARS.map((name) => `d.${c(name)} as ${name}`)]);
  const links = rows.length === 0 ? [] : await trx(procedureLink.table)
    .whereIn(procedureLink.source, rows.map((row: { id: number }) => row.id))
    .select(`${procedureLink.source} as dossierId`, `${procedureLink.target} as procedureId`);
  const procedureIds = new Map<number, number[]>();
  for (const link of links as Array<{ dossierId: number; procedureId: number }>) {
    procedureIds.set(Number(link.dossierId), [...(procedureIds.get(Number(link.dossierId)) ?? []), Number(link.procedureId)]);
  }
  return new Map(rows.map((row: Record<string, unknown>) => {
    const values = Object.fromEntries(SCALARS.map((name) => [name, name.endsWith('At') ? storedDay(row[name]) : row[name]]));
    return [String(row.code), {
      id: Number(row.id),
      code: String(row.code),
      procedureIds: procedureIds.get(Number(row.id)) ?? [],
      fieldId: row.fieldId === null ? null : Number(row.fieldId),
      receivedAt: String(values.receivedAt),
      returnedAt: (values.returnedAt as string | null) ?? null,
      values: values as StoredDossier['values'],
    }];
  }));
}

const sameIds = (a: number[], b: number[]) => [...a].sort().join(',') === [...b].sort().join(',');

const CHUNK = 400;
const isPostgres = (trx: Knex.Transaction) => (trx.client as { dialect?: string }).dialect === 'postgresql';
/** A value as node-postgres would send it as a parameter (a Date in the process's local time, as knex stores it). */
const asParameter = (value: unknown) => (value instanceof Date ? prepareValue(value) : value);

/**
 * Inserts the rows (all with the same columns). On PostgreSQL one statement per table and batch: the rows go
 * as one JSON parameter typed by the table's own row type (json_populate_recordset), where a statement per
 * 400 rows with a parameter per value spent more time binding than writing. Elsewhere in chunks of 400.
 */
async function insertChunked(trx: Knex.Transaction, table: string, rows: Array<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  if (isPostgres(trx)) {
    const columns = Object.keys(rows[0]).map((name) => `"${name}"`).join(', ');
    const json = JSON.stringify(rows.map((row) => Object.fromEntries(Object.entries(row).map(([name, value]) => [name, asParameter(value)]))));
    await trx.raw(`INSERT INTO ?? (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::??, ?::json)`, [table, table, json]);
    return;
  }
  for (let i = 0; i < rows.length; i += CHUNK) await trx(table).insert(rows.slice(i, i + CHUNK));
}

/**
 * The codes among `codes` that belong to dossiers of another site than `siteId`: a file that names them is
 * another ward's (dossier codes are unique across the installation), and is refused whole.
 */
export async function codesOfOtherSites(knex: Knex, layout: Layout, codes: string[], siteId: number): Promise<string[]> {
  const siteLink = layout.link('site');
  const found: string[] = [];
  for (let i = 0; i < codes.length; i += CHUNK) {
    const rows = await knex(`${layout.table} as d`)
      .join(`${siteLink.table} as s`, `s.${siteLink.source}`, 'd.id')
      .whereIn(`d.${layout.column('code')}`, codes.slice(i, i + CHUNK))
      .andWhereNot(`s.${siteLink.target}`, siteId)
      .select(`d.${layout.column('code')} as code`);
    found.push(...rows.map((row: { code: string }) => row.code));
  }
  return found;
}

/**
 * Writes one batch inside the caller's transaction: new codes are inserted, changed ones updated, the
 * same data left alone — so importing the same file twice writes nothing the second time.
 */
export async function writeBatch(trx: Knex.Transaction, layout: Layout, records: LinkedRecord[], now: Date, siteId: number): Promise<BatchResult> {
  const c = layout.column;
  const stored = await storedByCode(trx, layout, records.map((r) => r.code));
  const result: BatchResult = { created: 0, updated: 0, unchanged: 0, touched: [] };
  const fresh: LinkedRecord[] = [];
  const relink: Array<{ id: number; record: LinkedRecord }> = [];

  for (const record of records) {
    const old = stored.get(record.code);
    if (!old) {
      fresh.push(record);
      continue;
    }
    const changed = SCALARS.filter((name) => !same(old.values[name], record[name]));
    const linksChanged = !sameIds(old.procedureIds, record.procedureIds) || old.fieldId !== record.fieldId;
    if (changed.length === 0 && !linksChanged) {
      result.unchanged += 1;
      continue;
    }
    if (changed.length > 0) {
      await trx(layout.table).where('id', old.id).update({
        ...Object.fromEntries(changed.map((name) => [c(name), record[name]])),
        [c('updatedAt')]: now,
      });
    }
    if (linksChanged) relink.push({ id: old.id, record });
    result.updated += 1;
    result.touched.push(old, record);
  }

  if (fresh.length > 0) {
    await insertChunked(trx, layout.table, fresh.map((record) => ({
      [c('documentId')]: layout.newDocumentId(),
      [c('code')]: record.code,
      ...Object.fromEntries(SCALARS.map((name) => [c(name), record[name]])),
      [c('createdAt')]: now,
      [c('updatedAt')]: now,
      [c('publishedAt')]: now,
    })));
    const ids = await trx(layout.table).whereIn(c('code'), fresh.map((r) => r.code)).select('id', `${c('code')} as code`);
    const idOf = new Map(ids.map((row: { id: number; code: string }) => [row.code, Number(row.id)]));
    const siteLink = layout.link('site');
    await insertChunked(trx, siteLink.table, fresh.map((record) => ({ [siteLink.source]: idOf.get(record.code), [siteLink.target]: siteId })));
    relink.push(...fresh.map((record) => ({ id: idOf.get(record.code)!, record })));
    result.created = fresh.length;
    result.touched.push(...fresh);
  }

  if (relink.length > 0) {
    const procedureLink = layout.link('procedure');
    const fieldLink = layout.link('field');
    // New dossiers have no links yet: only the changed ones lose their old links.
    const relinked = relink.filter(({ record }) => stored.has(record.code)).map((r) => r.id);
    if (relinked.length > 0) {
      await trx(procedureLink.table).whereIn(procedureLink.source, relinked).delete();
      await trx(fieldLink.table).whereIn(fieldLink.source, relinked).delete();
    }
    await insertChunked(trx, procedureLink.table, relink.flatMap(({ id, record }) =>
      record.procedureIds.map((procedureId) => ({ [procedureLink.source]: id, [procedureLink.target]: procedureId }))));
    await insertChunked(trx, fieldLink.table, relink
      .filter(({ record }) => record.fieldId !== null)
      .map(({ id, record }) => ({ [fieldLink.source]: id, [fieldLink.target]: record.fieldId })));
  }
  return result;
}
