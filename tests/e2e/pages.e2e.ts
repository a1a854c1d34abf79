import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, launchBrowser, signIn } from './helpers/browser';
import { registerSuperAdmin, startStrapi, type RunningStrapi } from './helpers/server';

/**
 * The office's, the one-stop desk's and the board's pages (issue 14, points 9 and 10), in Debian's Chromium
 * against `strapi start` on an empty database with the demo data: a week's schedule entered by picking its
 * Monday; a one-stop export with bad rows imported and its error report downloaded; the statistics' default
 * period at 04:40 in Hà Nội and their legend; the log with titles and Vietnamese steps, searched by title.
 */
const STAFF = {
  office: 'vanphong@phulam.demo',
  oneStop: 'motcua@phulam.demo',
  board: 'bantbientap@phulam.demo',
};
const SCHEDULES = '/admin/content-manager/collection-types/api::work-schedule.work-schedule';
const ROOT = path.join(__dirname, '..', '..');

/** Strapi's English that a Vietnamese user must not meet on these screens. */
const ENGLISH = [
  'Choose File', 'No file chosen', 'No entry yet', 'Add an entry', 'Create an entry', 'Choose date', 'Choose time',
  'Download', 'Loading', 'Search', 'Published', 'Modified', 'Draft', 'Save', 'Clear', 'Legend', 'Quota',
];

let strapi: RunningStrapi;
let browser: Browser;
const started = Date.now();
const pages = new Map<keyof typeof STAFF, Page>();
/** MISSING_TRANSLATION console messages per screen (the one `visit` or the test named last), with their keys. */
const missing = new Map<string, number>();
const missingKeys = new Map<string, Set<string>>();
let screen = 'login';
/** What the screens of the current test showed that they must not: checked at the end of each test. */
let problems: Array<{ screen: string; english: string[]; missingTranslations: number }> = [];
beforeEach(() => {
  problems = [];
});

async function as(person: keyof typeof STAFF): Promise<Page> {
  const existing = pages.get(person);
  if (existing) return existing;
  const page = await signIn(browser, strapi.url, STAFF[person], strapi.passwords.get(STAFF[person]));
  page.on('console', (message) => {
    if (!message.text().includes('MISSING_TRANSLATION')) return;
    missing.set(screen, (missing.get(screen) ?? 0) + 1);
    const key = /"([^"]+)"/.exec(message.text())?.[1] ?? message.text().slice(0, 120);
    missingKeys.set(screen, (missingKeys.get(screen) ?? new Set()).add(key));
  });
  pages.set(person, page);
  return page;
}

/** English words shown on the page (whole words, in what a person reads: the body's visible text). */
async function englishOn(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return ENGLISH.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text));
}

/** Screenshots at desktop width and at 390 × 844, and the checks every screen passes. */
async function look(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(ARTIFACTS, `pages-${name}.png`), fullPage: true });
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(ARTIFACTS, `pages-${name}-phone.png`), fullPage: true });
  await page.setViewportSize(desktop);
  const found = { screen: name, english: await englishOn(page), missingTranslations: missing.get(screen) ?? 0 };
  if (found.english.length > 0 || found.missingTranslations > 0) problems.push(found);
}

/** Each screen of the test: no English from the list, no MISSING_TRANSLATION. */
function expectVietnameseOnly(): void {
  expect(problems).toEqual([]);
}

async function visit(page: Page, name: string, url: string): Promise<void> {
  screen = name;
  await page.goto(`${strapi.url}${url}`);
}

/** The Monday after today in Vietnam (this week has the demo schedules), as dd/mm/yyyy and yyyy-mm-dd. */
function nextMonday(): { shown: string; iso: string; dayMonth: string } {
  const today = new Date(`${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())}T00:00:00Z`);
  const monday = new Date(today.getTime() + (((8 - today.getUTCDay()) % 7) || 7) * 86_400_000);
  const iso = monday.toISOString().slice(0, 10);
  const [year, month, day] = iso.split('-');
  return { shown: `${day}/${month}/${year}`, iso, dayMonth: `${day}/${month}` };
}

