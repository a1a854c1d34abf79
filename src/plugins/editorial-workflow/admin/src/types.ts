/** What the plugin's admin API answers (server/src/controllers/*): the server's own types where it has them. */
import type {
  AvailableTransition, Checkpoint, HistoryEntry, ListState, LogEntry, LogRow, NotificationRow as Notification, QueueItem, StatsResult, StatsRow, VerifyResult,
} from '../../server/src/api-types';

export type { AvailableTransition, Checkpoint, HistoryEntry, ListState, LogEntry, LogRow, Notification, QueueItem, StatsResult, StatsRow, VerifyResult };

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

export interface DocumentWorkflow {
  workflow: string;
  state: string;
  stateLabel?: string;
  dueAt: string | null;
  overdue: boolean;
  isOrientation: boolean;
  publishAt: string | null;
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
