import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createPreviewServer } from '../src/preview/server';
import { isoDay } from '../src/render/format';

/**
 * The preview server over a stand-in CMS that answers GET /api/previews/:token as the real one does (tests/api/
 * preview.test.ts checks that side): each draft rendered by the real build (Eleventy, the site's templates).
 */
const SITE_TOKEN = 'site-read-only-token';
const CMS_PUBLIC = 'https://cms.phulam.example.vn';
const stamp = '2026-11-20T03:00:00.000Z';

const settings = {
  id: 1, documentId: 's', wardName: 'Phường Phú Lãm', siteTitle: 'Cổng thông tin điện tử', address: 'Số 1 Phú Lãm', phone: '024 3354 1234',
  email: 'vanphong@phulam.example.vn', personResponsible: 'Nguyễn Văn A', personResponsibleTitle: null, licence: null, nationalPortalUrl: null,
  provincialPortalUrl: null, socialPageUrl: null, infoContactName: null, infoContactPhone: null, infoContactEmail: null, infoContactAddress: null, updatedAt: stamp,
};
const category = { id: 1, documentId: 'c1', name: 'Tin tức – Sự kiện', slug: 'tin-tuc-su-kien', description: null, order: 1, updatedAt: stamp };
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

const DRAFTS: Record<string, { uid: string; locale: string | null; data: Record<string, unknown>; title: string }> = {
  article: {
    uid: 'api::article.article', locale: 'vi', title: 'Bản nháp: hội nghị sơ kết quý IV',
    data: {
      id: 7, documentId: 'a7', title: 'Bản nháp: hội nghị sơ kết quý IV', slug: 'hoi-nghi-so-ket-quy-iv', summary: 'Tóm tắt bản nháp', body: paragraph('Nội dung chưa đăng.'),
      tags: null, videoUrl: null, videoTranscript: null, author: null, eventDate: '2026-11-19', eventPlace: null, isOrientation: false, cover: null, gallery: [],
      unit: { id: 2, documentId: 'u2', name: 'Đoàn Thanh niên phường' }, category: { id: 1, documentId: 'c1', name: category.name, slug: category.slug },
      publishedAt: null, updatedAt: stamp,
    },
  },
  // An English version's draft: its page is the English article page.
  articleEn: {
    uid: 'api::article.article', locale: 'en', title: 'Draft: the fourth-quarter review meeting',
    data: {
      id: 8, documentId: 'a7', locale: 'en', title: 'Draft: the fourth-quarter review meeting', slug: 'fourth-quarter-review', summary: 'Summary of the draft',
      body: paragraph('Not published yet.'), tags: null, videoUrl: null, videoTranscript: null, author: null, eventDate: '2026-11-19', eventPlace: null,
      isOrientation: false, cover: null, gallery: [], unit: null, category: { id: 11, documentId: 'c1', name: 'News and events', slug: 'news-and-events' },
      publishedAt: null, updatedAt: stamp,
    },
  },
  procedure: {
    uid: 'api::procedure.procedure', locale: null, title: 'Đăng ký khai sinh (bản nháp)',
    data: {
      id: 3, documentId: 'p3', code: '1.001193', name: 'Đăng ký khai sinh (bản nháp)', slug: 'dang-ky-khai-sinh', level: null, decisionNumber: null,
      field: { id: 1, documentId: 'f1', name: 'Hộ tịch', slug: 'ho-tich' }, steps: [], methods: [], dossierComponents: [], legalBasis: [],
      subjects: null, agency: null, result: null, conditions: null, legalBasisText: null, onlineServiceForm: null, nationalPortalUrl: null, publishedAt: null, updatedAt: stamp,
    },
  },
  document: {
    uid: 'api::legal-document.legal-document', locale: null, title: 'Kế hoạch chuyển đổi số (bản nháp)',
    data: {
      id: 4, documentId: 'v4', numberSymbol: '17/KH-UBND', number: 17, year: 2026, docType: 'KH', issuer: 'UBND', title: 'Kế hoạch chuyển đổi số (bản nháp)',
      slug: 'ke-hoach-17-kh-ubnd', summary: 'Kế hoạch', issuingBody: null, signer: null, issuedAt: '2026-11-02', effectiveAt: null, expiresAt: null,
      isLegalDissemination: false, file: null, publishedAt: null, updatedAt: stamp,
    },
  },
  disclosure: {
    uid: 'api::disclosure.disclosure', locale: null, title: 'Công khai dự toán ngân sách (bản nháp)',
    data: {
      id: 5, documentId: 'd5', title: 'Công khai dự toán ngân sách (bản nháp)', slug: 'cong-khai-du-toan', group: 'ngan_sach', summary: null, legalBasis: null,
      decisionDate: null, disclosedAt: '2026-11-01', disclosedUntil: null, files: [], publishedAt: null, updatedAt: stamp,
    },
  },
  schedule: {
    uid: 'api::work-schedule.work-schedule', locale: null, title: 'Giao ban UBND (bản nháp)',
    data: {
      id: 6, documentId: 'ws6', body: 'ubnd', week: '2026-W48', weekStart: '2026-11-23', title: null, note: null, updatedAt: stamp, publishedAt: null,
      entries: [{ id: 1, key: 'k1', date: '2026-11-23', session: 'sang', time: '08:00:00.000', content: 'Giao ban UBND (bản nháp)', chair: null, participants: null, place: null, preparingUnit: null }],
    },
  },
};

