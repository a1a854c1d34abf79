import type { Core } from '@strapi/strapi';
import { startCluster } from './cache/cluster';
import { responseStore } from './cache/store';
import { afterCommit, CONTENT_CHANGED, registerContentChanges, watchMediaLibrary, type ContentChange } from './content-changes';
import type { Search } from './search/service';

/** In register(): announce public content changes from the Document Service. */
export function registerPublicApi(strapi: Core.Strapi): void {
  registerContentChanges(strapi);
}

/**
 * In bootstrap(): on every change drop the cached responses of the type (here and, on PostgreSQL,
 * in the other instances) and bring the search index up to date; rebuild the index if it is behind.
 */
export async function bootstrapPublicApi(strapi: Core.Strapi): Promise<{ stop(): Promise<void> }> {
  const store = responseStore();
  const search = strapi.service('api::search.search') as unknown as Search;
  // A (re)connected listener may have missed notifications: the cache starts empty; while it is down the
  // cache is bypassed (a change on another instance would go unheard).
  const cluster = strapi.db.dialect.client === 'postgres'
    ? startCluster(strapi, { onRemoteChange: (uid) => store.invalidate(uid), onListening: (listening) => store.reset(listening) })
    : null;
  await cluster?.start();

  strapi.eventHub.on(CONTENT_CHANGED, async ({ uid, documentId }: ContentChange) => {
    // The index is written in the change's transaction; cached copies are dropped once it is committed
    // (dropped earlier, a concurrent read could store the old version again).
    if (search.isSearchable(uid)) await (documentId ? search.reindexDocument(uid, documentId) : search.reindexType(uid));
    await afterCommit(strapi, async () => {
      store.invalidate(uid);
      await cluster?.notify(uid);
    });
  });
  watchMediaLibrary(strapi);
  await search.ensureFresh();
  return { stop: async () => cluster?.stop() };
}
