/**
 * The shapes the admin API sends. The admin panel imports them as types (nothing of the server is
 * bundled), so this file imports nothing.
 */

/** The fields of a log row that its hash covers (everything but the hash itself). */
export interface LogFields {
  seq: number;
  targetUid: string;
  targetDocumentId: string;
  locale: string | null;
  event: string;
  fromState: string | null;
  toState: string | null;
  /** `onBehalfOf`: whom the person stood in for (a deputy during someone's leave). */
  actor: { id: number | null; name: string; roles: string[]; units: string[]; onBehalfOf?: { id: number; name: string } };
  reasonCode: string | null;
  reasonText: string | null;
  comment: string | null;
  contentHash: string | null;
  at: string;
  prevHash: string;
}

export type LogEntry = LogFields & { hash: string };

/** A log entry as the side panel shows it: with the event's label in the editors' words. */
export type HistoryEntry = LogEntry & { label: string };

/** A row of the log page: the item's title and type, the step and states in the editors' words. */
export type LogRow = LogEntry & {
  label: string;
  fromStateLabel: string | null;
  toStateLabel: string | null;
  title: string;
  typeLabel: string;
};

export interface QueueItem extends ItemPeople {
  uid: string;
  documentId: string;
  locale: string | null;
  workflow: string;
  state: string;
  stateLabel: string;
  title: string;
  dueAt: string | null;
  overdue: boolean;
  publishAt: string | null;
  /** The content type's display name. */
  typeLabel: string;
  isOrientation: boolean;
  /** documentId of the item's unit, to filter by; null when the workflow has none. */
  unitId: string | null;
  /** The board gave the item to this person: it comes first. */
  assignedToMe: boolean;
  /** Steps this person may take now; `needsInput`: the step asks for a reason or a time (the edit view's dialog). */
  transitions: Array<{ id: string; label: string; needsInput: boolean }>;
}

/** Who wrote an item (their name and units) and the unit it belongs to. */
export interface ItemPeople {
  author: { name: string; units: string[] } | null;
  unit: string | null;
}

/** What a person may do with an item now: every transition out of its state, allowed or with the reason why not. */
export interface AvailableTransition {
  id: string;
  label: string;
  allowed: boolean;
  refusal?: { code: string; message: string };
  needsReason: boolean;
  needsReasonText: boolean;
  schedulable: boolean;
  /** The step names a person to give the item to (GET /assignees/:uid lists who may be chosen). */
  assigns: boolean;
}

/** One person an item may be assigned to, named as people know them: "Họ tên — Đơn vị". */
export interface Assignee {
  id: number;
  name: string;
  units: string[];
  label: string;
}

export interface NotificationRow {
  id: number;
  recipientId: number;
  /** The log row the notice is about; null for a mention in a comment. */
  logSeq: number | null;
  targetUid: string;
  targetDocumentId: string;
  locale: string | null;
  title: string;
  message: string | null;
  readAt: string | null;
  createdAt: string;
}

/** What a row of the list shows about its workflow state. */
export interface ListState {
  state: string;
  label: string;
  dueAt: string | null;
  overdue: boolean;
  /** In workflows that assign people: who the item is assigned to, as "Họ tên — Đơn vị" (null: nobody yet). */
  assignee?: string | null;
}

/** GET /statistics (services/stats.ts): figures per unit or category and period. */
export type GroupBy = 'unit' | 'category';

export interface WaitingState {
  id: string;
  label: string;
  dueWorkingDays: number;
}

export interface ReasonCount {
  code: string;
  label: string;
  count: number;
}

export interface StatsFigures {
  submitted: number;
  resubmitted: number;
  published: number;
  publishingUnits: number;
  returned: number;
  rejected: number;
  /** Percent, one decimal; null when nothing was submitted. */
  acceptanceRate: number | null;
  /** Per waiting state id: median hours, one decimal; null when no interval was left. */
  medianWaitHours: Record<string, number | null>;
  /** Per waiting state id: intervals over their working-day target. */
  breaches: Record<string, number>;
  medianEventToPublishHours: number | null;
  latePublications: number;
  topReturnReasons: ReasonCount[];
  /** Items expected in the period (units only, and the total); null for categories. */
  quota: number | null;
  /** Percent, one decimal; null without a quota. */
  quotaProgress: number | null;
}

export interface StatsRow extends StatsFigures {
  /** documentId of the unit or category; null for items without one (and for the total). */
  key: string | null;
  name: string;
}

export interface StatsResult {
  period: { from: string; to: string };
  groupBy: GroupBy;
  waitingStates: WaitingState[];
  /** Months covered by the period, as used for the quotas (see quotaMonths). */
  quotaMonths: number;
  generatedAt: string;
  rows: StatsRow[];
  total: StatsRow;
}

/** A signed statement "log row `seq` had hash `hash` at time `at`" (log/checkpoint.ts). */
export interface Checkpoint {
  seq: number;
  hash: string;
  /** ISO time (UTC) the checkpoint was issued. */
  at: string;
  /** HMAC-SHA256, hex, over the canonical text of seq, hash and at. */
  signature: string;
}

