import { LRUCache } from 'lru-cache';

export interface CachedResponse {
  body: Buffer;
  etag: string;
  cacheControl: string;
  /** Response headers that are the same for every request (security headers), replayed on a hit. */
  headers: Record<string, string>;
  /** Content types whose change makes this response stale. */
  tags: ReadonlySet<string>;
}

/**
 * Public responses in memory, least recently used out first once `maxBytes` is reached. Each entry is
 * tagged with the content types it shows; a change to one of them drops every entry tagged with it.
 */
export class ResponseStore {
  private entries: LRUCache<string, CachedResponse>;
  /** Bumped on every invalidation: a response computed across one is not stored (it may be stale). */
  private readonly generations = new Map<string, number>();
  /** Bumped when everything is dropped; under the key '' of a snapshot. */
  private epoch = 0;
  /** Off while changes made elsewhere may go unheard (the LISTEN connection is down): nothing served nor stored. */
  private coherent = true;

  constructor(maxBytes: number) {
    this.entries = ResponseStore.lru(maxBytes);
  }

  private static lru(maxBytes: number) {
    return new LRUCache<string, CachedResponse>({ maxSize: maxBytes, sizeCalculation: (entry, key) => entry.body.length + key.length });
  }

  /** Sets the bound (from the middleware's configuration); drops what is stored. */
  configure(maxBytes: number): void {
    this.entries = ResponseStore.lru(maxBytes);
  }

  get(key: string): CachedResponse | undefined {
    return this.coherent ? this.entries.get(key) : undefined;
  }

  /** A token to hand back to `set`: the store refuses the entry if one of its tags changed meanwhile. */
  snapshot(): Map<string, number> {
    return new Map([...this.generations, ['', this.epoch]]);
  }

  set(key: string, entry: CachedResponse, snapshot: Map<string, number>): void {
    if (!this.coherent || snapshot.get('') !== this.epoch) return;
    for (const tag of entry.tags) if ((this.generations.get(tag) ?? 0) !== (snapshot.get(tag) ?? 0)) return;
    this.entries.set(key, entry);
  }

  invalidate(uid: string): void {
    this.generations.set(uid, (this.generations.get(uid) ?? 0) + 1);
    for (const [key, entry] of this.entries.entries()) if (entry.tags.has(uid)) this.entries.delete(key);
  }

  /** Drops every entry; `coherent` false keeps the store empty and unused until it is set true again. */
  reset(coherent: boolean): void {
    this.epoch += 1;
    this.coherent = coherent;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
let store: ResponseStore | undefined;

/** The process's one store: the middleware stores into it, content changes invalidate it. */
export function responseStore(): ResponseStore {
  store ??= new ResponseStore(DEFAULT_MAX_BYTES);
  return store;
}
