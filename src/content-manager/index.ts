import type { Core } from '@strapi/strapi';
import { guardDraftActions } from './draft-actions';
import { guardRelationFields } from './relation-fields';

/** Content Manager routes that would crash (500) on some types or fields answer 4xx in Vietnamese instead. */
export function registerContentManagerGuards(strapi: Core.Strapi): void {
  guardDraftActions(strapi);
  guardRelationFields(strapi);
}
