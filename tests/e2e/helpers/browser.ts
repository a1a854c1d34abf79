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

/**
 * Counts what a Vietnamese user should never meet, per screen (the admin path's first two parts): the
 * admin's MISSING_TRANSLATION console messages, and lines of English on settled screens.
 */
export class LanguageWatch {
  readonly missing = new Map<string, Set<string>>();
  readonly english = new Map<string, Set<string>>();
  /** Every MISSING_TRANSLATION console message (one key is reported on each render). */
  messages = 0;
  /** Refused or failed requests the admin made ("403 GET /upload/settings" → how many times). */
  readonly failures = new Map<string, number>();

  constructor(private readonly patterns: RegExp[]) {}

  private static screen(page: Page): string {
    return new URL(page.url()).pathname.split('/').slice(2, 4).join('/');
  }

  watch(page: Page): Page {
    page.on('console', (message) => {
      if (!message.text().includes('MISSING_TRANSLATION')) return;
      this.messages += 1;
      const id = /"([^"]+)"/.exec(message.text())?.[1] ?? message.text().slice(0, 120);
      const screen = LanguageWatch.screen(page);
      this.missing.set(screen, (this.missing.get(screen) ?? new Set()).add(id));
    });
    page.on('response', (response) => {
      if (response.status() < 400) return;
      const key = `${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`;
      this.failures.set(key, (this.failures.get(key) ?? 0) + 1);
    });
    return page;
  }

  /** The English lines of the settled screen (a spinner's passing text is not what a person reads). */
  async englishLines(page: Page): Promise<string[]> {
    await page.waitForLoadState('networkidle');
    const lines = (await page.locator('body').innerText()).split('\n').map((line) => line.trim());
    return lines.filter((line) => this.patterns.some((pattern) => pattern.test(line)));
  }

  /** Notes the screen's English lines, for the report and the walk's last assertion. */
  async check(page: Page): Promise<void> {
    const found = await this.englishLines(page);
    const screen = LanguageWatch.screen(page);
    for (const line of found) this.english.set(screen, (this.english.get(screen) ?? new Set()).add(line));
  }

  report(): string {
    const list = (map: Map<string, Set<string>>) => JSON.stringify(Object.fromEntries([...map].map(([k, v]) => [k, [...v]])));
    return `MISSING_TRANSLATION messages: ${this.messages} (${list(this.missing)}); English lines: ${list(this.english)}; `
      + `failed requests: ${JSON.stringify(Object.fromEntries(this.failures))}`;
  }
}
