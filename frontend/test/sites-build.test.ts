import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runEleventy } from '../src/dev/eleventy';
import { startFixtureApi, type Fixture } from '../src/dev/fixture-api';
import { createReceiver, type Receiver } from '../src/rebuild/receiver';
import { buildSites, rebuildSites } from '../src/rebuild/sites';

/**
 * One CMS for several wards: SITE_CODE=<code> builds that ward's site (every API call names it), SITE_CODE=all
 * every site into a folder each, and the publish webhook rebuilds only the site of what was published. The
 * fixture API answers like the CMS of several sites (a request naming no site is refused).
 */
const stamp = '2026-11-20T03:00:00.000Z';
const ward = (code: string, name: string, articleTitle: string): Fixture => {
  const settings = {
    id: 1, documentId: `s${code}`, code, wardName: `Phường ${name}`, siteTitle: `Trang thông tin điện tử phường ${name}`, address: `UBND phường ${name}`,
    phone: '024 0000 0000', email: `ubnd${code}@hanoi.gov.vn`, personResponsible: 'Trưởng Ban biên tập', updatedAt: stamp,
  };
  const category = { id: 1, documentId: `c${code}`, name: 'Tin tức – Sự kiện', slug: 'tin-tuc-su-kien', description: null, order: 1, updatedAt: stamp };
  return {
    'site-setting': settings, 'site-setting@en': { ...settings, wardName: `${name} Ward` },
    categories: [category],
    articles: [{
      id: 1, documentId: `a${code}`, title: articleTitle, slug: 'tin-dau-tien', summary: 'Tóm tắt', body: [], tags: null, videoUrl: null, videoTranscript: null,
      author: null, eventDate: null, eventPlace: null, isOrientation: false, cover: null, gallery: [], unit: null,
      category: { id: 1, documentId: category.documentId, name: category.name, slug: category.slug }, publishedAt: stamp, updatedAt: stamp,
    }],
    'work-schedules': [], 'procedure-fields': [], procedures: [], 'dossier-reports': [], 'legal-documents': [], disclosures: [], questions: [], pages: [], officials: [],
  };
};
const SITES = { '09556': ward('09556', 'Phú Lâm', 'Tin riêng của Phú Lâm'), '00091': ward('00091', 'Tây Hồ', 'Tin riêng của Tây Hồ') };
const TOKEN = 'fixture-token';

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const siteParams = (requests: string[]) => requests.filter((url) => !url.startsWith('/api/sites')).map((url) => new URL(url, 'http://x').searchParams.getAll('site'));

