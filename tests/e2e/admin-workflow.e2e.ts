import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, LanguageWatch, launchBrowser, signIn, take } from './helpers/browser';
import { startStrapi, type RunningStrapi } from './helpers/server';

/**
 * The news chain as its people take it in the admin panel, in Debian's Chromium against `strapi start`
 * with the demo data and staff: a newcomer creates the super admin → a contributor writes an orientation
 * article with a photo uploaded through the cover picker → submit → the unit head approves from the home
 * page → the board returns it with a reason → resubmit → approvals → the propaganda board's opinion →
 * publish → the public REST API serves it with its photo; on the way, the unit head names a deputy for a day
 * of leave, who approves for the unit until the leave is ended. Every screen is watched for missing translations
 * and English. (Scheduling, work schedules, imports and questions: adminux, pages and questions.e2e.ts.)
 */
const ARTICLE_LIST = '/admin/content-manager/collection-types/api::article.article';
const TITLE = 'Phường tổ chức ngày hội đại đoàn kết toàn dân khu dân cư số 5';
const REASON = 'Cần bổ sung số hộ tham gia và ảnh có chú thích đầy đủ';
const SUMMARY = 'Ngày hội diễn ra tại nhà văn hóa tổ dân phố số 5 với đông đảo nhân dân tham gia.';
/** The contributor's fix after the return: one phrase of the summary. */
const FIXED_SUMMARY = SUMMARY.replace('đông đảo', '320 hộ');
const COMMENT = 'Sapo: ghi rõ số hộ tham gia thay cho "đông đảo".';
const REPLY = 'Đã sửa: 320 hộ, theo sổ của tổ dân phố.';
const CONTRIBUTOR_NAME = 'Nguyễn Thị Lan';
const STAFF = {
  contributor: 'congtacvien@phulam.demo',
  unitHead: 'truongdonvi@phulam.demo',
  otherUnitHead: 'chanhvanphong@phulam.demo',
  board: 'bantbientap@phulam.demo',
  propaganda: 'tuyengiao@phulam.demo',
  publisher: 'vhtt@phulam.demo',
};
const PHOTO = { name: 'ngay-hoi-khu-dan-cu-so-5.jpg', alt: 'Người dân khu dân cư số 5 dự ngày hội', caption: 'Quang cảnh ngày hội tại nhà văn hóa tổ dân phố số 5' };
/** English a Vietnamese user must not meet on these screens (Strapi's own words that leaked before). */
const language = new LanguageWatch([
  /\bDelete\b/, /\bPublish(ed)?\b/, /\bUnpublish\b/, /Edit the model/, /Forbidden/, /Multiple Locales/, /More document actions/,
  /\bLoading\b/, /No entry yet/, /Create an entry/, /Add or create a relation/, /Set up preview/, /Fill in from another locale/,
  /Policy Failed/, /Introducing/, /LAST EDITED/i, /Welcome to Strapi/, /Upload \d+ assets?/, /Add new assets/, /\bFinish\b/,
]);

/** The person who installs the site; the first to open /admin. */
const NEWCOMER = { firstname: 'Quang', lastname: 'Nguyễn Văn', email: 'quantri@phulam.test', password: 'Phulam-Quantri-2026' };

let strapi: RunningStrapi;
let browser: Browser;
let editPath = '';
const started = Date.now();

/** One signed-in page per person for the whole run: the admin login is rate-limited per account. */
const pages = new Map<keyof typeof STAFF, Page>();
async function as(person: keyof typeof STAFF): Promise<Page> {
  const existing = pages.get(person);
  if (existing) return existing;
  const page = language.watch(await signIn(browser, strapi.url, STAFF[person], strapi.passwords.get(STAFF[person])));
  pages.set(person, page);
  return page;
}

const panel = (page: Page) => page.getByTestId('ew-panel');

/** Waits until the side panel shows the state label. */
async function expectState(page: Page, label: string): Promise<void> {
  await panel(page).getByTestId('ew-state').filter({ hasText: label }).first().waitFor();
}

