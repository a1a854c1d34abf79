import { DEFAULT_WORKFLOWS } from './definitions';
import type { WorkflowDefinition } from './types';

const RELATIONS = new Set(['any', 'author', 'unit_head', 'board', 'from_state_actor']);

/**
 * Checks the workflow table at startup; every problem is reported by name, so a mistake in
 * config/plugins.ts stops Strapi with a message an administrator can act on.
 */
export function validateWorkflows(workflows: WorkflowDefinition[]): void {
  const problems: string[] = [];
  const workflowIds = new Set<string>();
  const governed = new Map<string, string>();

  for (const wf of workflows) {
    const where = `workflow "${wf.id}"`;
    if (workflowIds.has(wf.id)) problems.push(`${where} is defined twice`);
    workflowIds.add(wf.id);

    const states = new Set<string>();
    for (const state of wf.states) {
      if (states.has(state.id)) problems.push(`${where}: state "${state.id}" is defined twice`);
      states.add(state.id);
    }
    const known = (state: string, what: string) => {
      if (!states.has(state)) problems.push(`${where}: ${what} names the unknown state "${state}"`);
    };
    known(wf.initial, 'initial');
    known(wf.revokeTo, 'revokeTo');

    const transitions = new Set<string>();
    for (const t of wf.transitions) {
      const at = `transition "${t.id}"`;
      if (transitions.has(t.id)) problems.push(`${where}: ${at} is defined twice`);
      transitions.add(t.id);
      if (t.from.length === 0) problems.push(`${where}: ${at} starts from no state`);
      t.from.forEach((state) => known(state, `${at} (from)`));
      known(t.to, `${at} (to)`);
      if (t.orientationTo) known(t.orientationTo, `${at} (orientationTo)`);
      if (t.actors.length === 0) problems.push(`${where}: ${at} names nobody who may take it`);
      for (const actor of t.actors) {
        if (!RELATIONS.has(actor)) problems.push(`${where}: ${at} has the unknown actor "${actor}"`);
      }
    }
    if (!transitions.has(wf.boardTransition)) {
      problems.push(`${where}: boardTransition names the unknown transition "${wf.boardTransition}"`);
    }
    const approvals = new Set(wf.transitions.filter((t) => t.approval).map((t) => t.id));
    for (const t of wf.transitions) {
      for (const other of t.notSameActorAs ?? []) {
        if (!transitions.has(other)) problems.push(`${where}: transition "${t.id}" compares with the unknown transition "${other}"`);
      }
      if (t.unlessApproved) {
        if (!approvals.has(t.unlessApproved.transition)) problems.push(`${where}: transition "${t.id}" waits for "${t.unlessApproved.transition}", which is no approval`);
        known(t.unlessApproved.to, `transition "${t.id}" (unlessApproved)`);
      }
    }
    if (wf.assignee && !transitions.has(wf.assignee.eligible)) {
      problems.push(`${where}: assignee.eligible names the unknown transition "${wf.assignee.eligible}"`);
    }
    for (const t of wf.transitions.filter((candidate) => candidate.assigns && !wf.assignee)) {
      problems.push(`${where}: transition "${t.id}" assigns, but the workflow has no assignee field`);
    }
    if (wf.publishRequires.length === 0) problems.push(`${where}: publishRequires names no approval: anything could be published`);
    for (const required of [...wf.publishRequires, ...(wf.orientationApproval ? [wf.orientationApproval] : [])]) {
      if (!approvals.has(required)) problems.push(`${where}: "${required}" is required to publish but is no approval transition`);
    }
    for (const uid of wf.contentTypes) {
      const previous = governed.get(uid);
      if (previous) problems.push(`${uid} is governed by two workflows: "${previous}" and "${wf.id}"`);
      governed.set(uid, wf.id);
    }
  }
  if (problems.length > 0) {
    throw new Error(`editorial-workflow: the workflow table is invalid:\n- ${problems.join('\n- ')}`);
  }
}

/** The workflows in force: the shipped ones, with those of the same id replaced by config/plugins.ts. */
export function resolveWorkflows(configured: WorkflowDefinition[] | undefined): WorkflowDefinition[] {
  const byId = new Map(DEFAULT_WORKFLOWS.map((wf) => [wf.id, wf]));
  for (const wf of configured ?? []) byId.set(wf.id, wf);
  return [...byId.values()];
}

/** States that hold items but are gone from the configured workflows: starting would strand those items. */
export function strandedStates(
  workflows: WorkflowDefinition[],
  inUse: Array<{ workflow: string; state: string }>,
): string[] {
  return inUse
    .filter(({ workflow, state }) => !workflows.find((wf) => wf.id === workflow)?.states.some((s) => s.id === state))
    .map(({ workflow, state }) => `"${state}" of workflow "${workflow}"`);
}
