// npm run bench:site — the site's build at a large ward's scale, against the targets of the issue: full build
// under 60 s on a 2-core machine, one-article rebuild under 5 s, every page under 100 KB of HTML + CSS (images
// aside), no script on content pages. The content (10,000 articles, 2,000 procedures, a year of daily dossier
// reports for 12 fields, …) is generated (./generate.ts) and served by the local API in Strapi's REST shape
// (src/dev/fixture-api.ts): seeding that much through Strapi would take longer than the build being measured.
// Eleventy runs as `npm run site` runs it; output goes to ../.tmp/bench-site/ (ignored by git).
// BENCH_ARTICLES, BENCH_PROCEDURES and BENCH_TODAY (yyyy-mm-dd) change the size and the day the data ends on.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { todayInVietnam } from '../../../src/lib/dates';
import { escapeHtml } from '../../../src/lib/html';
import { FRONTEND_DIR, runEleventy } from '../../src/dev/eleventy';
import { startFixtureApi } from '../../src/dev/fixture-api';
import { BENCH_SIZE, benchContent, demoContent, isoWeek, toFixture, type Content } from './generate';
import { PAGE_TYPES, readPages, type Page, type PageType } from './pages';

const OUTPUT = resolve(FRONTEND_DIR, '../.tmp/bench-site');
const DEMO_OUTPUT = resolve(FRONTEND_DIR, '../.tmp/bench-site-demo');
const TOKEN = 'bench-read-only-token';
const TARGETS = { fullBuildSeconds: 60, rebuildSeconds: 5, pageBytes: 100_000, contentScripts: 0 };

const n = (value: number) => value.toLocaleString('en-US');
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

interface Build {
  seconds: number;
  /** Eleventy's own summary line ("Copied 3 Wrote 13,190 files in …"). */
  summary: string;
  peakRssMb: number | null;
}

/** Runs Eleventy as `npm run site` does (src/dev/eleventy.ts), over the data layer compiled by `npm run bench:site`. */
async function build(cmsUrl: string, output: string, onlyArticle?: string): Promise<Build> {
  const env: NodeJS.ProcessEnv = { ...process.env, CMS_URL: cmsUrl, CMS_API_TOKEN: TOKEN, SITE_URL: 'https://phulam.hanoi.gov.vn', SITE_OUTPUT: output };
  delete env.CMS_PUBLIC_URL;
  delete env.SITE_ONLY_ARTICLE;
  if (onlyArticle) env.SITE_ONLY_ARTICLE = onlyArticle;
  const started = performance.now();
  const eleventy = runEleventy(env);
  // The build's peak memory, from the kernel's high-water mark while it runs (Linux only).
  let peakKb: number | null = null;
  const poll = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${eleventy.pid}/status`, 'utf8'));
      if (hwm) peakKb = Math.max(peakKb ?? 0, Number(hwm[1]));
    } catch {
      // not Linux, or the process has just ended
    }
  }, 200);
  try {
    const log = await eleventy.done;
    const seconds = (performance.now() - started) / 1000;
    const summary = /(Copied \d+ )?Wrote \d+ files?.*/.exec(log)?.[0] ?? log.trim().split('\n').pop() ?? '';
    return { seconds, summary, peakRssMb: peakKb === null ? null : Math.round(peakKb / 1024) };
  } catch (error) {
    throw new Error(`after ${s((performance.now() - started) / 1000)}: ${(error as Error).message}`);
  } finally {
    clearInterval(poll);
  }
}

/** Files under `root` modified at or after `since` (ms). */
function modifiedSince(root: string, since: number): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (statSync(path).mtimeMs >= since) found.push(path.slice(root.length));
    }
  };
  walk(root);
  return found;
}

function sizeFromEnv() {
  const count = (name: string, fallback: number) => {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${process.env[name]}"`);
    return value;
  };
  return { ...BENCH_SIZE, articles: count('BENCH_ARTICLES', BENCH_SIZE.articles), procedures: count('BENCH_PROCEDURES', BENCH_SIZE.procedures) };
}

const clip = (text: string, width: number) => (text.length <= width ? text : `${text.slice(0, width - 1)}…`);

/** The page of each type the table shows: the heaviest article; otherwise the first of its list, as a reader meets it. */
function representatives(content: Content, today: string, pages: Page[]): Map<PageType, Page> {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const chosen = new Map<PageType, Page>();
  const wanted: Partial<Record<PageType, string>> = {
    category: `/chuyen-muc/${content.categories[0]?.slug}/`,
    'schedule-week': `/lich-cong-tac/${isoWeek(today).week.toLowerCase()}/`,
    'procedure-field': `/thu-tuc-hanh-chinh/linh-vuc/${content.fields[0]?.slug}/`,
    procedure: `/thu-tuc-hanh-chinh/${content.procedures[0]?.slug}/`,
    document: `/van-ban/${content.documents[0]?.slug}/`,
    question: `/hoi-dap/${content.questions[0]?.trackingCode?.toLowerCase()}/`,
    questions: '/hoi-dap/',
  };
  for (const page of pages) {
    const want = wanted[page.type];
    const current = chosen.get(page.type);
    if (page.type === 'article') {
      if (!current || page.html > current.html) chosen.set(page.type, page);
    } else if (!current) {
      chosen.set(page.type, (want && byUrl.get(want)) || page);
    }
  }
  return chosen;
}

