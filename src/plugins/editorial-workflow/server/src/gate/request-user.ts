import type { Core } from '@strapi/strapi';
import type { AdminUser } from '../services/actor';

/** The admin user of the current request, if the write comes from one (Content Manager, media library, plugin routes). */
export function requestUser(strapi: Core.Strapi): AdminUser | undefined {
  const state = strapi.requestContext.get()?.state as { user?: AdminUser; auth?: { strategy?: { name?: string } } } | undefined;
  return state?.auth?.strategy?.name === 'admin' ? state.user : undefined;
}
