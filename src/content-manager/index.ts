import type { Core } from '@strapi/strapi';
import { guardDraftActions } from './draft-actions';
import { guardRelationFields } from './relation-fields';
import { guardUncheckedReads } from './unchecked-reads';

/**
 * Content Manager routes that would crash (500) on some types or fields answer 4xx in Vietnamese instead, and
 * those that read items or relations without the role's conditions read only what the user may read.
 */
export function registerContentManagerGuards(strapi: Core.Strapi): void {
  guardDraftActions(strapi);
  guardRelationFields(strapi);
  guardUncheckedReads(strapi);
}
