import { factories } from '@strapi/strapi';

const READ = { policies: ['global::published-only', 'global::populate-depth'] };

/** Strapi's REST routes for a content type, with reads limited to published content and shallow populate. */
export function publishedReadRouter(uid: string, only?: Array<'find' | 'findOne' | 'create' | 'update' | 'delete'>) {
  return factories.createCoreRouter(uid as never, { config: { find: READ, findOne: READ }, ...(only ? { only } : {}) });
}
