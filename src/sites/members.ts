import type { Core } from '@strapi/strapi';

/** One ward a staff member works at, as the workflow plugin records it (its sites/memberships.ts). */
export interface SiteMember { siteId: number; siteCode: string }

/** The wards a staff member works at: the one reading of memberships outside the workflow plugin. */
export function siteMembershipsOf(strapi: Core.Strapi, userId: number): Promise<SiteMember[]> {
  return (strapi.plugin('editorial-workflow').service('memberships') as { of(userId: number): Promise<SiteMember[]> }).of(userId);
}
