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
  actor: { id: number | null; name: string; roles: string[]; units: string[] };
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

export interface QueueItem {
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
  transitions: Array<{ id: string; label: string }>;
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
}

export interface NotificationRow {
  id: number;
  recipientId: number;
  logSeq: number;
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
}
