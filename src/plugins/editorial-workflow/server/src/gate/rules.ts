import type { Core } from '@strapi/strapi';
import { WorkflowError } from '../errors';
import { getRegistry } from '../registry';
import type { StateRow } from '../repositories/states';
import type { AdminUser } from '../services/actor';
import { titleKey, titlesOf } from '../services/items';
import type { WorkflowService } from '../services/workflow';
import { editRefusal } from '../workflow/edit-rule';
import type { StateDefinition } from '../workflow/types';
import type { Change } from '../write-map/effects';
import type { Item } from '../write-map/reach';

/** An item's state row and the definition of the state it is in. */
export async function stateOf(strapi: Core.Strapi, item: Item): Promise<{ row: StateRow; state: StateDefinition }> {
  const service = strapi.plugin('editorial-workflow').service('workflow') as WorkflowService;
  const row = await service.ensureState(item);
  const state = getRegistry().workflowOf(item.uid)!.states.find((candidate) => candidate.id === row.state)!;
  return { row, state };
}

async function titleOf(strapi: Core.Strapi, item: Item): Promise<string> {
  const ref = { targetUid: item.uid, targetDocumentId: item.documentId, locale: item.locale };
  return (await titlesOf(strapi, [ref])).get(titleKey(ref)) ?? item.documentId;
}

/**
 * The gate's rules for an item that a write changed from elsewhere (a relation written from the other
 * side, i18n's copy of shared fields, a replaced file): the same rules as for editing it directly,
 * and never a change of what the site shows. Throws inside the write's transaction, which rolls it back.
 */
export async function refuseReached(strapi: Core.Strapi, change: Change, user: AdminUser | undefined): Promise<void> {
  const { row, state } = await stateOf(strapi, change.item);
  const name = async () => `"${await titleOf(strapi, change.item)}"${change.item.locale ? ` (bản ${change.item.locale})` : ''}`;
  if (change.publishedChanged) {
    throw new WorkflowError(409, 'LOCKED', `Thao tác này làm thay đổi bản đã đăng của ${await name()}: nội dung đã đăng chỉ thay đổi qua quy trình biên tập ("Sửa lại", duyệt, đăng).`);
  }
  const refusal = editRefusal(state, Boolean(user && user.id === row.authorId));
  if (refusal) {
    throw new WorkflowError(409, refusal.code, `Thao tác này làm thay đổi ${await name()}, đang ở trạng thái "${state.label}": ${refusal.hint}.`);
  }
}
