/**
 * The shape of a workflow. One table per content type (several types may share one) is the single
 * source of truth: permissions, the gate, the admin buttons, the tests' matrix and the docs derive from it.
 */

/** How a user must relate to the item to take a transition, besides holding its permission. */
export type Relation =
  | 'any' // holding the permission is enough (board, publisher, propaganda board)
  | 'author' // the person who created the item
  | 'unit_head' // a head of the item's unit
  | 'board' // a holder of the workflow's board permission (see WorkflowDefinition.boardTransition)
  | 'from_state_actor'; // whoever may approve out of the state the item is in (used by `return`)

/**
 * What a state allows while an item sits in it:
 * - editing: the author works on it (draft, returned)
 * - review / ready: under review or approved; an edit revokes the approvals bound to the old content
 * - live: published; edits need `revise` first, so the live version stays live
 * - closed: nothing more happens without a transition (rejected, unpublished)
 */
export type StateKind = 'editing' | 'review' | 'ready' | 'live' | 'closed';

export interface StateDefinition {
  id: string;
  label: string;
  kind: StateKind;
  /** Working days the item may wait here before it is overdue (review and ready states). */
  dueWorkingDays?: number;
}

export interface TransitionDefinition {
  id: string;
  label: string;
  from: string[];
  to: string;
  /** Where the item goes instead of `to` when it is an orientation item still without its orientation approval. */
  orientationTo?: string;
  /** Where the item goes instead of `to` while an approval is still missing (e.g. back to the board). */
  unlessApproved?: { transition: string; to: string };
  /** Any one of these relations suffices (with the permission). */
  actors: Relation[];
  /** Four-eyes: the author of the item may never take it. */
  notAuthor?: boolean;
  /** The actor must differ from whoever took these earlier approvals of the same item. */
  notSameActorAs?: string[];
  /** When the author is the only head of the unit, a board member may act instead. */
  boardStandsInForSoleHead?: boolean;
  /** Records an approval bound to the content hash. */
  approval?: boolean;
  /** Needs a reason: a code from REASON_CODES and a text of at least MIN_REASON_LENGTH characters. */
  reason?: boolean;
  /** Needs a text (without a code) of at least MIN_REASON_LENGTH characters. */
  reasonText?: boolean;
  /** The item must pass the submit-time content rules. */
  contentRules?: boolean;
  /** Marks the item as an orientation item. */
  setsOrientation?: boolean;
  /** What the plugin does to the content through the Document Service. */
  effect?: 'publish' | 'unpublish';
  /**
   * Accepts `publishAt`: the step is carried out at that time by the scheduler instead of now. `true` for
   * every content type of the workflow, or the content types that may schedule it (an expiry).
   */
  schedulable?: boolean | string[];
  /** Clears the item's pending scheduled step; the item stays in its state (`to` is not used). */
  cancelsSchedule?: boolean;
  /** Names the person the item is assigned to (`assigneeId`, one of the workflow's eligible assignees). */
  assigns?: boolean;
  /** Fields of the item that must have content before this step (e.g. a question's answer). */
  requires?: string[];
  /** Fields this step writes on the item's draft, in its transaction; `$now` stands for the step's time. */
  writes?: Record<string, string>;
}

/**
 * An item handled by an assigned person (a citizen's question and its officer): the relation `field`
 * names them, they act as the item's author (they take the author's steps, and four-eyes keeps them
 * from approving it), and only holders of the `eligible` transition's permission may be assigned.
 */
export interface AssigneeDefinition {
  field: string;
  eligible: string;
}

/** Whether a step may be scheduled for items of this content type. */
export function isSchedulable(t: TransitionDefinition, uid: string): boolean {
  return Array.isArray(t.schedulable) ? t.schedulable.includes(uid) : Boolean(t.schedulable);
}

export interface WorkflowDefinition {
  id: string;
  label: string;
  contentTypes: string[];
  initial: string;
  states: StateDefinition[];
  transitions: TransitionDefinition[];
  /** The transition whose holders count as "the board" for the `board` relation and stand-ins. */
  boardTransition: string;
  /** Where an edit after an approval sends the item back to. */
  revokeTo: string;
  /** Approvals every publication needs, all given on the content being published. */
  publishRequires: string[];
  /** The extra approval an orientation item needs before it may be approved and published. */
  orientationApproval?: string;
  /** How to find the item's unit: a relation field of the item, or one fixed unit (by slug). */
  unit?: { field: string } | { slug: string };
  /** The item's own deadline field (a question's legal answer date): the due time in states without a target. */
  dueField?: string;
  /** Items handled by an assigned person instead of their creator. */
  assignee?: AssigneeDefinition;
}

export const REASON_CODES = {
  R01: 'Thông tin sai hoặc thiếu',
  R02: 'Thiếu nguồn hoặc căn cứ pháp lý',
  R03: 'Lỗi chính tả, trình bày',
  R04: 'Ảnh không dùng được hoặc chưa rõ bản quyền',
  R05: 'Nội dung nhạy cảm về chính trị',
  R06: 'Trùng lặp',
  R07: 'Không còn tính thời sự',
  R08: 'Sai đơn vị hoặc chuyên mục',
  R99: 'Lý do khác',
} as const;

export type ReasonCode = keyof typeof REASON_CODES;

export const MIN_REASON_LENGTH = 20;
