import { permissionOf } from './evaluate';
import type { Relation, WorkflowDefinition } from './types';
import { REASON_CODES } from './types';

const WHO: Record<Relation, string> = {
  any: 'holder of the permission',
  author: 'the author',
  unit_head: "a head of the item's unit",
  board: 'the board',
  from_state_actor: 'whoever may approve out of the current state',
};

/** The workflow table as Markdown: docs/workflow-table.md is generated from this and checked by a test. */
export function workflowsMarkdown(workflows: WorkflowDefinition[]): string {
  const out: string[] = [
    '# Workflow table',
    '',
    'Generated from `src/plugins/editorial-workflow/server/src/workflow/definitions.ts` by',
    '`npm run docs:workflow`; a test fails when this page and the table disagree.',
    '',
  ];
  for (const wf of workflows) {
    out.push(`## ${wf.label} (\`${wf.id}\`)`, '', `Content types: ${wf.contentTypes.map((uid) => `\`${uid}\``).join(', ')}.`);
    out.push(`Initial state \`${wf.initial}\`; an edit after approval returns the item to \`${wf.revokeTo}\`.`);
    out.push(`Publishing needs ${wf.publishRequires.map((id) => `\`${id}\``).join(' and ')}${wf.orientationApproval ? ` (and \`${wf.orientationApproval}\` for an orientation item)` : ''}, all given on the content being published.`, '');
    out.push('| state | label | kind | due (working days) |', '|---|---|---|---|');
    for (const s of wf.states) out.push(`| \`${s.id}\` | ${s.label} | ${s.kind} | ${s.dueWorkingDays ?? ''} |`);
    out.push('', '| transition | label | from | to | who | guards and inputs | permission |', '|---|---|---|---|---|---|---|');
    for (const t of wf.transitions) {
      const guards = [
        t.notAuthor && 'not the author',
        t.notSameActorAs?.length && `not the person who took ${t.notSameActorAs.join(', ')}`,
        t.boardStandsInForSoleHead && 'the board acts when the author is the sole unit head',
        t.approval && 'records an approval bound to the content hash',
        t.effect === 'publish' && 'content hash must equal the approved one',
        t.reason && 'reason code + text ≥ 20 characters',
        t.reasonText && 'reason text ≥ 20 characters',
        t.contentRules && 'content rules',
        t.setsOrientation && 'marks the item as an orientation item',
        t.schedulable && `optional publishAt${Array.isArray(t.schedulable) ? ` (${t.schedulable.map((uid) => `\`${uid}\``).join(', ')} only)` : ''}`,
        t.cancelsSchedule && 'something must be scheduled; the item stays in its state',
      ].filter(Boolean).join('; ');
      const detours = [
        t.orientationTo && `orientation item without its opinion: \`${t.orientationTo}\``,
        t.unlessApproved && `without \`${t.unlessApproved.transition}\`: \`${t.unlessApproved.to}\``,
      ].filter(Boolean);
      const to = t.cancelsSchedule ? 'stays' : `\`${t.to}\`${detours.length ? ` (${detours.join('; ')})` : ''}`;
      out.push(`| \`${t.id}\` | ${t.label} | ${t.from.map((s) => `\`${s}\``).join(', ')} | ${to} | ${t.actors.map((a) => WHO[a]).join(' or ')} | ${guards} | \`${permissionOf(wf, t.id)}\` |`);
    }
    out.push('');
  }
  out.push('## Reason codes', '', '| code | meaning |', '|---|---|');
  for (const [code, label] of Object.entries(REASON_CODES)) out.push(`| ${code} | ${label} |`);
  return `${out.join('\n')}\n`;
}
