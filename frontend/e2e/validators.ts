import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { validateXML } from 'xmllint-wasm';
import { pageTypeOf } from '../src/site/page-type';

/**
 * The site's validators, run by the e2e over one built page of every page type: the Nu Html Checker (vnu.jar
 * under the system's Java, once for all pages), HTML_CodeSniffer (WCAG2AA, errors only, in the open browser)
 * and the sitemaps.org 0.9 schema for sitemap.xml (xmllint compiled to WebAssembly: offline, no native build).
 */

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });

export interface PageSample {
  /** The template (site/pages/<name>.njk), or the file's own path for a page written without the layout. */
  type: string;
  file: string;
  /** Its address on the site ("/tin-tuc/x/"; "/404.html"). */
  path: string;
  /** How many built pages share the type. */
  count: number;
}

/**
 * One page of each type, taken from the build itself so that a new template is checked as soon as it exists:
 * of each type, the largest file (the most content, so the most to find fault with).
 */
export function pageSamples(output: string): PageSample[] {
  const byType = new Map<string, { file: string; size: number; count: number }>();
  for (const file of htmlFiles(output)) {
    const html = readFileSync(file, 'utf8');
    const type = pageTypeOf(html) ?? relative(output, file);
    const size = Buffer.byteLength(html);
    const seen = byType.get(type);
    if (!seen) byType.set(type, { file, size, count: 1 });
    else {
      seen.count += 1;
      if (size > seen.size || (size === seen.size && file < seen.file)) Object.assign(seen, { file, size });
    }
  }
  return [...byType]
    .map(([type, { file, count }]) => {
      const rel = relative(output, file).split(sep).join('/');
      return { type, file, count, path: `/${rel.replace(/(^|\/)index\.html$/, '$1')}` };
    })
    .sort((a, b) => a.type.localeCompare(b.type));
}

export interface VnuMessage { type: string; subType?: string; message: string; extract?: string; lastLine?: number }

const VNU_JAR = require.resolve('vnu-jar/build/dist/vnu.jar');

/** The Nu Html Checker's errors per file: one JVM for all the files (`--format json`, warnings left out). */
export async function vnuErrors(files: string[]): Promise<Map<string, VnuMessage[]>> {
  const java = process.env.JAVA ?? 'java';
  const { stderr, stdout } = await promisify(execFile)(java, ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', '--errors-only', ...files], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(stderr || stdout) as { messages: Array<VnuMessage & { url: string }> };
  const errors = new Map(files.map((file) => [file, [] as VnuMessage[]]));
  for (const message of report.messages) {
    if (message.type !== 'error' && message.type !== 'non-document-error') continue;
    const file = decodeURIComponent(new URL(message.url).pathname);
    (errors.get(file) ?? errors.set(file, []).get(file)!).push(message);
  }
  return errors;
}

const HTMLCS_SOURCE = readFileSync(require.resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');

/** HTML_CodeSniffer's WCAG2AA errors on the page open in the browser (its warnings and notices left out). */
export async function htmlcsErrors(page: Page): Promise<Array<{ code: string; msg: string; element: string }>> {
  await page.evaluate(HTMLCS_SOURCE);
  return page.evaluate(
    () =>
      new Promise<Array<{ code: string; msg: string; element: string }>>((resolve, reject) => {
        interface Message { type: number; code: string; msg: string; element: Element }
        const htmlcs = (window as unknown as {
          HTMLCS: { ERROR: number; process(standard: string, root: Document, done: () => void, failed: () => void, lang: string): void; getMessages(): Message[] };
        }).HTMLCS;
        htmlcs.process('WCAG2AA', document, () => {
          resolve(htmlcs.getMessages()
            .filter((m) => m.type === htmlcs.ERROR)
            .map((m) => ({ code: m.code, msg: m.msg, element: (m.element as Element).outerHTML?.slice(0, 160) ?? String(m.element) })));
        }, () => reject(new Error('HTML_CodeSniffer failed')), 'en');
      }),
  );
}

const SITEMAP_XSD = join(__dirname, '..', '..', '..', 'e2e', 'schema', 'sitemap.xsd');

/** sitemap.xml against the sitemaps.org 0.9 schema (vendored in e2e/schema/): the schema's errors, none if valid. */
export async function sitemapSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'sitemap.xml', contents: xml }],
    schema: [{ fileName: 'sitemap.xsd', contents: readFileSync(SITEMAP_XSD, 'utf8') }],
    maxMemoryPages: 4096,
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
