import { getFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from './pluginId';
import type { Definition, WorkflowInfo } from './types';

/**
 * The workflow table as the server has it (configuration may replace the shipped one). Loaded once after
 * sign-in by the plugin's initializer, so that the list-view hooks, which run synchronously, can use it.
 */
let definition: Definition | null = null;

export async function loadDefinition(): Promise<void> {
  const { get } = getFetchClient();
  const response = await get<{ data: Definition }>(`/${PLUGIN_ID}/definition`);
  definition = response.data.data;
}

export function getDefinition(): Definition | null {
  return definition;
}

export function workflowOf(uid: string | undefined): WorkflowInfo | undefined {
  return uid ? definition?.workflows.find((wf) => wf.contentTypes.includes(uid)) : undefined;
}
