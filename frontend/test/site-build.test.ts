import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { isoWeekOf, isoWeekRange } from '../../src/lib/dates';
import { runEleventy } from '../src/dev/eleventy';
import { startFixtureApi, type Fixture } from '../src/dev/fixture-api';
import { isoDay } from '../src/render/format';

/**
 * The real build (Eleventy over the compiled data layer) from a small fixture API: what the templates write,
 * checked in the files, for what the model alone cannot show (headings, head tags, feeds, links).
 */
const SITE_URL = 'https://phulam.example.vn';
const API_TOKEN = 'fixture-token';
const stamp = '2026-11-20T03:00:00.000Z';
const week = isoWeekOf(new Date(`${isoDay(new Date())}T12:00:00`));
const { start: monday } = isoWeekRange(week)!;
const day = (offset: number) => new Date(Date.parse(`${monday}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

const settings = {
  id: 1, documentId: 's', wardName: 'Phường Phú Lãm', siteTitle: 'Cổng thông tin điện tử', address: 'Số 1 Phú Lãm', phone: '024 3354 1234',
  email: 'vanphong.ubnd.phuonglamtrongcaithanhphorathaidaichodienthoai@hanoi.gov.vn', personResponsible: 'Nguyễn Văn A', personResponsibleTitle: null,
  licence: null, nationalPortalUrl: null, provincialPortalUrl: null, socialPageUrl: null, infoContactName: null, infoContactPhone: null,
  infoContactEmail: null, infoContactAddress: null, updatedAt: stamp,
};
const unit = { id: 1, documentId: 'u1', name: 'Ủy ban nhân dân phường', order: 1 };
const official = (n: number, extra: Record<string, unknown> = {}) => ({
  id: n, documentId: `o${n}`, fullName: `Cán bộ số ${n}`, position: 'Chủ tịch UBND phường', unit, duties: 'Phụ trách chung', biography: null,
  phone: '024 3354 0001', email: `canbo${n}@phulam.example.vn`, photo: null, order: n, isLeader: true, updatedAt: stamp, publishedAt: stamp, ...extra,
});
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const page = (n: number, kind: string, title: string, slug: string, extra: Record<string, unknown> = {}) => ({
  id: n, documentId: `p${n}`, title, slug, kind, summary: null, body: paragraph(`Nội dung ${title}`), cover: null, order: n, updatedAt: stamp, publishedAt: stamp, ...extra,
});
const settingsEn = { ...settings, wardName: 'Phu Lam Ward', siteTitle: 'Phu Lam Ward e-information page', address: '1 Phu Lam Street', personResponsibleTitle: 'Responsible for content' };
const category = { id: 1, documentId: 'c1', name: 'Tin tức – Sự kiện', slug: 'tin-tuc-su-kien', description: null, order: 1, updatedAt: stamp };
const article = (n: number, extra: Record<string, unknown> = {}) => ({
  id: n, documentId: `a${n}`, title: `Tin số ${n}`, slug: `tin-so-${n}`, summary: `Tóm tắt tin ${n}`, body: [], tags: null, videoUrl: null, videoTranscript: null, author: null,
  eventDate: null, eventPlace: null, isOrientation: false, cover: null, gallery: [], unit: null,
  category: { id: 1, documentId: 'c1', name: category.name, slug: category.slug }, publishedAt: stamp, updatedAt: stamp, ...extra,
});
const entry = (key: string | null, date: string, session: string, time: string | null, content: string, extra: Record<string, unknown> = {}) => ({
  id: Math.floor(Math.random() * 1e6), key, date, session, time, content, chair: null, participants: null, place: null, preparingUnit: null, ...extra,
});
const LONG = 'Hội nghị sơ kết công tác chuyển đổi số, cải cách hành chính; triển khai Đề án 06 của Chính phủ về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử';
const ubndEntries = () => [
  entry('k-ubnd-1', day(0), 'chieu', '14:00:00.000', 'Giao ban UBND, đầu tuần', { chair: 'Chủ tịch UBND phường', place: 'Phòng họp tầng 2; UBND phường', participants: 'Các Phó Chủ tịch\nCông chức' }),
  entry('k-ubnd-2', day(2), 'sang', null, LONG),
  entry(null, day(4), 'toi', '20:30:00.000', 'Kiểm tra trực ban'),
];
const schedules = (ubnd: ReturnType<typeof ubndEntries>) => [
  { id: 1, documentId: 'ws-ubnd', body: 'ubnd', week, weekStart: monday, title: null, note: null, entries: ubnd, updatedAt: stamp },
  { id: 2, documentId: 'ws-du', body: 'dang_uy', week, weekStart: monday, title: null, note: null, entries: [entry('k-du-1', day(1), 'sang', '08:00:00.000', 'Họp Ban Thường vụ')], updatedAt: stamp },
];
const fixture = (ubnd = ubndEntries()): Fixture => ({
  'site-setting': settings,
  categories: [category],
  articles: [
    article(1, { cover: { image: { url: '/uploads/anh.jpg', width: 1200, height: 800 }, alt: 'Ảnh hội nghị', caption: 'Hội nghị' } }),
    ...Array.from({ length: 3 }, (_, i) => article(i + 2)),
  ],
  // English: the settings, the category and the first two articles; the other two are Vietnamese only.
  'site-setting@en': settingsEn,
  'categories@en': [{ ...category, id: 11, locale: 'en', name: 'News and events', slug: 'news-and-events' }],
  'articles@en': [1, 2].map((n) => article(n, {
    id: 10 + n, locale: 'en', title: `News item ${n}`, slug: `news-item-${n}`, summary: `Summary of item ${n}`,
    category: { id: 11, documentId: 'c1', name: 'News and events', slug: 'news-and-events' },
  })),
  'work-schedules': schedules(ubnd), 'procedure-fields': [], procedures: [], 'dossier-reports': [], 'legal-documents': [], disclosures: [], questions: [],
  pages: [page(1, 'gioi_thieu', 'Giới thiệu phường', 'gioi-thieu-phuong'), page(2, 'lich_su', 'Lịch sử', 'lich-su'), page(3, 'khac', 'Nội dung khác', 'noi-dung-khac')],
  officials: [official(1, { photo: { url: '/uploads/chan-dung.jpg', width: 300, height: 400, alternativeText: null } }), official(2)],
  // English: the introduction and the history page (not page 3), the first official (a leader), not the second.
  'pages@en': [
    page(1, 'gioi_thieu', 'About the ward', 'about-the-ward', { id: 21, locale: 'en', body: paragraph('The ward lies in the south-west of the city.') }),
    page(2, 'lich_su', 'History', 'history', { id: 22, locale: 'en', body: paragraph('The villages of the ward.') }),
  ],
  'officials@en': [official(1, { id: 31, locale: 'en', position: "Chair of the ward People's Committee", duties: 'General management', photo: { url: '/uploads/chan-dung.jpg', width: 300, height: 400, alternativeText: null } })],
});

async function build(data: Fixture, output: string): Promise<void> {
  const api = await startFixtureApi(data, { token: API_TOKEN });
  try {
    await runEleventy({ ...process.env, CMS_URL: api.url, CMS_API_TOKEN: API_TOKEN, CMS_PUBLIC_URL: 'https://cms.phulam.example.vn', SITE_URL, SITE_OUTPUT: output }).done;
  } finally {
    await api.close();
  }
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1] ?? null;
const meta = (html: string, property: string) => attr(html, new RegExp(`<meta property="${property}" content="([^"]*)">`));

