import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_WORKFLOWS, NEWS } from '../../src/plugins/editorial-workflow/server/src/workflow/definitions';
import { workflowsMarkdown } from '../../src/plugins/editorial-workflow/server/src/workflow/document';
import { resolveWorkflows, strandedStates, validateWorkflows } from '../../src/plugins/editorial-workflow/server/src/workflow/validate';
import type { WorkflowDefinition } from '../../src/plugins/editorial-workflow/server/src/workflow/types';

const withNews = (change: (wf: WorkflowDefinition) => WorkflowDefinition) =>
  resolveWorkflows([change(structuredClone(NEWS))]);

describe('the workflow table', () => {
  it('shipped as it is, is valid', () => {
    expect(() => validateWorkflows(DEFAULT_WORKFLOWS)).not.toThrow();
  });

  it.each([
    ['a transition to an unknown state', (wf: WorkflowDefinition) => ({ ...wf, transitions: wf.transitions.map((t) => (t.id === 'submit' ? { ...t, to: 'limbo' } : t)) }), 'transition "submit" (to) names the unknown state "limbo"'],
    ['a transition from an unknown state', (wf: WorkflowDefinition) => ({ ...wf, transitions: wf.transitions.map((t) => (t.id === 'publish' ? { ...t, from: ['ready'] } : t)) }), 'transition "publish" (from) names the unknown state "ready"'],
    ['an unknown initial state', (wf: WorkflowDefinition) => ({ ...wf, initial: 'new' }), 'initial names the unknown state "new"'],
    ['a duplicated transition', (wf: WorkflowDefinition) => ({ ...wf, transitions: [...wf.transitions, wf.transitions[0]] }), 'transition "submit" is defined twice'],
    ['a transition nobody may take', (wf: WorkflowDefinition) => ({ ...wf, transitions: wf.transitions.map((t) => (t.id === 'reject' ? { ...t, actors: [] } : t)) }), 'transition "reject" names nobody who may take it'],
    ['an unknown actor', (wf: WorkflowDefinition) => ({ ...wf, transitions: wf.transitions.map((t) => (t.id === 'reject' ? { ...t, actors: ['mayor' as never] } : t)) }), 'transition "reject" has the unknown actor "mayor"'],
    ['a type governed twice', (wf: WorkflowDefinition) => ({ ...wf, contentTypes: [...wf.contentTypes, 'api::procedure.procedure'] }), 'api::procedure.procedure is governed by two workflows'],
  ])('with %s, stops the start with a message naming the problem', (_what, change, message) => {
    expect(() => validateWorkflows(withNews(change))).toThrow(message);
  });

  it('names the states that still hold items when a configuration removes them', () => {
    const withoutRejected = withNews((wf) => ({
      ...wf,
      states: wf.states.filter((s) => s.id !== 'rejected'),
      transitions: wf.transitions.filter((t) => t.id !== 'reject'),
    }));
    expect(() => validateWorkflows(withoutRejected)).not.toThrow();
    expect(strandedStates(withoutRejected, [{ workflow: 'news', state: 'draft' }, { workflow: 'news', state: 'rejected' }]))
      .toEqual(['"rejected" of workflow "news"']);
  });

  it('is documented by docs/workflow-table.md, generated from it (npm run docs:workflow)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'workflow-table.md'), 'utf8');
    expect(committed).toBe(workflowsMarkdown(DEFAULT_WORKFLOWS));
  });
});
