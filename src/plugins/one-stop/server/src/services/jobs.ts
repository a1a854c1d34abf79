import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { RowError } from './error-report';

/** What the plugin uses of the app's dossier importer (src/api/dossier/services/importer.ts). */
interface Importer {
  formatOf(fileName: string, head: Buffer): 'csv' | 'xlsx' | null;
  analyse(input: NodeJS.ReadableStream, format: 'csv' | 'xlsx'): Promise<Analysis>;
  preview(analysis: Analysis): Record<string, unknown> & { errors: RowError[] };
  /** Throws the importer's 400 for a file over the error threshold. */
  assertAcceptable(analysis: Analysis): void;
  commit(analysis: Analysis, onProgress: (done: number, total: number) => void): Promise<Record<string, unknown>>;
}
type Analysis = { rows: number; records: unknown[]; acceptable: boolean };

/**
 * Row errors sent to the admin page: the page polls the job every second while it runs, so the report is
 * cut to its first lines (with `errorCount`, the whole number); the command line prints from the full list.
 */
const SHOWN_ERRORS = 200;

export type JobStatus = 'preview' | 'running' | 'done' | 'failed';

interface Job {
  id: string;
  ownerId: number;
  fileName: string;
  status: JobStatus;
  analysis?: Analysis;
  /** Counts, first rows and the first SHOWN_ERRORS row errors, shown from the preview to the result. */
  summary: Record<string, unknown>;
  /** Every row error, for the downloadable report; lines, dossier codes and messages, no personal data. */
  rowErrors: RowError[];
  progress: { done: number; total: number };
  result?: Record<string, unknown>;
  error?: string;
  touchedAt: number;
}

/** Jobs are kept in memory for an hour: an upload is previewed and confirmed on the same instance. */
const TTL_MS = 60 * 60_000;

/**
 * Import jobs of the admin page. The uploaded file is read once and deleted at once; between preview
 * and confirm only the parsed rows stay, in memory, and they hold no personal data.
 */
export const jobsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = new Map<string, Job>();
  const importer = () => strapi.service('api::dossier.importer') as unknown as Importer;
  const summaryOf = (analysis: Analysis) => {
    const { errors: rowErrors, ...counts } = importer().preview(analysis);
    return { ...counts, errors: rowErrors.slice(0, SHOWN_ERRORS), errorCount: rowErrors.length };
  };

  const view = (job: Job) => ({
    id: job.id,
    fileName: job.fileName,
    status: job.status,
    progress: job.progress,
    ...job.summary,
    ...(job.result ? { result: job.result } : {}),
    ...(job.error ? { error: job.error } : {}),
  });

  const forget = () => {
    const now = Date.now();
    for (const [id, job] of jobs) if (job.status !== 'running' && now - job.touchedAt > TTL_MS) jobs.delete(id);
  };

  const find = (id: string, ownerId: number): Job => {
    const job = jobs.get(id);
    if (!job || job.ownerId !== ownerId) throw new errors.NotFoundError('Không tìm thấy lần nhập này (đã quá một giờ hoặc do người khác tải lên). Hãy tải tệp lên lại.');
    return job;
  };

  return {
    async upload(file: { filepath: string; originalFilename?: string | null; size: number }, ownerId: number, head: Buffer) {
      forget();
      const fileName = file.originalFilename ?? 'tep-tai-len';
      const format = importer().formatOf(fileName, head);
      if (!format) throw new errors.ValidationError('Chỉ nhận tệp .xlsx hoặc .csv xuất từ phần mềm một cửa.');
      const analysis = await importer().analyse(createReadStream(file.filepath), format);
      // Only the valid rows are written: progress counts over them ("Đã ghi 497/497", not "…/500").
      const job: Job = {
        id: randomUUID(), ownerId, fileName, status: 'preview', analysis, summary: summaryOf(analysis),
        rowErrors: importer().preview(analysis).errors, progress: { done: 0, total: analysis.records.length }, touchedAt: Date.now(),
      };
      jobs.set(job.id, job);
      return view(job);
    },

    status(id: string, ownerId: number) {
      const job = find(id, ownerId);
      job.touchedAt = Date.now();
      return view(job);
    },

    /** The whole error report of an upload (the page shows only its first lines). */
    errorReport(id: string, ownerId: number): { fileName: string; errors: RowError[] } {
      const job = find(id, ownerId);
      job.touchedAt = Date.now();
      return { fileName: job.fileName, errors: job.rowErrors };
    },

    async confirm(id: string, ownerId: number) {
      const job = find(id, ownerId);
      if (job.status !== 'preview') throw new errors.ApplicationError('Lần nhập này đã được xác nhận.');
      if ([...jobs.values()].some((other) => other.status === 'running')) {
        throw new errors.ApplicationError('Đang có một lần nhập khác chạy; hãy chờ nó xong rồi xác nhận.');
      }
      // A file over the error threshold is refused by the importer itself: its 400 goes back as is.
      importer().assertAcceptable(job.analysis!);
      job.status = 'running';
      importer()
        .commit(job.analysis!, (done, total) => { job.progress = { done, total }; })
        .then((result) => { job.result = result; job.status = 'done'; void strapi.eventHub.emit('phuong.job.finished', { job: 'dossier-import', failed: false }); })
        .catch((error: Error) => { job.error = error.message; job.status = 'failed'; void strapi.eventHub.emit('phuong.job.finished', { job: 'dossier-import', failed: true }); })
        .finally(() => { job.analysis = undefined; job.touchedAt = Date.now(); });
      return view(job);
    },
  };
};
