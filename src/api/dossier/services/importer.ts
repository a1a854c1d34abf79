import type { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { env, errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { todayInVietnam } from '../../../lib/dates';
import { CONTENT_CHANGED, type ContentChange } from '../../../public-api/content-changes';
import { analyse, previewOf, type Analysis } from '../import/analyse';
import { catalogue, type DossierRecord, type KnownProcedure } from '../import/record';
import { formatOf, type SheetFormat } from '../import/read';
import { layoutOf } from '../../../lib/table-layout';
import { codesOfOtherSites, DOSSIER, writeBatch, type LinkedRecord } from '../import/store';
import { homeSite, siteByCode } from '../../../sites/directory';

export type { Analysis };

const BATCH = 1000;

export interface ImportResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  reports: { periods: number; rows: number };
  seconds: number;
}

export type Progress = (done: number, total: number) => void;

/** Where an import stands after a committed batch: rows written and the dates whose statistics it affects. */
export interface BatchProgress {
  done: number;
  total: number;
  /** First and last day the written rows (and their earlier versions) count in; null before any batch. */
  from: string | null;
  to: string | null;
}
/** Runs inside each batch's transaction, so what it records commits (or not) with the batch itself. */
export type BatchHook = (trx: Knex.Transaction, progress: BatchProgress) => Promise<void>;

/**
 * The dossier import shared by the admin page and `npm run import:dossiers`: analyse a file (nothing
 * written), then commit it in batches of 1,000 rows, one transaction each, and recompute the statistics
 * of the periods it touched.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * After committed batches (a whole import, or the part of one that failed or whose process died):
   * announces the dossiers and recomputes the statistics of every period between `from` and `to`.
   */
  const settle = async (from: string | null, to: string | null, siteId: number): Promise<{ periods: number; rows: number }> => {
    if (from === null || to === null) return { periods: 0, rows: 0 };
    // The batches are committed; the statistics service announces the reports it rewrites itself.
    await strapi.eventHub.emit(CONTENT_CHANGED, { uid: DOSSIER } satisfies ContentChange);
    return strapi.service('api::dossier-report.statistics').recompute(from, to, { siteIds: [siteId] });
  };

  return {
    async analyse(input: Readable, format: SheetFormat): Promise<Analysis> {
      return analyse(input, format, {
        procedures: catalogue(await knownProcedures(strapi)),
        maskApplicant: env.bool('DOSSIER_MASK_APPLICANT', false),
        maxErrorRate: env.float('DOSSIER_IMPORT_MAX_ERROR_RATE', 0.5),
      });
    },

    preview: previewOf,

    /** CSV or XLSX, by the file's name or its first bytes. */
    formatOf,

    /** Refuses (400) a file with more bad rows than DOSSIER_IMPORT_MAX_ERROR_RATE allows; commit does it first. */
    assertAcceptable,

    /**
     * The site an import writes into: the ward asked for by its code, else the home site.
     */
    async siteFor(code?: string): Promise<number> {
      const site = code ? await siteByCode(strapi, code) : await homeSite(strapi);
      if (!site) throw new errors.ValidationError(code ? `Không có phường, xã mã ${code} trên hệ thống.` : 'Hệ thống chưa có trang phường, xã nào.');
      return site.id;
    },

    async commit(analysis: Analysis, onProgress: Progress = () => {}, inBatch?: BatchHook, siteId?: number): Promise<ImportResult> {
      assertAcceptable(analysis);
      const started = Date.now();
      const layout = layoutOf(strapi, DOSSIER);
      const site = siteId ?? (await this.siteFor());
      const otherSites = new Set(await codesOfOtherSites(strapi.db.connection, layout, analysis.records.map((record) => record.code), site));
      // In the file's order, so the message names the first lines a person would look at.
      const foreign = analysis.records.map((record) => record.code).filter((code) => otherSites.has(code));
      if (foreign.length > 0) {
        throw new errors.ValidationError(
          `${foreign.length} mã hồ sơ của tệp đã thuộc một phường, xã khác (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? '…' : ''}): tệp này có phải của phường, xã khác không? Không nhập dòng nào.`,
        );
      }
      const link = await procedureLinks(strapi, analysis.records);
      const total = { created: 0, updated: 0, unchanged: 0 };
      let from: string | null = null;
      let to: string | null = null;
      const today = todayInVietnam();
      // A dossier counts in every period from its receipt until it is finished (or today, still open).
      const cover = ({ receivedAt, returnedAt }: { receivedAt: string; returnedAt: string | null }) => {
        const until = returnedAt ?? today;
        if (from === null || receivedAt < from) from = receivedAt;
        if (to === null || until > to) to = until;
      };
      for (let i = 0; i < analysis.records.length; i += BATCH) {
        const batch = analysis.records.slice(i, i + BATCH).map(link);
        const done = i + batch.length;
        const result = await strapi.db.connection.transaction(async (trx) => {
          const written = await writeBatch(trx, layout, batch, new Date(), site);
          // Every row of the file, changed or not (statistics left wrong by a crash converge on the next
          // import of the same rows), and the earlier version of every updated one.
          batch.forEach(cover);
          written.touched.forEach(cover);
          await inBatch?.(trx, { done, total: analysis.records.length, from, to });
          return written;
        });
        total.created += result.created;
        total.updated += result.updated;
        total.unchanged += result.unchanged;
        onProgress(done, analysis.records.length);
      }
      const reports = await settle(from, to, site);
      return {
        rows: analysis.rows,
        ...total,
        invalid: analysis.rows - analysis.records.length,
        reports,
        seconds: (Date.now() - started) / 1000,
      };
    },

    settle,
  };
};

