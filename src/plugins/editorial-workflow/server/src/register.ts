import type { Core } from '@strapi/strapi';
import { attachListState } from './content-manager/list-state';
import { gate } from './gate';
import { guardRefusals } from './guard/refusals';
import { createRegistry } from './registry';

export function register({ strapi }: { strapi: Core.Strapi }): void {
  createRegistry(strapi);
  strapi.documents.use(gate(strapi));
  strapi.documents.use(guardRefusals(strapi));
  // The Content Manager's list shows and filters by workflow state.
  attachListState(strapi);
}
