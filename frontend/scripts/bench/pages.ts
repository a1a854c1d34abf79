// What the build wrote: every HTML page by type, its weight (HTML + the stylesheets it links) and its scripts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageTypeOf } from '../../src/site/page-type';

/**
 * The report's order and words for the page types, by template (site/pages/<type>.njk); `script` marks the four
 * pages allowed a script. A page's type is read from the page itself (src/site/page-type.ts): a template not
 * listed here is still measured, in a row named after it.
 */
export const PAGE_TYPES: ReadonlyArray<{ type: string; label: string; script?: boolean }> = [
  { type: 'home', label: 'home' },
  { type: 'categories', label: 'news by category (index)' },
  { type: 'category', label: 'category page' },
  { type: 'article', label: 'article' },
  { type: 'schedules', label: 'schedules (this week)' },
  { type: 'schedule-week', label: 'schedule week' },
  { type: 'procedures', label: 'procedure directory' },
  { type: 'procedure-field', label: 'procedure field' },
  { type: 'procedure', label: 'procedure' },
  { type: 'dashboard', label: 'dossier results dashboard' },
  { type: 'documents', label: 'documents' },
  { type: 'documents-filter', label: 'documents by type' },
  { type: 'documents-year', label: 'documents by year' },
  { type: 'document', label: 'document' },
  { type: 'disclosures', label: 'disclosures' },
  { type: 'disclosure-group', label: 'disclosure group' },
  { type: 'disclosure-quarter', label: 'disclosures of a quarter' },
  { type: 'disclosure-archive', label: 'disclosures archive' },
  { type: 'information-access', label: 'information access' },
  { type: 'questions', label: 'questions (list)' },
  { type: 'question', label: 'question' },
  { type: 'about', label: 'about' },
  { type: 'general-page', label: 'general page' },
  { type: 'leaders', label: 'leaders' },
  { type: 'contact', label: 'contact' },
  { type: 'sitemap-page', label: 'site map' },
  { type: '404', label: '404' },
  { type: 'search', label: 'search', script: true },
  { type: 'ask', label: 'ask a question', script: true },
  { type: 'track', label: 'track a question', script: true },
  { type: 'dossier-lookup', label: 'dossier lookup', script: true },
];

/** A template's name, or 'other' for a page written without the layout. */
export type PageType = string;

export interface Page {
  url: string;
  type: PageType;
  html: number;
  css: number;
  scripts: number;
}

const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*>/gi;

/** Every .html file under `root`, read once: its bytes, its linked stylesheets' bytes (print.css too), its <script> tags. */
export function readPages(root: string): { pages: Page[]; files: number; bytes: number } {
  const cssSize = new Map<string, number>();
  const pages: Page[] = [];
  let files = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      files += 1;
      if (!entry.name.endsWith('.html')) {
        bytes += statSync(path).size;
        continue;
      }
      const buffer = readFileSync(path);
      bytes += buffer.length;
      const html = buffer.toString('utf8');
      let css = 0;
      for (const link of html.match(STYLESHEET) ?? []) {
        const href = /\bhref="([^"?#]+)/.exec(link)?.[1];
        if (!href || !href.startsWith('/')) continue;
        if (!cssSize.has(href)) {
          let size = 0;
          try {
            size = statSync(join(root, href)).size;
          } catch {
            size = 0; // a missing stylesheet weighs nothing here; the e2e suite checks links
          }
          cssSize.set(href, size);
        }
        css += cssSize.get(href) ?? 0;
      }
      const rel = relative(root, path).split(sep).join('/');
      const url = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      pages.push({ url, type: pageTypeOf(html) ?? 'other', html: buffer.length, css, scripts: (html.match(/<script\b/gi) ?? []).length });
    }
  };
  walk(root);
  pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { pages, files, bytes };
}