async function buttonLabels(page: Page): Promise<string[]> {
  return (await page.getByRole('button').allInnerTexts()).map((text) => text.trim());
}

async function openFromQueue(page: Page): Promise<void> {
  await page.goto(`${strapi.url}/admin/plugins/editorial-workflow/queue`);
  // The title's link comes first; a step that asks for a reason or a time is a second link, to the same item.
  await page.getByTestId('ew-queue-row').filter({ hasText: TITLE }).getByRole('link').first().click();
  await page.getByRole('heading', { name: TITLE }).waitFor();
}

beforeAll(async () => {
  strapi = await startStrapi();
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  for (const page of pages.values()) await page.context().close();
  await browser?.close();
  await strapi?.stop();
  process.stdout.write(`Admin end-to-end flows: ${((Date.now() - started) / 1000).toFixed(1)} s wall time\n${language.report()}\n`);
});

test('a newcomer opens /admin on the fresh database, creates the super admin and lands in the admin', async () => {
  // The demo staff exist (their passwords were printed), yet nobody is super admin: Strapi's registration is open.
  expect(strapi.passwords.size).toBeGreaterThan(5);
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(45_000);
  const page = await context.newPage();
  await page.goto(`${strapi.url}/admin`);
  await page.waitForURL((url) => url.pathname.endsWith('/auth/register-admin'));
  for (const [name, value] of Object.entries(NEWCOMER)) await page.locator(`input[name="${name}"]`).fill(value);
  await page.locator('input[name="confirmPassword"]').fill(NEWCOMER.password);
  await page.screenshot({ path: path.join(ARTIFACTS, 'first-run-register.png') });
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  // In the admin as super admin: Settings (roles, API tokens) is theirs.
  await page.goto(`${strapi.url}/admin/settings/roles`);
  await page.getByText('Cộng tác viên').first().waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'first-run-roles.png') });
  await context.close();

  // Registration is now closed: /admin asks to log in, and the API refuses a second super admin.
  const init = (await (await fetch(`${strapi.url}/admin/init`)).json()) as { data: { hasAdmin: boolean } };
  expect(init.data.hasAdmin).toBe(true);
  const second = await fetch(`${strapi.url}/admin/register-admin`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...NEWCOMER, email: 'nguoithu2@phulam.test' }),
  });
  expect(second.status).toBe(400);
});

