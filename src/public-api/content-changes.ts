import type { Core, Modules } from '@strapi/strapi';

/**
 * The one signal that public content of a type changed. Emitted on Strapi's event hub after every
 * Document Service write that the public can see; code that writes around the Document Service (bulk
 * imports through `strapi.db`) emits it itself. Payload `{ uid }`, optionally `documentId` when one
 * document changed. See docs/public-api.md.
 */
export const CONTENT_CHANGED = 'phuong.content.changed';

const UPLOAD_FILE = 'plugin::upload.file';

export interface ContentChange {
  uid: string;
  documentId?: string;
}

interface Ctx {
  uid: string;
  action: string;
  contentType: { options?: { draftAndPublish?: boolean } };
  params: { documentId?: string; status?: string };
}

const ALWAYS = new Set(['publish', 'unpublish', 'delete']);
const WRITES = new Set(['create', 'update', 'clone']);

/** Whether an action changes what the public API serves: drafts of draft-and-publish types do not. */
function isPublicChange(ctx: Ctx): boolean {
  if (!ctx.uid.startsWith('api::')) return false;
  if (ALWAYS.has(ctx.action)) return true;
  if (!WRITES.has(ctx.action)) return false;
  return ctx.contentType.options?.draftAndPublish !== true || ctx.params.status === 'published';
}

/**
 * Announces public changes right after the write, still inside the caller's transaction if there is
 * one (listeners that write, like the search index, commit with it; the cache waits for the commit).
 */
export function registerContentChanges(strapi: Core.Strapi): void {
  const middleware = async (ctx: Ctx, next: () => Promise<unknown>) => {
    const result = await next();
    if (!isPublicChange(ctx)) return result;
    const documentId = ctx.params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    await strapi.eventHub.emit(CONTENT_CHANGED, { uid: ctx.uid, documentId } satisfies ContentChange);
    return result;
  };
  strapi.documents.use(middleware as unknown as Modules.Documents.Middleware.Middleware);
}

/**
 * Media-library edits (alt text, caption, a replaced or deleted file) go through the upload plugin's own
 * queries, not the Document Service; responses that populate a file are dropped on them too.
 */
export function watchMediaLibrary(strapi: Core.Strapi): void {
  const emit = () => strapi.eventHub.emit(CONTENT_CHANGED, { uid: UPLOAD_FILE } satisfies ContentChange);
  strapi.db.lifecycles.subscribe({ models: [UPLOAD_FILE], afterUpdate: emit, afterUpdateMany: emit, afterDelete: emit, afterDeleteMany: emit });
}

/** Runs `work` once the current transaction commits, or now when there is none. */
export async function afterCommit(strapi: Core.Strapi, work: () => Promise<void>): Promise<void> {
  const run = () => void work().catch((error: unknown) => strapi.log.error(`${CONTENT_CHANGED}: ${String(error)}`));
  if (!strapi.db.inTransaction()) return work();
  await strapi.db.transaction(async ({ onCommit }) => onCommit(run));
}
