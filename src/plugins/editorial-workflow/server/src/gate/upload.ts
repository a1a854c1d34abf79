import type { Core } from '@strapi/strapi';
import { actorOf, SYSTEM_ACTOR, type AdminUser } from '../services/actor';
import type { WorkflowService } from '../services/workflow';
import { getSchemaMap } from '../write-map';
import { distinct, reachFinder, type Item } from '../write-map/reach';
import { requestUser } from './request-user';
import { refuseReached } from './rules';

const MEDIA = 'plugin::upload.file';

type UploadService = Record<string, (...args: never[]) => Promise<unknown>>;
type FileRow = { id: number; name?: string; alternativeText?: string | null; caption?: string | null };

/** What a citizen sees of a file besides its bytes: changing these changes the pages that show it. */
const VISIBLE_INFO = ['name', 'alternativeText', 'caption'] as const;

/**
 * The media library writes files outside the Document Service, so the gate cannot see it: a file
 * replaced under the same URL, deleted, or re-captioned changes every item that shows it. Here those
 * writes are checked against the governed items whose media point at the file, before any byte is
 * written (a provider write cannot be rolled back), with the gate's rules; approvals of items under
 * review are revoked afterwards.
 */
export function guardUploads(strapi: Core.Strapi): void {
  const upload = strapi.plugin('upload').service('upload') as UploadService;
  const service = () => strapi.plugin('editorial-workflow').service('workflow') as WorkflowService;

  async function holders(fileId: number): Promise<Array<Item & { published: boolean }>> {
    const map = getSchemaMap(strapi);
    return reachFinder(strapi, map).holdersOf(map.pointingTo(MEDIA), [fileId]);
  }

  /** Refuses the change of a file if an item that shows it may not change; returns the items to revoke. */
  async function check(fileId: number, user: AdminUser | undefined): Promise<Item[]> {
    const found = await holders(fileId);
    const items = distinct(found);
    for (const item of items) {
      const publishedChanged = found.some((holder) => holder.published && holder.documentId === item.documentId && holder.locale === item.locale);
      await refuseReached(strapi, { item, draftChanged: true, publishedChanged }, user);
    }
    return items;
  }

  async function guarded<T>(fileId: number, given: AdminUser | undefined, work: () => Promise<T>): Promise<T> {
    const user = given ?? requestUser(strapi);
    const items = await check(fileId, user);
    const result = await work();
    const actor = user ? await actorOf(strapi, user) : SYSTEM_ACTOR;
    for (const item of items) await service().afterEdit(item, actor, { force: true });
    return result;
  }

  const replace = upload.replace.bind(upload) as (id: number, input: unknown, opts?: { user?: AdminUser }) => Promise<unknown>;
  const remove = upload.remove.bind(upload) as (file: FileRow) => Promise<unknown>;
  const updateFileInfo = upload.updateFileInfo.bind(upload) as (id: number, info: Partial<FileRow>, opts?: { user?: AdminUser }) => Promise<unknown>;

  // A bulk delete is checked whole before any file goes, so it is refused whole or done whole.
  const files = strapi.plugin('upload').service('file') as UploadService;
  const deleteByIds = files.deleteByIds.bind(files) as (ids: number[]) => Promise<unknown>;
  Object.assign(files, {
    async deleteByIds(ids: number[] = []) {
      for (const id of ids) await check(Number(id), requestUser(strapi));
      return deleteByIds(ids);
    },
  });

  Object.assign(upload, {
    replace: (id: number, input: unknown, opts?: { user?: AdminUser }) => guarded(Number(id), opts?.user, () => replace(id, input, opts)),
    remove: (file: FileRow) => guarded(Number(file.id), undefined, () => remove(file)),
    async updateFileInfo(id: number, info: Partial<FileRow>, opts?: { user?: AdminUser }) {
      const current = (await strapi.db.query(MEDIA as never).findOne({ where: { id }, select: ['id', ...VISIBLE_INFO] })) as FileRow | null;
      const visible = current && VISIBLE_INFO.some((key) => info[key] !== undefined && info[key] !== null && info[key] !== current[key]);
      return visible ? guarded(Number(id), opts?.user, () => updateFileInfo(id, info, opts)) : updateFileInfo(id, info, opts);
    },
  });
}