test('a contributor writes an orientation article, uploads its photo in the cover picker, submits, and is never offered Publish', async () => {
  const page = await as('contributor');
  // With the locale in the address the form does not redirect (and ask to leave) while it is being filled.
  await page.goto(`${strapi.url}${ARTICLE_LIST}/create?plugins[i18n][locale]=vi`);
  await page.waitForLoadState('networkidle');
  await page.getByRole('textbox', { name: /Tiêu đề/ }).fill(TITLE);
  await page.getByRole('textbox', { name: /Sapo/ }).fill(SUMMARY);
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.insertText(Array.from({ length: 110 }, (_, i) => `nội${i}`).join(' '));

  // The cover: add the component, open the media dialog, upload a photo from the computer, choose it. The
  // photo is a JPEG the browser takes of the form itself: a real image, with no file kept for it.
  const photo = await page.screenshot({ type: 'jpeg', quality: 80, clip: { x: 0, y: 0, width: 800, height: 533 } });
  await page.getByRole('button', { name: 'Chưa có mục nào. Bấm để thêm.' }).first().click();
  // The form has three pickers now (cover, video, captions): the cover's is the one in its "Ảnh" field.
  await page.getByRole('region', { name: 'Ảnh' }).getByRole('button', { name: 'Bấm để chọn ảnh, tệp hoặc kéo thả vào vùng này' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Thêm tệp mới' }).first().click();
  await page.locator('input[type="file"]').first().setInputFiles({ name: PHOTO.name, mimeType: 'image/jpeg', buffer: photo });
  await language.check(page);
  await page.screenshot({ path: path.join(ARTIFACTS, 'cover-upload.png') });
  await dialog.getByRole('button', { name: 'Tải 1 tệp lên thư viện' }).click();
  await dialog.getByText(PHOTO.name).waitFor();
  await dialog.getByRole('button', { name: 'Hoàn tất' }).click();
  await page.getByText(PHOTO.name).waitFor(); // the chosen photo's card in the form
  await page.locator('input[name="cover.alt"]').fill(PHOTO.alt);
  await page.locator('input[name="cover.caption"]').fill(PHOTO.caption);

  for (const [field, option] of [['unit', 'Các tổ dân phố'], ['category', 'Tin tức']]) {
    const box = page.locator(`input[name="${field}"]`);
    await box.click();
    await box.fill(option);
    await page.getByRole('option', { name: new RegExp(option) }).first().click();
  }
  const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  await page.locator('input[name="eventDate"]').fill(today);
  await page.keyboard.press('Tab');
  const orientation = page.locator('input[name="isOrientation"]');
  await orientation.click({ force: true }); // the toggle's "Có"
  expect(await orientation.isChecked()).toBe(true);
  await language.check(page);
  await page.getByRole('button', { name: /^(Lưu|Save)$/ }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/create'));
  editPath = new URL(page.url()).pathname;

  await expectState(page, 'Bản nháp');
  await panel(page).getByText('Bài định hướng').waitFor();
  expect(await page.getByText('Thiết lập xem trước').count()).toBe(0); // no preview card: the site is static
  expect(await buttonLabels(page)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(Publish|Xuất bản|Đăng bài)$/)]));
  await take(page, 'Gửi duyệt');
  await expectState(page, 'Chờ đơn vị duyệt');
  expect(await panel(page).getByTestId('ew-history').innerText()).toContain('Gửi duyệt');
  expect(await buttonLabels(page)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(Publish|Xuất bản|Unpublish|Discard changes)$/)]));
  await language.check(page);
  await page.screenshot({ path: path.join(ARTIFACTS, 'contributor-submitted.png') });
});

test('the unit head, away today, names the office head as deputy: the deputy approves for the unit during the leave, and after it is offered nothing', async () => {
  const DEMO_ITEM = 'Tổ dân phố số 2 tổ chức hội nghị nhân dân đầu năm';
  const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()); // dd/mm/yyyy
  const queueUrl = `${strapi.url}/admin/plugins/editorial-workflow/queue`;
  const head = await as('unitHead');
  await head.goto(queueUrl);
  const section = head.getByTestId('ew-deputies');
  await section.waitFor();
  await section.getByRole('combobox', { name: /Người thay/ }).click();
  await head.getByRole('option', { name: /Ngô Đức Long/ }).click();
  for (const field of ['fromDate', 'toDate']) {
    await head.locator(`input[name="${field}"]`).fill(today);
    await head.keyboard.press('Tab');
  }
  await section.getByRole('button', { name: 'Cử người thay' }).click();
  await section.getByText(`Ngô Đức Long thay Trần Văn Hùng từ ${today} đến ${today} (đang thay)`).waitFor();
  await language.check(head);
  await head.screenshot({ path: path.join(ARTIFACTS, 'deputy-named.png'), fullPage: true });

  const deputy = await as('otherUnitHead');
  await deputy.goto(queueUrl);
  await deputy.getByTestId('ew-queue-row').filter({ hasText: TITLE }).waitFor();
  const demo = deputy.getByTestId('ew-queue-row').filter({ hasText: DEMO_ITEM });
  await demo.getByRole('button', { name: 'Duyệt (đơn vị)' }).click();
  await demo.waitFor({ state: 'detached' });
  await language.check(deputy);
  await deputy.screenshot({ path: path.join(ARTIFACTS, 'deputy-queue.png'), fullPage: true });

  // The log names both people.
  const board = await as('board');
  await board.goto(`${strapi.url}/admin/plugins/editorial-workflow/log`);
  await board.getByText('Ngô Đức Long (thay Trần Văn Hùng)').first().waitFor();

  // Back early: the leave ends, and the deputy holds the unit's rights no more.
  await head.goto(queueUrl);
  await section.getByRole('button', { name: 'Kết thúc' }).click();
  await section.getByText('Chưa cử ai thay.').waitFor();
  await deputy.goto(queueUrl);
  await deputy.getByRole('heading', { name: 'Việc của tôi' }).waitFor();
  await deputy.waitForLoadState('networkidle');
  expect(await deputy.getByText(TITLE).count()).toBe(0);
});

