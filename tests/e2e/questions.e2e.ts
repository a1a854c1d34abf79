import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, launchBrowser, signIn, take } from './helpers/browser';
import { registerSuperAdmin, startStrapi, type RunningStrapi } from './helpers/server';

/**
 * A citizen's question as the ward's people handle it, in Debian's Chromium against `strapi start` on an
 * empty database with the demo data and staff: the board assigns it by name → the officer finds the notice
 * and the queue item, answers and sends it → the board approves → the publisher publishes → the asker reads
 * the answer with the tracking code.
 */
const QUESTION_LIST = '/admin/content-manager/collection-types/api::question.question';
const CODE = 'HD-DEM0-0002'; // a demo question nobody has been given yet
const TITLE = 'Chứng thực bản sao giấy tờ bằng tiếng nước ngoài';
const OFFICER = 'Nguyễn Thị Lan — Các tổ dân phố';
const ANSWER = 'Phường chứng thực bản sao từ bản chính văn bằng do cơ sở giáo dục nước ngoài cấp; ông/bà mang bản chính đến Bộ phận một cửa.';
const STAFF = { board: 'bantbientap@phulam.demo', officer: 'congtacvien@phulam.demo', publisher: 'vhtt@phulam.demo' };
/** English (and raw codes) a Vietnamese user must not meet on these screens. */
const ENGLISH = [
  'Policy Failed', 'Forbidden', 'Choose here', 'No entry yet', 'Add or create a relation', 'Published', 'Create an entry',
  'powSalt', 'searchText', 'receivedAt', 'ratedAt', 'consentToPublish', 'da_phan_cong', 'da_tra_loi',
];

let strapi: RunningStrapi;
let browser: Browser;
const pages = new Map<keyof typeof STAFF, Page>();
const missing: string[] = [];
const started = Date.now();

async function as(person: keyof typeof STAFF): Promise<Page> {
  const existing = pages.get(person);
  if (existing) return existing;
  const page = await signIn(browser, strapi.url, STAFF[person], strapi.passwords.get(STAFF[person]));
  page.on('console', (message) => {
    if (message.text().includes('MISSING_TRANSLATION')) missing.push(`${person}: ${message.text().slice(0, 200)}`);
  });
  // A crash in the admin's React tree leaves no trace on screen but an empty side panel: print it.
  page.on('pageerror', (error) => process.stdout.write(`${person}: page error: ${error.message}\n`));
  pages.set(person, page);
  return page;
}

const panel = (page: Page) => page.getByTestId('ew-panel');
const expectState = (page: Page, label: string) => panel(page).getByTestId('ew-state').filter({ hasText: label }).first().waitFor()
  // What the page showed instead, for whoever reads the failure.
  .catch(async (error: unknown) => { await page.screenshot({ path: path.join(ARTIFACTS, 'questions-failed-state.png') }); throw error; });


/** English or raw codes visible on a screen; the walk goes on and the last test fails on any of them. */
const english: Array<{ screen: string; found: string[] }> = [];
async function expectVietnamese(page: Page, screen: string): Promise<void> {
  const text = await page.locator('body').innerText();
  const found = ENGLISH.filter((word) => new RegExp(`(^|[^\\p{L}_])${word}([^\\p{L}_]|$)`, 'u').test(text));
  if (found.length) english.push({ screen, found });
}

