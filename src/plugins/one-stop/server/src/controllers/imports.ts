import { open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLUGIN } from '../permissions';
import { CSV_CONTENT_TYPE, errorReportCsv, errorReportName } from '../services/error-report';

interface Ctx {
  params: { id: string; format?: string };
  query?: Record<string, unknown>;
  state: { user: { id: number } };
  request: { files?: Record<string, UploadedFile | UploadedFile[]> };
  body: unknown;
  status: number;
  set(field: string, value: string): void;
}

/** The sample exports the guide links to (docs/samples), with the columns the import reads. */
const SAMPLES: Record<string, { file: string; contentType: string }> = {
  csv: { file: 'dossiers-sample.csv', contentType: CSV_CONTENT_TYPE },
  xlsx: { file: 'dossiers-sample.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
};
interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  size: number;
}

async function firstBytes(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export const importsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = () => strapi.plugin(PLUGIN).service('jobs') as ReturnType<typeof import('../services/jobs').jobsService>;
  return {
    /** POST /one-stop/dossier-imports (multipart, field "file"): reads and checks the file, writes nothing. */
    async upload(ctx: Ctx) {
      const files = ctx.request.files ?? {};
      const file = [files.file].flat()[0];
      if (!file) throw new errors.ValidationError('Hãy chọn tệp .xlsx hoặc .csv (trường "file").');
      try {
        const site = typeof ctx.query?.site === 'string' ? ctx.query.site : undefined;
        ctx.body = { data: await jobs().upload(file, ctx.state.user.id, await firstBytes(file.filepath), site) };
        ctx.status = 201;
      } finally {
        await unlink(file.filepath).catch(() => {}); // the export names applicants: never keep it on disk
      }
    },
    async status(ctx: Ctx) {
      ctx.body = { data: await jobs().status(ctx.params.id, ctx.state.user.id) };
    },
    /** GET /one-stop/dossier-imports/:id/errors: every row error of the upload, as CSV. */
    async errorReport(ctx: Ctx) {
      const report = await jobs().errorReport(ctx.params.id, ctx.state.user.id);
      ctx.set('Content-Type', CSV_CONTENT_TYPE);
      ctx.set('Content-Disposition', `attachment; filename="${errorReportName(report.fileName)}"`);
      ctx.body = errorReportCsv(report.errors);
    },
    /** GET /one-stop/dossier-import-sample/:format (csv or xlsx): a sample export to start from. */
    async sample(ctx: Ctx) {
      const sample = SAMPLES[ctx.params.format ?? ''];
      if (!sample) throw new errors.ValidationError('Tệp mẫu chỉ có dạng csv hoặc xlsx.');
      ctx.set('Content-Type', sample.contentType);
      ctx.set('Content-Disposition', `attachment; filename="mau-ho-so-mot-cua.${ctx.params.format}"`);
      ctx.body = await readFile(path.join(strapi.dirs.app.root, 'docs', 'samples', sample.file));
    },
    async confirm(ctx: Ctx) {
      ctx.body = { data: await jobs().confirm(ctx.params.id, ctx.state.user.id) };
      ctx.status = 202;
    },
  };
};