/** How today's log compares with a checkpoint: the given one, or else the latest stored one. */
export interface CheckpointCheck {
  source: 'given' | 'stored';
  checkpoint: Checkpoint;
  ok: boolean;
  /** Sequence numbers the checkpoint vouches for that are no longer in the log (a first–last range). */
  missing?: { from: number; to: number };
  message: string;
}

/** POST /log/verify (log/chain.ts, log/checkpoint-check.ts). */
export type VerifyResult =
  | { ok: true; rows: number; checkpoint?: CheckpointCheck }
  | { ok: false; rows: number; brokenAt: number; reason: string; checkpoint?: CheckpointCheck };

/* Comparing two points of an item (GET /items/:uid/:documentId/compare). */

/** One run of a word-level diff: unchanged, or only in the later version (added), or only in the earlier (removed). */
export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export type FieldKind = 'text' | 'blocks' | 'media' | 'relation' | 'component' | 'other';

export interface MediaRef { hash: string; id: number | null; url: string | null }
export interface RelationRef { documentId: string; title: string | null }

export interface FieldComparison {
  field: string;
  label?: string;
  kind: FieldKind;
  changed: boolean;
  /** text and blocks: the word-level diff (blocks: paragraph by paragraph, PARAGRAPH_BREAK "\n\n" between them). */
  parts?: DiffPart[];
  /** media, relations and components: both sides. */
  before?: unknown;
  after?: unknown;
}

/** One side of a comparison: a log entry (a decision, with the content it was bound to) or the current draft. */
export interface ComparedPoint {
  seq: number | null;
  draft: boolean;
  contentHash: string;
  event?: string;
  label?: string;
  actor?: string;
  at?: string;
}

export interface Comparison {
  from: ComparedPoint | null;
  to: ComparedPoint;
  /** Whether the draft differs from the content of the current user's last decision on the item. */
  changedSinceMyLastDecision: boolean;
  myLastDecision: ComparedPoint | null;
  fields: FieldComparison[];
}

/** A comment on an item (GET /items/:uid/:documentId/comments): a thread of replies, resolvable. */
export interface ItemComment {
  id: number;
  /** The field it is about (an attribute of the type), or null for the whole item. */
  field: string | null;
  fieldLabel: string | null;
  parentId: number | null;
  author: { id: number; name: string };
  body: string;
  /** Earlier texts of an edited comment, oldest first, each with when it was replaced. */
  earlier: Array<{ body: string; until: string }>;
  mentions: Array<{ id: number; name: string }>;
  createdAt: string;
  editedAt: string | null;
  /** Top-level comments only: resolved, by whom and when. */
  resolved: { at: string; by: string } | null;
  /** The log row of the return that pointed at this thread, if one did. */
  returnSeq: number | null;
  replies: ItemComment[];
}

/** What the comment form offers (GET /items/:uid/:documentId/comments/options). */
export interface CommentOptions {
  fields: Array<{ field: string; label: string }>;
  /** Active staff who may read the item, the asker left out. */
  people: Array<{ id: number; name: string }>;
}

/** A leave as the deputies section shows it (GET /editorial-workflow/deputies). */
export interface DeputyView {
  id: number;
  principal: { id: number; name: string };
  deputy: { id: number; name: string };
  /** 'yyyy-mm-dd', Hà Nội days, both included. */
  fromDate: string;
  toDate: string;
  /** Today falls inside it. */
  active: boolean;
  /** The person asking named it (and may end it). */
  mine: boolean;
}

/**
 * GET /calendar (services/calendar.ts): what falls on each Hà Nội day of a range. `event`: the item's event
 * date (a whole day); `scheduled`: a scheduled publication or take-down (`step` names it); `due`: the item
 * must leave its waiting state by `at`; `overdue`: that time has passed and it is still waiting.
 */
export type CalendarKind = 'event' | 'scheduled' | 'due' | 'overdue';

export interface CalendarEntry {
  kind: CalendarKind;
  /** 'yyyy-mm-dd', the Hà Nội day the entry falls on. */
  date: string;
  /** The instant, for timed entries; null for an event date. */
  at: string | null;
  uid: string;
  documentId: string;
  locale: string | null;
  title: string;
  /** The content type's display name. */
  typeLabel: string;
  unit: string | null;
  /** documentId of the item's unit; null when it has none. */
  unitId: string | null;
  state: string;
  stateLabel: string;
  /** The scheduled step's label (Đăng bài, Gỡ bài); null for other kinds. */
  step: string | null;
  /** The item's edit view in the admin panel, relative to the admin's address. */
  url: string;
}

export interface CalendarResult {
  from: string;
  to: string;
  entries: CalendarEntry[];
  /** What the filters offer: the types this person may read, and every unit. */
  types: Array<{ uid: string; label: string }>;
  units: Array<{ id: string; name: string }>;
}

/** GET /calendar/feed: whether this person has a feed address (only its creation time: the token is shown once). */
export interface CalendarFeedInfo {
  exists: boolean;
  createdAt: string | null;
  /** Set only in the answer that created the token. */
  url?: string;
}
