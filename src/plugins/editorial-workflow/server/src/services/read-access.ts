import type { Core } from '@strapi/strapi';
import { WorkflowError } from '../errors';
import { membershipsOf } from '../sites/memberships';
import { isSiteOwned } from '../sites/owned';

type Attributes = Record<string, { type: string }>;

interface PermissionChecker {
  cannot: { read(entity?: unknown): boolean };
}

export interface DraftReader {
  /** Whether the role may read the type at all (before any item's conditions). */
  mayReadType: boolean;
  /** Whether the user may read this draft, loaded with `populate`. */
  mayRead(draft: unknown): boolean;
  /** The relations the conditions name (createdBy.id, unit.documentId, assignedOfficer.id), one level deep. */
  populate: Record<string, true>;
}

/**
 * The Content Manager's own permission checker for a type: the role's read permission and its conditions
 * (own items, same unit, assigned), checked against drafts loaded with their relations. One reader serves
 * many drafts (the calendar's), where assertMayReadDraft checks one.
 */
export function draftReader(strapi: Core.Strapi, userAbility: unknown, uid: string): DraftReader {
  const checker = (strapi.plugin('content-manager').service('permission-checker') as {
    create(options: { userAbility: unknown; model: string }): PermissionChecker;
  }).create({ userAbility, model: uid });
  const attributes = (strapi.contentType(uid as never) as { attributes: Attributes }).attributes;
  const populate = Object.fromEntries(
    Object.entries(attributes).filter(([, attribute]) => attribute.type === 'relation').map(([name]) => [name, true as const]),
  );
  const mayReadType = Boolean(userAbility) && !checker.cannot.read();
  return { mayReadType, mayRead: (draft) => mayReadType && !checker.cannot.read(draft), populate };
}

/** The row a Content Manager read shows: the draft, or the only row of a type without drafts. */
const currentVersion = (strapi: Core.Strapi, uid: string) =>
  ((strapi.contentType(uid as never) as { options?: { draftAndPublish?: boolean } }).options?.draftAndPublish ? { publishedAt: null } : {});

/** Whether the draft belongs to a site the requesting staff member is not a member of. */
async function ofAnotherSite(strapi: Core.Strapi, uid: string, draft: { site?: { id: number } | null }): Promise<boolean> {
  const user = (strapi.requestContext.get()?.state as { user?: { id: number } } | undefined)?.user;
  if (!user || !isSiteOwned(strapi, uid) || !draft.site) return false;
  return !(await membershipsOf(strapi, user.id)).some((m) => m.siteId === draft.site!.id);
}

/**
 * Refuses (403) a user who may not read the item's draft in the Content Manager; 404 when there is no
 * draft. Every route that answers with an item's content calls this first.
 */
export async function assertMayReadDraft(
  strapi: Core.Strapi, userAbility: unknown, uid: string, documentId: string, locale: string | null,
): Promise<void> {
  const reader = draftReader(strapi, userAbility, uid);
  const refuse = () => new WorkflowError(403, 'NO_READ_PERMISSION', 'Tài khoản của bạn không có quyền xem mục này.');
  if (!reader.mayReadType) throw refuse();
  const drafts = currentVersion(strapi, uid);
  const draft = await strapi.db.query(uid as never).findOne({
    where: { documentId, ...drafts, ...(locale ? { locale } : {}) }, populate: reader.populate,
  } as never);
  if (!draft) throw new WorkflowError(404, 'NOT_FOUND', 'Không tìm thấy mục này.');
  if (!reader.mayRead(draft)) {
    // Another ward's item does not exist for this person: the answer says no more than for a wrong id.
    if (await ofAnotherSite(strapi, uid, draft as { site?: { id: number } | null })) throw new WorkflowError(404, 'NOT_FOUND', 'Không tìm thấy mục này.');
    throw refuse();
  }
}

/**
 * Of `documentIds`, those whose current version (the draft, or the only row of a type without drafts) the
 * user may read in the Content Manager: for routes that take a list of items and read them all.
 */
export async function readableDocumentIds(
  strapi: Core.Strapi, userAbility: unknown, uid: string, documentIds: string[], locale: string | null,
): Promise<string[]> {
  const reader = draftReader(strapi, userAbility, uid);
  if (!reader.mayReadType || documentIds.length === 0) return [];
  const drafts = currentVersion(strapi, uid);
  const rows = (await strapi.db.query(uid as never).findMany({
    where: { documentId: { $in: documentIds }, ...drafts, ...(locale ? { locale } : {}) }, populate: reader.populate,
  } as never)) as Array<{ documentId: string }>;
  return [...new Set(rows.filter((row) => reader.mayRead(row)).map((row) => row.documentId))];
}