beforeAll(async () => {
  strapi = await startStrapi();
  await registerSuperAdmin(strapi.url);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  for (const page of pages.values()) await page.context().close();
  await browser?.close();
  await strapi?.stop();
  process.stdout.write(`Pages end-to-end: ${((Date.now() - started) / 1000).toFixed(1)} s wall time; MISSING_TRANSLATION per screen: ${JSON.stringify(Object.fromEntries(missing))}\n`);
  process.stdout.write(`Missing keys: ${JSON.stringify(Object.fromEntries([...missingKeys].map(([name, keys]) => [name, [...keys]])))}\n`);
});

test('the office enters a week\'s schedule by picking its Monday; the week is derived, entries read as summaries', async () => {
  const page = await as('office');
  const monday = nextMonday();
  await visit(page, 'schedule-form', `${SCHEDULES}/create`);
  await page.waitForLoadState('networkidle');

  const body = page.getByRole('combobox', { name: /Cơ quan/ });
  await body.click();
  await page.getByRole('option', { name: /^(UBND phường|ubnd)$/ }).click();
  await page.locator('input[name="weekStart"]').fill(monday.shown);
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: /Chưa có mục nào|No entry yet|Thêm/ }).first().click();
  await page.locator('input[name="entries.0.date"]').fill(monday.shown);
  await page.keyboard.press('Tab');

  const time = page.locator('input[name="entries.0.time"]');
  await time.click();
  await page.getByRole('option', { name: '08:00', exact: true }).click();
  // The list of times closes once a time is chosen, instead of staying open over the form.
  await page.getByRole('listbox').waitFor({ state: 'detached', timeout: 2000 });
  expect(await time.inputValue()).toBe('08:00');
  await page.locator('textarea[name="entries.0.content"]').fill('Giao ban Thường trực UBND phường đầu tuần');
  await look(page, 'schedule-form');

  await page.getByRole('button', { name: /^(Lưu|Save)$/ }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/create'));
  screen = 'schedule-saved';
  await page.reload();
  await page.waitForLoadState('networkidle');
  const week = page.locator('input[name="week"]');
  expect(await week.isDisabled()).toBe(true);
  expect(await week.inputValue()).toMatch(/^\d{4}-W\d{2}$/);
  await page.getByText(`Thứ Hai ${monday.dayMonth} · Sáng 08:00 · Giao ban Thường trực UBND phường đầu tuần`).waitFor();
  await look(page, 'schedule-saved');
  expectVietnameseOnly();
});

