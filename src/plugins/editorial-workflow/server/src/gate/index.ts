import type { Core, Modules } from '@strapi/strapi';
import { WorkflowError } from '../errors';
import { getRegistry } from '../registry';
import { actorOf, SYSTEM_ACTOR, type AdminUser } from '../services/actor';
import type { WorkflowService } from '../services/workflow';
import { getSchemaMap } from '../write-map';
import { changes, snapshot } from '../write-map/effects';
import { distinct, itemKey, reachFinder, type Item } from '../write-map/reach';
import { isCarried } from './carrying';
import { requestUser } from './request-user';
import { refuseReached, stateOf } from './rules';
import { deleteRefusal } from '../workflow/delete-rule';
import { editRefusal } from '../workflow/edit-rule';

interface Context {
  uid: string;
  action: string;
  params: { documentId?: string; locale?: unknown; status?: string; data?: unknown };
}

/** Document Service actions that write; the others only read. */
const WRITES = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

/**
 * The one gate. Publishing, unpublishing and discarding drafts of governed types happen only when the
 * plugin carries them out. Every other write, on any content type, is mapped to the governed items it
 * reaches — the document itself under every locale it names, the other locales i18n copies shared
 * fields into, and the items on the other side of its relations — and each reached item's state
 * decides: nothing live or closed changes, an author does not change an item under review, and a
 * change to approved content revokes the approvals. What a write reached is measured, not guessed:
 * the reached items are hashed before and after, inside one transaction that a refusal rolls back.
 * It sits in the Document Service, so the Content Manager (single and bulk), REST with any token,
 * Releases, scripts and imports all pass through it.
 */
export function gate(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  const service = () => strapi.plugin('editorial-workflow').service('workflow') as WorkflowService;
  const reach = () => reachFinder(strapi, getSchemaMap(strapi));
  const defaultLocale = () => strapi.plugin('i18n').service('locales').getDefaultLocale() as Promise<string>;

  async function refuseCarriedOnly(ctx: Context): Promise<never> {
    const { action, params } = ctx;
    const wf = getRegistry().workflowOf(ctx.uid)!;
    const locale = typeof params.locale === 'string' ? params.locale : undefined;
    const row = params.documentId
      ? await service().ensureState({ uid: ctx.uid, documentId: params.documentId, locale }).catch(() => undefined)
      : undefined;
    const label = row && wf.states.find((state) => state.id === row.state)?.label;
    const verb = { publish: 'đăng', unpublish: 'gỡ', discardDraft: 'hủy bản nháp của' }[action as 'publish'];
    throw new WorkflowError(
      403,
      'GATE',
      `Không thể ${verb} trực tiếp${label ? ` (mục đang ở trạng thái "${label}")` : ''}: việc này chỉ làm được qua quy trình biên tập, sau khi mục đã được duyệt.`,
    );
  }

  /** A delete is decided per locale it reaches; an item with a live version is never deleted around the chain. */
  async function checkDelete(uid: string, documentId: string, locale: unknown): Promise<void> {
    const rows = await reach().rowsOfDocument(uid, documentId);
    for (const loc of await reach().localesNamed(uid, documentId, locale, defaultLocale)) {
      const versions = rows.filter((row) => (row.locale ?? null) === loc);
      if (versions.length === 0) continue;
      const { state } = await stateOf(strapi, { uid, documentId, locale: loc });
      const refusal = deleteRefusal(state, versions.some((version) => version.publishedAt), loc);
      if (refusal) throw new WorkflowError(409, 'LOCKED', refusal);
    }
  }

  /** An edit of the governed document itself, checked before anything is written. */
  async function checkOwnEdit(item: Item, user: AdminUser | undefined) {
    const found = await stateOf(strapi, item).catch((error: unknown) => {
      // A new locale of an existing document has no state yet: it starts like a new item.
      if (error instanceof WorkflowError && error.status === 404) return undefined;
      throw error;
    });
    if (!found) return undefined;
    const { row, state } = found;
    const refusal = editRefusal(state, Boolean(user && user.id === row.authorId));
    if (refusal) throw new WorkflowError(409, refusal.code, `Mục đang ở trạng thái "${state.label}": ${refusal.hint}.`);
    return row;
  }

  const middleware = async (ctx: Context, next: () => Promise<unknown>) => {
    const { action, params } = ctx;
    if (!WRITES.has(action)) return next();
    const wf = getRegistry().workflowOf(ctx.uid);

    if (wf && (action === 'publish' || action === 'unpublish' || action === 'discardDraft')) {
      if (action !== 'discardDraft' && isCarried(ctx.uid, params.documentId, action)) return next();
      return refuseCarriedOnly(ctx);
    }
    if (wf && (action === 'create' || action === 'update') && params.status === 'published') {
      throw new WorkflowError(
        403,
        'GATE',
        'Không thể tạo hoặc sửa kèm đăng ngay: hãy lưu bản nháp (status=draft) rồi gửi duyệt theo quy trình biên tập.',
      );
    }

    const user = requestUser(strapi);
    const actor = async () => (user ? actorOf(strapi, user) : SYSTEM_ACTOR);
    const { documentId } = params;
    const ownLocale = wf && documentId && (action === 'update')
      ? (await reach().localesNamed(ctx.uid, documentId, params.locale, defaultLocale))[0]
      : null;
    const self: Item | undefined = wf && documentId && action === 'update' ? { uid: ctx.uid, documentId, locale: ownLocale } : undefined;

    return strapi.db.transaction(async () => {
      const ownRow = self ? await checkOwnEdit(self, user) : undefined;
      if (wf && documentId && action === 'delete') await checkDelete(ctx.uid, documentId, params.locale);

      const others = distinct([
        ...(await reach().otherSide(ctx.uid, documentId, params.data, action)),
        ...(self ? await reach().otherLocales(ctx.uid, self.documentId, self.locale) : []),
      ]).filter((item) => !self || itemKey(item) !== itemKey(self));
      const measured = self && ownRow ? [self, ...others] : others;
      const before = await snapshot(strapi, measured);

      const result = await next();

      const changed = changes(measured, before, await snapshot(strapi, measured));
      const reached = changed.filter((change) => !self || itemKey(change.item) !== itemKey(self));
      for (const change of reached) await refuseReached(strapi, change, user);

      const who = await actor();
      if (action === 'create' || action === 'clone') {
        const created = result as { documentId?: string; locale?: string; entries?: Array<{ documentId: string; locale?: string }> } | null;
        if (wf) {
          // clone answers { documentId, entries }; a created document may have an attribute named entries (a work schedule's).
          const made = action === 'clone' ? created?.entries ?? [] : created?.documentId ? [created as { documentId: string; locale?: string }] : [];
          for (const entry of made) {
            await service().ensureState({ uid: ctx.uid, documentId: entry.documentId, locale: entry.locale ?? (typeof params.locale === 'string' ? params.locale : undefined) }, user?.id);
          }
        }
      } else if (self) {
        if (ownRow) {
          const ownChanged = changed.some((change) => itemKey(change.item) === itemKey(self));
          await service().afterEdit(self, who, { changed: ownChanged });
        } else await service().ensureState(self, user?.id);
      }
      for (const change of reached) await service().afterEdit(change.item, who, { changed: true });
      return result;
    });
  };
  return middleware as unknown as Modules.Documents.Middleware.Middleware;
}