async function main() {
  const size = sizeFromEnv();
  const today = process.env.BENCH_TODAY || todayInVietnam();
  console.log(`Site benchmark (Eleventy, ${cpus().length} CPUs, Node ${process.version}), content ending ${today}`);

  // The baseline a real ward starts from: the demo data (src/seed) through the same local API and build.
  const demoApi = await startFixtureApi(toFixture(demoContent(today)), { token: TOKEN });
  rmSync(DEMO_OUTPUT, { recursive: true, force: true });
  const demoLoad = load();
  const demo = await build(demoApi.url, DEMO_OUTPUT).finally(() => demoApi.close());
  const demoPages = readPages(DEMO_OUTPUT).pages.length;

  let started = performance.now();
  const content = benchContent(size, today);
  const generatedSeconds = (performance.now() - started) / 1000;
  const reportDays = content.reports.filter((r) => r.period === 'day').length;
  console.log(
    `Generated in ${s(generatedSeconds)}: ${n(content.articles.length)} articles, ${n(content.procedures.length)} procedures in ${content.fields.length} fields, ` +
      `${n(content.reports.length)} dossier report rows (${n(reportDays)} daily over ${size.days} days, whole ward and each field; the rest by month, quarter, year), ` +
      `${n(content.schedules.length)} weekly schedules over ${size.weeks} weeks, ${n(content.documents.length)} documents, ${n(content.disclosures.length)} disclosures, ` +
      `${n(content.questions.length)} questions`,
  );
  const perField = content.fields
    .map((field) => [field.name, content.procedures.filter((p) => p.field?.documentId === field.documentId).length] as const)
    .sort((a, b) => b[1] - a[1]);
  console.log(`Procedures per field (listed 100 a page): ${perField.map(([name, count]) => `${name} ${count}`).join(', ')}`);

  const api = await startFixtureApi(toFixture(content), { token: TOKEN });
  let full: Build;
  let rebuild: Build;
  let fullRequests: number;
  let rewritten: string[];
  let titleShown: boolean;
  let article: Content['articles'][number];
  let fullLoad: string;
  let rebuildLoad: string;
  try {
    rmSync(OUTPUT, { recursive: true, force: true });
    fullLoad = load();
    full = await build(api.url, OUTPUT);
    fullRequests = api.requests.length;

    // A correction to one article, older and mid-list: only its page is fetched and rewritten.
    article = content.articles[Math.floor(content.articles.length / 2)];
    const newTitle = `${article.title} (đính chính)`;
    article.title = newTitle;
    article.updatedAt = new Date().toISOString();
    const since = Date.now() - 1;
    rebuildLoad = load();
    rebuild = await build(api.url, OUTPUT, article.documentId);
    const page = readFileSync(join(OUTPUT, 'tin-tuc', article.slug ?? article.documentId, 'index.html'), 'utf8');
    titleShown = page.includes(`<h1>${escapeHtml(newTitle)}</h1>`) && page.includes(`<title>${escapeHtml(newTitle)} –`);
    rewritten = modifiedSince(OUTPUT, since);
  } finally {
    await api.close();
  }

  started = performance.now();
  const { pages, files, bytes } = readPages(OUTPUT);
  const readSeconds = (performance.now() - started) / 1000;
  const weight = (page: Page) => page.html + page.css;
  const chosen = representatives(content, today, pages);

  console.log('');
  console.log(`${'Build'.padEnd(34)}${'Wall clock'.padStart(11)}${'HTML pages'.padStart(12)}${'Peak RSS'.padStart(10)}  Load before  Eleventy`);
  const row = (label: string, b: Build, count: number, loadBefore: string) =>
    console.log(`${label.padEnd(34)}${s(b.seconds).padStart(11)}${n(count).padStart(12)}${(b.peakRssMb === null ? '—' : `${b.peakRssMb} MB`).padStart(10)}  ${loadBefore.padEnd(11)}  ${b.summary}`);
  row('demo-sized (src/seed data)', demo, demoPages, demoLoad);
  row('full', full, pages.length, fullLoad);
  row('one article (SITE_ONLY_ARTICLE)', rebuild, rewritten.filter((f) => f.endsWith('.html')).length, rebuildLoad);
  console.log(`The full build asked the API ${n(fullRequests)} requests and wrote ${n(files)} files, ${n(Math.round(bytes / 1024))} KB (reading them back took ${s(readSeconds)}).`);
  console.log(
    `The one-article rebuild rewrote ${rewritten.length === 1 ? `only ${rewritten[0]}` : `${rewritten.length} files: ${rewritten.slice(0, 5).join(', ')}`}; ` +
      `its new title ${titleShown ? 'is on the page' : 'IS NOT on the page'}.`,
  );

  console.log('');
  console.log('Page weight, bytes: HTML + the stylesheets the page links (site.css, print.css); images excluded');
  const header = `${'Type'.padEnd(26)}${'Pages'.padStart(7)}  ${'Page measured'.padEnd(44)}${'HTML'.padStart(8)}${'CSS'.padStart(7)}${'HTML+CSS'.padStart(10)}  ${'Heaviest'.padStart(9)}  ${'Scripts'.padStart(7)}  Heaviest page`;
  console.log(header);
  console.log('-'.repeat(header.length + 20));
  const types: Array<{ type: PageType; label: string; script?: boolean }> = [...PAGE_TYPES];
  // Templates the list does not name yet (the English pages, a new page type), then pages without the layout.
  for (const type of [...new Set(pages.map((p) => p.type))].filter((t) => t !== 'other' && !types.some((known) => known.type === t)).sort()) {
    types.push({ type, label: type });
  }
  if (pages.some((p) => p.type === 'other')) types.push({ type: 'other', label: 'other (no page type)' });
  for (const { type, label } of types) {
    const ofType = pages.filter((p) => p.type === type);
    const page = chosen.get(type);
    if (!page) {
      console.log(`${label.padEnd(26)}${'0'.padStart(7)}  (no page written)`);
      continue;
    }
    const heaviest = ofType.reduce((max, p) => (weight(p) > weight(max) ? p : max), ofType[0]);
    const scripts = ofType.reduce((sum, p) => sum + p.scripts, 0);
    console.log(
      `${label.padEnd(26)}${n(ofType.length).padStart(7)}  ${clip(page.url, 43).padEnd(44)}${n(page.html).padStart(8)}${n(page.css).padStart(7)}${n(weight(page)).padStart(10)}  ` +
        `${n(weight(heaviest)).padStart(9)}  ${n(scripts).padStart(7)}  ${heaviest === page ? '(same)' : clip(heaviest.url, 60)}`,
    );
  }

  const scriptTypes = new Set<PageType>(PAGE_TYPES.filter((t) => t.script).map((t) => t.type));
  const contentPages = pages.filter((p) => !scriptTypes.has(p.type));
  const contentScripts = contentPages.reduce((sum, p) => sum + p.scripts, 0);
  const withScripts = contentPages.filter((p) => p.scripts > 0);
  const heaviest = pages.reduce((max, p) => (weight(p) > weight(max) ? p : max), pages[0]);
  const over = pages.filter((p) => weight(p) >= TARGETS.pageBytes);
  console.log('');
  console.log(`Scripts on the ${n(contentPages.length)} content pages (every page but search, ask, track, dossier lookup): ${contentScripts}` +
    (withScripts.length ? ` — on ${withScripts.slice(0, 5).map((p) => p.url).join(', ')}${withScripts.length > 5 ? ', …' : ''}` : ''));
  console.log(`Heaviest page: ${heaviest.url}, ${n(weight(heaviest))} B HTML+CSS` +
    (over.length ? `; ${over.length} page(s) at or over ${n(TARGETS.pageBytes)} B: ${over.slice(0, 5).map((p) => `${p.url} (${n(weight(p))} B)`).join(', ')}` : ''));
  console.log(`Baseline: the one-article rebuild took ${s(rebuild.seconds)} against ${s(full.seconds)} for the full build, ${(full.seconds / rebuild.seconds).toFixed(1)}× faster; ` +
    `the demo-sized build (${n(demoPages)} pages) took ${s(demo.seconds)}, so Eleventy's fixed cost is about that and the rest of the full build is ` +
    `${((full.seconds - demo.seconds) * 1000 / Math.max(1, pages.length - demoPages)).toFixed(2)} ms a page.`);

  const checks: Array<[string, boolean]> = [
    [`full build ${s(full.seconds)} < ${TARGETS.fullBuildSeconds} s`, full.seconds < TARGETS.fullBuildSeconds],
    [`one-article rebuild ${s(rebuild.seconds)} < ${TARGETS.rebuildSeconds} s`, rebuild.seconds < TARGETS.rebuildSeconds],
    [`heaviest page ${n(weight(heaviest))} B < ${n(TARGETS.pageBytes)} B`, weight(heaviest) < TARGETS.pageBytes],
    [`scripts on content pages ${contentScripts} = ${TARGETS.contentScripts}`, contentScripts === TARGETS.contentScripts],
  ];
  const missed = checks.filter(([, met]) => !met);
  console.log('');
  console.log(`Targets: ${checks.map(([label, met]) => `${label}: ${met ? 'met' : 'MISSED'}`).join('; ')} — ${missed.length === 0 ? 'all met' : `${missed.length} missed`}.`);
  if (!titleShown) console.error(`The one-article rebuild did not show the new title on ${article.slug}: SITE_ONLY_ARTICLE is broken.`);
  if (missed.length > 0 || !titleShown) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
