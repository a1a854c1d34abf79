import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { goodArticle } from '../helpers/staff';
import { ARTIFACTS, LanguageWatch, launchBrowser, signIn, take } from './helpers/browser';
import { registerSuperAdmin, startStrapi, type RunningStrapi } from './helpers/server';

/**
 * Only the buttons that work, scheduling and the queue on a phone (issue 14, points 6–8), on `strapi start`
 * with the demo data as the README's first command loads it. Items are prepared over the admin API; what
 * a person sees and clicks is done in the browser.
 */
const ARTICLE = 'api::article.article';
const STAFF = {
  contributor: 'congtacvien@phulam.demo',
  unitHead: 'truongdonvi@phulam.demo',
  board: 'bantbientap@phulam.demo',
  publisher: 'vhtt@phulam.demo',
};
/** English a Vietnamese user must not meet on these screens. */
const language = new LanguageWatch([/\bDelete\b/, /\bPublish\b/, /\bUnpublish\b/, /Edit the model/, /Forbidden/, /Multiple Locales/, /More document actions/, /\bLoading\b/]);

let strapi: RunningStrapi;
let browser: Browser;
const pages: Page[] = [];
const items = { scheduled: '', phone: '', draft: '' };

async function api(email: string) {
  const login = await fetch(`${strapi.url}/admin/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: strapi.passwords.get(email) }),
  });
  const { data } = (await login.json()) as { data: { token: string } };
  return async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${strapi.url}${url}`, {
      method, headers: { 'content-type': 'application/json', authorization: `Bearer ${data.token}` }, body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

/** A signed-in page that counts MISSING_TRANSLATION console messages under a screen name. */
async function open(email: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await signIn(browser, strapi.url, email, strapi.passwords.get(email));
  if (viewport) await page.setViewportSize(viewport);
  language.watch(page);
  pages.push(page);
  return page;
}

const englishOn = (page: Page) => language.englishLines(page);

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `adminux-${name}.png`), fullPage: true });
const editUrl = (documentId: string) => `${strapi.url}/admin/content-manager/collection-types/${ARTICLE}/${documentId}?plugins[i18n][locale]=vi`;
const panel = (page: Page) => page.getByTestId('ew-panel');

/** The labels of the header's "…" menu (where Strapi puts Delete and "Edit the model"). */
async function headerMenu(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: /Thao tác khác|More actions/i }).first().click();
  const labels = (await page.getByRole('menuitem').allInnerTexts()).map((text) => text.trim());
  await page.keyboard.press('Escape');
  return labels;
}

