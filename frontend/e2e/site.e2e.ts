import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { foldForSearch } from '../../src/lib/search-text';
import { createClient } from '../src/api/client';
import { loadSite } from '../src/site/load';
import { buildModel, type Model } from '../src/site/model';
import { fetchContent } from '../src/site/queries';
import { runEleventy } from '../src/dev/eleventy';
import { serveStatic } from '../src/dev/static-server';
import { createPreviewServer } from '../src/preview/server';
import { startCms, type RunningCms } from './strapi';
import { htmlcsErrors, pageSamples, sitemapSchemaErrors, vnuErrors } from './validators';

// Compiled to build/frontend/e2e/: three levels up is frontend/.
const frontendDir = join(__dirname, '..', '..', '..');
const root = join(frontendDir, '..');
const artifacts = join(frontendDir, 'e2e', 'artifacts');
const output = join(frontendDir, '.cache', 'e2e-site');
const CMS_PORT = Number(process.env.E2E_CMS_PORT ?? 1342);
const SITE_PORT = Number(process.env.E2E_SITE_PORT ?? 1343);
const PREVIEW_PORT = Number(process.env.E2E_PREVIEW_PORT ?? 1344);
const previewUrl = `http://127.0.0.1:${PREVIEW_PORT}`;
const siteUrl = `http://127.0.0.1:${SITE_PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let cms: RunningCms;
let site: { url: string; close(): Promise<void> };
let preview: ReturnType<typeof createPreviewServer>;
let browser: BrowserContext;
/** The same Chromium with JavaScript switched off, as some citizens' browsers are. */
let noScript: BrowserContext;
let userDataDir: string;
/** What the API holds, shaped like the site shows it: expected values come from here, never from the pages. */
let model: Model;
const axeResults: Array<{ type: string; path: string; violations: number; rules: string[] }> = [];

async function open(path: string): Promise<{ page: Page; status: number }> {
  const page = await browser.newPage();
  const response = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  return { page, status: response?.status() ?? 0 };
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; nodes: Array<{ target: string[] }> };

/** axe-core's WCAG 2.1 A and AA violations on the open page. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated rather than added as a <script>: the CMS's pages allow no script by their CSP.
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(
    (tags) => (window as unknown as { axe: { run(c: Document, o: unknown): Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_21_AA,
  )) as { violations: AxeViolation[] };
  return result.violations;
}

/** Runs axe-core (WCAG 2.1 A and AA rules) in the page and asserts no violation. */
async function axe(page: Page, type: string): Promise<void> {
  const result = { violations: await axeViolations(page) };
  const path = new URL(page.url()).pathname;
  axeResults.push({ type, path, violations: result.violations.length, rules: result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`) });
  assert.deepEqual(result.violations.map((v) => v.id), [], `axe violations on ${path}: ${JSON.stringify(result.violations.map((v) => [v.id, v.nodes.map((n) => n.target)]))}`);
}

/** Dossiers are never listed publicly: one code as the one-stop desk would see it, in the admin. */
async function oneDossier(): Promise<{ code: string; procedureName: string }> {
  const listed = await fetch(`${cms.url}/content-manager/collection-types/api::dossier.dossier?page=1&pageSize=1`, {
    headers: { authorization: `Bearer ${cms.adminJwt}` },
  });
  return ((await listed.json()) as { results: Array<{ code: string; procedureName: string }> }).results[0];
}

async function scriptCount(page: Page): Promise<number> {
  return page.evaluate(() => document.scripts.length);
}

/** The page's headings never skip a level (h1 then h3 leaves a screen reader's outline with a hole). */
async function headingOrder(page: Page, path: string): Promise<void> {
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))));
  levels.forEach((level, i) => assert.ok(i === 0 ? level === 1 : level <= levels[i - 1] + 1, `${path}: h${levels[i - 1]} then h${level}`));
}

/** A content page: the expected heading, zero JavaScript, no accessibility violation, headings in order, a canonical address. */
async function contentPage(type: string, path: string, heading: string): Promise<Page> {
  const { page, status } = await open(path);
  assert.equal(status, 200, `${path} answers 200`);
  assert.equal((await page.locator('main h1').first().innerText()).trim(), heading);
  await headingOrder(page, path);
  assert.equal(await page.locator('link[rel=canonical]').getAttribute('href'), `${siteUrl}${path}`);
  assert.equal(await page.locator('meta[property="og:url"]').getAttribute('content'), `${siteUrl}${path}`);
  assert.equal(await scriptCount(page), 0, `${path} carries no script`);
  await axe(page, type);
  return page;
}