/** Desktop and phone (390 × 844) screenshots of the same screen. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `questions-${name}.png`), fullPage: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(ARTIFACTS, `questions-${name}-phone.png`), fullPage: true });
  if (size) await page.setViewportSize(size);
  // Back at desktop width the Content Manager may keep the phone layout it chose (side panels in a drawer
  // under the form) until the page is rendered anew: reload, as a person turning the tablet back would see it.
  await page.reload();
  await page.waitForLoadState('networkidle');
}

async function openFromQueue(page: Page): Promise<void> {
  await page.goto(`${strapi.url}/admin/plugins/editorial-workflow/queue`);
  await page.getByTestId('ew-queue-row').filter({ hasText: TITLE }).getByRole('link').first().click();
  await page.getByRole('heading', { name: TITLE }).waitFor();
}

beforeAll(async () => {
  strapi = await startStrapi();
  browser = await launchBrowser();
  await registerSuperAdmin(strapi.url);
}, 240_000);

afterAll(async () => {
  for (const page of pages.values()) await page.context().close();
  await browser?.close();
  await strapi?.stop();
  process.stdout.write(`Questions end to end: ${((Date.now() - started) / 1000).toFixed(1)} s; MISSING_TRANSLATION messages: ${missing.length}\n`);
});

test('the board assigns the question to an officer chosen by name and unit', async () => {
  const page = await as('board');
  await page.goto(`${strapi.url}${QUESTION_LIST}`);
  const row = page.getByRole('row').filter({ hasText: TITLE });
  expect(await row.getByTestId('ew-state').textContent()).toBe('Chờ phân công');
  expect(await row.innerText()).toContain('Chưa giao');
  await shoot(page, 'list-before');
  await row.getByText(TITLE).click();
  await page.getByRole('heading', { name: TITLE }).waitFor();
  await expectState(page, 'Chờ phân công');
  await take(page, 'Giao trả lời');
  const form = page.getByTestId('ew-transition-form');
  await form.getByRole('combobox').first().click();
  const options = await page.getByRole('option').allInnerTexts();
  expect(options).toContain(OFFICER);
  expect(options.every((label) => !/^[a-z0-9]{20,}$/.test(label.trim()))).toBe(true); // names, not ids
  await page.screenshot({ path: path.join(ARTIFACTS, 'questions-assign-options.png') });
  await page.getByRole('option', { name: OFFICER }).click();
  // Desktop only: a phone-width layout renders the document actions anew, which closes the dialog.
  await page.screenshot({ path: path.join(ARTIFACTS, 'questions-assign-dialog.png') });
  await form.getByRole('button', { name: 'Giao trả lời' }).click();
  await expectState(page, 'Đang trả lời');
  await expectVietnamese(page, 'question edit (board)');
  await shoot(page, 'assigned');
});

test('the officer sees the notice and the queue item, answers and sends it to the board', async () => {
  const page = await as('officer');
  await page.goto(`${strapi.url}/admin/plugins/editorial-workflow/inbox`);
  await page.getByText(`Giao trả lời: ${TITLE}`).first().waitFor();
  await shoot(page, 'officer-inbox');
  await page.goto(`${strapi.url}/admin/plugins/editorial-workflow/queue`);
  const item = page.getByTestId('ew-queue-row').filter({ hasText: TITLE });
  expect(await item.innerText()).toContain('Gửi duyệt câu trả lời');
  await shoot(page, 'officer-queue');
  await openFromQueue(page);
  await expectState(page, 'Đang trả lời');
  await expectVietnamese(page, 'question edit (officer)');
  for (const hidden of ['powSalt', 'searchText', 'ratedAt']) expect(await page.locator(`[name="${hidden}"]`).count()).toBe(0);
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.insertText(ANSWER);
  await page.getByRole('button', { name: /^(Lưu|Save)$/ }).click();
  await page.waitForLoadState('networkidle');
  await take(page, 'Gửi duyệt câu trả lời');
  await expectState(page, 'Chờ Ban biên tập duyệt câu trả lời');
  await shoot(page, 'officer-sent');
});

test('the board approves, the publisher publishes, and the asker reads the answer by the tracking code', async () => {
  const board = await as('board');
  await openFromQueue(board);
  await take(board, 'Duyệt câu trả lời');
  await expectState(board, 'Đã duyệt, chờ đăng');

  const publisher = await as('publisher');
  await openFromQueue(publisher);
  await take(publisher, 'Đăng bài');
  await publisher.getByTestId('ew-transition-form').getByRole('button', { name: 'Đăng bài' }).click();
  await expectState(publisher, 'Đã đăng');
  await publisher.goto(`${strapi.url}${QUESTION_LIST}`);
  const row = publisher.getByRole('row').filter({ hasText: TITLE });
  await row.waitFor();
  expect(await row.innerText()).toContain(OFFICER);
  await expectVietnamese(publisher, 'question list');
  await shoot(publisher, 'list-after');

  const response = await fetch(`${strapi.url}/api/questions/track/${CODE}`);
  const body = (await response.json()) as { data: { status: string; answer: unknown; answeredAt: string | null } };
  expect(response.status).toBe(200);
  expect(body.data.status).toBe('published');
  expect(JSON.stringify(body.data.answer)).toContain('Bộ phận một cửa');
  expect(body.data.answeredAt).not.toBeNull();
  expect(english).toEqual([]);
  expect(missing).toEqual([]);
});