test('the unit head finds it on the home page under "Việc của tôi" and approves it', async () => {
  const page = await as('unitHead');
  await page.goto(`${strapi.url}/admin`);
  const queue = page.getByTestId('ew-home-queue');
  await queue.waitFor();
  expect(await queue.innerText()).toMatch(/^Việc của tôi \(\d+\)$/);
  const item = page.getByTestId('ew-home-item').filter({ hasText: TITLE });
  expect(await item.textContent()).toContain('Chờ đơn vị duyệt'); // (the badge is shown in capitals)
  await language.check(page);
  await page.screenshot({ path: path.join(ARTIFACTS, 'home-unit-head.png') });
  await item.getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { name: TITLE }).waitFor();
  await expectState(page, 'Chờ đơn vị duyệt');
  await take(page, 'Duyệt (đơn vị)');
  await expectState(page, 'Chờ Ban biên tập duyệt');
  await language.check(page);
});

test('the board adds the item\'s due day as a public holiday in "Cài đặt quy trình": the item is due a working day later', async () => {
  const page = await as('board');
  const queueUrl = `${strapi.url}/admin/plugins/editorial-workflow/queue`;
  const dueOf = async () => {
    await page.goto(queueUrl);
    const row = page.getByTestId('ew-queue-row').filter({ hasText: TITLE });
    await row.waitFor();
    const [, day, month, year, time] = /(\d{2})\/(\d{2})\/(\d{4}) (\d{2}:\d{2})/.exec(await row.innerText()) ?? [];
    return { iso: `${year}-${month}-${day}`, time };
  };
  const before = await dueOf();
  expect(before.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  await page.goto(`${strapi.url}/admin/plugins/editorial-workflow/settings`);
  const year = page.getByRole('heading', { name: `Năm ${before.iso.slice(0, 4)}` }).locator('xpath=..');
  await year.waitFor();
  const holidays = year.getByRole('textbox', { name: 'Ngày nghỉ lễ' });
  await holidays.fill(`${await holidays.inputValue()}\n${before.iso}`);
  await year.getByRole('button', { name: 'Lưu' }).click();
  await year.getByText('Đã lưu và ghi vào nhật ký.').waitFor();
  await language.check(page);
  await page.screenshot({ path: path.join(ARTIFACTS, 'settings-holiday.png'), fullPage: true });

  const after = await dueOf();
  expect(after.iso > before.iso).toBe(true);
  expect(after.time).toBe(before.time);
});

test('a unit head of another unit cannot open it', async () => {
  const page = await as('otherUnitHead');
  await page.goto(`${strapi.url}/admin/plugins/editorial-workflow/queue`);
  await page.getByRole('heading', { name: 'Việc của tôi' }).waitFor();
  expect(await page.getByText(TITLE).count()).toBe(0);
  await page.goto(`${strapi.url}${editPath}`);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(ARTIFACTS, 'other-unit-head.png') });
  expect(await page.getByRole('heading', { name: TITLE }).count()).toBe(0);
  expect(await page.getByTestId('ew-panel').count()).toBe(0);
});