describe('public site, end to end (Strapi with demo data → Eleventy → Chromium)', { timeout: 240_000 }, () => {
  before(async () => {
    mkdirSync(join(artifacts, 'phone'), { recursive: true });
    cms = await startCms(root, CMS_PORT, {
      CORS_ORIGINS: siteUrl, SITE_URL: siteUrl, QUESTION_POW_MAX_NUMBER: '20000', PREVIEW_URL: previewUrl, PREVIEW_SECRET: `e2e-preview-${Date.now()}-secret`,
    });
    const env = { CMS_URL: cms.url, CMS_API_TOKEN: cms.token, SITE_URL: siteUrl, SITE_OUTPUT: output };
    rmSync(output, { recursive: true, force: true });
    await runEleventy({ ...process.env, ...env }).done;
    model = buildModel(await fetchContent(createClient({ baseUrl: cms.url, token: cms.token })), { siteUrl, apiUrl: cms.url });
    site = await serveStatic(output, SITE_PORT);
    preview = createPreviewServer({ cmsUrl: cms.url, apiToken: cms.token, siteUrl, publicCmsUrl: cms.url });
    await new Promise<void>((resolve) => preview.listen(PREVIEW_PORT, '127.0.0.1', resolve));
    userDataDir = mkdtempSync(join(tmpdir(), 'site-e2e-chromium-'));
    const launch = { executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] };
    browser = await chromium.launchPersistentContext(join(userDataDir, 'js'), launch);
    noScript = await chromium.launchPersistentContext(join(userDataDir, 'no-js'), { ...launch, javaScriptEnabled: false });
  });

  after(async () => {
    await browser?.close();
    await noScript?.close();
    await site?.close();
    await new Promise((resolve) => (preview ? preview.close(resolve) : resolve(undefined)));
    await cms?.stop();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    console.log('axe-core (WCAG 2.1 A+AA) per page type:');
    for (const r of axeResults) console.log(`  ${r.type.padEnd(22)} ${r.path.padEnd(48)} ${r.violations} violations${r.rules.length ? `: ${r.rules.join('; ')}` : ''}`);
  });

  it('preview: "Mở bản xem trước" in the admin panel frames the draft in the site\'s page, with its banner; noindex, no-store, accessible', async () => {
    const listed = await fetch(`${cms.url}/content-manager/collection-types/api::article.article?page=1&pageSize=50&locale=vi`, {
      headers: { authorization: `Bearer ${cms.adminJwt}` },
    });
    const draft = ((await listed.json()) as { results: Array<{ documentId: string; title: string; status: string }> }).results.find((r) => r.status === 'draft');
    assert.ok(draft, 'the demo data holds a draft article');
    const admin = await browser.newPage();
    await admin.setViewportSize({ width: 1440, height: 1000 });
    await admin.goto(`${cms.url}/admin/auth/login`);
    await admin.getByLabel(/email/i).fill(cms.admin.email);
    await admin.getByLabel(/mật khẩu|password/i).first().fill(cms.admin.password);
    await admin.keyboard.press('Enter');
    await admin.waitForURL((url) => !url.pathname.includes('/auth/'));
    await admin.goto(`${cms.url}/admin/content-manager/collection-types/api::article.article/${draft.documentId}?plugins[i18n][locale]=vi`);
    await admin.getByRole('link', { name: /Mở bản xem trước|Open preview/ }).or(admin.getByRole('button', { name: /Mở bản xem trước|Open preview/ })).first().click();
    const frame = admin.frameLocator('iframe').first();
    await frame.getByText('Bản xem trước — chưa đăng').waitFor({ timeout: 60_000 });
    await frame.getByRole('heading', { level: 1, name: draft.title }).waitFor();
    await admin.screenshot({ path: join(artifacts, 'preview-in-admin.png') });
    const src = (await admin.locator('iframe').first().getAttribute('src')) ?? '';
    assert.ok(src.startsWith(`${previewUrl}/preview?token=`), `the frame shows the preview server: ${src}`);
    await admin.close();

    // The framed page itself: its headers, and the layout's banner passing axe like every page of the site.
    const page = await browser.newPage();
    const response = await page.goto(src);
    assert.equal(response?.status(), 200);
    const headers = response!.headers();
    assert.equal(headers['cache-control'], 'no-store');
    assert.match(headers['x-robots-tag'] ?? '', /noindex/);
    assert.equal(headers['content-security-policy'], `frame-ancestors 'self' ${new URL(cms.url).origin}`);
    assert.equal(await page.locator('meta[name=robots]').getAttribute('content'), 'noindex, nofollow');
    await headingOrder(page, '/preview');
    await axe(page, 'preview');
    await page.close();

    // A link edited to open another item is refused by the CMS, in Vietnamese.
    const [payload, signature] = new URL(src).searchParams.get('token')!.split('.');
    const claim = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = `${Buffer.from(JSON.stringify({ ...claim, documentId: 'another' })).toString('base64url')}.${signature}`;
    const refused = await fetch(`${previewUrl}/preview?token=${forged}`);
    assert.equal(refused.status, 401);
    assert.match(await refused.text(), /Liên kết xem trước không hợp lệ/);
  });

  it('the build stops with a clear message when the token is wrong', async () => {
    await assert.rejects(
      loadSite({ cmsUrl: cms.url, token: 'not-a-token', siteUrl, publicCmsUrl: cms.url }),
      // The build asks for several collections at once: whichever answers first names its own address.
      /The CMS API refused the token \(401\) at http:\/\/127\.0\.0\.1:\d+\/api\/[a-z-]+.*CMS_API_TOKEN/,
    );
  });

  it('home: ward name and emblem, latest news, this week, shortcuts, the legal footer', async () => {
    const { page } = await open('/');
    const s = model.settings;
    assert.equal(await page.locator('.brand-name').innerText(), s.wardName);
    assert.equal(await page.locator('.brand img').count(), 1);
    assert.equal(await page.locator('.cards h3 a').first().innerText(), model.articles[0].title);
    assert.ok(model.currentWeek, 'the demo data has this week\'s schedules');
    assert.ok((await page.locator('#lich-tuan').innerText()).includes(model.currentWeek.range));
    assert.ok(await page.locator('a[href="/thu-tuc-hanh-chinh/"]').count());
    const footer = await page.locator('footer').innerText();
    for (const value of [s.address, s.phone, s.email, s.personResponsible]) assert.ok(footer.includes(value), `footer shows ${value}`);
    assert.equal(await page.locator('meta[name="DC.title"]').count(), 1);
    assert.equal(await page.locator('link[rel=canonical]').getAttribute('href'), `${siteUrl}/`);
    const og = (property: string) => page.locator(`meta[property="og:${property}"]`).getAttribute('content');
    assert.deepEqual([await og('type'), await og('locale'), await og('site_name'), await og('url')], ['website', 'vi_VN', s.siteTitle, `${siteUrl}/`]);
    assert.equal(await page.locator('link[rel=icon][href="/favicon.ico"]').count(), 1);
    const favicon = await fetch(`${site.url}/favicon.ico`);
    assert.equal(favicon.status, 200);
    assert.equal(favicon.headers.get('content-type'), 'image/x-icon');
    assert.equal((await fetch(`${site.url}${await page.locator('link[rel=icon][type="image/svg+xml"]').getAttribute('href')}`)).status, 200);
    await headingOrder(page, '/');
    assert.equal(await scriptCount(page), 0);
    await axe(page, 'home');
    await page.screenshot({ path: join(artifacts, 'home.png'), fullPage: true });
  });

  it('news by category, with its RSS link', async () => {
    const category = model.categories.find((c) => c.articles.length > 0)!;
    const page = await contentPage('category', category.url, category.name);
    assert.equal(await page.locator('.cards h2 a').first().innerText(), category.articles[0].title);
    assert.equal(await page.locator(`a[href="${category.rssUrl}"]`).count(), 1);
  });

  it('article: headline, sapo, body, caption, event, unit, dd/mm/yyyy dates, Dublin Core, print stylesheet', async () => {
    const article = model.articles.find((a) => a.cover) ?? model.articles[0];
    const page = await contentPage('article', article.url, article.title);
    assert.equal(await page.locator('.sapo').innerText(), article.summary);
    assert.ok((await page.locator('.body p').count()) > 0);
    if (article.cover) assert.equal(await page.locator('.cover figcaption').innerText(), article.cover.caption);
    assert.match(await page.locator('time').first().innerText(), /^\d{2}\/\d{2}\/\d{4}$/);
    if (article.eventPlace) assert.ok((await page.locator('.event').innerText()).includes(article.eventPlace));
    if (article.unit) assert.ok((await page.locator('.byline').innerText()).includes(article.unit));
    assert.equal(await page.locator('meta[name="DC.title"]').getAttribute('content'), article.title);
    assert.equal(await page.locator('meta[name="DC.identifier"]').getAttribute('content'), `${siteUrl}${article.url}`);
    assert.equal(await page.locator('link[rel=stylesheet][media=print]').count(), 1);
    const og = (property: string) => page.locator(`meta[property="og:${property}"]`).getAttribute('content');
    assert.deepEqual([await og('type'), await og('title'), await og('description')], ['article', article.title, article.summary]);
    assert.equal(await page.locator('meta[property="og:image"]').count(), article.cover ? 1 : 0);
    if (article.cover) assert.equal(await og('image'), article.cover.src);
    // 14pt body text and 12pt captions (1pt = 4/3 px in CSS).
    const size = (selector: string) => page.evaluate((sel) => parseFloat(getComputedStyle(document.querySelector(sel) as Element).fontSize), selector);
    assert.equal(Math.round(await size('.body p')), Math.round((14 * 4) / 3));
    if (article.cover) assert.equal(await size('.cover figcaption'), 16);
    assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /Times New Roman/);
    await page.screenshot({ path: join(artifacts, 'article.png'), fullPage: true });
  });

  it('weekly schedules by body, Thứ Hai … Chủ nhật with sessions', async () => {
    const week = model.currentWeek!;
    const page = await contentPage('schedule', '/lich-cong-tac/', `Lịch công tác tuần ${week.range}`);
    const text = await page.locator('main').innerText();
    for (const body of week.bodies) assert.ok(text.includes(body.label));
    assert.match(text, /Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật/);
    assert.match(text, /Sáng|Chiều/);
    assert.equal(await page.locator(`a[href="${week.url}"]`).count(), 1, 'this week\'s own page is linked');
    assert.equal(await page.locator(`a[href="${model.calendars[0].webcalUrl}"]`).count(), 1);
  });

  it('schedules as iCalendar feeds: every entry once, in Hà Nội time, one feed a body', async () => {
    for (const feed of model.calendars) {
      const response = await fetch(`${site.url}${feed.url}`);
      assert.equal(response.status, 200, feed.url);
      assert.match(response.headers.get('content-type') ?? '', /^text\/calendar/);
      const calendar = new ICAL.Component(ICAL.parse(await response.text()));
      ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
      const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
      assert.equal(events.length, feed.eventCount, feed.url);
      assert.equal(new Set(events.map((e) => e.uid)).size, events.length, `${feed.url}: one UID an event`);
      for (const event of events) assert.equal(event.startDate.zone?.tzid, 'Asia/Ho_Chi_Minh');
    }
    const entries = model.weeks.flatMap((w) => w.bodies.flatMap((b) => b.days.flatMap((d) => d.entries)));
    assert.equal(model.calendars[0].eventCount, entries.length, 'the feed for all bodies holds every entry of the demo weeks');
  });

  it('phones: no page scrolls sideways at 390 and 320 px; schedules scroll in their own box; chart text stays ≥ 12 px', async () => {
    const page = await browser.newPage();
    const paths = ['/', '/lich-cong-tac/', model.weeks[0].url, '/lien-he/', '/ket-qua-giai-quyet/', '/gioi-thieu/', '/lanh-dao/', '/tiep-can-thong-tin/'];
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 844 });
      for (const path of paths) {
        await page.goto(`${site.url}${path}`);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        assert.ok(scrollWidth <= innerWidth, `${path} at ${width} px is ${scrollWidth} px wide`);
      }
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${site.url}/lich-cong-tac/`);
    const tables = await page.locator('.schedule table').count();
    assert.ok(tables > 0);
    assert.equal(await page.locator('.schedule .table-wrap[tabindex="0"][role=region][aria-label] > table').count(), tables);
    const contentWidth = await page.locator('.schedule td.content').first().evaluate((td) => td.getBoundingClientRect().width);
    assert.ok(contentWidth >= 200, `the "Nội dung" column is ${contentWidth} px wide`);
    await axe(page, 'schedule, phone');
    await page.screenshot({ path: join(artifacts, 'schedule-390.png'), fullPage: true });
    await page.goto(`${site.url}/lien-he/`);
    const email = page.locator('main .facts a[href^="mailto:"]');
    assert.ok((await email.evaluate((a) => a.getBoundingClientRect().right)) <= 390);
    await page.goto(`${site.url}/ket-qua-giai-quyet/`);
    if (model.dashboard.chartSvg) {
      const sizes = await page.locator('svg.chart text').evaluateAll((texts) =>
        texts.map((t) => (t as SVGGraphicsElement).getScreenCTM()!.a * parseFloat(getComputedStyle(t).fontSize)));
      assert.ok(sizes.length > 0 && Math.min(...sizes) >= 12, `chart text at 390 px: ${Math.min(...sizes)} px`);
    }
    await axe(page, 'dashboard, phone');
    await page.screenshot({ path: join(artifacts, 'dashboard-390.png'), fullPage: true });
    await page.close();
  });

  it('procedure directory by field and a procedure page', async () => {
    const field = model.fields.find((f) => f.procedures.length > 0)!;
    await contentPage('procedure directory', '/thu-tuc-hanh-chinh/', 'Thủ tục hành chính theo lĩnh vực');
    const fieldPage = await contentPage('procedure field', field.url, `Thủ tục hành chính lĩnh vực ${field.name}`);
    assert.equal(await fieldPage.locator('main li a').first().innerText(), field.procedures[0].name);
    const procedure = model.procedures.find((p) => p.url === field.procedures[0].url)!;
    const page = await contentPage('procedure', procedure.url, procedure.name);
    assert.ok((await page.locator('.facts').first().innerText()).includes(procedure.code));
  });

  it('dossier results dashboard with an SVG chart and no script', async () => {
    const page = await contentPage('dashboard', '/ket-qua-giai-quyet/', 'Kết quả giải quyết thủ tục hành chính');
    if (model.dashboard.chartSvg) assert.equal(await page.locator('svg[role=img] title').count(), 1);
    for (const period of model.dashboard.periods) assert.ok((await page.locator('main').innerText()).includes(period.label));
  });

  it('documents with filters and a document page', async () => {
    const page = await contentPage('documents', '/van-ban/', 'Văn bản');
    const type = model.documentTypes[0];
    assert.equal(await page.locator(`a[href="${type.url}"]`).count(), 1);
    const filtered = await contentPage('documents filter', type.url, `Văn bản: ${type.label}`);
    assert.equal(await filtered.locator('tbody tr').count(), type.docs.length);
    const doc = model.documents[0];
    const detail = await contentPage('document', doc.url, `${doc.docType} số ${doc.numberSymbol}`);
    assert.equal(await detail.locator('meta[name="DC.title"]').getAttribute('content'), `${doc.numberSymbol} ${doc.title}`);
  });

  it('disclosures by group', async () => {
    await contentPage('disclosures', '/cong-khai/', 'Công khai thông tin');
    const group = model.disclosureGroups.find((g) => g.items.length > 0)!;
    const page = await contentPage('disclosure group', group.url, `${group.number}. ${group.label}`);
    assert.equal(await page.locator('main h2').first().innerText(), group.items[0].title);
  });

  it('disclosures by quarter, and expired ones in the archive, marked as such', async () => {
    const quarter = model.disclosureQuarters[0];
    const page = await contentPage('disclosure quarter', quarter.url, `Công khai thông tin: ${quarter.label}`);
    assert.deepEqual(await page.locator('main section.disclosure h2').allInnerTexts(), quarter.items.map((i) => i.title));
    const index = await contentPage('disclosures', '/cong-khai/', 'Công khai thông tin');
    assert.equal(await index.locator(`main a[href="${quarter.url}"]`).count(), 1);
    assert.ok(model.disclosureArchive.pages[0].list.length > 0, 'the demo data has an expired disclosure');
    const archive = await contentPage('disclosure archive', '/cong-khai/luu-tru/', 'Lưu trữ: nội dung đã hết thời hạn công khai');
    assert.deepEqual(await archive.locator('main section.disclosure h2').allInnerTexts(), model.disclosureArchive.pages[0].list.map((i) => i.title));
    assert.equal(await archive.locator('main section.disclosure .expired').count(), model.disclosureArchive.pages[0].list.length);
    // An expired item has left its group's current list.
    const expired = model.disclosureArchive.pages[0].list[0];
    const group = await contentPage('disclosure group', expired.groupUrl, model.disclosureGroups.find((g) => g.url === expired.groupUrl)!.number + '. ' + expired.group);
    assert.ok(!(await group.locator('main').innerText()).includes(expired.title));
  });

  it('the ward\'s introduction with its general pages and organisation; the leaders', async () => {
    const org = model.organisation;
    assert.ok(org.intro, 'the demo data has an introduction page');
    const page = await contentPage('introduction', '/gioi-thieu/', org.intro!.title);
    for (const general of org.generalPages) assert.equal(await page.locator(`main a[href="${general.url}"]`).count() >= 1, true, general.url);
    assert.deepEqual(await page.locator('main h3').allInnerTexts(), org.units.map((u) => u.name));
    const official = org.units[0].officials[0];
    assert.equal(await page.locator(`main .officials a[href="${official.phoneHref}"]`).count() >= 1, true);
    await page.screenshot({ path: join(artifacts, 'introduction.png'), fullPage: true });
    await contentPage('general page', org.generalPages[0].url, org.generalPages[0].title);
    const leaders = await contentPage('leaders', '/lanh-dao/', 'Lãnh đạo phường');
    assert.deepEqual(await leaders.locator('main section.leader h2').allInnerTexts(), org.leaders.map((l) => l.fullName));
    assert.ok(org.leaders.length >= 2);
    // Every portrait carries its size and a text alternative (no layout shift, read aloud by name).
    for (const img of await leaders.locator('main img').all()) {
      assert.ok(await img.getAttribute('width'));
      assert.ok(await img.getAttribute('height'));
      assert.ok(await img.getAttribute('alt'));
    }
    await leaders.screenshot({ path: join(artifacts, 'leaders.png'), fullPage: true });
  });

  it('information access: the list with its six columns, the contact point, how to ask', async () => {
    const page = await contentPage('information access', '/tiep-can-thong-tin/', 'Tiếp cận thông tin');
    const access = model.organisation.access;
    assert.equal(await page.locator('main table thead th').count(), 6);
    assert.equal(await page.locator('main table tbody tr').count(), access.list.length);
    assert.ok(access.list.length > 0);
    const text = await page.locator('main').innerText();
    for (const value of [access.contact.name, access.contact.phone, access.contact.email, access.contact.address]) assert.ok(text.includes(value), value);
    assert.equal(await page.locator('main a[href="/hoi-dap/gui-cau-hoi/"]').count(), 1);
    assert.equal(await page.locator('nav.site-nav a[href="/tiep-can-thong-tin/"]').count(), 1);
  });

  it('answered questions and a question page', async () => {
    const page = await contentPage('questions', '/hoi-dap/', 'Hỏi đáp');
    assert.equal(await page.locator('main ul.list li a').count(), model.questionPages[0].list.length);
    if (model.questions.length > 0) await contentPage('question', model.questions[0].url, model.questions[0].title);
  });

  it('contact, site map page and 404', async () => {
    const contact = await contentPage('contact', '/lien-he/', 'Liên hệ');
    assert.ok((await contact.locator('main').innerText()).includes(model.settings.personResponsible));
    const map = await contentPage('site map', '/so-do-trang/', 'Sơ đồ trang');
    assert.equal(await map.locator('a[href="/sitemap.xml"]').count(), 1);
    const { page, status } = await open('/khong-co-trang-nay/');
    assert.equal(status, 404);
    assert.equal(await page.locator('main h1').innerText(), 'Không tìm thấy trang');
    await axe(page, '404');
  });

  it('English: /en/, an English article and the contact page in English, hreflang both ways, the switch to the Vietnamese twin, phones', async () => {
    const english = model.en.articles.find((a) => model.alternates[a.url]);
    assert.ok(english, 'the demo data has an English article with a Vietnamese version');
    const twin = model.alternates[english.url].vi!;
    const vietnameseNav = model.nav.map((item) => item.label);
    const checkEnglish = async (page: Page, path: string) => {
      assert.equal(await page.locator('html').getAttribute('lang'), 'en', `${path} is in English`);
      const nav = await page.locator('nav.site-nav a').allInnerTexts();
      assert.deepEqual(nav, model.byLocale.en.nav.map((item) => item.label), `${path}: the English menu`);
      const chrome = `${await page.locator('header').innerText()}\n${nav.join('\n')}\n${await page.locator('footer').innerText()}`;
      for (const label of [...vietnameseNav, 'Tìm kiếm', 'Địa chỉ', 'Điện thoại', 'Thư điện tử']) assert.ok(!chrome.includes(label), `${path} shows "${label}"`);
    };

    const { page: home, status } = await open('/en/');
    assert.equal(status, 200);
    await checkEnglish(home, '/en/');
    assert.equal(await home.locator('.cards h3 a').first().innerText(), model.en.articles[0].title);
    await headingOrder(home, '/en/');
    await axe(home, 'English home');
    assert.equal(await home.locator('.languages a').getAttribute('href'), '/');

    const page = await contentPage('English article', english.url, english.title);
    await checkEnglish(page, english.url);
    assert.match(await page.locator('.meta time').first().innerText(), /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
    const hreflang = async (p: Page) => p.locator('link[rel=alternate][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    const pair = [['vi', `${siteUrl}${twin}`], ['en', `${siteUrl}${english.url}`], ['x-default', `${siteUrl}${twin}`]];
    assert.deepEqual(await hreflang(page), pair);
    const vietnamese = page.locator('.languages a', { hasText: 'Tiếng Việt' });
    assert.equal(await vietnamese.getAttribute('href'), twin);
    await Promise.all([page.waitForURL(`${site.url}${twin}`), vietnamese.click()]);
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
    assert.deepEqual(await hreflang(page), pair, 'the Vietnamese twin names the English page back');
    assert.equal(await page.locator('.languages a', { hasText: 'English' }).getAttribute('href'), english.url);

    // A Vietnamese-only article names no English page; its switch leads to the English home.
    const alone = model.articles.find((a) => !model.alternates[a.url]);
    if (alone) {
      const { page: only } = await open(alone.url);
      assert.equal(await only.locator('link[rel=alternate][hreflang]').count(), 0);
      assert.equal(await only.locator('.languages a').getAttribute('href'), '/en/');
    }

    const contact = await contentPage('English contact', '/en/contact/', 'Contact');
    await checkEnglish(contact, '/en/contact/');
    assert.ok((await contact.locator('main').innerText()).includes(model.byLocale.en.settings.wardName));

    const phone = await browser.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/en/', english.url, '/en/contact/', model.en.categoryPages[0].url]) {
      await phone.goto(`${site.url}${path}`);
      const { scrollWidth, innerWidth } = await phone.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      assert.ok(scrollWidth <= innerWidth, `${path} at 390 px is ${scrollWidth} px wide`);
    }
    await phone.goto(`${site.url}${english.url}`);
    await phone.screenshot({ path: join(artifacts, 'english-article-390.png'), fullPage: true });
    await phone.close();
  });

  it('English organisation: /en/about/ with the units and officials in English, /en/leaders/, the switch to /gioi-thieu/', async () => {
    const org = model.en.organisation;
    assert.ok(org.intro, 'the demo data has the introduction in English');
    const about = await contentPage('English introduction', '/en/about/', org.intro!.title);
    assert.equal(await about.locator('html').getAttribute('lang'), 'en');
    assert.deepEqual(await about.locator('nav.site-nav a').allInnerTexts(), ['Home', 'About', 'News', 'Contact']);
    assert.equal(await about.locator('nav.site-nav a[aria-current="page"]').innerText(), 'About');
    assert.equal(await about.locator('main h2#to-chuc-bo-may').innerText(), 'Organisation');
    // Unit names as the CMS holds them; the officials' positions in English.
    assert.deepEqual(await about.locator('main h3').allInnerTexts(), org.units.map((u) => u.name));
    assert.ok((await about.locator('main .officials').first().innerText()).includes(org.units[0].officials[0].position));
    for (const general of org.generalPages) assert.ok(await about.locator(`main a[href="${general.url}"]`).count() >= 1, general.url);
    const pair = [['vi', `${siteUrl}/gioi-thieu/`], ['en', `${siteUrl}/en/about/`], ['x-default', `${siteUrl}/gioi-thieu/`]];
    const hreflang = async (p: Page) => p.locator('link[rel=alternate][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    assert.deepEqual(await hreflang(about), pair);
    await about.screenshot({ path: join(artifacts, 'english-introduction.png'), fullPage: true });
    const vietnamese = about.locator('.languages a', { hasText: 'Tiếng Việt' });
    assert.equal(await vietnamese.getAttribute('href'), '/gioi-thieu/');
    await Promise.all([about.waitForURL(`${site.url}/gioi-thieu/`), vietnamese.click()]);
    assert.equal(await about.locator('html').getAttribute('lang'), 'vi');
    assert.equal(await about.locator('.languages a', { hasText: 'English' }).getAttribute('href'), '/en/about/');

    await contentPage('English general page', org.generalPages[0].url, org.generalPages[0].title);
    const leaders = await contentPage('English leaders', '/en/leaders/', "The ward's leaders");
    assert.deepEqual(await leaders.locator('main section.leader h2').allInnerTexts(), org.leaders.map((l) => l.fullName));
    assert.deepEqual(await hreflang(leaders), [['vi', `${siteUrl}/lanh-dao/`], ['en', `${siteUrl}/en/leaders/`], ['x-default', `${siteUrl}/lanh-dao/`]]);
  });

  it('search finds an accented title from an unaccented query, loading the index only there', async () => {
    const article = model.articles.find((a) => a.title !== foldForSearch(a.title) && /[đĐ]|[^\x00-\x7F]/.test(a.title))!;
    const query = foldForSearch(article.title).split(' ').slice(0, 4).join(' ');
    assert.notEqual(query, article.title.split(' ').slice(0, 4).join(' ').toLowerCase(), 'the query has no accents the title has');
    const { page } = await open(`/tim-kiem/?q=${encodeURIComponent(query)}`);
    await page.locator('#search-results li').first().waitFor();
    const titles = await page.locator('#search-results li a').allInnerTexts();
    assert.ok(titles.includes(article.title), `"${query}" finds "${article.title}"`);
    await axe(page, 'search');
  });

  it('asking: the API\'s Vietnamese error is shown, then the question is sent and a tracking code returned', async () => {
    const { page } = await open('/hoi-dap/gui-cau-hoi/');
    await axe(page, 'ask');
    await page.fill('#name', 'Nguyễn Thị Bình');
    await page.fill('#phone', '0912345678');
    await page.fill('#title', 'Hỏi');
    await page.fill('#question', 'Thủ tục đăng ký khai sinh cho con cần giấy tờ gì?');
    await page.click('#ask-form button[type=submit]');
    await page.locator('#ask-errors:not(:empty)').waitFor({ timeout: 60_000 });
    assert.equal(await page.locator('#ask-errors').innerText(), 'Tiêu đề: ít nhất 5 ký tự.');
    await page.fill('#title', 'Giấy tờ đăng ký khai sinh');
    await page.click('#ask-form button[type=submit]');
    await page.locator('#tracking-code').waitFor({ timeout: 60_000 });
    const code = await page.locator('#tracking-code').innerText();
    assert.match(code, /^HD-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const tracked = await open(`/hoi-dap/tra-cuu/?ma=${code}`);
    await tracked.page.locator('#track-result dl').waitFor();
    const text = await tracked.page.locator('#track-result').innerText();
    assert.ok(text.includes('Giấy tờ đăng ký khai sinh') && text.includes('Đã tiếp nhận'), text);
    await axe(tracked.page, 'track');
  });

  it('dossier lookup shows a dossier\'s status from its code', async () => {
    const dossier = await oneDossier();
    const { page } = await open('/tra-cuu-ho-so/');
    await page.fill('#dossier-code', dossier.code);
    await page.click('#dossier-lookup button[type=submit]');
    await page.locator('#dossier-result dl').waitFor();
    assert.ok((await page.locator('#dossier-result').innerText()).includes(dossier.procedureName));
    await axe(page, 'dossier lookup');
  });

  it('without JavaScript: a refused question keeps its text, is confirmed, sent, tracked; a dossier is looked up', async () => {
    const page = await noScript.newPage();
    await page.goto(`${site.url}/hoi-dap/gui-cau-hoi/`);
    await page.fill('#name', 'Trần Thị Mai');
    await page.fill('#phone', '0987654321');
    await page.fill('#title', 'Hỏi');
    await page.fill('#question', 'Con tôi sinh ở bệnh viện tỉnh khác, đăng ký khai sinh ở phường được không?');
    await page.check('#consent');
    await page.click('#ask-form button[type=submit]');
    await page.waitForURL(`${cms.url}/api/forms/question`);
    assert.equal(await page.locator('main h1').innerText(), 'Gửi câu hỏi');
    assert.equal(await page.locator('main .errors').innerText(), 'Tiêu đề: ít nhất 5 ký tự.');
    assert.equal(await page.inputValue('#name'), 'Trần Thị Mai');
    assert.equal(await page.inputValue('#question'), 'Con tôi sinh ở bệnh viện tỉnh khác, đăng ký khai sinh ở phường được không?');
    // The site's stylesheet applies under the CMS page's CSP.
    assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /Times New Roman/);
    await page.fill('#title', 'Đăng ký khai sinh khi sinh ở tỉnh khác');
    await page.click('main button[type=submit]');
    assert.equal(await page.locator('main h1').innerText(), 'Kiểm tra lại câu hỏi');
    assert.ok((await page.locator('main dl').innerText()).includes('Đăng ký khai sinh khi sinh ở tỉnh khác'));
    await page.screenshot({ path: join(artifacts, 'ask-no-js-confirm.png'), fullPage: true });
    await page.waitForTimeout(3_200); // a person reads it over before sending
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    const code = await page.locator('#tracking-code').innerText();
    assert.match(code, /^HD-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.match(await page.locator('main').innerText(), /Hạn trả lời: \d{2}\/\d{2}\/\d{4}\./);
    await page.screenshot({ path: join(artifacts, 'ask-no-js-sent.png'), fullPage: true });
    await page.getByRole('link', { name: 'Tra cứu câu hỏi này' }).click();
    assert.ok((await page.locator('main dl').innerText()).includes('Đã tiếp nhận'));

    await page.goto(`${site.url}/hoi-dap/tra-cuu/`);
    await page.fill('#code', code.toLowerCase());
    await page.click('#track-form button[type=submit]');
    assert.equal(await page.locator('main h2').innerText(), 'Đăng ký khai sinh khi sinh ở tỉnh khác');
    assert.ok(!(await page.locator('main').innerText()).includes('Trần Thị Mai'));

    const dossier = await oneDossier();
    await page.goto(`${site.url}/tra-cuu-ho-so/`);
    await page.fill('#dossier-code', dossier.code);
    await page.click('#dossier-lookup button[type=submit]');
    assert.ok((await page.locator('main dl').innerText()).includes(dossier.procedureName));
    await page.goto(`${site.url}/tra-cuu-ho-so/`);
    await page.fill('#dossier-code', 'H26.45.16-000000-0000');
    await page.click('#dossier-lookup button[type=submit]');
    assert.equal(await page.locator('main .errors').innerText(), 'Không tìm thấy hồ sơ có mã này. Hãy kiểm tra lại mã trên giấy tiếp nhận.');
    await page.close();
  });

  it('the CMS\'s pages for browsers without JavaScript pass axe too', async () => {
    // The form sent natively (form.submit() skips the script's handler), so each page is reached as without JavaScript.
    const { page } = await open('/hoi-dap/gui-cau-hoi/');
    await page.fill('#name', 'Phạm Văn Hùng');
    await page.fill('#email', 'hung@example');
    await page.fill('#title', 'Hỏi về giấy phép xây dựng nhà ở');
    await page.fill('#question', 'Nhà tôi trong ngõ, sửa mái có cần xin giấy phép không?');
    await page.evaluate(() => (document.getElementById('ask-form') as HTMLFormElement).submit());
    await page.waitForURL(`${cms.url}/api/forms/question`);
    assert.equal(await page.locator('main .errors').innerText(), 'Thư điện tử: không đúng dạng, ví dụ ten@example.com.');
    await axe(page, 'ask, no JS: refused');
    await page.fill('#email', 'hung@example.com');
    await page.click('main button[type=submit]');
    await axe(page, 'ask, no JS: confirm');
    await page.waitForTimeout(3_200);
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await page.locator('#tracking-code').waitFor();
    await axe(page, 'ask, no JS: sent');
    await page.getByRole('link', { name: 'Tra cứu câu hỏi này' }).click();
    await axe(page, 'track, no JS');
    const dossier = await oneDossier();
    const lookup = await browser.newPage();
    await lookup.goto(`${cms.url}/api/forms/dossier-lookup?ma=${encodeURIComponent(dossier.code)}`);
    await axe(lookup, 'dossier lookup, no JS');
  });

  it('one page of every page type: 0 Nu Html Checker errors, 0 axe violations, 0 HTML_CodeSniffer errors, no sideways scrolling at 320 and 390 px', async () => {
    const samples = pageSamples(output);
    for (const template of ['home', 'article', 'category', 'schedules', 'contact', '404']) assert.ok(samples.some((s) => s.type === template), `a ${template} page was built`);
    // One JVM for every file, checking while the browser works through the pages.
    const vnuRun = vnuErrors(samples.map((s) => s.file));
    vnuRun.catch(() => undefined); // awaited below; a failure is reported there
    const page = await browser.newPage();
    const rows: Array<{ type: string; path: string; count: number; vnu: number; axe: number; htmlcs: number; at320: number; at390: number }> = [];
    const faults: string[] = [];
    for (const sample of samples) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${site.url}${sample.path}`, { waitUntil: 'load' });
      const axeFound = await axeViolations(page);
      const htmlcsFound = await htmlcsErrors(page);
      const widths: number[] = [];
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 844 });
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        widths.push(scrollWidth);
        if (scrollWidth > innerWidth) faults.push(`${sample.path} at ${width} px is ${scrollWidth} px wide`);
      }
      // Every page type as a phone shows it, to be looked at (e2e/artifacts/phone/<type>.png).
      await page.screenshot({ path: join(artifacts, 'phone', `${sample.type.replace(/[^a-z0-9]+/gi, '-')}.png`), fullPage: true });
      for (const v of axeFound) faults.push(`axe ${sample.path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      for (const e of htmlcsFound) faults.push(`htmlcs ${sample.path}: ${e.code}: ${e.msg} ${e.element}`);
      rows.push({ type: sample.type, path: sample.path, count: sample.count, vnu: 0, axe: axeFound.length, htmlcs: htmlcsFound.length, at320: widths[0], at390: widths[1] });
    }
    await page.close();
    const vnu = await vnuRun;
    for (const [i, sample] of samples.entries()) {
      const found = vnu.get(sample.file) ?? [];
      rows[i].vnu = found.length;
      for (const m of found) faults.push(`vnu ${sample.path}:${m.lastLine ?? '?'}: ${m.message} ${JSON.stringify(m.extract ?? '')}`);
    }
    console.log('Validators per page type (one page each; vnu errors, axe violations, HTML_CodeSniffer WCAG2AA errors, scrollWidth at 320/390 px):');
    console.log(`  ${'type'.padEnd(20)} ${'pages'.padStart(5)} ${'vnu'.padStart(4)} ${'axe'.padStart(4)} ${'htmlcs'.padStart(6)} ${'320'.padStart(4)} ${'390'.padStart(4)}  sample`);
    for (const r of rows) {
      console.log(`  ${r.type.padEnd(20)} ${String(r.count).padStart(5)} ${String(r.vnu).padStart(4)} ${String(r.axe).padStart(4)} ${String(r.htmlcs).padStart(6)} ${String(r.at320).padStart(4)} ${String(r.at390).padStart(4)}  ${r.path}`);
    }
    assert.deepEqual(faults, []);
  });

  it('sitemap.xml and the RSS feeds are well-formed and complete; the sitemap is valid against the sitemaps.org 0.9 schema', async () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const sitemapXml = readFileSync(join(output, 'sitemap.xml'), 'utf8');
    assert.equal(XMLValidator.validate(sitemapXml), true);
    assert.deepEqual(await sitemapSchemaErrors(sitemapXml), []);
    const urls = [parser.parse(sitemapXml).urlset.url].flat() as Array<{ loc: string }>;
    assert.equal(parser.parse(sitemapXml).urlset['@_xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9');
    for (const article of [...model.articles, ...model.en.articles]) assert.ok(urls.some((u) => u.loc === `${siteUrl}${article.url}`), `sitemap lists ${article.url}`);
    assert.ok(model.en.articles.length > 0 && urls.some((u) => u.loc === `${siteUrl}/en/`), 'sitemap lists the English pages');
    assert.ok(urls.every((u) => u.loc.startsWith(`${siteUrl}/`)));
    for (const category of model.categories) {
      assert.ok(category.rssUrl, `${category.name} has a feed`);
      const rss = readFileSync(join(output, category.rssUrl), 'utf8');
      assert.equal(XMLValidator.validate(rss), true, `${category.rssUrl} is well-formed`);
      const channel = parser.parse(rss).rss.channel;
      assert.equal(channel.title, `${category.name} – ${model.settings.siteTitle}`);
      assert.equal(channel.link, `${siteUrl}${category.url}`);
      assert.ok(channel.description);
      const items = [channel.item ?? []].flat() as Array<{ title: string; link: string; guid: unknown; pubDate: string }>;
      assert.equal(items.length, Math.min(30, category.articles.length));
      for (const item of items) assert.ok(item.title && item.link.startsWith(siteUrl) && item.guid && !Number.isNaN(Date.parse(item.pubDate)));
    }
  });
});