describe('a site per ward', () => {
  const outputs: string[] = [];
  const output = () => {
    const dir = mkdtempSync(join(tmpdir(), 'sites-build-'));
    outputs.push(dir);
    return dir;
  };
  after(() => outputs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('SITE_CODE=<code> builds that ward alone, naming it in every API call', async () => {
    const api = await startFixtureApi({}, { token: TOKEN, sites: SITES });
    const dir = output();
    try {
      await runEleventy({ ...process.env, CMS_URL: api.url, CMS_API_TOKEN: TOKEN, SITE_URL: 'https://tay-ho.example.vn', SITE_OUTPUT: dir, SITE_CODE: '00091' }).done;
    } finally {
      await api.close();
    }
    assert.ok(api.requests.length > 5);
    assert.deepEqual(new Set(siteParams(api.requests).map((params) => params.join(','))), new Set(['00091']));
    const home = read(dir, 'index.html');
    assert.match(home, /Phường Tây Hồ/);
    assert.match(home, /Tin riêng của Tây Hồ/);
    assert.doesNotMatch(home, /Phú Lâm/);
  });

  it('SITE_CODE=all builds every site the CMS lists into a folder of its own, each with its own content and address', async () => {
    const api = await startFixtureApi({}, { token: TOKEN, sites: SITES });
    const dir = output();
    try {
      const built = await buildSites({ ...process.env, CMS_URL: api.url, CMS_API_TOKEN: TOKEN, SITE_URL: 'https://{code}.wards.example.vn', SITE_OUTPUT: dir, SITE_CODE: 'all' });
      assert.deepEqual(built, ['09556', '00091']);
    } finally {
      await api.close();
    }
    for (const [code, own, other] of [['09556', 'Phú Lâm', 'Tây Hồ'], ['00091', 'Tây Hồ', 'Phú Lâm']]) {
      const home = read(join(dir, code), 'index.html');
      assert.match(home, new RegExp(`Tin riêng của ${own}`), code);
      assert.doesNotMatch(home, new RegExp(other), code);
      assert.match(read(join(dir, code), 'sitemap.xml'), new RegExp(`<loc>https://${code}.wards.example.vn/</loc>`), code);
    }
    assert.ok(!existsSync(join(dir, 'index.html')), 'nothing outside the sites\' folders');
    assert.ok(siteParams(api.requests).every((params) => params.length === 1), 'every content request names one site');
  });

  it('without SITE_CODE the build names no site, as before (the CMS answers for the host or its only site)', async () => {
    const api = await startFixtureApi(SITES['09556'], { token: TOKEN });
    try {
      await runEleventy({ ...process.env, CMS_URL: api.url, CMS_API_TOKEN: TOKEN, SITE_URL: 'https://phulam.example.vn', SITE_OUTPUT: output() }).done;
    } finally {
      await api.close();
    }
    assert.deepEqual(new Set(siteParams(api.requests).map((params) => params.length)), new Set([0]));
  });

  it('refuses a SITE_CODE that is no code, before asking the CMS anything', async () => {
    const api = await startFixtureApi({}, { sites: SITES });
    try {
      await assert.rejects(runEleventy({ ...process.env, CMS_URL: api.url, SITE_OUTPUT: output(), SITE_CODE: 'tay-ho' }).done, /SITE_CODE must be a site's code/);
    } finally {
      await api.close();
    }
    assert.deepEqual(api.requests, []);
  });
});

describe('the publish webhook rebuilds the site of what was published', () => {
  const SECRET = 'a-shared-secret-of-some-length';
  const receivers: Receiver[] = [];
  after(() => Promise.all(receivers.map((r) => new Promise((resolve) => r.server.close(resolve)))));
  const post = (url: string, body: unknown) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-site-webhook-secret': SECRET }, body: JSON.stringify(body) });
  // Strapi's payload for a publish: the entry with its relations populated (src: document-service events).
  const published = (code: string) => ({ event: 'entry.publish', model: 'article', uid: 'api::article.article', entry: { id: 1, title: 'Tin', site: { id: 2, code } } });

  async function receive(bodies: unknown[]): Promise<Array<string[] | null>> {
    const builds: Array<string[] | null> = [];
    // One burst: sent at once, well inside the quiet time even on a loaded machine.
    const receiver = createReceiver({ secret: SECRET, debounceMs: 300, rebuild: async (sites) => void builds.push(sites) });
    receivers.push(receiver);
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/rebuild`;
    assert.deepEqual((await Promise.all(bodies.map((body) => post(url, body)))).map((res) => res.status), bodies.map(() => 202));
    await receiver.idle();
    return builds;
  }

  it('names the sites of a burst of publications, each once', async () => {
    assert.deepEqual(await receive([published('00091'), published('09556'), published('00091')]), [['00091', '09556']]);
  });

  it('a site\'s own settings name it; an event that names no site (a deletion, media) rebuilds every site', async () => {
    assert.deepEqual(await receive([{ event: 'entry.update', uid: 'api::site.site', entry: { id: 2, code: '00091' } }]), [['00091']]);
    assert.deepEqual(await receive([published('00091'), { event: 'entry.delete', uid: 'api::article.article', entry: { id: 3 } }]), [null]);
    assert.deepEqual(await receive([{ event: 'media.create', media: { id: 1 } }]), [null]);
  });

  it('SITE_CODE=all rebuilds only the named sites\' folders; one SITE_CODE ignores other wards\' publications', async () => {
    const api = await startFixtureApi({}, { token: TOKEN, sites: SITES });
    const dir = output();
    try {
      const env = { ...process.env, CMS_URL: api.url, CMS_API_TOKEN: TOKEN, SITE_OUTPUT: dir };
      assert.deepEqual(await rebuildSites({ ...env, SITE_CODE: 'all' }, ['00091']), ['00091']);
      assert.ok(existsSync(join(dir, '00091', 'index.html')));
      assert.ok(!existsSync(join(dir, '09556')), 'the other site is not rebuilt');
      const before = api.requests.length;
      assert.deepEqual(await rebuildSites({ ...env, SITE_CODE: '09556' }, ['00091']), []);
      assert.equal(api.requests.length, before, 'nothing asked of the CMS for another ward\'s publication');
    } finally {
      await api.close();
    }
  });

  const outputs: string[] = [];
  const output = () => {
    const dir = mkdtempSync(join(tmpdir(), 'sites-hook-'));
    outputs.push(dir);
    return dir;
  };
  after(() => outputs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
});
