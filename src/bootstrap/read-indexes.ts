import type { Core } from '@strapi/strapi';
import { layoutOf } from '../lib/table-layout';
import { siteLinkOf, siteOwnedUids } from '../sites/owned';

/** One index this project adds to a table Strapi made. */
export interface ReadIndex {
  table: string;
  name: string;
  columns: string[];
  where?: string;
  /** A PostgreSQL trigram index over lower(column): what `$containsi` compiles to. */
  trigram?: boolean;
  unique?: boolean;
}

interface ContentType {
  uid: string;
  kind: string;
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
}

type Configuration = { settings?: { defaultSortBy?: string } };

/**
 * The reads Strapi makes of a draft-and-publish type that its own indexes (document_id, locale, published_at)
 * leave to a full scan, measured with `npm run bench:scale`:
 * - the REST API's lists: published rows of a locale in id order (Strapi's default), and their count;
 * - the Content Manager's list: drafts of a locale in its default sort (the type's configured column), and
 *   their count (on a narrow index of its own);
 * - `$containsi` on that column (the public filter, the Content Manager's search): on PostgreSQL a trigram
 *   index over the very expression Strapi writes, `LOWER(CAST(column AS VARCHAR))`.
 * Derived from the schemas and the Content Manager's settings, so a new type gets its indexes at start. Beside
 * them, each site link table's (site, item) index, and the two the one-stop import relies on: the dossier code
 * (unique) and the received date.
 */
export async function readIndexesOf(strapi: Core.Strapi): Promise<ReadIndex[]> {
  const indexes: ReadIndex[] = [];
  const configurations = strapi.plugin('content-manager').service('content-types') as { findConfiguration(ct: ContentType): Promise<Configuration> };
  for (const contentType of Object.values(strapi.contentTypes) as unknown as ContentType[]) {
    if (!contentType.uid.startsWith('api::') || contentType.kind !== 'collectionType' || !contentType.options?.draftAndPublish) continue;
    const { table, column } = layoutOf(strapi, contentType.uid);
    const locale = contentType.pluginOptions?.i18n?.localized ? ['locale'] : [];
    const published = column('publishedAt');
    indexes.push({ table, name: `${table}_live_idx`, columns: [...locale, 'id'], where: `${published} IS NOT NULL` });
    const sortBy = (await configurations.findConfiguration(contentType)).settings?.defaultSortBy;
    const sortColumn = sortBy && sortBy !== 'id' ? column(sortBy) : null;
    // Counting wants the narrowest index (a count of 100,000 drafts reads 278 pages of it, 5,600 of a wide one).
    indexes.push({ table, name: `${table}_drafts_idx`, columns: [...locale, 'id'], where: `${published} IS NULL` });
    if (sortColumn) indexes.push({ table, name: `${table}_drafts_${sortColumn}_idx`, columns: [...locale, sortColumn, 'id'], where: `${published} IS NULL` });
    const attribute = sortBy ? (strapi.contentTypes[contentType.uid as never] as { attributes: Record<string, { type: string }> }).attributes[sortBy] : undefined;
    if (sortColumn && attribute && ['string', 'text', 'uid', 'email'].includes(attribute.type)) {
      indexes.push({ table, name: `${table}_${sortColumn}_trgm`, columns: [sortColumn], trigram: true });
    }
  }
  // A ward's rows in item order, for the site filter's subquery (sites/owned.ts): Strapi's own indexes on the
  // link table lead with the item, or hold the site alone, so a ward's first page walked every ward's links.
  for (const uid of siteOwnedUids(strapi)) {
    const link = siteLinkOf(strapi, uid);
    indexes.push({ table: link.table, name: `${link.table}_site_item_idx`, columns: [link.site, link.item] });
  }
  // The one-stop import's key (unique, looked up 1,000 codes at a time) and the statistics' load by date.
  const dossiers = layoutOf(strapi, 'api::dossier.dossier');
  indexes.push({ table: dossiers.table, name: `${dossiers.table}_code_uq`, columns: [dossiers.column('code')], unique: true });
  indexes.push({ table: dossiers.table, name: `${dossiers.table}_received_idx`, columns: [dossiers.column('receivedAt')] });
  return indexes;
}

const sqlOf = (index: ReadIndex) =>
  index.trigram
    ? `CREATE INDEX IF NOT EXISTS ${index.name} ON ${index.table} USING gin ((LOWER(CAST(${index.columns[0]} AS VARCHAR))) gin_trgm_ops)`
    : `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${index.name} ON ${index.table} (${index.columns.join(', ')})${index.where ? ` WHERE ${index.where}` : ''}`;

/** The names of the indexes that exist already, so that only missing ones are built (and their tables analysed). */
async function existing(strapi: Core.Strapi, db: Core.Strapi['db']['connection']): Promise<Set<string>> {
  const rows = strapi.db.dialect.client === 'postgres'
    ? ((await db.raw('SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()')) as { rows: Array<{ name: string }> }).rows
    : ((await db.raw("SELECT name FROM sqlite_master WHERE type = 'index'")) as Array<{ name: string }>);
  return new Set(rows.map((row) => row.name));
}

/**
 * Creates the missing ones: the first start after an upgrade builds them (seconds at 100,000 rows), later starts
 * only list the indexes. A table that got a new index is analysed, so that the planner knows the new expressions'
 * statistics at once rather than at the next autovacuum. On PostgreSQL under an advisory lock, so that instances
 * starting together do not race; the trigram indexes only where the pg_trgm extension can be had (a trusted
 * extension: the database's owner may create it); without it `$containsi` still works, by a scan.
 */
export async function ensureReadIndexes(strapi: Core.Strapi): Promise<void> {
  const postgres = strapi.db.dialect.client === 'postgres';
  const wanted = (await readIndexesOf(strapi)).filter((index) => postgres || !index.trigram);
  const build = async (db: Core.Strapi['db']['connection'], indexes: ReadIndex[]) => {
    const present = await existing(strapi, db);
    const missing = indexes.filter((index) => !present.has(index.name));
    for (const index of missing) await db.raw(sqlOf(index));
    for (const table of new Set(missing.map((index) => index.table))) await db.raw(`ANALYZE ${table}`);
    if (missing.length > 0) strapi.log.info(`Đã tạo ${missing.length} chỉ mục đọc: ${missing.map((index) => index.name).join(', ')}`);
  };
  if (!postgres) return build(strapi.db.connection, wanted);
  await strapi.db.connection.transaction(async (trx) => {
    await trx.raw("SELECT pg_advisory_xact_lock(hashtext('phuong.read-indexes'))");
    let trigram = true;
    try {
      await trx.raw('SAVEPOINT trgm');
      await trx.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    } catch (error) {
      await trx.raw('ROLLBACK TO SAVEPOINT trgm');
      trigram = false;
      strapi.log.warn(`Không tạo được extension pg_trgm (${(error as Error).message}): lọc $containsi sẽ quét toàn bảng.`);
    }
    await build(trx as unknown as Core.Strapi['db']['connection'], wanted.filter((index) => trigram || !index.trigram));
  });
}
