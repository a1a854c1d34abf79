import { open, unlink } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLUGIN } from '../permissions';

interface Ctx {
  params: { id: string };
  state: { user: { id: number } };
  request: { files?: Record<string, UploadedFile | UploadedFile[]> };
  body: unknown;
  status: number;
}
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
        ctx.body = { data: await jobs().upload(file, ctx.state.user.id, await firstBytes(file.filepath)) };
        ctx.status = 201;
      } finally {
        await unlink(file.filepath).catch(() => {}); // the export names applicants: never keep it on disk
      }
    },
    async status(ctx: Ctx) {
      ctx.body = { data: jobs().status(ctx.params.id, ctx.state.user.id) };
    },
    async confirm(ctx: Ctx) {
      ctx.body = { data: await jobs().confirm(ctx.params.id, ctx.state.user.id) };
      ctx.status = 202;
    },
  };
};
