import { vietnamDateTime } from '../time/format';
import type { Relation, TransitionDefinition, WorkflowDefinition } from './types';
import { isSchedulable, MIN_REASON_LENGTH, REASON_CODES } from './types';

/** The person asking, as the workflow sees them. */
export interface Actor {
  id: number;
  name: string;
  /** Workflow permission actions this person holds (`plugin::editorial-workflow.transition.*`). */
  permissions: ReadonlySet<string>;
  roles: string[];
  /**
   * The people this person stands in for today (a unit head or board member on leave named them): they may
   * take any step the principal may, and none that four-eyes forbids either of them.
   */
  standsInFor?: Principal[];
}

/** Someone on leave, as their deputy acts for them: who they are and the workflow rights they hold. */
export interface Principal {
  id: number;
  name: string;
  permissions: ReadonlySet<string>;
}

/** What the workflow needs to know about the item. */
export interface ItemFacts {
  state: string;
  authorId: number | null;
  unitHeadIds: number[];
  isOrientation: boolean;
  /** Who changed the content since it was last published: like the author, they may not approve it. */
  editorIds?: number[];
  /** Who took each approval (and for whom, when a deputy took it), and on which content. */
  approvals: Record<string, { userId: number; hash: string; onBehalfOf?: number }>;
  /** Hash of the draft as it is now (needed by `publish`). */
  currentHash?: string;
  /** The step scheduled on the item (publish, an expiry), if any. */
  scheduled?: string | null;
}

export interface TransitionInput {
  reasonCode?: string;
  reasonText?: string;
  comment?: string;
  publishAt?: string;
  /** The person an `assigns` step gives the item to. */
  assigneeId?: number;
}

export type Refusal = { ok: false; status: 400 | 403 | 409; code: string; message: string };
export type Verdict = { ok: true; to: string; onBehalfOf?: { id: number; name: string } } | Refusal;

export const PERMISSION_PREFIX = 'plugin::editorial-workflow.transition';

/** The admin action of a transition, relative to the plugin (action uids allow no underscore). */
export function transitionAction(workflowId: string, transitionId: string): string {
  return `transition.${workflowId}.${transitionId.replace(/_/g, '-')}`;
}

export function permissionOf(workflow: WorkflowDefinition, transitionId: string): string {
  return `plugin::editorial-workflow.${transitionAction(workflow.id, transitionId)}`;
}

const refuse = (status: Refusal['status'], code: string, message: string): Refusal => ({ ok: false, status, code, message });

const stateLabel = (wf: WorkflowDefinition, id: string) => wf.states.find((s) => s.id === id)?.label ?? id;

const RELATION_MESSAGES: Record<Relation, string> = {
  any: '',
  author: 'chỉ người viết bài',
  unit_head: 'chỉ trưởng đơn vị của bài',
  board: 'chỉ người viết bài hoặc Ban biên tập',
  from_state_actor: 'chỉ người có quyền duyệt ở bước hiện tại',
};

/**
 * The one answer to "may this person take this transition on this item now?" — used by the routes,
 * the list of buttons, the gate and the tests' matrix. Inputs (reasons) are checked by `checkInput`.
 */
export function evaluate(wf: WorkflowDefinition, transitionId: string, actor: Actor, item: ItemFacts): Verdict {
  const own = evaluateAs(wf, transitionId, actor, item, []);
  if (own.ok || own.status !== 403) return own;
  // A deputy holds the rights of whoever they stand in for, and four-eyes binds them both.
  for (const principal of actor.standsInFor ?? []) {
    const asPrincipal = evaluateAs(wf, transitionId, { ...actor, ...principal, standsInFor: [] }, item, [actor.id]);
    if (asPrincipal.ok) return { ...asPrincipal, onBehalfOf: { id: principal.id, name: principal.name } };
    if (asPrincipal.code !== 'NO_PERMISSION' && asPrincipal.code !== 'NOT_RELATED') return asPrincipal;
  }
  return own;
}

/** `evaluate` for one identity; `alsoBound` are people four-eyes binds too (the deputy acting for it). */
function evaluateAs(wf: WorkflowDefinition, transitionId: string, actor: Actor, item: ItemFacts, alsoBound: number[]): Verdict {
  const people = [actor.id, ...alsoBound];
  const t = wf.transitions.find((candidate) => candidate.id === transitionId);
  if (!t) return refuse(400, 'UNKNOWN_TRANSITION', `Quy trình "${wf.label}" không có bước "${transitionId}".`);
  if (!t.from.includes(item.state)) {
    return refuse(409, 'INVALID_STATE', `Không thể "${t.label}" khi mục đang ở trạng thái "${stateLabel(wf, item.state)}".`);
  }
  if (t.cancelsSchedule && !item.scheduled) {
    return refuse(409, 'NOT_SCHEDULED', `Không thể "${t.label}": mục này không có lịch hẹn giờ nào.`);
  }
  if (!actor.permissions.has(permissionOf(wf, t.id))) {
    return refuse(403, 'NO_PERMISSION', `Tài khoản của bạn không có quyền "${t.label}".`);
  }
  const isAuthor = item.authorId !== null && item.authorId === actor.id;
  const wrote = item.authorId !== null && people.includes(item.authorId);
  if (t.notAuthor && wrote) {
    return refuse(403, 'OWN_ITEM', `Không được tự "${t.label}" mục do chính mình viết (nguyên tắc bốn mắt).`);
  }
  if (t.approval && !wrote && people.some((id) => (item.editorIds ?? []).includes(id))) {
    return refuse(403, 'OWN_CHANGES', `Không được tự "${t.label}" nội dung do chính mình đã sửa (nguyên tắc bốn mắt): cần một người khác duyệt.`);
  }
  for (const earlier of t.notSameActorAs ?? []) {
    const approval = item.approvals[earlier];
    if (approval && people.some((id) => id === approval.userId || id === approval.onBehalfOf)) {
      const other = wf.transitions.find((candidate) => candidate.id === earlier)?.label ?? earlier;
      return refuse(403, 'SAME_APPROVER', `Người "${t.label}" phải khác người đã "${other}".`);
    }
  }
  if (!t.actors.some((relation) => relates(wf, t, relation, actor, item, isAuthor, alsoBound))) {
    const who = t.actors.map((relation) => RELATION_MESSAGES[relation]).filter(Boolean).join(' hoặc ');
    return refuse(403, 'NOT_RELATED', `Bước "${t.label}": ${who} mới được thực hiện.`);
  }
  if (t.effect === 'publish') {
    const required = [...wf.publishRequires, ...(item.isOrientation && wf.orientationApproval ? [wf.orientationApproval] : [])];
    const missing = required.filter((id) => !item.approvals[id]);
    if (missing.length > 0) {
      const labels = missing.map((id) => `"${wf.transitions.find((other) => other.id === id)?.label ?? id}"`).join(', ');
      return refuse(409, 'MISSING_APPROVAL', `Chưa đủ các bước duyệt để đăng: còn thiếu ${labels}.`);
    }
    if (required.some((id) => item.approvals[id].hash !== item.currentHash)) {
      return refuse(409, 'HASH_CHANGED', 'Nội dung đã thay đổi sau khi được duyệt: cần duyệt lại trước khi đăng.');
    }
  }
  return { ok: true, to: destination(wf, t, item) };
}

