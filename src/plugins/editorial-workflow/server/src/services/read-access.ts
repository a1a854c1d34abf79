import type { Core } from '@strapi/strapi';
import { WorkflowError } from '../errors';

type Attributes = Record<string, { type: string }>;

interface PermissionChecker {
  cannot: { read(entity?: unknown): boolean };
}

/**
 * Refuses (403) a user who may not read the item's draft in the Content Manager, with the Content
 * Manager's own permission checker: the role's read permission on the type and its conditions (own
 * items, same unit, assigned), checked against the draft with its relations. 404 when there is no draft.
 * Every route that answers with an item's content calls this first.
 */
export async function assertMayReadDraft(
  strapi: Core.Strapi, userAbility: unknown, uid: string, documentId: string, locale: string | null,
): Promise<void> {
  const checker = (strapi.plugin('content-manager').service('permission-checker') as {
    create(options: { userAbility: unknown; model: string }): PermissionChecker;
  }).create({ userAbility, model: uid });
  const refuse = () => new WorkflowError(403, 'NO_READ_PERMISSION', 'Tài khoản của bạn không có quyền xem mục này.');
  if (!userAbility || checker.cannot.read()) throw refuse();
  const attributes = (strapi.contentType(uid as never) as { attributes: Attributes }).attributes;
  // The conditions name relations (createdBy.id, unit.documentId, assignedOfficer.id): load each one level deep.
  const populate = Object.fromEntries(Object.entries(attributes).filter(([, attribute]) => attribute.type === 'relation').map(([name]) => [name, true]));
  const draft = await strapi.db.query(uid as never).findOne({
    where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) }, populate,
  } as never);
  if (!draft) throw new WorkflowError(404, 'NOT_FOUND', 'Không tìm thấy mục này.');
  if (checker.cannot.read(draft)) throw refuse();
}
