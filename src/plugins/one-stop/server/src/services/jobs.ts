import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { ImportConflict } from '../errors';
import type { RowError } from './error-report';
import { importLock } from './import-lock';

interface BatchProgress {
  done: number;
  total: number;
  from: string | null;
  to: string | null;
}

/** What the plugin uses of the app's dossier importer (src/api/dossier/services/importer.ts). */
interface Importer {
  formatOf(fileName: string, head: Buffer): 'csv' | 'xlsx' | null;
  analyse(input: NodeJS.ReadableStream, format: 'csv' | 'xlsx'): Promise<Analysis>;
  preview(analysis: Analysis): Record<string, unknown> & { errors: RowError[] };
  /** Throws the importer's 400 for a file over the error threshold. */
  assertAcceptable(analysis: Analysis): void;
  commit(
    analysis: Analysis,
    onProgress: (done: number, total: number) => void,
    inBatch: (trx: Knex.Transaction, progress: BatchProgress) => Promise<void>,
    siteId: number,
  ): Promise<Record<string, unknown>>;
  /** Recomputes the site's statistics of the days between from and to (after committed batches). */
  settle(from: string | null, to: string | null, siteId: number): Promise<unknown>;
  /** The site an import writes into (a ward's code, or the home site); 400 for an unknown code. */
  siteFor(code?: string): Promise<number>;
}
type Analysis = { rows: number; records: unknown[]; errors: RowError[]; acceptable: boolean };

/**
 * Row errors sent to the admin page: the page polls the job every second while it runs, so the report is
 * cut to its first lines (with `errorCount`, the whole number); the command line prints from the full list.
 */
const SHOWN_ERRORS = 200;

export type JobStatus = 'preview' | 'running' | 'done' | 'failed';

const JOB = 'plugin::one-stop.import-job';

/** A job row without its parsed rows and full error list (what a poll reads). */
interface JobRow {
  jobKey: string;
  ownerId: number;
  fileName: string;
  status: JobStatus;
  /** Counts, first rows and the first SHOWN_ERRORS row errors, shown from the preview to the result. */
  summary: Record<string, unknown>;
  done: number;
  total: number;
  committedFrom: string | null;
  committedTo: string | null;
  /** The site the dossiers are written into, chosen at upload (null in a job from before sites). */
  siteId: number | null;
  result: Record<string, unknown> | null;
  error: string | null;
}
const ROW_FIELDS = ['jobKey', 'ownerId', 'fileName', 'status', 'summary', 'done', 'total', 'committedFrom', 'committedTo', 'siteId', 'result', 'error'];

/** A finished or unconfirmed job is kept an hour after it was last used. */
const TTL_MS = 60 * 60_000;

const NOT_FOUND = 'Không tìm thấy lần nhập này (đã quá một giờ hoặc do người khác tải lên). Hãy tải tệp lên lại.';
const ALREADY_CONFIRMED = 'Lần nhập này đã được xác nhận.';
const ANOTHER_RUNS = 'Đang có một lần nhập khác chạy; hãy chờ nó xong rồi xác nhận.';

/** The short message a failed job keeps: ours as they are, anything else (SQL, driver) only in the log. */
function failureMessage(error: unknown, done: number, total: number): string {
  const reason = error instanceof errors.ApplicationError
    ? error.message
    : 'Lỗi khi ghi vào cơ sở dữ liệu (chi tiết trong nhật ký máy chủ). Hãy thử nhập lại tệp.';
  return done > 0 ? `${reason} Đã ghi ${done}/${total} dòng trước khi dừng; nhập lại tệp sẽ ghi tiếp, không trùng.` : reason;
}

/**
 * Import jobs of the admin page, kept in the database (plugin::one-stop.import-job) so that every
 * instance serves every step. The uploaded file is read once and deleted at once; between preview and
 * confirm only the parsed rows stay, in the job row, and they hold no personal data.
 */