/** Where a transition leads for this item: detours for orientation items and for missing approvals. */
function destination(wf: WorkflowDefinition, t: TransitionDefinition, item: ItemFacts): string {
  if (t.cancelsSchedule) return item.state;
  const needsOrientation = item.isOrientation && wf.orientationApproval && !item.approvals[wf.orientationApproval];
  if (t.orientationTo && needsOrientation) return t.orientationTo;
  if (t.unlessApproved && !item.approvals[t.unlessApproved.transition]) return t.unlessApproved.to;
  return t.to;
}

function relates(
  wf: WorkflowDefinition,
  t: TransitionDefinition,
  relation: Relation,
  actor: Actor,
  item: ItemFacts,
  isAuthor: boolean,
  alsoBound: number[],
): boolean {
  const isBoard = actor.permissions.has(permissionOf(wf, wf.boardTransition));
  switch (relation) {
    case 'any':
      return true;
    case 'author':
      // The author's own steps (submit, withdraw) stay theirs: a deputy holds review rights, not authorship.
      return isAuthor && alsoBound.length === 0;
    case 'board':
      return isBoard;
    case 'unit_head':
      if (item.unitHeadIds.includes(actor.id)) return true;
      // When every head wrote or changed the item, none may approve it: the board acts for the unit instead.
      return Boolean(
        t.boardStandsInForSoleHead && isBoard && item.unitHeadIds.length > 0 &&
          item.unitHeadIds.every((head) => head === item.authorId || (item.editorIds ?? []).includes(head)),
      );
    case 'from_state_actor': {
      const approvalsOut = wf.transitions.filter((other) => other.approval && other.from.includes(item.state));
      if (approvalsOut.length === 0) return isBoard;
      return approvalsOut.some((other) => evaluateAs(wf, other.id, actor, item, alsoBound).ok);
    }
  }
}

/** Reasons, comments and schedule times a transition needs, checked before anything is written. */
export function checkInput(wf: WorkflowDefinition, transitionId: string, input: TransitionInput, now: Date, uid: string): Refusal | null {
  const t = wf.transitions.find((candidate) => candidate.id === transitionId)!;
  const text = (input.reasonText ?? '').trim();
  if (t.reason) {
    if (!input.reasonCode || !(input.reasonCode in REASON_CODES)) {
      return refuse(400, 'REASON_CODE_REQUIRED', `Bước "${t.label}" cần chọn mã lý do (${Object.keys(REASON_CODES).join(', ')}).`);
    }
  }
  if ((t.reason || t.reasonText) && text.length < MIN_REASON_LENGTH) {
    return refuse(400, 'REASON_TOO_SHORT', `Bước "${t.label}" cần ghi lý do ít nhất ${MIN_REASON_LENGTH} ký tự (hiện có ${text.length}).`);
  }
  if (input.publishAt !== undefined) {
    if (!isSchedulable(t, uid)) return refuse(400, 'NOT_SCHEDULABLE', `Bước "${t.label}" không hẹn giờ được với loại nội dung này.`);
    const at = new Date(input.publishAt);
    if (Number.isNaN(at.getTime())) {
      return refuse(400, 'BAD_PUBLISH_AT', `Thời điểm hẹn giờ "${input.publishAt}" không hợp lệ: hãy nhập theo mẫu dd/mm/yyyy HH:mm.`);
    }
    if (at.getTime() <= now.getTime()) {
      return refuse(400, 'PUBLISH_AT_PAST', `Thời điểm hẹn giờ (${vietnamDateTime(at)}) đã qua: hãy chọn một thời điểm sau ${vietnamDateTime(now)}.`);
    }
  }
  if (t.assigns && input.assigneeId === undefined) return refuse(400, 'ASSIGNEE_REQUIRED', `Bước "${t.label}" cần chọn cán bộ được giao.`);
  if (!t.assigns && input.assigneeId !== undefined) return refuse(400, 'NOT_ASSIGNING', `Bước "${t.label}" không giao cho ai.`);
  if ((input.comment ?? '').length > 2000) return refuse(400, 'COMMENT_TOO_LONG', 'Ý kiến dài quá 2000 ký tự.');
  return null;
}
