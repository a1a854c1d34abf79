import type { Core } from '@strapi/strapi';
import type { LogEntry, LogRow } from '../api-types';
import { eventLabel } from '../notify';
import { getRegistry } from '../registry';
import { titleKey, titlesOf } from './items';

/**
 * Log rows as the log page shows them: the item's title (its draft's, as in the queue) and type name, the
 * step and the states in the editors' words — the same eventLabel as the side panel's history.
 */
export async function describeLogRows(strapi: Core.Strapi, rows: LogEntry[]): Promise<LogRow[]> {
  const titles = await titlesOf(strapi, rows);
  const registry = getRegistry();
  return rows.map((row) => {
    const wf = registry.workflowOf(row.targetUid);
    const stateLabel = (state: string | null) => (state ? wf?.states.find((s) => s.id === state)?.label ?? state : null);
    const type = strapi.contentTypes[row.targetUid as never] as { info?: { displayName?: string } } | undefined;
    return {
      ...row,
      label: eventLabel(wf, row.event),
      fromStateLabel: stateLabel(row.fromState),
      toStateLabel: stateLabel(row.toState),
      // An item deleted since keeps its id: the log outlives it.
      title: titles.get(titleKey(row)) ?? titles.get(titleKey({ ...row, locale: null })) ?? row.targetDocumentId,
      typeLabel: type?.info?.displayName ?? row.targetUid,
    };
  });
}
