import type { StateDefinition, TransitionDefinition, WorkflowDefinition } from './types';

const S = {
  draft: { id: 'draft', label: 'Bản nháp', kind: 'editing' },
  submitted: { id: 'submitted', label: 'Chờ đơn vị duyệt', kind: 'review', dueWorkingDays: 1 },
  unit_approved: { id: 'unit_approved', label: 'Chờ Ban biên tập duyệt', kind: 'review', dueWorkingDays: 1 },
  propaganda_review: { id: 'propaganda_review', label: 'Chờ Ban Tuyên giáo cho ý kiến', kind: 'review', dueWorkingDays: 1 },
  approved: { id: 'approved', label: 'Đã duyệt, chờ đăng', kind: 'ready', dueWorkingDays: 1 },
  published: { id: 'published', label: 'Đã đăng', kind: 'live' },
  returned: { id: 'returned', label: 'Trả lại để sửa', kind: 'editing' },
  rejected: { id: 'rejected', label: 'Không sử dụng', kind: 'closed' },
  unpublished: { id: 'unpublished', label: 'Đã gỡ', kind: 'closed' },
} satisfies Record<string, StateDefinition>;

const publish: TransitionDefinition = {
  id: 'publish', label: 'Đăng bài', from: ['approved'], to: 'published', actors: ['any'], effect: 'publish', schedulable: true,
};
const unpublish: TransitionDefinition = {
  id: 'unpublish', label: 'Gỡ bài', from: ['published'], to: 'unpublished', actors: ['any'], reason: true, effect: 'unpublish',
};
/** Documents and disclosures may be given an expiry: a scheduled take-down. */
const unpublishWithExpiry: TransitionDefinition = {
  ...unpublish, schedulable: ['api::legal-document.legal-document', 'api::disclosure.disclosure'],
};
/** Withdraws a scheduled publication (or expiry) before it fires; the item stays where it is. */
const cancelSchedule = (from: string[]): TransitionDefinition => ({
  id: 'cancel_schedule', label: 'Hủy hẹn giờ', from, to: from[0], actors: ['any'], cancelsSchedule: true,
});
const revise: TransitionDefinition = {
  id: 'revise', label: 'Sửa lại', from: ['published', 'unpublished'], to: 'draft', actors: ['author', 'board'],
};

/** The news workflow of WORKFLOW.md: contributor → unit head → board → (propaganda board) → publisher. */
export const NEWS: WorkflowDefinition = {
  id: 'news',
  label: 'Tin bài',
  contentTypes: ['api::article.article'],
  initial: 'draft',
  states: Object.values(S),
  boardTransition: 'board_approve',
  revokeTo: 'submitted',
  publishRequires: ['unit_approve', 'board_approve'],
  orientationApproval: 'propaganda_approve',
  unit: { field: 'unit' },
  transitions: [
    { id: 'submit', label: 'Gửi duyệt', from: ['draft', 'returned'], to: 'submitted', actors: ['author'], contentRules: true },
    { id: 'withdraw', label: 'Rút lại', from: ['submitted'], to: 'draft', actors: ['author'] },
    {
      id: 'unit_approve', label: 'Duyệt (đơn vị)', from: ['submitted'], to: 'unit_approved', actors: ['unit_head'],
      notAuthor: true, boardStandsInForSoleHead: true, approval: true,
    },
    {
      id: 'board_approve', label: 'Duyệt (Ban biên tập)', from: ['unit_approved'], to: 'approved',
      orientationTo: 'propaganda_review', actors: ['any'], notAuthor: true, notSameActorAs: ['unit_approve'], approval: true,
    },
    {
      id: 'request_orientation_review', label: 'Chuyển Ban Tuyên giáo', from: ['unit_approved', 'approved'],
      to: 'propaganda_review', actors: ['any'], reasonText: true, setsOrientation: true,
    },
    {
      id: 'propaganda_approve', label: 'Cho ý kiến đồng ý', from: ['propaganda_review'], to: 'approved', actors: ['any'],
      // Sent from unit_approved, the item has no board approval yet: it goes back to the board.
      unlessApproved: { transition: 'board_approve', to: 'unit_approved' }, notAuthor: true, approval: true,
    },
    {
      id: 'return', label: 'Trả lại', from: ['submitted', 'unit_approved', 'propaganda_review', 'approved'], to: 'returned',
      actors: ['from_state_actor'], reason: true,
    },
    {
      id: 'reject', label: 'Từ chối', from: ['submitted', 'unit_approved', 'propaganda_review'], to: 'rejected',
      actors: ['any'], reason: true,
    },
    publish,
    cancelSchedule(['approved']),
    unpublish,
    revise,
  ],
};

