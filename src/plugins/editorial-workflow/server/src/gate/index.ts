import type { Core, Modules } from '@strapi/strapi';
import { WorkflowError } from '../errors';
import { getRegistry } from '../registry';
import { actorOf, SYSTEM_ACTOR, type AdminUser } from '../services/actor';
import type { WorkflowService } from '../services/workflow';
import { isCarried } from './carrying';

interface Context {
  uid: string;
  action: string;
  params: { documentId?: string; locale?: string | string[]; status?: string };
}

/** The admin user of the current request, if the write comes from one (Content Manager, plugin routes). */
function requestUser(strapi: Core.Strapi): AdminUser | undefined {
  const state = strapi.requestContext.get()?.state as { user?: AdminUser; auth?: { strategy?: { name?: string } } } | undefined;
  return state?.auth?.strategy?.name === 'admin' ? state.user : undefined;
}

/**
 * The one gate. For every governed type it refuses publishing, unpublishing and discarding drafts
 * unless the plugin itself is carrying out that transition, and it keeps edits in line with the state:
 * no edit of a live or closed item, no edit by the author while it is under review, and an edit of
 * approved content revokes the approvals. It sits in the Document Service, so the Content Manager
 * (single and bulk), REST with any token, Releases, scripts and imports all pass through it.
 */
export function gate(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  const service = () => strapi.plugin('editorial-workflow').service('workflow') as WorkflowService;

  const middleware = async (ctx: Context, next: () => Promise<unknown>) => {
    const wf = getRegistry().workflowOf(ctx.uid);
    if (!wf) return next();
    const { action, params } = ctx;
    const locale = typeof params.locale === 'string' ? params.locale : undefined;

    const stateLabel = async () => {
      if (!params.documentId) return undefined;
      const row = await service().ensureState({ uid: ctx.uid, documentId: params.documentId, locale }).catch(() => undefined);
      return row && wf.states.find((state) => state.id === row.state)?.label;
    };

    if (action === 'publish' || action === 'unpublish' || action === 'discardDraft') {
      if (action !== 'discardDraft' && isCarried(ctx.uid, params.documentId, action)) return next();
      const label = await stateLabel();
      const verb = { publish: 'đăng', unpublish: 'gỡ', discardDraft: 'hủy bản nháp của' }[action];
      throw new WorkflowError(
        403,
        'GATE',
        `Không thể ${verb} trực tiếp${label ? ` (mục đang ở trạng thái "${label}")` : ''}: việc này chỉ làm được qua quy trình biên tập, sau khi mục đã được duyệt.`,
      );
    }

    if ((action === 'create' || action === 'update') && params.status === 'published') {
      throw new WorkflowError(
        403,
        'GATE',
        'Không thể tạo hoặc sửa kèm đăng ngay: hãy lưu bản nháp (status=draft) rồi gửi duyệt theo quy trình biên tập.',
      );
    }

    if (action === 'create') {
      const user = requestUser(strapi);
      const created = (await next()) as { documentId: string; locale?: string } | null;
      if (created?.documentId) {
        await service().ensureState({ uid: ctx.uid, documentId: created.documentId, locale: created.locale ?? locale }, user?.id);
      }
      return created;
    }

    if (action === 'update' && params.documentId) {
      const target = { uid: ctx.uid, documentId: params.documentId, locale };
      const row = await service().ensureState(target).catch((error: unknown) => {
        // A new locale of an existing document has no state yet: it starts like a new item.
        if (error instanceof WorkflowError && error.status === 404) return undefined;
        throw error;
      });
      const user = requestUser(strapi);
      if (row) {
        const state = wf.states.find((candidate) => candidate.id === row.state)!;
        if (state.kind === 'live' || state.kind === 'closed') {
          throw new WorkflowError(409, 'LOCKED', `Mục đang ở trạng thái "${state.label}": chọn "Sửa lại" trước khi sửa nội dung.`);
        }
        if ((state.kind === 'review' || state.kind === 'ready') && user && user.id === row.authorId) {
          throw new WorkflowError(409, 'UNDER_REVIEW', `Mục đang ở trạng thái "${state.label}": người viết cần "Rút lại" hoặc chờ trả lại rồi mới sửa.`);
        }
      }
      const result = await next();
      if (row) await service().afterEdit(target, user ? await actorOf(strapi, user) : SYSTEM_ACTOR);
      else await service().ensureState(target, user?.id);
      return result;
    }

    if (action === 'delete' && params.documentId) {
      const row = await service().ensureState({ uid: ctx.uid, documentId: params.documentId, locale }).catch(() => undefined);
      const state = row && wf.states.find((candidate) => candidate.id === row.state);
      if (state && (state.kind === 'live' || state.kind === 'review' || state.kind === 'ready')) {
        throw new WorkflowError(409, 'LOCKED', `Không xóa được mục đang ở trạng thái "${state.label}": hãy gỡ hoặc trả lại trước.`);
      }
    }
    return next();
  };
  return middleware as unknown as Modules.Documents.Middleware.Middleware;
}
