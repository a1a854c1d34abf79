/** What the plugin's admin API answers (server/src/controllers/*): the server's own types where it has them. */
import type {
  Assignee, AvailableTransition, CalendarEntry, CalendarFeedInfo, CalendarKind, CalendarResult, Checkpoint, CommentOptions, ComparedPoint, Comparison, DeputyView, DiffPart, FieldComparison, HistoryEntry, ItemComment, MediaRef, RelationRef, ItemPeople, ListState, LogEntry, LogRow, NotificationRow as Notification, QueueItem, StatsResult, StatsRow, VerifyResult,
} from '../../server/src/api-types';

export type { Assignee, AvailableTransition, CalendarEntry, CalendarFeedInfo, CalendarKind, CalendarResult, Checkpoint, CommentOptions, ComparedPoint, Comparison, DeputyView, DiffPart, FieldComparison, HistoryEntry, ItemComment, MediaRef, RelationRef, ListState, LogEntry, LogRow, Notification, QueueItem, StatsResult, StatsRow, VerifyResult };

export interface StateInfo {
  id: string;
  label: string;
  kind: 'editing' | 'review' | 'ready' | 'live' | 'closed';
  dueWorkingDays?: number;
}

export interface WorkflowInfo {
  id: string;
  label: string;
  contentTypes: string[];
  initial: string;
  states: StateInfo[];
  transitions: Array<{ id: string; label: string; schedulable?: boolean | string[]; effect?: 'publish' | 'unpublish' }>;
  assignee?: { field: string; eligible: string };
  dueField?: string;
}

export interface Definition {
  workflows: WorkflowInfo[];
  reasonCodes: Record<string, string>;
  minReasonLength: number;
}

export interface DocumentWorkflow extends ItemPeople {
  workflow: string;
  state: string;
  stateLabel?: string;
  dueAt: string | null;
  overdue: boolean;
  isOrientation: boolean;
  /** The board member the board gave the item to. */
  reviewer: Assignee | null;
  /** The signed-in person may give the item to a board member now. */
  mayAssignReviewer: boolean;
  publishAt: string | null;
  /** The step scheduled at `publishAt` (publish, or unpublish for an expiry). */
  scheduled: string | null;
  /** Whether the gate would let this item be deleted now, and why not (the server's one rule). */
  deletable: { ok: boolean; reason?: string };
  /** Whether the gate would let the signed-in person save changes now, and why not. */
  editable: { ok: boolean; reason?: string };
  /** Comment threads on the item not yet resolved. */
  openComments: number;
  /** The threads the last return pointed at: how many, and how many are still open. */
  returnComments: { seq: number; total: number; open: number } | null;
  history: HistoryEntry[];
  transitions: AvailableTransition[];
}

export interface ApiError {
  response?: { data?: { error?: { message?: string } } };
  message?: string;
}

/** The server's own words when it refuses, else the transport's message. */
export function errorMessage(error: unknown): string {
  const e = error as ApiError;
  return e?.response?.data?.error?.message ?? e?.message ?? String(error);
}
