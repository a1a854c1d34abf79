import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { startFixtureApi } from '../src/dev/fixture-api';
import { createReceiver, type Receiver } from '../src/rebuild/receiver';
import { loadSite } from '../src/site/load';
import type { Model } from '../src/site/model';

const SECRET = 'a-shared-secret-of-some-length';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function listen(receiver: Receiver): Promise<string> {
  await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/rebuild`;
}

const send = (url: string, body: unknown, secret = SECRET) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-site-webhook-secret': secret }, body: JSON.stringify(body) });

describe('rebuild-on-publish receiver', () => {
  const receivers: Receiver[] = [];
  after(() => Promise.all(receivers.map((r) => new Promise((resolve) => r.server.close(resolve)))));

  it('debounces a burst of publish events into one build', async () => {
    let builds = 0;
    const receiver = createReceiver({ secret: SECRET, debounceMs: 300, rebuild: async () => void (builds += 1) });
    receivers.push(receiver);
    const url = await listen(receiver);
    for (const event of ['entry.publish', 'entry.update', 'entry.unpublish', 'media.create', 'entry.publish']) {
      assert.equal((await send(url, { event, model: 'article' })).status, 202);
    }
    assert.equal(builds, 0, 'nothing built while events keep coming');
    await receiver.idle();
    assert.equal(builds, 1);
  });

  it('refuses a missing or wrong secret and builds nothing', async () => {
    let builds = 0;
    const receiver = createReceiver({ secret: SECRET, debounceMs: 10, rebuild: async () => void (builds += 1) });
    receivers.push(receiver);
    const url = await listen(receiver);
    assert.equal((await send(url, { event: 'entry.publish' }, 'wrong-secret-of-the-same-len')).status, 401);
    assert.equal((await fetch(url, { method: 'POST', body: '{"event":"entry.publish"}' })).status, 401);
    assert.equal((await send(url, { event: 'trigger-test' })).status, 202);
    await sleep(50);
    assert.equal(builds, 0);
  });

  it('never runs two builds at once: an event during a build makes one more build after it', async () => {
    let running = 0;
    let overlapped = false;
    let builds = 0;
    let firstStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (firstStarted = resolve));
    const receiver = createReceiver({
      secret: SECRET,
      debounceMs: 20,
      rebuild: async () => {
        running += 1;
        overlapped ||= running > 1;
        firstStarted();
        await sleep(150);
        builds += 1;
        running -= 1;
      },
    });
    receivers.push(receiver);
    const url = await listen(receiver);
    await send(url, { event: 'entry.publish' });
    await started;
    await send(url, { event: 'entry.unpublish' });
    await send(url, { event: 'entry.publish' });
    await receiver.idle();
    assert.equal(builds, 2);
    assert.equal(overlapped, false);
  });

  it('rebuilds from what the API says now, whatever the webhook body claims', async () => {
    const api = await startFixtureApi({
      'site-setting': { documentId: 's', wardName: 'Phường Phú Lãm', siteTitle: 'Trang', address: 'a', phone: 'p', email: 'e', personResponsible: 'r', personResponsibleTitle: null, updatedAt: '2026-11-29T00:00:00Z' },
      articles: [{ id: 1, documentId: 'a1', title: 'Tiêu đề trong CMS', slug: 'tin', summary: 's', body: [], publishedAt: '2026-11-29T01:00:00Z', updatedAt: '2026-11-29T01:00:00Z', tags: null }],
      categories: [], 'work-schedules': [], 'procedure-fields': [], procedures: [], 'dossier-reports': [], 'legal-documents': [], disclosures: [], questions: [], pages: [], officials: [],
    });
    let built: Model | null = null;
    const receiver = createReceiver({
      secret: SECRET,
      debounceMs: 10,
      rebuild: async () => void (built = await loadSite({ cmsUrl: api.url, siteUrl: 'https://site', publicCmsUrl: api.url })),
    });
    receivers.push(receiver);
    const url = await listen(receiver);
    await send(url, { event: 'entry.publish', model: 'article', entry: { documentId: 'a1', title: 'Tiêu đề giả mạo' } });
    await sleep(30);
    await receiver.idle();
    await api.close();
    assert.ok(api.requests.some((path) => path.startsWith('/api/articles?')), 'the build asked the API');
    assert.deepEqual((built as Model | null)?.articles.map((a) => a.title), ['Tiêu đề trong CMS']);
  });
});
