import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

/** Debian's Chromium, headless, kept off the network it has no business with. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: apt-get install chromium (or set CHROMIUM_PATH).`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
    ], // playwright gives each launch a new, empty profile

  });
}

/** A page signed in to the admin panel as one person, in a browser context of their own. */
export async function signIn(browser: Browser, baseUrl: string, email: string, password: string | undefined): Promise<Page> {
  if (!password) throw new Error(`No password was printed for ${email}`);
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(45_000); // generous: CI machines are shared
  const page = await context.newPage();
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/mật khẩu|password/i).first().fill(password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  return page;
}

/**
 * Clicks a transition: the first two are buttons of the panel, the others are in its "more" menu. The
 * actions appear once the item's workflow has loaded, so this waits for one or the other.
 */
export async function take(page: Page, label: string): Promise<void> {
  const button = page.getByRole('button', { name: label, exact: true });
  const more = page.getByRole('button', { name: /More document actions|Thêm hành động|Thao tác khác/i });
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    // Short timeouts: the panel renders again while the item's workflow loads (its "…" is disabled for a
    // moment, or replaced), and a click that waits on the old element would wait out the whole test.
    const clicked = async (locator: typeof button) => locator.click({ timeout: 2_000 }).then(() => true, () => false);
    if ((await button.count()) && (await clicked(button.first()))) return;
    // The header's "…" and the panel's bear the same Vietnamese name; the panel's comes last in the page.
    if ((await more.count()) && (await clicked(more.last()))) {
      const item = page.getByRole('menuitem', { name: label, exact: true });
      if ((await item.count()) && (await clicked(item))) return;
      await page.keyboard.press('Escape');
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`No "${label}" action for this person on this item`);
}
