import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Media } from '../src/api/strapi';
import { runEleventy } from '../src/dev/eleventy';
import { startFixtureApi, type Fixture } from '../src/dev/fixture-api';
import { IMAGE_SIZES } from '../src/render/images';

/** An upload as Strapi 5 answers it: the original and the formats the upload plugin made below its width. */
const photo = (name: string, width = 1600, height = 1067): Media => ({
  url: `/uploads/${name}.jpg`, width, height, mime: 'image/jpeg', alternativeText: `Ảnh ${name}`, caption: `Chú thích ${name}`,
  formats: {
    thumbnail: { url: `/uploads/thumbnail_${name}.jpg`, width: 234, height: 156, mime: 'image/jpeg' },
    small: { url: `/uploads/small_${name}.jpg`, width: 500, height: 333, mime: 'image/jpeg' },
    medium: { url: `/uploads/medium_${name}.jpg`, width: 750, height: 500, mime: 'image/jpeg' },
    large: { url: `/uploads/large_${name}.jpg`, width: 1000, height: 667, mime: 'image/jpeg' },
  },
});
const stamp = '2026-11-20T03:00:00.000Z';
const settings = {
  id: 1, documentId: 's', wardName: 'Phường Phú Lương', siteTitle: 'Trang thông tin điện tử', address: 'Số 1', phone: '024 3354 1234',
  email: 'ubnd@phuluong.hanoi.gov.vn', personResponsible: 'Nguyễn Văn A', personResponsibleTitle: null, licence: null,
  nationalPortalUrl: null, provincialPortalUrl: null, socialPageUrl: null, updatedAt: stamp,
};
const category = { id: 1, documentId: 'c1', name: 'Tin tức', slug: 'tin-tuc', description: null, order: 1, updatedAt: stamp };
const article = (n: number, extra: Record<string, unknown>) => ({
  id: n, documentId: `a${n}`, title: `Tin có ảnh số ${n}`, slug: `tin-${n}`, summary: `Tóm tắt ${n}`, body: [], tags: null, videoUrl: null,
  videoTranscript: null, author: null, eventDate: null, eventPlace: null, isOrientation: false, cover: null, gallery: [], unit: null,
  category: { id: 1, documentId: 'c1', name: category.name, slug: category.slug }, publishedAt: stamp, updatedAt: stamp, ...extra,
});
const figure = (name: string) => ({ image: photo(name), alt: `Ảnh ${name}`, caption: `Chú thích ${name}` });
const bodyImage = (name: string) => [{ type: 'paragraph', children: [{ type: 'text', text: 'Đoạn đầu.' }] }, { type: 'image', image: photo(name), children: [{ type: 'text', text: '' }] }];
const fixture: Fixture = {
  'site-setting': settings,
  categories: [category],
  articles: [
    article(1, { cover: figure('bia'), body: bodyImage('than'), gallery: [figure('g1'), figure('g2')] }),
    article(2, { body: bodyImage('dau'), gallery: [figure('g3')] }),
    article(3, { gallery: [figure('g4'), figure('g5')] }),
    article(4, {
      video: { url: '/uploads/hop_dan.mp4', mime: 'video/mp4', name: 'hop_dan.mp4' },
      videoCaptions: { url: '/uploads/hop_dan.vtt', mime: 'text/vtt', name: 'hop_dan.vtt' },
      videoTranscript: 'Chủ tịch UBND phường phát biểu khai mạc.\nÝ kiến của cử tri.',
      videoUrl: 'https://www.youtube.com/watch?v=abc',
    }),
  ],
  'work-schedules': [], 'procedure-fields': [], procedures: [], 'dossier-reports': [], 'legal-documents': [], disclosures: [], questions: [], pages: [], officials: [],
};

const CMS_PUBLIC_URL = 'https://cms.phuluong.example.vn';
const imgs = (html: string) => [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('/assets/emblem'));
const attrOf = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

describe('media on the article page', () => {
  let output: string;
  const page = (n: number) => readFileSync(join(output, 'tin-tuc', `tin-${n}`, 'index.html'), 'utf8');

  before(async () => {
    output = mkdtempSync(join(tmpdir(), 'site-media-'));
    const api = await startFixtureApi(fixture, { token: 't' });
    try {
      await runEleventy({ ...process.env, CMS_URL: api.url, CMS_API_TOKEN: 't', CMS_PUBLIC_URL, SITE_URL: 'https://phuluong.example.vn', SITE_OUTPUT: output }).done;
    } finally {
      await api.close();
    }
  });
  after(() => rmSync(output, { recursive: true, force: true }));

  it('offers Strapi\'s formats and the original as srcset widths, with sizes, width and height on every image', () => {
    const tags = imgs(page(1));
    assert.equal(tags.length, 4, 'cover, body image, two gallery images');
    for (const tag of tags) {
      const widths = attrOf(tag, 'srcset')!.split(', ').map((candidate) => candidate.split(' ')[1]);
      assert.deepEqual(widths, ['234w', '500w', '750w', '1000w', '1600w'], tag);
      assert.equal(attrOf(tag, 'sizes'), IMAGE_SIZES);
      assert.equal(attrOf(tag, 'width'), '1600');
      assert.equal(attrOf(tag, 'height'), '1067');
    }
    assert.match(attrOf(tags[0], 'srcset')!, new RegExp(`^${CMS_PUBLIC_URL}/uploads/thumbnail_bia\\.jpg 234w, `));
    assert.equal(attrOf(tags[0], 'src'), `${CMS_PUBLIC_URL}/uploads/bia.jpg`);
  });

  it('loads the first image at once and the others lazily, decoding all off the main thread', () => {
    for (const n of [1, 2, 3]) {
      const [first, ...rest] = imgs(page(n));
      assert.equal(attrOf(first, 'loading'), null, `article ${n}: the first image is not lazy`);
      assert.equal(attrOf(first, 'fetchpriority'), 'high');
      assert.ok(rest.length > 0);
      for (const tag of rest) assert.equal(attrOf(tag, 'loading'), 'lazy', `article ${n}: ${tag}`);
      for (const tag of [first, ...rest]) assert.equal(attrOf(tag, 'decoding'), 'async');
    }
  });

  it('plays an uploaded video with Vietnamese captions and its transcript below, and shows a video link as a card without an embed', () => {
    const html = page(4);
    assert.match(html, /<video controls preload="metadata" width="640" height="360" crossorigin="anonymous">\s*<source src="https:\/\/cms\.phuluong\.example\.vn\/uploads\/hop_dan\.mp4" type="video\/mp4">/);
    assert.match(html, /<track kind="captions" srclang="vi" label="Tiếng Việt" src="https:\/\/cms\.phuluong\.example\.vn\/uploads\/hop_dan\.vtt" default>/);
    assert.match(html, /<figcaption class="transcript">.*Chủ tịch UBND phường phát biểu khai mạc\.\nÝ kiến của cử tri\.<\/figcaption>/s);
    assert.match(html, /<p class="video-link"><a href="https:\/\/www\.youtube\.com\/watch\?v=abc" rel="noopener">Xem video<\/a> <span class="meta">trên www\.youtube\.com/);
    assert.doesNotMatch(html, /<iframe|<script|youtube\.com\/(embed|iframe_api)/);
    assert.doesNotMatch(page(1), /<video/);
  });
});