test('the one-stop desk sees the columns, imports a file with bad rows, and downloads the error report', async () => {
  const page = await as('oneStop');
  await visit(page, 'import', '/admin/plugins/one-stop');
  const columns = page.getByTestId('os-columns');
  await columns.getByText('Mã hồ sơ', { exact: true }).waitFor();
  expect(await columns.innerText()).toMatch(/Ngày tiếp nhận[\s\S]*Bắt buộc/);
  await page.getByRole('button', { name: 'Tải tệp mẫu (.csv)' }).waitFor();
  expect(await page.getByText('Chưa chọn tệp nào').count()).toBe(1);

  const sample = fs.readFileSync(path.join(ROOT, 'docs', 'samples', 'dossiers-sample.csv'), 'utf8').trimEnd();
  const file = `${sample}\n90,E2E-BAD-1,1.001193,,Hộ tịch,31/02/2026,,,Đang xử lý,Trực tiếp,\n91,E2E-BAD-2,9.999999,,Hộ tịch,20/11/2026,,,Đang xử lý,Trực tiếp,\n`;
  await page.locator('input[type="file"]').setInputFiles({ name: 'ho-so-mot-cua.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  await page.getByText(/ho-so-mot-cua\.csv \(\d+ KB\)/).waitFor();
  await look(page, 'import-chosen');
  await page.getByRole('button', { name: 'Tải lên và xem trước' }).click();

  const report = page.getByTestId('os-error-report');
  await report.waitFor();
  const confirm = page.getByRole('button', { name: /^Xác nhận nhập \d+ hồ sơ$/ });
  const [reportBox, confirmBox] = [await report.boundingBox(), await confirm.boundingBox()];
  expect(reportBox!.y).toBeLessThan(confirmBox!.y); // read before confirming
  const colour = await report.getByText(/31\/02\/2026/).evaluate((element) => (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(element).color);
  expect(colour).toBe('rgb(208, 43, 32)'); // danger600
  await look(page, 'import-preview');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải báo cáo lỗi (.csv)' }).click()]);
  expect(download.suggestedFilename()).toBe('bao-cao-loi-ho-so-mot-cua.csv');
  const csv = fs.readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFFDòng,Mã hồ sơ,Lỗi')).toBe(true);
  expect(csv).toContain('E2E-BAD-1');
  expect(csv).toContain('E2E-BAD-2');

  const valid = Number((await confirm.innerText()).match(/\d+/)![0]);
  await confirm.click();
  await page.getByText('Đã nhập xong').waitFor();
  expect(await page.getByText(/Đã ghi 0\/\d+/).count()).toBe(0);
  expect(await page.locator('body').innerText()).toContain('bỏ qua 2 dòng lỗi');
  expect(valid).toBeGreaterThan(0);
  await look(page, 'import-done');
  expectVietnameseOnly();
});

test('statistics at 04:40 on 02/12 in Hà Nội: the period shown is the period asked for and named in the download', async () => {
  const page = await as('board');
  await page.clock.setFixedTime(new Date('2026-12-01T21:40:00Z')); // 04:40, 02/12/2026 in Hà Nội
  const request = page.waitForRequest((req) => req.url().includes('/editorial-workflow/stats?'));
  await visit(page, 'statistics', '/admin/plugins/editorial-workflow/stats');
  expect((await request).url()).toContain('from=2026-11-03&to=2026-12-02');
  await page.getByTestId('ew-stats-chart').waitFor();
  expect(await page.getByLabel('Từ ngày').inputValue()).toBe('03/11/2026');
  expect(await page.getByLabel('Đến ngày').inputValue()).toBe('02/12/2026');
  const legend = page.getByTestId('ew-stats-legend');
  expect(await legend.isVisible()).toBe(true);
  expect(await legend.innerText()).toMatch(/Số tin bài đã đăng[\s\S]*Chỉ tiêu/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('thong-ke-2026-11-03-2026-12-02.csv');
  await look(page, 'statistics');
  // On a phone the chart's words keep their size and the chart fits the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  const chart = page.getByTestId('ew-stats-chart');
  const unitName = chart.getByText('Các tổ dân phố', { exact: true });
  expect(Number.parseFloat(await unitName.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(12);
  expect((await chart.boundingBox())!.width).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1440, height: 1000 });
  expectVietnameseOnly();
});

test('the log names items by title with Vietnamese steps, and is searched by title', async () => {
  const page = await as('board');
  await visit(page, 'log', '/admin/plugins/editorial-workflow/log');
  const rows = page.locator('tbody tr');
  await rows.first().waitFor();
  const text = await page.locator('tbody').innerText();
  expect(text).not.toMatch(/api::|article\.article|\b(board_approve|unit_approve|submit|propaganda_review|unit_approved)\b/);
  expect(text).toMatch(/Gửi duyệt → Chờ đơn vị duyệt/);
  await look(page, 'log');

  const title = (await rows.first().locator('td').nth(4).locator('p').first().innerText()).trim();
  const part = title.split(' ').slice(1, 4).join(' ').toLocaleUpperCase('vi');
  screen = 'log-search';
  await page.getByLabel('Tiêu đề tài liệu').fill(part);
  // Wait for the search's own answer, then for its rows (the table shows a loader meanwhile).
  const [answer] = await Promise.all([
    page.waitForResponse((res) => res.url().includes('/editorial-workflow/log') && res.url().includes('title=')),
    page.getByRole('button', { name: 'Tìm', exact: true }).click(),
  ]);
  expect(answer.status()).toBe(200);
  expect(((await answer.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);
  await rows.first().waitFor();
  const titles = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[4]?.querySelector('p')?.textContent ?? ''));
  expect(titles.length).toBeGreaterThan(0);
  for (const found of titles) expect(found.toLocaleLowerCase('vi')).toContain(part.toLocaleLowerCase('vi'));
  await look(page, 'log-search');
  expectVietnameseOnly();
});