export const jobsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const lock = importLock(strapi);
  const importer = () => strapi.service('api::dossier.importer') as unknown as Importer;
  const jobs = () => strapi.db.query(JOB);
  const layout = () => {
    const meta = strapi.db.metadata.get(JOB) as unknown as { tableName: string; attributes: Record<string, { columnName?: string }> };
    return { table: meta.tableName, column: (name: string) => meta.attributes[name].columnName ?? name };
  };
  const summaryOf = (analysis: Analysis) => {
    const { errors: rowErrors, ...counts } = importer().preview(analysis);
    return { ...counts, errors: rowErrors.slice(0, SHOWN_ERRORS), errorCount: rowErrors.length };
  };

  const view = (job: JobRow) => ({
    id: job.jobKey,
    fileName: job.fileName,
    status: job.status,
    progress: { done: job.done, total: job.total },
    ...job.summary,
    ...(job.result ? { result: job.result } : {}),
    ...(job.error ? { error: job.error } : {}),
  });

  const forget = () => jobs().deleteMany({
    where: { status: { $ne: 'running' }, touchedAt: { $lt: new Date(Date.now() - TTL_MS) } },
  });

  const find = async (id: string, ownerId: number, select = ROW_FIELDS): Promise<JobRow & Record<string, unknown>> => {
    const job = await jobs().findOne({ where: { jobKey: id }, select });
    if (!job || job.ownerId !== ownerId) throw new errors.NotFoundError(NOT_FOUND);
    return job;
  };

  /** Marks a job failed and recomputes the statistics of the batches it committed. */
  async function fail(job: JobRow, message: string): Promise<void> {
    await jobs().update({ where: { jobKey: job.jobKey }, data: { status: 'failed', error: message, analysis: null, touchedAt: new Date() } });
    try {
      // A job from before sites names none: its dossiers went to the first site.
      await importer().settle(job.committedFrom, job.committedTo, job.siteId ?? (await importer().siteFor()));
    } catch (error) {
      strapi.log.error(`[one-stop] statistics after import ${job.jobKey} not recomputed: ${(error as Error).stack ?? error}`);
    }
  }

  /** Jobs still marked running while this process holds the lock: their instance died mid-import. */
  async function recoverInterrupted(): Promise<number> {
    const stale = await jobs().findMany({ where: { status: 'running' }, select: ROW_FIELDS }) as JobRow[];
    for (const job of stale) {
      strapi.log.warn(`[one-stop] import ${job.jobKey} (${job.fileName}) was interrupted at ${job.done}/${job.total} rows`);
      await fail(job, `Lần nhập bị gián đoạn khi máy chủ dừng: đã ghi ${job.done}/${job.total} dòng. Hãy nhập lại tệp; các dòng đã ghi không bị ghi trùng.`);
    }
    return stale.length;
  }

  async function run(jobKey: string, analysis: Analysis, siteId: number): Promise<void> {
    const { table, column } = layout();
    try {
      const result = await importer().commit(analysis, () => {}, (trx, progress) =>
        // In the batch's transaction: the stored count is exactly what is committed.
        trx(table).where(column('jobKey'), jobKey).update({
          [column('done')]: progress.done, [column('committedFrom')]: progress.from, [column('committedTo')]: progress.to,
        }), siteId);
      await jobs().update({ where: { jobKey }, data: { status: 'done', result, analysis: null, touchedAt: new Date() } });
      void strapi.eventHub.emit('phuong.job.finished', { job: 'dossier-import', failed: false });
    } catch (error) {
      void strapi.eventHub.emit('phuong.job.finished', { job: 'dossier-import', failed: true });
      if (error instanceof errors.ApplicationError) strapi.log.warn(`[one-stop] import ${jobKey} refused: ${error.message}`);
      else strapi.log.error(`[one-stop] import ${jobKey} failed: ${(error as Error).stack ?? error}`);
      const job = await jobs().findOne({ where: { jobKey }, select: ROW_FIELDS }) as JobRow;
      await fail(job, failureMessage(error, job.done, job.total));
    }
  }

  return {
    async upload(file: { filepath: string; originalFilename?: string | null; size: number }, ownerId: number, head: Buffer, siteCode?: string) {
      await forget();
      const siteId = await importer().siteFor(siteCode);
      const fileName = file.originalFilename ?? 'tep-tai-len';
      const format = importer().formatOf(fileName, head);
      if (!format) throw new errors.ValidationError('Chỉ nhận tệp .xlsx hoặc .csv xuất từ phần mềm một cửa.');
      const analysis = await importer().analyse(createReadStream(file.filepath), format);
      const rowErrors = importer().preview(analysis).errors;
      // Only the valid rows are written: progress counts over them ("Đã ghi 497/497", not "…/500").
      const job = await jobs().create({
        data: {
          jobKey: randomUUID(), ownerId, siteId, fileName, status: 'preview', analysis: { ...analysis, errors: [] }, summary: summaryOf(analysis),
          rowErrors, done: 0, total: analysis.records.length, touchedAt: new Date(),
        },
        select: ROW_FIELDS,
      });
      return view(job as JobRow);
    },

    async status(id: string, ownerId: number) {
      return view(await find(id, ownerId));
    },

    /** The whole error report of an upload (the page shows only its first lines). */
    async errorReport(id: string, ownerId: number): Promise<{ fileName: string; errors: RowError[] }> {
      const job = await find(id, ownerId, ['ownerId', 'fileName', 'rowErrors']);
      return { fileName: job.fileName, errors: (job.rowErrors as RowError[] | null) ?? [] };
    },

    /** Starts writing a previewed job (202); 409 when it was confirmed already or another import runs. */
    async confirm(id: string, ownerId: number) {
      const job = await find(id, ownerId);
      if (job.status !== 'preview') throw new ImportConflict(ALREADY_CONFIRMED);
      const held = await lock.take();
      if (!held) throw new ImportConflict(ANOTHER_RUNS);
      let analysis: Analysis;
      try {
        await recoverInterrupted();
        analysis = (await find(id, ownerId, ['ownerId', 'analysis'])).analysis as Analysis;
        // A file over the error threshold is refused by the importer itself: its 400 goes back as is.
        importer().assertAcceptable(analysis);
        const { table, column } = layout();
        const knex = strapi.db.connection;
        // Only from preview, and only if nothing runs: the same rule as the lock, kept by the database.
        const started = await knex(table)
          .where(column('jobKey'), id).andWhere(column('status'), 'preview')
          .whereNotExists(knex(table).where(column('status'), 'running').select(knex.raw('1')))
          .update({ [column('status')]: 'running' });
        if (started !== 1) throw new ImportConflict(ALREADY_CONFIRMED);
      } catch (error) {
        await held.release();
        throw error;
      }
      void run(id, analysis, job.siteId ?? (await importer().siteFor())).finally(() => held.release().catch((error) => {
        strapi.log.warn(`[one-stop] import lock not released cleanly: ${(error as Error).message}`);
      }));
      return view({ ...job, status: 'running' });
    },

    /** At start: jobs left running by an instance that died are failed and their statistics recomputed. */
    async recover(): Promise<number> {
      const held = await lock.take();
      if (!held) return 0; // an import runs on another instance: its jobs are alive
      try {
        return await recoverInterrupted();
      } finally {
        await held.release();
      }
    },
  };
};
