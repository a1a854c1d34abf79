import * as React from 'react';
import { getFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from './pluginId';
import type { Definition, WorkflowInfo } from './types';

/**
 * The workflow table as the server has it (configuration may replace the shipped one). Loaded once after
 * sign-in by the plugin's initializer, so that the list-view hooks, which run synchronously, can use it.
 */
let definition: Definition | null = null;
const listeners = new Set<() => void>();

export async function loadDefinition(): Promise<void> {
  const { get } = getFetchClient();
  const response = await get<{ data: Definition }>(`/${PLUGIN_ID}/definition`);
  definition = response.data.data;
  for (const listener of listeners) listener();
}

/**
 * The table, re-rendering when it arrives: a view mounted before it (the edit view opened by a link)
 * shows its panel and buttons at once instead of at its next unrelated render.
 */
export function useDefinition(): Definition | null {
  const subscribe = React.useCallback((listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
  return React.useSyncExternalStore(subscribe, () => definition);
}

export function getDefinition(): Definition | null {
  return definition;
}

export function workflowOf(uid: string | undefined): WorkflowInfo | undefined {
  return uid ? definition?.workflows.find((wf) => wf.contentTypes.includes(uid)) : undefined;
}