export function assertAcceptable(analysis: Analysis): void {
  if (!analysis.acceptable) {
    throw new errors.ValidationError(
      `Tệp có ${analysis.rows - analysis.records.length}/${analysis.rows} dòng lỗi, quá ngưỡng ${Math.round(analysis.maxErrorRate * 100)}%: không nhập dòng nào. Hãy sửa các dòng lỗi rồi nhập lại.`,
    );
  }
}

/**
 * The procedure rows and field of each record, read when the import is written, not when it was previewed:
 * a procedure set re-synced in between republishes its procedures, and publishing gives the published rows
 * new ids. A procedure deleted in between refuses the whole import (400) before anything is written.
 */
async function procedureLinks(strapi: Core.Strapi, records: DossierRecord[]): Promise<(record: DossierRecord) => LinkedRecord> {
  const byCode = new Map((await knownProcedures(strapi)).map((procedure) => [procedure.code, procedure]));
  const missing = new Set(records.filter((record) => !byCode.has(record.procedureCode)).map((record) => record.procedureCode));
  if (missing.size > 0) {
    throw new errors.ValidationError(
      `Thủ tục ${[...missing].join(', ')} không còn trong bộ thủ tục của phường (đã bị xóa sau khi xem trước): không nhập dòng nào. Hãy tải tệp lên lại.`,
    );
  }
  return (record) => {
    const { ids, fieldId } = byCode.get(record.procedureCode)!;
    return { ...record, procedureIds: ids, fieldId };
  };
}

/** The ward's procedure set, one entry per procedure document with the ids of all its rows. */
async function knownProcedures(strapi: Core.Strapi): Promise<KnownProcedure[]> {
  const procedures = layoutOf(strapi, 'api::procedure.procedure');
  const fieldLink = procedures.link('field');
  const p = procedures.column;
  const rows = await strapi.db.connection(`${procedures.table} as p`)
    .leftJoin(`${fieldLink.table} as f`, `f.${fieldLink.source}`, 'p.id')
    .select(['p.id', `p.${p('documentId')} as documentId`, `p.${p('publishedAt')} as publishedAt`, `p.${p('code')} as code`,
      `p.${p('name')} as name`, `f.${fieldLink.target} as fieldId`]);
  const byDocument = new Map<string, KnownProcedure>();
  for (const row of rows as Array<Record<string, unknown>>) {
    const known = byDocument.get(String(row.documentId)) ?? { ids: [], code: '', name: '', fieldId: null };
    known.ids.push(Number(row.id));
    // The draft holds the current name and field; the published row only adds its id.
    if (row.publishedAt === null || known.name === '') {
      Object.assign(known, { code: String(row.code), name: String(row.name), fieldId: row.fieldId === null ? null : Number(row.fieldId) });
    }
    byDocument.set(String(row.documentId), known);
  }
  return [...byDocument.values()];
}