interface ParsedEvent { uid: string; summary: string; description: string; location: string; start: ICAL.Time; end: ICAL.Time }
function parseFeed(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  assert.ok(zone, 'the feed carries its VTIMEZONE');
  ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, description: event.description, location: event.location, start: event.startDate, end: event.endDate };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}
/** "yyyy-mm-ddThh:mm" in Hà Nội of an iCalendar time, through its time zone (UTC+7). */
const haNoi = (time: ICAL.Time) => new Date(time.toUnixTime() * 1000 + 7 * 3_600_000).toISOString().slice(0, 16);

describe('the built site', { timeout: 120_000 }, () => {
  let output: string;
  let second: string;
  const read = (path: string, dir = output) => readFileSync(join(dir, path), 'utf8');

  before(async () => {
    output = mkdtempSync(join(tmpdir(), 'site-build-'));
    second = mkdtempSync(join(tmpdir(), 'site-build-2-'));
    await build(fixture(), output);
    // The office edits the week: the first entry moves to 15:00, the entries come back in another order.
    const edited = ubndEntries();
    edited[0] = { ...edited[0], time: '15:00:00.000', id: 999_999 };
    await build(fixture([edited[2], edited[1], edited[0]]), second);
  });
  after(() => {
    for (const dir of [output, second]) rmSync(dir, { recursive: true, force: true });
  });

  it('never skips a heading level on any page (a category\'s article cards are h2 under its h1)', () => {
    const category = read('chuyen-muc/tin-tuc-su-kien/index.html');
    assert.match(category, /<li class="card">\s*<h2><a href="\/tin-tuc\/tin-so-1\/">/);
    for (const file of htmlFiles(output)) {
      const levels = [...read(relative(output, file)).matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
      levels.forEach((level, i) => assert.ok(i === 0 ? level === 1 : level <= levels[i - 1] + 1, `${relative(output, file)}: h${levels[i - 1]} then h${level}`));
    }
  });

  it('names every page\'s canonical address and its Open Graph card, and links the favicon', () => {
    for (const file of htmlFiles(output)) {
      const path = `/${relative(output, file).replace(/index\.html$/, '')}`;
      const html = readFileSync(file, 'utf8');
      assert.match(html, /<link rel="icon" href="\/favicon.ico"/, path);
      // The preview server's banner and noindex are for drafts only (test/preview.test.ts), never on the built site.
      assert.ok(!html.includes('preview-banner') && !html.includes('<meta name="robots"'), path);
      assert.match(html, /<link rel="icon" href="\/assets\/emblem.svg" type="image\/svg\+xml">/, path);
      const english = path.startsWith('/en/');
      assert.equal(meta(html, 'og:locale'), english ? 'en_GB' : 'vi_VN', path);
      assert.equal(meta(html, 'og:site_name'), english ? settingsEn.siteTitle : settings.siteTitle, path);
      assert.ok(meta(html, 'og:title') && meta(html, 'og:description'), path);
      if (path === '/404.html') {
        assert.equal(attr(html, /<link rel="canonical" href="([^"]*)">/), null, 'a missing page names no canonical address');
        continue;
      }
      assert.equal(attr(html, /<link rel="canonical" href="([^"]*)">/), `${SITE_URL}${path}`, path);
      assert.equal(meta(html, 'og:url'), `${SITE_URL}${path}`, path);
    }
    const news = read('tin-tuc/tin-so-1/index.html');
    assert.equal(meta(news, 'og:type'), 'article');
    assert.equal(meta(news, 'og:title'), 'Tin số 1');
    assert.equal(meta(news, 'og:description'), 'Tóm tắt tin 1');
    assert.equal(meta(news, 'og:image'), 'https://cms.phulam.example.vn/uploads/anh.jpg');
    assert.equal(meta(read('tin-tuc/tin-so-2/index.html'), 'og:image'), null, 'no image without a cover');
    assert.equal(meta(read('index.html'), 'og:type'), 'website');
    const ico = readFileSync(join(output, 'favicon.ico'));
    assert.deepEqual([...ico.subarray(0, 4)], [0, 0, 1, 0], '/favicon.ico is an ICO file');
    assert.ok(existsSync(join(output, 'assets', 'apple-touch-icon.png')));
  });

  it('shows a leader\'s portrait with its size and a text alternative, and the officials under their unit', () => {
    const leaders = read('lanh-dao/index.html');
    assert.match(leaders, /<img class="portrait" src="https:\/\/cms\.phulam\.example\.vn\/uploads\/chan-dung\.jpg" alt="Ảnh chân dung Cán bộ số 1" width="300" height="400" loading="lazy">/);
    assert.equal((leaders.match(/<section class="leader">/g) ?? []).length, 2);
    const about = read('gioi-thieu/index.html');
    assert.match(about, /<h3>Ủy ban nhân dân phường<\/h3>/);
    assert.match(about, /<a href="tel:02433540001">024 3354 0001<\/a>/);
  });

  it('describes a category\'s RSS feed without repeating its first word', () => {
    const rss = read('rss/tin-tuc-su-kien.xml');
    assert.match(rss, /<description>Chuyên mục Tin tức – Sự kiện của Phường Phú Lãm<\/description>/);
    assert.doesNotMatch(rss, /Tin Tin/);
  });

  it('links this week\'s own page from the schedules page, also when it is the only week', () => {
    const page = read('lich-cong-tac/index.html');
    assert.match(page, new RegExp(`<a href="/lich-cong-tac/${week.toLowerCase()}/">`));
    assert.ok(existsSync(join(output, 'lich-cong-tac', week.toLowerCase(), 'index.html')));
  });

  it('writes an iCalendar feed for all bodies and one a body, in Hà Nội time, linked by webcal: and for download', () => {
    const all = parseFeed(read('lich-cong-tac/lich.ics'));
    const ubnd = parseFeed(read('lich-cong-tac/ubnd.ics'));
    const partyCommittee = parseFeed(read('lich-cong-tac/dang-uy.ics'));
    assert.equal(all.events.length, 4);
    assert.equal(ubnd.events.length, 3);
    assert.equal(partyCommittee.events.length, 1);
    assert.equal(parseFeed(read('lich-cong-tac/hdnd.ics')).events.length, 0, 'a body without a schedule has an empty feed at its address');
    assert.equal(ubnd.name, 'Lịch công tác – Ủy ban nhân dân');

    const meeting = ubnd.events.find((e) => e.uid === 'k-ubnd-1@phulam.example.vn')!;
    assert.equal(meeting.start.zone?.tzid, 'Asia/Ho_Chi_Minh');
    assert.equal(haNoi(meeting.start), `${day(0)}T14:00`);
    assert.equal(new Date(meeting.start.toUnixTime() * 1000).toISOString(), `${day(0)}T07:00:00.000Z`);
    assert.equal(haNoi(meeting.end), `${day(0)}T17:00`, 'an afternoon entry ends with the afternoon');
    assert.equal(meeting.summary, 'Giao ban UBND, đầu tuần');
    assert.equal(meeting.location, 'Phòng họp tầng 2; UBND phường');
    assert.equal(meeting.description, 'Cơ quan: Ủy ban nhân dân\nChủ trì: Chủ tịch UBND phường\nThành phần: Các Phó Chủ tịch\nCông chức');
    const untimed = ubnd.events.find((e) => e.uid === 'k-ubnd-2@phulam.example.vn')!;
    assert.equal(untimed.summary, LONG, 'a long summary is folded and unfolded back whole');
    assert.deepEqual([haNoi(untimed.start), haNoi(untimed.end)], [`${day(2)}T07:30`, `${day(2)}T11:30`]);
    const late = ubnd.events.find((e) => !e.uid.startsWith('k-'))!;
    assert.deepEqual([haNoi(late.start), haNoi(late.end)], [`${day(4)}T20:30`, `${day(4)}T21:00`]);

    const text = read('lich-cong-tac/ubnd.ics');
    assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text), 'CRLF line ends');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded at 75 octets: ${line}`);
    assert.match(text, /^DTSTART;TZID=Asia\/Ho_Chi_Minh:\d{8}T\d{6}\r$/m);
    assert.match(text, /^DTSTAMP:20261120T030000Z\r$/m);

    const week_ = read(`lich-cong-tac/${week.toLowerCase()}/index.html`);
    assert.match(week_, /<a href="webcal:\/\/phulam\.example\.vn\/lich-cong-tac\/ubnd\.ics">/);
    assert.match(week_, /<a href="\/lich-cong-tac\/ubnd\.ics" download>/);
    assert.match(read('lich-cong-tac/index.html'), /<a href="webcal:\/\/phulam\.example\.vn\/lich-cong-tac\/lich\.ics">/);
  });

  it('keeps every event\'s UID when the office edits and reorders the week, so calendars replace the event', () => {
    const uids = (dir: string) => Object.fromEntries(parseFeed(read('lich-cong-tac/lich.ics', dir)).events.map((e) => [e.summary, e.uid]));
    const before = uids(output);
    assert.equal(new Set(Object.values(before)).size, 4, 'one UID an event');
    assert.deepEqual(uids(second), before);
    const moved = parseFeed(read('lich-cong-tac/ubnd.ics', second)).events.find((e) => e.uid === 'k-ubnd-1@phulam.example.vn')!;
    assert.equal(haNoi(moved.start), `${day(0)}T15:00`);
  });

  it('writes English pages for the items the CMS holds in English only, in English, with lang="en"', () => {
    const english = htmlFiles(join(output, 'en')).map((file) => `/${relative(output, file).replace(/index\.html$/, '')}`).sort();
    assert.deepEqual(english, [
      '/en/', '/en/about/', '/en/about/history/', '/en/categories/', '/en/categories/news-and-events/', '/en/contact/', '/en/leaders/', '/en/news/news-item-1/', '/en/news/news-item-2/',
    ]);
    const news = read('en/news/news-item-1/index.html');
    assert.match(news, /^<!doctype html>\s*(<!-- page type: [^>]* -->\s*)?<html lang="en">/);
    assert.match(news, /<h1>News item 1<\/h1>/);
    assert.match(news, /Published <time datetime="2026-11-20">20 November 2026<\/time>/);
    assert.match(news, /<a href="\/en\/categories\/news-and-events\/">News and events<\/a>/);
    assert.match(read('tin-tuc/tin-so-1/index.html'), /^<!doctype html>\s*(<!-- page type: [^>]* -->\s*)?<html lang="vi">/);
    const contact = read('en/contact/index.html');
    assert.match(contact, /<h1>Contact<\/h1>/);
    assert.match(contact, /<dt>Office<\/dt><dd>Phu Lam Ward<\/dd>/, 'the contact page shows the English settings');
    assert.match(contact, /<dt>Address<\/dt><dd>1 Phu Lam Street<\/dd>/);
    assert.match(read('en/index.html'), /<h2 id="latest">Latest news<\/h2>[\s\S]*<a href="\/en\/news\/news-item-2\/">News item 2<\/a>/);
  });

  it('shows no Vietnamese words of the layout on English pages: menu, header, footer from the English table', () => {
    const vietnamese = ['Trang chủ', 'Tin tức', 'Liên hệ', 'Sơ đồ trang', 'Tìm kiếm', 'Bỏ qua', 'Địa chỉ', 'Điện thoại', 'Thư điện tử', 'Đăng ngày', 'Chịu trách nhiệm', 'Trình đơn'];
    for (const file of htmlFiles(join(output, 'en'))) {
      const html = readFileSync(file, 'utf8');
      for (const word of vietnamese) assert.ok(!html.includes(word), `${relative(output, file)} shows "${word}"`);
      assert.match(html, /<nav class="site-nav" aria-label="Main menu">\s*<ul>\s*<li><a href="\/en\/"[^>]*>Home<\/a><\/li>\s*<li><a href="\/en\/about\/"[^>]*>About<\/a><\/li>\s*<li><a href="\/en\/categories\/"[^>]*>News<\/a><\/li>\s*<li><a href="\/en\/contact\/"[^>]*>Contact<\/a><\/li>/);
      assert.doesNotMatch(html, /application\/rss\+xml/, 'the Vietnamese feeds are not offered on English pages');
    }
  });

  it('links the two versions of a page both ways with hreflang, and the switch goes to the twin, else to the other home', () => {
    const hreflang = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    const switchTo = (html: string) => attr(html, /<ul class="languages"[^>]*>\s*<li><a href="([^"]+)"/);
    const pair = [['vi', `${SITE_URL}/tin-tuc/tin-so-1/`], ['en', `${SITE_URL}/en/news/news-item-1/`], ['x-default', `${SITE_URL}/tin-tuc/tin-so-1/`]];
    assert.deepEqual(hreflang(read('tin-tuc/tin-so-1/index.html')), pair);
    assert.deepEqual(hreflang(read('en/news/news-item-1/index.html')), pair);
    assert.equal(switchTo(read('tin-tuc/tin-so-1/index.html')), '/en/news/news-item-1/');
    assert.equal(switchTo(read('en/news/news-item-1/index.html')), '/tin-tuc/tin-so-1/');
    assert.match(read('tin-tuc/tin-so-1/index.html'), /<a href="\/en\/news\/news-item-1\/" hreflang="en" lang="en">English<\/a>/);
    assert.match(read('en/news/news-item-1/index.html'), /<a href="\/tin-tuc\/tin-so-1\/" hreflang="vi" lang="vi">Tiếng Việt<\/a>/);
    // A Vietnamese-only article names no English twin; its switch leads to the English home.
    assert.deepEqual(hreflang(read('tin-tuc/tin-so-3/index.html')), []);
    assert.equal(switchTo(read('tin-tuc/tin-so-3/index.html')), '/en/');
    assert.equal(switchTo(read('lich-cong-tac/index.html')), '/en/');
    assert.deepEqual(hreflang(read('chuyen-muc/tin-tuc-su-kien/index.html')).map(([lang]) => lang), ['vi', 'en', 'x-default']);
    assert.equal(switchTo(read('lien-he/index.html')), '/en/contact/');
    assert.equal(switchTo(read('index.html')), '/en/');
    assert.equal(switchTo(read('en/index.html')), '/');
  });

  it('writes the organisation in English: the introduction with the units and officials, the English general pages, the English leaders', () => {
    const about = read('en/about/index.html');
    assert.match(about, /^<!doctype html>\s*(<!-- page type: [^>]* -->\s*)?<html lang="en">/);
    assert.match(about, /<title>About – Phu Lam Ward e-information page<\/title>/);
    assert.match(about, /<h1>About the ward<\/h1>\s*<p>The ward lies in the south-west of the city.<\/p>/);
    assert.match(about, /<h2>Read more<\/h2>\s*<ul class="list"><li><a href="\/en\/about\/history\/">History<\/a><\/li><\/ul>/);
    assert.match(about, /<h2 id="to-chuc-bo-may">Organisation<\/h2>/);
    assert.match(about, /<a href="\/en\/leaders\/">The ward&#39;s leaders: short biographies and duties<\/a>/);
    // The unit as the CMS names it; only the official who has an English version.
    assert.match(about, /<h3>Ủy ban nhân dân phường<\/h3>\s*<ul class="officials">\s*<li><strong>Cán bộ số 1<\/strong>, Chair of the ward People&#39;s Committee · Phone: <a href="tel:02433540001">/);
    assert.doesNotMatch(about, /Cán bộ số 2|Nội dung khác|\/tiep-can-thong-tin\//);
    assert.match(read('en/about/history/index.html'), /<h1>History<\/h1>[\s\S]*<a href="\/en\/about\/">About the ward<\/a>/);
    assert.ok(!existsSync(join(output, 'en', 'about', 'noi-dung-khac')), 'no English page for a page without an English version');
    const leaders = read('en/leaders/index.html');
    assert.match(leaders, /<h1>The ward&#39;s leaders<\/h1>/);
    assert.match(leaders, /alt="Portrait of Cán bộ số 1"/);
    assert.match(leaders, /<h3>Assigned duties<\/h3><p>General management<\/p>/);
    assert.equal((leaders.match(/<section class="leader">/g) ?? []).length, 1);
    assert.match(read('gioi-thieu/index.html'), /<h1>Giới thiệu phường<\/h1>[\s\S]*<a href="\/tiep-can-thong-tin\/">Tiếp cận thông tin<\/a>/, 'the Vietnamese page is unchanged');
  });

  it('pairs the organisation pages with their Vietnamese versions, and the switch goes between them', () => {
    const hreflang = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    const switchTo = (html: string) => attr(html, /<ul class="languages"[^>]*>\s*<li><a href="([^"]+)"/);
    for (const [vi, en] of [['/gioi-thieu/', '/en/about/'], ['/gioi-thieu/lich-su/', '/en/about/history/'], ['/lanh-dao/', '/en/leaders/']]) {
      const pair = [['vi', `${SITE_URL}${vi}`], ['en', `${SITE_URL}${en}`], ['x-default', `${SITE_URL}${vi}`]];
      assert.deepEqual(hreflang(read(`${vi.slice(1)}index.html`)), pair, vi);
      assert.deepEqual(hreflang(read(`${en.slice(1)}index.html`)), pair, en);
      assert.equal(switchTo(read(`${vi.slice(1)}index.html`)), en);
      assert.equal(switchTo(read(`${en.slice(1)}index.html`)), vi);
    }
    assert.deepEqual(hreflang(read('gioi-thieu/noi-dung-khac/index.html')), []);
    assert.equal(switchTo(read('gioi-thieu/noi-dung-khac/index.html')), '/en/');
    const sitemap = read('sitemap.xml');
    for (const path of ['/en/about/', '/en/about/history/', '/en/leaders/']) assert.match(sitemap, new RegExp(`<loc>${SITE_URL}${path}</loc>`), path);
  });

  it('lists the English pages in the sitemap', () => {
    const sitemap = read('sitemap.xml');
    for (const path of ['/en/', '/en/contact/', '/en/categories/news-and-events/', '/en/news/news-item-1/', '/en/news/news-item-2/']) {
      assert.match(sitemap, new RegExp(`<loc>${SITE_URL}${path}</loc>`), path);
    }
    assert.doesNotMatch(sitemap, /news-item-3/);
  });
});
