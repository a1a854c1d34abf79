// What the build wrote: every HTML page by type, its weight (HTML + the stylesheets it links) and its scripts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Page types in the order the report lists them; `script` marks the four pages allowed a script. */
export const PAGE_TYPES = [
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
  { type: 'documents-filter', label: 'documents by type/year' },
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
  { type: 'sitemap', label: 'site map' },
  { type: '404', label: '404' },
  { type: 'search', label: 'search', script: true },
  { type: 'ask', label: 'ask a question', script: true },
  { type: 'track', label: 'track a question', script: true },
  { type: 'dossier-lookup', label: 'dossier lookup', script: true },
] as const;

export type PageType = (typeof PAGE_TYPES)[number]['type'] | 'other';

/** The type of a page from its address (docs/site.md, the table of pages). */
export function pageType(url: string): PageType {
  const fixed: Record<string, PageType> = {
    '/': 'home', '/chuyen-muc/': 'categories', '/lich-cong-tac/': 'schedules', '/thu-tuc-hanh-chinh/': 'procedures', '/ket-qua-giai-quyet/': 'dashboard',
    '/tra-cuu-ho-so/': 'dossier-lookup', '/van-ban/': 'documents', '/cong-khai/': 'disclosures', '/hoi-dap/': 'questions', '/hoi-dap/gui-cau-hoi/': 'ask',
    '/hoi-dap/tra-cuu/': 'track', '/lien-he/': 'contact', '/gioi-thieu/': 'about', '/lanh-dao/': 'leaders', '/tiep-can-thong-tin/': 'information-access',
    '/cong-khai/luu-tru/': 'disclosure-archive', '/so-do-trang/': 'sitemap', '/tim-kiem/': 'search', '/404.html': '404',
  };
  if (fixed[url]) return fixed[url];
  const patterns: Array<[RegExp, PageType]> = [
    [/^\/chuyen-muc\/[^/]+\/(trang-\d+\/)?$/, 'category'],
    [/^\/tin-tuc\/[^/]+\/$/, 'article'],
    [/^\/lich-cong-tac\/\d{4}-w\d{2}\/$/, 'schedule-week'],
    [/^\/thu-tuc-hanh-chinh\/linh-vuc\/[^/]+\/(trang-\d+\/)?$/, 'procedure-field'],
    [/^\/thu-tuc-hanh-chinh\/[^/]+\/$/, 'procedure'],
    [/^\/van-ban\/(loai|nam)\/[^/]+\/$/, 'documents-filter'],
    [/^\/van-ban\/[^/]+\/$/, 'document'],
    [/^\/cong-khai\/\d{4}\/quy-[1-4]\/$/, 'disclosure-quarter'],
    [/^\/cong-khai\/luu-tru\/trang-\d+\/$/, 'disclosure-archive'],
    [/^\/tiep-can-thong-tin\/trang-\d+\/$/, 'information-access'],
    [/^\/cong-khai\/[^/]+\/$/, 'disclosure-group'],
    [/^\/gioi-thieu\/[^/]+\/$/, 'general-page'],
    [/^\/hoi-dap\/trang-\d+\/$/, 'questions'],
    [/^\/hoi-dap\/[^/]+\/$/, 'question'],
  ];
  return patterns.find(([pattern]) => pattern.test(url))?.[1] ?? 'other';
}

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
      pages.push({ url, type: pageType(url), html: buffer.length, css, scripts: (html.match(/<script\b/gi) ?? []).length });
    }
  };
  walk(root);
  pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { pages, files, bytes };
}