test('a board member returns it with a reason, and the contributor reads the reason', async () => {
  const board = await as('board');
  await openFromQueue(board);
  // The board may give the item to one of its members; nobody has it yet, said once.
  const reviewer = panel(board).getByTestId('ew-reviewer');
  await reviewer.waitFor();
  expect((await reviewer.innerText()).match(/Chưa giao cho ai/g)).toHaveLength(1);

  // A comment on the summary that names the contributor: the form offers only people who may read the item.
  const threads = panel(board).getByTestId('ew-comments');
  await threads.getByTestId('ew-comment-new').click();
  const note = threads.getByTestId('ew-comment-form');
  await note.locator('textarea').fill(COMMENT);
  await note.getByRole('combobox').first().click();
  await board.getByRole('option', { name: 'Sapo (tóm tắt)' }).click();
  await note.getByRole('combobox').last().click();
  await board.getByRole('option', { name: CONTRIBUTOR_NAME }).click();
  await board.keyboard.press('Escape');
  await note.getByRole('button', { name: 'Gửi', exact: true }).click();
  await threads.getByTestId('ew-comment-body').filter({ hasText: COMMENT }).waitFor();

  // The return points at that comment: the author must settle it.
  await take(board, 'Trả lại');
  const form = board.getByTestId('ew-transition-form');
  await form.getByRole('combobox').first().click();
  await board.getByRole('option', { name: 'Thông tin sai hoặc thiếu' }).click();
  await form.locator('textarea').first().fill('Quá ngắn');
  await form.getByRole('button', { name: 'Trả lại' }).click();
  await form.getByText(/ít nhất 20 ký tự/).waitFor(); // the dialog refuses before the server is asked
  await form.locator('textarea').first().fill(REASON);
  await form.getByTestId('ew-return-comments').getByRole('checkbox').first().check();
  await form.getByRole('button', { name: 'Trả lại' }).click();
  await expectState(board, 'Trả lại để sửa');
  await panel(board).getByTestId('ew-return-open').filter({ hasText: 'Lần trả lại kèm 1 ý kiến: còn 1 chưa giải quyết.' }).waitFor();
  await language.check(board);

  const contributor = await as('contributor');
  await contributor.goto(`${strapi.url}/admin/plugins/editorial-workflow/inbox`);
  await contributor.getByText(`nhắc bạn: ${TITLE}`, { exact: false }).first().waitFor();
  await contributor.goto(`${strapi.url}${editPath}`);
  await expectState(contributor, 'Trả lại để sửa');
  const reason = await panel(contributor).getByTestId('ew-history-reason').first().innerText();
  expect(reason).toContain(REASON);
  expect(reason).toContain('Thông tin sai hoặc thiếu');
  await contributor.getByRole('button', { name: 'Gửi duyệt', exact: true }).waitFor();
  await contributor.screenshot({ path: path.join(ARTIFACTS, 'side-panel-returned.png') });
  // The board's comment reached the contributor's inbox and stands in the panel; the contributor replies
  // and resolves it once the fix is made.
  const thread = panel(contributor).getByTestId('ew-comments').getByTestId('ew-comment-thread').filter({ hasText: COMMENT });
  await thread.waitFor();
  expect(await thread.innerText()).toContain('về "Sapo (tóm tắt)"');
  // The fix the board asked for: the number of households, in the summary; saved, then sent again.
  await contributor.getByRole('textbox', { name: /Sapo/ }).fill(FIXED_SUMMARY);
  const saved = contributor.waitForResponse((response) => response.request().method() === 'PUT' && response.url().includes('/content-manager/collection-types/api::article.article/'));
  await contributor.getByRole('button', { name: /^(Lưu|Save)$/ }).click();
  expect((await saved).status()).toBe(200);
  await thread.getByRole('button', { name: 'Trả lời', exact: true }).click();
  await thread.locator('textarea').fill(REPLY);
  await thread.getByRole('button', { name: 'Gửi', exact: true }).click();
  await thread.getByTestId('ew-comment-body').filter({ hasText: REPLY }).waitFor();
  expect(await thread.getByTestId('ew-comment-pointed').count()).toBe(1);
  await thread.getByTestId('ew-comment-resolve').click();
  await thread.getByTestId('ew-comment-resolved').waitFor();
  await panel(contributor).getByTestId('ew-return-open').filter({ hasText: 'Lần trả lại kèm 1 ý kiến: đã giải quyết hết.' }).waitFor();
  await contributor.screenshot({ path: path.join(ARTIFACTS, 'comments-resolved.png') });
  await language.check(contributor);
  await take(contributor, 'Gửi duyệt');
  await expectState(contributor, 'Chờ đơn vị duyệt');
});

