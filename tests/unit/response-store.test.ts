import { ResponseStore, type CachedResponse } from '../../src/public-api/cache/store';

const entry = (text: string): CachedResponse => ({
  body: Buffer.from(text), etag: `"${text}"`, cacheControl: 'public', headers: {}, tags: new Set(['api::article.article']),
});

describe('the response store while the listener is down', () => {
  it('serves and stores nothing until listening again, then starts empty; a response computed before is refused', () => {
    const store = new ResponseStore(1024 * 1024);
    store.set('list', entry('old'), store.snapshot());
    expect(store.get('list')?.etag).toBe('"old"');

    store.reset(false);
    expect(store.get('list')).toBeUndefined();
    store.set('list', entry('meanwhile'), store.snapshot());
    expect(store.get('list')).toBeUndefined();

    const before = store.snapshot();
    store.reset(true);
    expect(store.size).toBe(0);
    store.set('list', entry('computed before reconnecting'), before);
    expect(store.get('list')).toBeUndefined();
    store.set('list', entry('new'), store.snapshot());
    expect(store.get('list')?.etag).toBe('"new"');
  });
});