/** Weekly schedules: the office drafts, the office head approves, then it is published. */
export const SCHEDULE: WorkflowDefinition = {
  id: 'schedule',
  label: 'Lịch công tác',
  contentTypes: ['api::work-schedule.work-schedule'],
  initial: 'draft',
  states: [S.draft, S.submitted, S.approved, S.published, S.returned, S.unpublished],
  boardTransition: 'approve',
  revokeTo: 'submitted',
  publishRequires: ['approve'],
  unit: { slug: 'van-phong-hdnd-ubnd-phuong' },
  transitions: [
    { id: 'submit', label: 'Gửi duyệt', from: ['draft', 'returned'], to: 'submitted', actors: ['author'] },
    {
      id: 'approve', label: 'Duyệt', from: ['submitted'], to: 'approved', actors: ['unit_head'], notAuthor: true,
      approval: true,
    },
    { id: 'return', label: 'Trả lại', from: ['submitted', 'approved'], to: 'returned', actors: ['from_state_actor'], reason: true },
    publish,
    cancelSchedule(['approved']),
    unpublish,
    revise,
  ],
};

/**
 * Procedures, documents, disclosures and the organisation's pages and officials: the board approves, the
 * publisher publishes.
 */
export const BOARD_REVIEW: WorkflowDefinition = {
  id: 'board-review',
  label: 'Ban biên tập duyệt',
  contentTypes: [
    'api::procedure.procedure',
    'api::legal-document.legal-document',
    'api::disclosure.disclosure',
    'api::page.page',
    'api::official.official',
  ],
  initial: 'draft',
  states: [S.draft, { ...S.approved }, S.published, S.unpublished],
  boardTransition: 'approve',
  revokeTo: 'draft',
  publishRequires: ['approve'],
  transitions: [
    { id: 'approve', label: 'Duyệt', from: ['draft'], to: 'approved', actors: ['any'], notAuthor: true, approval: true },
    { id: 'return', label: 'Trả lại', from: ['approved'], to: 'draft', actors: ['from_state_actor'], reason: true },
    publish,
    cancelSchedule(['approved', 'published']),
    unpublishWithExpiry,
    revise,
  ],
};

/**
 * Citizens' questions: the desk or the board assigns an officer, who writes the answer and sends it to the
 * board; the board approves, the publisher publishes. The officer acts as the answer's author. The steps
 * keep the question's handling status (what the asker sees when tracking it) and answer date in step.
 */
export const QUESTION: WorkflowDefinition = {
  id: 'question',
  label: 'Hỏi đáp',
  contentTypes: ['api::question.question'],
  initial: 'new',
  states: [
    { id: 'new', label: 'Chờ phân công', kind: 'editing' },
    { id: 'draft', label: 'Đang trả lời', kind: 'editing' },
    { id: 'submitted', label: 'Chờ Ban biên tập duyệt câu trả lời', kind: 'review', dueWorkingDays: 1 },
    S.approved,
    S.published,
    S.returned,
    S.unpublished,
  ],
  boardTransition: 'approve',
  revokeTo: 'submitted',
  publishRequires: ['approve'],
  assignee: { field: 'assignedOfficer', eligible: 'submit_answer' },
  dueField: 'dueAt',
  transitions: [
    {
      id: 'assign', label: 'Giao trả lời', from: ['new', 'draft', 'returned'], to: 'draft', actors: ['any'], assigns: true,
      writes: { handlingStatus: 'da_phan_cong' },
    },
    {
      id: 'submit_answer', label: 'Gửi duyệt câu trả lời', from: ['draft', 'returned'], to: 'submitted', actors: ['author'],
      // The answer date is when the officer sends it: the officer's work is measured against the legal deadline.
      requires: ['answer'], writes: { handlingStatus: 'da_tra_loi', answeredAt: '$now' },
    },
    { id: 'approve', label: 'Duyệt câu trả lời', from: ['submitted'], to: 'approved', actors: ['any'], notAuthor: true, approval: true },
    {
      id: 'return', label: 'Trả lại', from: ['submitted', 'approved'], to: 'returned', actors: ['from_state_actor'], reason: true,
      writes: { handlingStatus: 'da_phan_cong' },
    },
    publish,
    unpublish,
    revise,
  ],
};

export const DEFAULT_WORKFLOWS: WorkflowDefinition[] = [NEWS, SCHEDULE, BOARD_REVIEW, QUESTION];
