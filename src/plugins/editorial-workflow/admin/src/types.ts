/** What the plugin's admin API answers (server/src/controllers/*). */

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
  transitions: Array<{ id: string; label: string; schedulable?: boolean }>;
}

export interface Definition {
  workflows: WorkflowInfo[];
  reasonCodes: Record<string, string>;
  minReasonLength: number;
}

export interface AvailableTransition {
  id: string;
  label: string;
  allowed: boolean;
  refusal?: { code: string; message: string };
  needsReason: boolean;
  needsReasonText: boolean;
  schedulable: boolean;
}

export interface LogEntry {
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
  at: string;
  hash: string;
}

export interface DocumentWorkflow {
  workflow: string;
  state: string;
  stateLabel?: string;
  dueAt: string | null;
  overdue: boolean;
  isOrientation: boolean;
  publishAt: string | null;
  history: LogEntry[];
  transitions: AvailableTransition[];
}

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

export interface Notification {
  id: number;
  targetUid: string;
  targetDocumentId: string;
  locale: string | null;
  title: string;
  message: string | null;
  readAt: string | null;
  createdAt: string;
}

/** The list view's per-row state (server/src/content-manager/list-state.ts). */
export interface ListState {
  state: string;
  label: string;
  dueAt: string | null;
  overdue: boolean;
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
