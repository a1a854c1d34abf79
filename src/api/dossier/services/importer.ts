import type { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { env, errors } from '@strapi/utils';
import { todayInVietnam } from '../../../lib/dates';
import { CONTENT_CHANGED, type ContentChange } from '../../../public-api/content-changes';
import { analyse, previewOf, type Analysis } from '../import/analyse';
import { catalogue, type KnownProcedure } from '../import/record';
import { formatOf, type SheetFormat } from '../import/read';
import { DOSSIER, layoutOf, writeBatch } from '../import/store';

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

/**
 * The dossier import shared by the admin page and `npm run import:dossiers`: analyse a file (nothing
 * written), then commit it in batches of 1,000 rows, one transaction each, and recompute the statistics
 * of the periods it touched.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
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

  async commit(analysis: Analysis, onProgress: Progress = () => {}): Promise<ImportResult> {
    if (!analysis.acceptable) {
      throw new errors.ValidationError(
        `Tệp có ${analysis.rows - analysis.records.length}/${analysis.rows} dòng lỗi, quá ngưỡng ${Math.round(analysis.maxErrorRate * 100)}%: không nhập dòng nào. Hãy sửa các dòng lỗi rồi nhập lại.`,
      );
    }
    const started = Date.now();
    const layout = layoutOf(strapi, DOSSIER);
    const total = { created: 0, updated: 0, unchanged: 0 };
    let from: string | null = null;
    let to: string | null = null;
    const today = todayInVietnam();
    for (let i = 0; i < analysis.records.length; i += BATCH) {
      const batch = analysis.records.slice(i, i + BATCH);
      const result = await strapi.db.connection.transaction((trx) => writeBatch(trx, layout, batch, new Date()));
      total.created += result.created;
      total.updated += result.updated;
      total.unchanged += result.unchanged;
      // A dossier counts in every period from its receipt until it is finished (or today, still open).
      for (const { receivedAt, returnedAt } of result.touched) {
        const until = returnedAt ?? today;
        if (from === null || receivedAt < from) from = receivedAt;
        if (to === null || until > to) to = until;
      }
      onProgress(i + batch.length, analysis.records.length);
    }
    let reports = { periods: 0, rows: 0 };
    if (from !== null && to !== null) {
      reports = await strapi.service('api::dossier-report.statistics').recompute(from, to);
      for (const uid of [DOSSIER, 'api::dossier-report.dossier-report']) await strapi.eventHub.emit(CONTENT_CHANGED, { uid } satisfies ContentChange);
    }
    return {
      rows: analysis.rows,
      ...total,
      invalid: analysis.rows - analysis.records.length,
      reports,
      seconds: (Date.now() - started) / 1000,
    };
  },
});

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