test('after the approvals and the propaganda board\'s opinion the publisher publishes it, and the public API serves it with its photo', async () => {
  const head = await as('unitHead');
  await openFromQueue(head);
  await take(head, 'Duyệt (đơn vị)');
  await expectState(head, 'Chờ Ban biên tập duyệt');

  // The board member who returned it is told it changed since, sees the changed words marked, and
  // approves from the comparison. An orientation item then goes to the propaganda board.
  const board = await as('board');
  const reading = Date.now();
  await openFromQueue(board);
  await expect(panel(board).getByTestId('ew-changed-since').innerText()).resolves.toMatch(/^Đã sửa từ lần bạn trả lại/);
  await panel(board).getByTestId('ew-open-compare').click();
  const dialog = board.getByTestId('ew-compare');
  const summary = dialog.getByTestId('ew-compare-changed').getByTestId('ew-field-summary');
  await summary.locator('ins').first().waitFor();
  expect(await summary.locator('del').allInnerTexts()).toEqual(['đông đảo']);
  expect(await summary.locator('ins').allInnerTexts()).toEqual(['320 hộ']);
  // Only the summary changed: the rest is folded.
  expect(await dialog.getByTestId('ew-compare-changed').locator('[data-testid^="ew-field-"]').count()).toBe(1);
  await dialog.getByRole('button', { name: /^Hiện \d+ trường không đổi$/ }).waitFor();
  await language.check(board);
  await board.waitForTimeout(400); // the dialog's fade-in, for the screenshot only
  await board.screenshot({ path: path.join(ARTIFACTS, 'compare-since-return.png') });
  await dialog.getByRole('button', { name: 'Duyệt (Ban biên tập)', exact: true }).click();
  await expectState(board, 'Chờ Ban Tuyên giáo cho ý kiến');
  process.stdout.write(`Re-approving a one-phrase fix from the comparison: ${((Date.now() - reading) / 1000).toFixed(1)} s from opening the queue to the approval\n`);

  const propaganda = await as('propaganda');
  await openFromQueue(propaganda);
  await expectState(propaganda, 'Chờ Ban Tuyên giáo cho ý kiến');
  await panel(propaganda).getByText('Bài định hướng').waitFor();
  await language.check(propaganda);
  await propaganda.screenshot({ path: path.join(ARTIFACTS, 'propaganda-review.png') });
  await take(propaganda, 'Cho ý kiến đồng ý');
  await expectState(propaganda, 'Đã duyệt, chờ đăng');

  const publisher = await as('publisher');
  await openFromQueue(publisher);
  await take(publisher, 'Đăng bài');
  const form = publisher.getByTestId('ew-transition-form');
  await form.getByRole('button', { name: 'Đăng bài' }).click();
  await expectState(publisher, 'Đã đăng');
  await language.check(publisher);
  await publisher.screenshot({ path: path.join(ARTIFACTS, 'side-panel-published.png') });

  const response = await fetch(`${strapi.url}/api/articles?filters[title][$eq]=${encodeURIComponent(TITLE)}&populate[cover][populate]=image`);
  const body = (await response.json()) as { data: Array<{ title: string; cover: { alt: string; image: { name: string; url: string } } }> };
  expect(response.status).toBe(200);
  expect(body.data.map((article) => article.title)).toEqual([TITLE]);
  expect(body.data[0].cover).toMatchObject({ alt: PHOTO.alt, image: { name: PHOTO.name } });
  expect((await fetch(`${strapi.url}${body.data[0].cover.image.url}`)).status).toBe(200);
});