/**
 * A link as the CMS signs one; the stand-in CMS knows each by heart instead of checking the signature. Made
 * once per kind: made again, a second later, its expiry would differ and the stand-in would not know it.
 */
const TOKENS = new Map<string, string>();
const tokenFor = (kind: string) => {
  if (!TOKENS.has(kind)) {
    const { uid, locale, data } = DRAFTS[kind]!;
    const claim = { uid, documentId: data.documentId, locale, status: 'draft', exp: Math.floor(Date.now() / 1000) + 600 };
    TOKENS.set(kind, `${Buffer.from(JSON.stringify(claim)).toString('base64url')}.c2lnbmF0dXJl${kind}`);
  }
  return TOKENS.get(kind)!;
};
const EXPIRED = `${Buffer.from(JSON.stringify({ uid: 'api::article.article', documentId: 'a7', locale: 'vi', status: 'draft', exp: 1 })).toString('base64url')}.b2xk`;

let cms: Server;
let cmsUrl: string;
let preview: Server;
let previewUrl: string;
const asked: Array<{ url: string; authorization?: string }> = [];

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

before(async () => {
  cms = createServer((req, res) => {
    asked.push({ url: req.url ?? '', authorization: req.headers.authorization });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${SITE_TOKEN}`) return send(403, { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Forbidden', details: {} } });
    const path = new URL(req.url ?? '/', 'http://cms').pathname;
    if (path === '/api/site-setting') return send(200, { data: settings, meta: {} });
    if (path === '/api/categories') return send(200, { data: [category], meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 1 } } });
    const token = decodeURIComponent(path.replace('/api/previews/', ''));
    const kind = Object.keys(DRAFTS).find((k) => tokenFor(k) === token);
    if (kind) return send(200, { data: DRAFTS[kind]!.data, meta: { uid: DRAFTS[kind]!.uid, status: 'draft' } });
    if (token === EXPIRED) {
      return send(401, { data: null, error: { status: 401, name: 'UnauthorizedError', message: 'Liên kết xem trước đã hết hạn: bấm lại "Xem trước" trong trang quản trị.', details: { code: 'PREVIEW_EXPIRED' } } });
    }
    send(401, { data: null, error: { status: 401, name: 'UnauthorizedError', message: 'Liên kết xem trước không hợp lệ.', details: { code: 'PREVIEW_INVALID' } } });
  });
  cmsUrl = await listen(cms);
  preview = createPreviewServer({ cmsUrl, apiToken: SITE_TOKEN, siteUrl: 'https://phulam.example.vn', publicCmsUrl: CMS_PUBLIC });
  previewUrl = await listen(preview);
});
after(async () => {
  await Promise.all([cms, preview].map((server) => new Promise((resolve) => server.close(resolve))));
});

const open = (token: string) => fetch(`${previewUrl}/preview?token=${encodeURIComponent(token)}`);

function assertPreviewHeaders(res: Response) {
  assert.equal(res.headers.get('cache-control'), 'no-store');
  assert.match(res.headers.get('x-robots-tag') ?? '', /noindex/);
  assert.equal(res.headers.get('content-security-policy'), `frame-ancestors 'self' ${CMS_PUBLIC}`);
  assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
}

describe('the preview server', () => {
  for (const kind of Object.keys(DRAFTS)) {
    it(`renders a draft ${kind} with the site's layout, the banner and noindex, never cached`, async () => {
      asked.length = 0;
      const res = await open(tokenFor(kind));
      const html = await res.text();
      assert.equal(res.status, 200, html);
      assertPreviewHeaders(res);
      assert.match(html, /<p class="preview-banner" lang="vi"><strong>Bản xem trước — chưa đăng<\/strong>/);
      assert.match(html, /<meta name="robots" content="noindex, nofollow">/);
      assert.ok(html.includes(DRAFTS[kind]!.title), `the draft's own text: ${DRAFTS[kind]!.title}`);
      if (kind === 'articleEn') assert.match(html, /<html lang="en">/);
      // Today in Vietnam: from 17:00 UTC it is already tomorrow there.
      if (kind === 'article') assert.match(html, new RegExp(`Đăng ngày <time datetime="${isoDay(new Date())}`), 'dated as if published now');
      // The site's layout: its menu, footer and stylesheet, served by this server.
      assert.match(html, /<nav class="site-nav"/);
      assert.ok(html.includes('Số 1 Phú Lãm'));
      // The draft was asked for with the site's token, which the page never shows.
      assert.ok(asked.some((r) => r.url.startsWith('/api/previews/') && r.authorization === `Bearer ${SITE_TOKEN}`));
      assert.ok(!html.includes(SITE_TOKEN));
    });
  }

  it('asks the CMS with the build\'s own query for the type', async () => {
    asked.length = 0;
    await (await open(tokenFor('article'))).text();
    const draftRequest = asked.find((r) => r.url.startsWith('/api/previews/'))!;
    assert.ok(decodeURIComponent(draftRequest.url).includes('populate[category][fields][0]=name'));
  });

  it('serves the stylesheet the page links', async () => {
    const res = await fetch(`${previewUrl}/assets/site.css`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /\.preview-banner/);
    assert.equal((await fetch(`${previewUrl}/assets/../eleventy.config.js`)).status, 404);
  });

  it('answers a malformed link with 400 in Vietnamese, without asking the CMS', async () => {
    asked.length = 0;
    for (const token of ['', 'khong-phai-ma', `${Buffer.from('{"uid":"api::page.page"}').toString('base64url')}.abc`]) {
      const res = await open(token);
      assert.equal(res.status, 400);
      assertPreviewHeaders(res);
      const html = await res.text();
      assert.match(html, /Liên kết xem trước không hợp lệ\./);
      assert.match(html, /<meta name="robots" content="noindex, nofollow">/);
    }
    assert.equal(asked.length, 0);
  });

  it('passes on the CMS\'s refusal of an expired or tampered link (401, its Vietnamese message)', async () => {
    const expired = await open(EXPIRED);
    assert.equal(expired.status, 401);
    assert.match(await expired.text(), /đã hết hạn/);
    const tampered = tokenFor('article').replace(/.$/, 'X');
    const refused = await open(tampered);
    assert.equal(refused.status, 401);
    assert.match(await refused.text(), /không hợp lệ/);
  });

  it('tells a CMS that refuses its API token apart from a bad link (502)', async () => {
    const misconfigured = createPreviewServer({ cmsUrl, apiToken: 'sai-ma', siteUrl: 'https://phulam.example.vn', publicCmsUrl: CMS_PUBLIC });
    const url = await listen(misconfigured);
    try {
      const res = await fetch(`${url}/preview?token=${tokenFor('article')}`);
      assert.equal(res.status, 502);
      assert.match(await res.text(), /CMS_API_TOKEN/);
    } finally {
      await new Promise((resolve) => misconfigured.close(resolve));
    }
  });

  it('answers other addresses with 404, noindex', async () => {
    const res = await fetch(`${previewUrl}/tin-tuc/`);
    assert.equal(res.status, 404);
    assertPreviewHeaders(res);
  });
});
