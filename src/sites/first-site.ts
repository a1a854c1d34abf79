import type { Core } from '@strapi/strapi';
import { layoutOf } from '../lib/table-layout';
import { forgetSites, homeSite } from './directory';
import { SITE_UID, siteOwnedUids } from './owned';
import { TRANSLATED_FIELDS } from './translations';

const LEGACY_UID = 'api::site-setting.site-setting';

/** The code of the site a new database starts with until the city's IT gives it the ward's. */
export const PLACEHOLDER_CODE = '00000';

interface Knexish {
  raw(sql: string, bindings?: unknown[]): Promise<unknown>;
}

const rowsOf = (result: unknown): Array<Record<string, unknown>> =>
  Array.isArray(result) ? (result as Array<Record<string, unknown>>) : ((result as { rows: Array<Record<string, unknown>> }).rows ?? []);

/** The ward the first site is made for when the database has none: SITE_* settings, else a placeholder to fill in. */
function firstSiteData(): Record<string, string> {
  const env = process.env;
  const wardName = env.SITE_WARD_NAME || 'Phường, xã (chưa đặt tên)';
  return {
    code: env.SITE_CODE || PLACEHOLDER_CODE,
    wardName,
    siteTitle: env.SITE_TITLE || `Trang thông tin điện tử ${wardName}`,
    address: env.SITE_ADDRESS || 'Chưa cập nhật địa chỉ',
    phone: env.SITE_PHONE || 'Chưa cập nhật',
    email: env.SITE_EMAIL || 'lienhe@example.invalid',
    personResponsible: env.SITE_PERSON_RESPONSIBLE || 'Chưa cập nhật',
  };
}

const mediaLinkTable = (strapi: Core.Strapi): string =>
  (strapi.db.metadata.get('plugin::upload.file') as unknown as { attributes: { related: { joinTable: { name: string } } } }).attributes.related.joinTable.name;

/**
 * The old settings' media links (the emblem) name a type that no longer exists: Strapi deletes such links
 * when the schema changes (removeOrphanMorphType, between the schema sync and bootstrap), so they are
 * renamed to the sites type just before the sync.
 */
export function keepSettingsMedia(strapi: Core.Strapi): void {
  strapi.hook('strapi::content-types.beforeSync').register(async () => {
    const morph = mediaLinkTable(strapi);
    if (!(await strapi.db.getSchemaConnection().hasTable(morph))) return;
    await (strapi.db.connection as unknown as Knexish).raw(`UPDATE ${morph} SET related_type = ? WHERE related_type = ?`, [SITE_UID, LEGACY_UID]);
  });
}

/**
 * The settings of a single-ward database, kept in the table the sites collection took over, become site 1:
 * its other-language rows become the site's translations, its emblem follows it, it gets the ward's code.
 */
async function adoptSiteSettings(strapi: Core.Strapi, defaultLocale: string): Promise<void> {
  const connection = strapi.db.connection as unknown as Knexish;
  const { table } = layoutOf(strapi, SITE_UID);
  const rows = rowsOf(await connection.raw(`SELECT * FROM ${table} WHERE locale IS NOT NULL ORDER BY id`));
  const morph = mediaLinkTable(strapi);
  if (rows.length === 0) return;
  const byDocument = new Map<string, Array<Record<string, unknown>>>();
  for (const row of rows) byDocument.set(String(row.document_id), [...(byDocument.get(String(row.document_id)) ?? []), row]);
  for (const [documentId, versions] of byDocument) {
    const kept = versions.find((row) => row.locale === defaultLocale) ?? versions[0];
    const others = versions.filter((row) => row !== kept);
    const column = (field: string) => layoutOf(strapi, SITE_UID).column(field);
    for (const other of others) {
      await connection.raw(`DELETE FROM ${morph} WHERE related_type = ? AND related_id = ?`, [SITE_UID, other.id]);
      await connection.raw(`DELETE FROM ${table} WHERE id = ?`, [other.id]);
    }
    await connection.raw(`UPDATE ${table} SET locale = NULL, ${column('code')} = COALESCE(${column('code')}, ?) WHERE id = ?`, [firstSiteData().code, kept.id]);
    const translations = others.map((row) => ({
      locale: String(row.locale),
      ...Object.fromEntries(TRANSLATED_FIELDS.map((field) => [field, row[column(field)] ?? null])),
    }));
    if (translations.length > 0) {
      await strapi.documents(SITE_UID as never).update({ documentId, data: { translations } } as never);
      // The update stamps the dates; the settings' own stay (the public answer's publishedAt is as before).
      await connection.raw(`UPDATE ${table} SET published_at = ?, updated_at = ? WHERE id = ?`, [kept.published_at, kept.updated_at, kept.id]);
    }
  }
  strapi.log.info(`sites: the site settings became ${byDocument.size === 1 ? 'site 1' : `${byDocument.size} sites`} (${rows.length} rows).`);
}

/** Gives every row of a ward's type that has no site the home site: what a single-ward database held is that ward's. */
async function attachOrphans(strapi: Core.Strapi, siteId: number): Promise<number> {
  const guard = strapi.plugin('editorial-workflow').service('guard') as { carrying<T>(work: (trx: Knexish) => Promise<T>): Promise<T> };
  let attached = 0;
  await guard.carrying(async (connection) => {
    for (const uid of siteOwnedUids(strapi)) {
      const layout = layoutOf(strapi, uid);
      const link = layout.link('site');
      const result = await connection.raw(
        `INSERT INTO ${link.table} (${link.source}, ${link.target}) SELECT t.id, ? FROM ${layout.table} t WHERE NOT EXISTS (SELECT 1 FROM ${link.table} l WHERE l.${link.source} = t.id)`,
        [siteId],
      );
      attached += (result as { rowCount?: number }).rowCount ?? (result as { changes?: number }).changes ?? 0;
    }
  });
  return attached;
}

/**
 * At every start, before anything reads by site: there is at least one site, and every row of a ward's
 * type belongs to one. On a database from before sites this is the migration to site 1; afterwards it
 * finds nothing to do (two cheap queries per type).
 */
export async function ensureSites(strapi: Core.Strapi): Promise<void> {
  const defaultLocale = (await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string;
  await adoptSiteSettings(strapi, defaultLocale);
  forgetSites();
  let home = await homeSite(strapi);
  if (!home) {
    await strapi.documents(SITE_UID as never).create({ data: firstSiteData() } as never);
    forgetSites();
    home = await homeSite(strapi);
    strapi.log.warn('sites: created the first site from the SITE_* settings; fill in its details under "Phường, xã (trang)".');
  }
  const attached = await attachOrphans(strapi, home!.id);
  if (attached > 0) strapi.log.info(`sites: ${attached} rows without a site now belong to site ${home!.code}.`);
}