test('the list view shows each item\'s state and filters by it', async () => {
  const page = await as('board');
  await page.goto(`${strapi.url}${ARTICLE_LIST}`);
  const row = page.getByRole('row').filter({ hasText: TITLE });
  expect(await row.getByTestId('ew-state').textContent()).toBe('Đã đăng');
  await page.goto(`${strapi.url}${ARTICLE_LIST}?filters[$and][0][ewState][$eq]=returned&page=1`);
  await page.getByRole('row').filter({ hasText: 'Tổ dân phố số 9 tổng kết phong trào khuyến học' }).waitFor();
  const states = await page.getByRole('row').getByTestId('ew-state').allTextContents();
  expect(states.length).toBeGreaterThan(0);
  expect(new Set(states)).toEqual(new Set(['Trả lại để sửa']));
});

test('statistics and the log verification are one click away', async () => {
  const page = await as('board');
  await page.goto(`${strapi.url}/admin/plugins/editorial-workflow/stats`);
  await page.getByTestId('ew-stats-chart').waitFor();
  const totals = await page.getByTestId('ew-stats-row').last().innerText();
  expect(totals).toContain('Tổng cộng');
  await page.screenshot({ path: path.join(ARTIFACTS, 'statistics.png'), fullPage: true });
  await page.goto(`${strapi.url}/admin/plugins/editorial-workflow/log`);
  await page.getByRole('button', { name: 'Kiểm tra chuỗi nhật ký' }).click();
  expect(await page.getByTestId('ew-verify').innerText()).toMatch(/^Chuỗi nhật ký nguyên vẹn: \d+ bản ghi\.$/);
});

test('the editorial calendar shows the item on its event date, in month, week and phone views, and in the board\'s feed', async () => {
  const page = await as('board');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  await page.goto(`${strapi.url}/admin/plugins/editorial-workflow/calendar`);
  await page.getByTestId('ew-calendar-month').waitFor();
  const onToday = () => page.getByTestId('ew-calendar-day').and(page.locator(`[data-date="${today}"]`))
    .getByTestId('ew-calendar-entry').filter({ hasText: TITLE });
  const entry = onToday().and(page.locator('[data-kind="event"]'));
  await entry.waitFor();
  expect(await entry.getByTestId('ew-calendar-kind-event').textContent()).toBe('Sự kiện'); // the kind in words, not only in colour
  await language.check(page);
  await page.screenshot({ path: path.join(ARTIFACTS, 'calendar-month.png'), fullPage: true });

  await page.getByRole('button', { name: 'Tuần', exact: true }).click();
  await page.getByTestId('ew-calendar-week').waitFor();
  await onToday().first().waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'calendar-week.png'), fullPage: true });

  // The board's feed: an address made here, shown once, whose iCalendar names the item.
  await page.getByRole('button', { name: 'Tạo địa chỉ lịch' }).click();
  const feedUrl = await page.getByTestId('ew-calendar-feed').locator('input').inputValue();
  const feed = await fetch(feedUrl);
  expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const ics = (await feed.text()).replace(/\r\n /g, '');
  expect(ics).toContain(`SUMMARY:[Sự kiện] ${TITLE}`);
  await language.check(page);

  // A phone: the days with entries as a list; the entry opens the item.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.getByTestId('ew-calendar-agenda').waitFor();
  await onToday().first().waitFor();
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  await language.check(page);
  await page.screenshot({ path: path.join(ARTIFACTS, 'calendar-phone.png'), fullPage: true });
  await onToday().first().getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { name: TITLE }).waitFor();
  await page.setViewportSize({ width: 1440, height: 1000 });
});

test('no screen of this walk logged a missing translation or showed English', () => {
  expect(language.messages).toBe(0);
  expect(Object.fromEntries(language.english)).toEqual({});
});

test('English is the second language: plugin and field labels follow the user\'s choice', async () => {
  const page = await as('publisher');
  await page.evaluate("localStorage.setItem('strapi-admin-language', 'en')");
  await page.goto(`${strapi.url}${editPath}`);
  await page.getByRole('heading', { name: 'Editorial workflow' }).waitFor();
  expect(await page.getByText('Event date', { exact: true }).count()).toBeGreaterThan(0);
  expect(await panel(page).getByTestId('ew-state').first().textContent()).toBe('Đã đăng'); // the workflow table's own words
});