beforeAll(async () => {
  strapi = await startStrapi();
  browser = await launchBrowser();
  await registerSuperAdmin(strapi.url);
  const contributor = await api(STAFF.contributor);
  const head = await api(STAFF.unitHead);
  const board = await api(STAFF.board);
  const units = await contributor<{ results: Array<{ documentId: string; name: string }> }>('GET', '/content-manager/collection-types/api::contributor-unit.contributor-unit?pageSize=100');
  const categories = await contributor<{ results: Array<{ documentId: string; name: string }> }>('GET', '/content-manager/collection-types/api::category.category?pageSize=100');
  const unit = units.results.find((row) => row.name === 'Các tổ dân phố')!.documentId;
  const category = categories.results.find((row) => row.name.startsWith('Tin tức'))!.documentId;
  const create = async (title: string) =>
    (await contributor<{ data: { documentId: string } }>('POST', `/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unit, category, title))).data.documentId;
  const move = (who: typeof head, documentId: string, transition: string) =>
    who('POST', `/editorial-workflow/documents/${ARTICLE}/${documentId}/transitions`, { transition, locale: 'vi' });
  items.scheduled = await create('Phường ra quân làm sạch kênh Nhiêu Lộc sáng chủ nhật');
  items.phone = await create('Tổ dân phố 7 họp bàn về an ninh trật tự khu phố');
  items.draft = await create('Bản nháp còn xóa được của cộng tác viên');
  for (const documentId of [items.scheduled, items.phone]) await move(contributor, documentId, 'submit');
  await move(head, items.scheduled, 'unit_approve');
  await move(board, items.scheduled, 'board_approve');
}, 300_000);

afterAll(async () => {
  for (const page of pages) await page.context().close();
  await browser?.close();
  await strapi?.stop();
  process.stdout.write(`${language.report()}\n`);
});

test('a contributor is not offered Delete on a submitted item, and the panel names author and unit', async () => {
  const page = await open(STAFF.contributor);
  // Where the gate allows it (an own draft), Delete is there: its absence below is the rule, not a missing menu.
  await page.goto(editUrl(items.draft));
  await panel(page).getByTestId('ew-state').filter({ hasText: 'Bản nháp' }).waitFor();
  await page.waitForTimeout(500);
  expect(await headerMenu(page)).toEqual(expect.arrayContaining([expect.stringMatching(/Xóa mục/)]));
  expect(await page.getByRole('button', { name: 'Lưu', exact: true }).count()).toBe(1);
  await page.goto(editUrl(items.phone));
  await panel(page).getByTestId('ew-state').filter({ hasText: 'Chờ đơn vị duyệt' }).waitFor();
  // Under review the author may not save: no "Lưu", and the panel says what to do instead.
  await panel(page).getByTestId('ew-not-editable').filter({ hasText: 'Rút lại' }).waitFor();
  expect(await page.getByRole('button', { name: 'Lưu', exact: true }).count()).toBe(0);
  expect(await panel(page).getByTestId('ew-author').innerText()).toMatch(/\(.*Các tổ dân phố.*\)/);
  expect(await headerMenu(page)).not.toEqual(expect.arrayContaining([expect.stringMatching(/Xóa|Delete|Edit the model|Sửa cấu trúc/i)]));
  expect(await englishOn(page)).toEqual([]);
  await shot(page, 'contributor-submitted');
});

test('the unit head approves from the queue on a phone (390 × 844), in cards', async () => {
  const page = await open(STAFF.unitHead, { width: 390, height: 844 });
  const started = Date.now();
  let clicks = 0;
  await page.goto(`${strapi.url}/admin/plugins/editorial-workflow/queue`);
  const card = page.getByTestId('ew-queue-card').filter({ hasText: 'Tổ dân phố 7 họp bàn' });
  await card.waitFor();
  expect(await card.innerText()).toMatch(/Chờ đơn vị duyệt/iu);
  expect(await card.innerText()).toMatch(/Hạn xử lý: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  for (const name of ['Thông báo', 'Thống kê', 'Nhật ký']) expect(await page.getByTestId('ew-phone-menu').getByRole('link', { name }).isVisible()).toBe(true);
  await shot(page, 'phone-queue');
  expect(await englishOn(page)).toEqual([]);
  await card.getByRole('button', { name: 'Duyệt (đơn vị)' }).click();
  clicks += 1;
  await card.waitFor({ state: 'detached' });
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(`Unit head's approval on a phone: ${clicks} click(s), ${seconds.toFixed(1)} s from opening the queue\n`);
  await shot(page, 'phone-queue-after');
  await page.getByTestId('ew-phone-menu').getByRole('link', { name: 'Thông báo' }).click();
  await page.waitForURL(/inbox/);
  await page.waitForLoadState('networkidle');
  await shot(page, 'phone-inbox');
});

test('the publisher: a loose time is refused, a past time keeps the dialog with the reason, then schedules, cancels and publishes', async () => {
  const page = await open(STAFF.publisher);
  await page.goto(editUrl(items.scheduled));
  await panel(page).getByTestId('ew-state').filter({ hasText: 'Đã duyệt, chờ đăng' }).waitFor();
  await take(page, 'Đăng bài');
  const form = page.getByTestId('ew-transition-form');
  const time = form.getByTestId('ew-publish-at');
  const submit = form.getByRole('button', { name: 'Đăng bài', exact: true });
  await time.fill('3/12/2026 7:30');
  await submit.click();
  await form.getByText(/theo mẫu dd\/mm\/yyyy HH:mm/).waitFor();
  await time.fill('01/01/2020 08:00');
  await submit.click();
  await form.getByTestId('ew-server-error').filter({ hasText: /đã qua/ }).waitFor();
  expect(await form.isVisible()).toBe(true);
  await shot(page, 'publisher-past-time');
  const at = new Date(Date.now() + 3 * 86_400_000);
  const [d, m, y] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(at).split('/');
  const typed = `${d}/${m}/${y} 07:30`;
  await time.fill(typed);
  await submit.click();
  await form.waitFor({ state: 'detached' });
  await panel(page).getByText('Hẹn giờ đăng:').waitFor();
  expect(await panel(page).getByTestId('ew-history').innerText()).toContain(`Hẹn đăng lúc ${typed}`);
  await shot(page, 'publisher-scheduled');

  await take(page, 'Hủy hẹn giờ');
  await panel(page).getByText('Hẹn giờ đăng:').waitFor({ state: 'detached' });
  expect(await panel(page).getByTestId('ew-history').innerText()).toContain(`Đã hủy lịch hẹn đăng lúc ${typed}`);

  await take(page, 'Đăng bài');
  await page.getByTestId('ew-transition-form').getByRole('button', { name: 'Đăng bài', exact: true }).click();
  await page.waitForLoadState('load');
  await panel(page).getByTestId('ew-state').filter({ hasText: 'Đã đăng' }).waitFor();
  expect(await englishOn(page)).toEqual([]);
  await shot(page, 'publisher-published');
});

test('a contributor is offered neither Delete nor Save on a published item', async () => {
  const page = pages[0];
  await page.goto(editUrl(items.scheduled));
  await panel(page).getByTestId('ew-state').filter({ hasText: 'Đã đăng' }).waitFor();
  await panel(page).getByTestId('ew-not-editable').filter({ hasText: 'Sửa lại' }).waitFor();
  expect(await page.getByRole('button', { name: 'Lưu', exact: true }).count()).toBe(0);
  expect(await headerMenu(page)).not.toEqual(expect.arrayContaining([expect.stringMatching(/Xóa|Delete/i)]));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('ew-summary').waitFor();
  // On a phone the workflow's summary sits above the form, not in the drawer under it.
  const summary = await page.getByTestId('ew-summary').boundingBox();
  const title = await page.getByRole('textbox', { name: /Tiêu đề/ }).boundingBox();
  expect(summary && title && summary.y < title.y).toBe(true);
  await shot(page, 'phone-edit-view');
});

test('no MISSING_TRANSLATION on the screens of this walk', () => {
  expect(Object.fromEntries(language.missing)).toEqual({});
});
