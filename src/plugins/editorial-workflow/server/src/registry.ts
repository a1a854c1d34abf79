import type { Core } from '@strapi/strapi';
import { resolveWorkflows, validateWorkflows } from './workflow/validate';
import type { WorkflowDefinition } from './workflow/types';

/** The workflows in force and which content type each governs; built once at register. */
export class Registry {
  readonly workflows: WorkflowDefinition[];
  private readonly byUid = new Map<string, WorkflowDefinition>();

  constructor(configured: WorkflowDefinition[] | undefined) {
    this.workflows = resolveWorkflows(configured);
    validateWorkflows(this.workflows);
    for (const wf of this.workflows) for (const uid of wf.contentTypes) this.byUid.set(uid, wf);
  }

  workflowOf(uid: string): WorkflowDefinition | undefined {
    return this.byUid.get(uid);
  }

  governedUids(): string[] {
    return [...this.byUid.keys()];
  }
}

let registry: Registry | undefined;

export function createRegistry(strapi: Core.Strapi): Registry {
  const configured = strapi.plugin('editorial-workflow').config('workflows') as WorkflowDefinition[] | undefined;
  registry = new Registry(configured);
  for (const uid of registry.governedUids()) {
    const contentType = strapi.contentTypes[uid as never] as { options?: { draftAndPublish?: boolean } } | undefined;
    if (!contentType) throw new Error(`editorial-workflow: a workflow governs the unknown content type "${uid}"`);
    if (!contentType.options?.draftAndPublish) {
      throw new Error(`editorial-workflow: "${uid}" must have Draft & Publish to be governed by a workflow`);
    }
  }
  return registry;
}

export function getRegistry(): Registry {
  if (!registry) throw new Error('editorial-workflow: used before register()');
  return registry;
}
