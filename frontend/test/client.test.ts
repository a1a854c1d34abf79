import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { ApiError, createClient } from '../src/api/client';
import { startFixtureApi } from '../src/dev/fixture-api';

const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1, documentId: `doc${i + 1}`, title: `Tin ${i + 1}` }));

describe('API client', () => {
  const closers: Array<() => Promise<void>> = [];
  after(() => Promise.all(closers.map((close) => close())));

  it('fetches every page of a collection at the largest page size', async () => {
    const api = await startFixtureApi({ articles: entries(250) });
    closers.push(api.close);
    const all = await createClient({ baseUrl: api.url }).findAll<{ documentId: string }>('articles', { 'sort[0]': 'publishedAt:desc' });
    assert.equal(all.length, 250);
    assert.deepEqual(all.slice(-1)[0], { id: 250, documentId: 'doc250', title: 'Tin 250' });
    assert.equal(api.requests.length, 3);
    assert.ok(api.requests.every((path) => path.includes('pagination%5BpageSize%5D=100') && path.includes('sort%5B0%5D=publishedAt%3Adesc')));
    // No page makes Strapi count the whole collection.
    assert.ok(api.requests.every((path) => path.includes('pagination%5BwithCount%5D=false')));
  });

  it('stops after the first short page, an empty one when the last page was full', async () => {
    const api = await startFixtureApi({ articles: entries(200) });
    closers.push(api.close);
    assert.equal((await createClient({ baseUrl: api.url }).findAll('articles')).length, 200);
    assert.equal(api.requests.length, 3);
  });

  it('sends the token and names the URL and the token when the API refuses it', async () => {
    const api = await startFixtureApi({ articles: entries(1) }, { token: 'right' });
    closers.push(api.close);
    assert.equal((await createClient({ baseUrl: api.url, token: 'right' }).findAll('articles')).length, 1);
    await assert.rejects(createClient({ baseUrl: api.url, token: 'wrong' }).findAll('articles'), (error: ApiError) => {
      assert.equal(error.status, 401);
      assert.match(error.message, /refused the token \(401\)/);
      assert.match(error.message, new RegExp(`${api.url}/api/articles`));
      assert.match(error.message, /CMS_API_TOKEN/);
      return true;
    });
  });

  it('retries a failing API with back-off and then succeeds', async () => {
    let calls = 0;
    const server = createServer((_req, res) => {
      calls += 1;
      res.writeHead(calls < 3 ? 503 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(calls < 3 ? { error: { message: 'busy' } } : { data: { wardName: 'Phường Phú Lãm' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const started = Date.now();
    const body = await createClient({ baseUrl: url, backoffMs: 50 }).get<{ data: { wardName: string } }>('site-setting');
    assert.equal(body.data.wardName, 'Phường Phú Lãm');
    assert.equal(calls, 3);
    assert.ok(Date.now() - started >= 150, 'waited 50 ms then 100 ms between attempts');
  });

  it('says clearly that the API is unreachable, with its URL, after the last attempt', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve)); // nothing listens on this port any more
    await assert.rejects(createClient({ baseUrl: `http://127.0.0.1:${port}`, attempts: 2, backoffMs: 10 }).get('site-setting'), (error: ApiError) => {
      assert.equal(error.name, 'ApiError');
      assert.match(error.message, new RegExp(`unreachable at http://127.0.0.1:${port}/api/site-setting \\(ECONNREFUSED\\) after 2 attempts`));
      return true;
    });
  });

  it('gives up on a 4xx other than 401/403 at once, with the API message', async () => {
    const api = await startFixtureApi({});
    closers.push(api.close);
    await assert.rejects(createClient({ baseUrl: api.url }).findAll('nothing'), /answered 404 at .*\/api\/nothing.*: Not Found/);
    assert.equal(api.requests.length, 1);
  });
});
