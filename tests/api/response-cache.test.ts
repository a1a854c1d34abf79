import { startStrapi, type TestApp } from '../helpers/strapi';
import { eventually, publishArticle, unpublishArticle } from '../helpers/publishing';

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startStrapi();
  token = await app.fullAccessToken();
});
afterAll(async () => {
  await app.stop();
});

const titles = (res: { body: { data: Array<{ title?: string; name?: string }> } }) => res.body.data.map((e) => e.title ?? e.name);

describe('the public response cache', () => {
  it('answers a repeated read from memory, with the same body, a strong ETag and Cache-Control', async () => {
    const first = await app.http().get('/api/articles?pagination[pageSize]=5&sort=id').expect(200);
    expect(first.headers['x-cache']).toBe('MISS');
    // The same query with its parameters in another order is the same entry.
    const second = await app.http().get('/api/articles?sort=id&pagination[pageSize]=5').expect(200);
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.body).toEqual(first.body);
    expect(second.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['cache-control']).toBe('public, max-age=60, s-maxage=300, stale-while-revalidate=600');
    expect(second.headers['content-type']).toMatch(/application\/json/);
  });

  it('answers a hit with the headers of the miss (security headers, CORS), whether it is answered before CORS or after', async () => {
    const names = (headers: Record<string, string>) => Object.keys(headers).filter((n) => !['x-cache', 'date'].includes(n)).sort();
    const miss = await app.http().get('/api/categories?sort=name').expect(200);
    expect(miss.headers['x-cache']).toBe('MISS');
    // Without an Origin header a hit is answered in front of the stack (global::cache-hits)…
    const hit = await app.http().get('/api/categories?sort=name').expect(200);
    expect(hit.headers['x-cache']).toBe('HIT');
    expect(names(hit.headers)).toEqual(names(miss.headers));
    for (const name of names(miss.headers)) expect([name, hit.headers[name]]).toEqual([name, miss.headers[name]]);
    // …with one it goes through strapi::cors first: the same answer, and no CORS header for a foreign origin.
    const foreign = await app.http().get('/api/categories?sort=name').set('Origin', 'https://evil.example').expect(200);
    expect(foreign.headers['x-cache']).toBe('HIT');
    expect(foreign.body).toEqual(miss.body);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers 304 without a body to a client that holds the current version', async () => {
    const res = await app.http().get('/api/categories').expect(200);
    const again = await app.http().get('/api/categories').set('If-None-Match', res.headers.etag).expect(304);
    expect(again.text).toBe('');
    await app.http().get('/api/categories').set('If-None-Match', '"something-else"').expect(200);
  });

  it('answers 304 to the weak ETag a compressing proxy hands on (W/"…"), as RFC 9110 compares If-None-Match', async () => {
    const res = await app.http().get('/api/categories').expect(200);
    const weak = `W/${res.headers.etag}`;
    const again = await app.http().get('/api/categories').set('If-None-Match', weak).expect(304);
    expect(again.text).toBe('');
    await app.http().get('/api/categories').set('If-None-Match', `"other", ${weak}`).expect(304);
    await app.http().get('/api/categories').set('If-None-Match', 'W/"something-else"').expect(200);
  });

  it('never stores nor serves an authenticated response', async () => {
    const authed = await app.http().get('/api/procedures?sort=code').set('Authorization', `Bearer ${token}`).expect(200);
    expect(authed.headers['x-cache']).toBeUndefined();
    expect(authed.headers['cache-control'] ?? '').not.toMatch(/public/);
    // What the token read was not stored: the first anonymous read is computed, the second served.
    expect((await app.http().get('/api/procedures?sort=code').expect(200)).headers['x-cache']).toBe('MISS');
    expect((await app.http().get('/api/procedures?sort=code').expect(200)).headers['x-cache']).toBe('HIT');
    // And a cached public answer is not what a token holder gets.
    const again = await app.http().get('/api/procedures?sort=code').set('Authorization', `Bearer ${token}`).expect(200);
    expect(again.headers['x-cache']).toBeUndefined();
  });

  it('never stores refusals, tracking lookups or proof-of-work challenges', async () => {
    await app.http().get('/api/articles?foo=1').expect(400);
    expect((await app.http().get('/api/articles?foo=1').expect(400)).headers['x-cache']).toBeUndefined();
    const a = await app.http().get('/api/questions/challenge').expect(200);
    const b = await app.http().get('/api/questions/challenge').expect(200);
    expect(b.headers['x-cache']).toBeUndefined();
    expect(b.body.challenge).not.toBe(a.body.challenge);
    const track = await app.http().get('/api/questions/track/HD-DEM0-0001').expect(200);
    expect(track.headers['x-cache']).toBeUndefined();
  });

  it('drops a type at once when one of its entries is created or changed', async () => {
    await app.http().get('/api/categories?pagination[pageSize]=100').expect(200);
    await app.http().post('/api/categories').set('Authorization', `Bearer ${token}`).send({ data: { name: 'Chuyên mục mới kiểm thử bộ nhớ đệm' } }).expect(201);
    const res = await app.http().get('/api/categories?pagination[pageSize]=100').expect(200);
    expect(res.headers['x-cache']).toBe('MISS');
    expect(titles(res)).toContain('Chuyên mục mới kiểm thử bộ nhớ đệm');
  });

  it('shows a published article at once, and drops it when it is taken down', async () => {
    const list = () => app.http().get('/api/articles?pagination[pageSize]=100');
    await list().expect(200);
    const documentId = await publishArticle(app, 'Tin mới đăng cho bộ nhớ đệm', 'Nội dung tin mới đăng');
    expect(await eventually(async () => titles(await list()).includes('Tin mới đăng cho bộ nhớ đệm'))).toBe(true);
    await app.http().get(`/api/articles/${documentId}`).expect(200);
    await unpublishArticle(app, documentId);
    expect(await eventually(async () => !titles(await list()).includes('Tin mới đăng cho bộ nhớ đệm'))).toBe(true);
    expect(await eventually(async () => (await app.http().get(`/api/articles/${documentId}`)).status === 404)).toBe(true);
  });

  it('drops cached reads that populate a changed relation', async () => {
    const withCategory = () => app.http().get('/api/articles?populate=category&pagination[pageSize]=100');
    const before = await withCategory().expect(200);
    const category = before.body.data.find((a: { category: unknown }) => a.category).category as { documentId: string; name: string };
    await app.http().put(`/api/categories/${category.documentId}`).set('Authorization', `Bearer ${token}`).send({ data: { name: `${category.name} (đổi tên)` } }).expect(200);
    const after = await withCategory().expect(200);
    expect(JSON.stringify(after.body)).toContain(`${category.name} (đổi tên)`);
  });

  it('obeys phuong.content.changed from code that writes around the Document Service', async () => {
    const res = await app.http().get('/api/dossier-reports').expect(200);
    const { documentId } = res.body.data[0];
    await app.strapi.db.query('api::dossier-report.dossier-report').updateMany({ where: { documentId }, data: { receivedPostal: 4242 } });
    expect((await app.http().get('/api/dossier-reports').expect(200)).headers['x-cache']).toBe('HIT');
    await app.strapi.eventHub.emit('phuong.content.changed', { uid: 'api::dossier-report.dossier-report' });
    const after = await app.http().get('/api/dossier-reports').expect(200);
    expect(after.headers['x-cache']).toBe('MISS');
    expect(after.body.data.find((r: { documentId: string }) => r.documentId === documentId).receivedPostal).toBe(4242);
  });

  it('drops cached reads that populate a file when the media library changes it', async () => {
    const file = await app.strapi.db.query('plugin::upload.file').create({
      data: { name: 'quoc-huy.png', hash: `quoc_huy_${Date.now()}`, ext: '.png', mime: 'image/png', size: 1.2, url: '/uploads/quoc-huy.png', provider: 'local', alternativeText: 'Quốc huy' },
    });
    const site = await app.strapi.documents('api::site.site').findFirst({});
    await app.strapi.documents('api::site.site').update({ documentId: site!.documentId, data: { emblem: file.id } as never });
    const read = () => app.http().get('/api/site-setting?populate=emblem').expect(200);
    expect((await read()).body.data.emblem.alternativeText).toBe('Quốc huy');
    expect((await read()).headers['x-cache']).toBe('HIT');
    await app.strapi.plugin('upload').service('upload').updateFileInfo(file.id, { alternativeText: 'Quốc huy nước Cộng hòa xã hội chủ nghĩa Việt Nam' });
    const after = await read();
    expect(after.headers['x-cache']).toBe('MISS');
    expect(after.body.data.emblem.alternativeText).toBe('Quốc huy nước Cộng hòa xã hội chủ nghĩa Việt Nam');
  });
});
