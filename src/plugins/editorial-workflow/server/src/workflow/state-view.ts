import type { ListState } from '../api-types';
import type { WorkflowDefinition } from './types';

/** Where an item stands, as every admin view shows it: the state, its label, the due time and whether it passed. */
export function stateView(wf: WorkflowDefinition, row: { state: string; dueAt: string | null }, now = new Date()): ListState {
  return {
    state: row.state,
    label: wf.states.find((candidate) => candidate.id === row.state)?.label ?? row.state,
    dueAt: row.dueAt,
    overdue: Boolean(row.dueAt && new Date(row.dueAt).getTime() < now.getTime()),
  };
}
