import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { ApiError, createClient } from '../api/client';
import { FRONTEND_DIR } from '../dev/eleventy';
import { buildModel } from '../site/model';
import { fetchCategories, fetchSettings } from '../site/queries';
import { readClaim } from './claim';
import { fetchDraft, PreviewError, TOKEN_REFUSED } from './draft';
import { errorPage } from './pages';
import { renderWithEleventy, type Renderer } from './render';
import { DRAFT_QUERIES, previewContent, previewPage } from './targets';

export interface PreviewServerOptions {
  /** Where this server reaches the CMS's API. */
  cmsUrl: string;
  /** The site's read-only API token: sent to the CMS only, never to the browser. */
  apiToken?: string;
  /** The site's public address (canonical links and Dublin Core of the page, as the build writes them). */
  siteUrl: string;
  /** The CMS as browsers reach it: uploads, and the admin panel that frames the preview. */
  publicCmsUrl: string;
  render?: Renderer;
  log?: (message: string) => void;
}

const ASSET_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

/**
 * `GET /preview?token=…`: the draft a signed link opens, rendered by the site's own build, with the layout's
 * banner "Bản xem trước — chưa đăng" and noindex. Every answer is `no-store` and noindex; only the CMS's admin
 * panel may frame it; no Referer leaves it (the token is in its address). The stylesheet and icons are served
 * from site/ so the page looks as it will. Previews render one at a time: each is an Eleventy process.
 */
export function createPreviewServer(options: PreviewServerOptions): Server {
  const render = options.render ?? renderWithEleventy;
  const log = options.log ?? (() => undefined);
  const cmsOrigin = new URL(options.publicCmsUrl).origin;
  const client = createClient({ baseUrl: options.cmsUrl, token: options.apiToken, attempts: 2 });
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  const send = (res: ServerResponse, status: number, type: string, body: string | null) => {
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex, nofollow',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'content-security-policy': `frame-ancestors 'self' ${cmsOrigin}`,
    });
    res.end(body);
  };
  const page = (res: ServerResponse, status: number, html: string) => send(res, status, 'text/html; charset=utf-8', html);

  async function preview(token: string | null): Promise<{ status: number; html: string }> {
    const claim = readClaim(token);
    if (!claim || !token) throw new PreviewError(400, 'Liên kết xem trước không hợp lệ.');
    const [draft, settings, categories] = await Promise.all([
      fetchDraft(options.cmsUrl, options.apiToken, token, DRAFT_QUERIES[claim.kind]),
      fetchSettings(client),
      fetchCategories(client),
    ]);
    const content = previewContent(claim.kind, claim.locale, draft, { settings, categories });
    const model = buildModel(content, { siteUrl: options.siteUrl, apiUrl: options.publicCmsUrl, preview: true });
    const target = previewPage(claim.kind, claim.locale, model);
    if (!target) throw new PreviewError(422, 'Mục này chưa có trang trên cổng: lịch công tác cần ngày thứ Hai của tuần.');
    const env = { cmsUrl: options.cmsUrl, siteUrl: options.siteUrl, publicCmsUrl: options.publicCmsUrl };
    return { status: 200, html: await oneAtATime(() => render(content, target.template, target.url, env)) };
  }

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://preview');
    if (req.method !== 'GET' && req.method !== 'HEAD') return page(res, 405, errorPage('Máy chủ xem trước chỉ nhận yêu cầu GET.'));
    if (url.pathname === '/preview') {
      preview(url.searchParams.get('token')).then(
        ({ status, html }) => page(res, status, html),
        (error: Error) => {
          if (error instanceof PreviewError) return page(res, error.status, errorPage(error.message));
          log(`preview failed: ${error.message}`);
          const message = !(error instanceof ApiError)
            ? 'Không dựng được trang xem trước. Thử lại sau ít phút; nếu vẫn lỗi, báo cho quản trị hệ thống.'
            : error.status === 401 || error.status === 403 ? TOKEN_REFUSED : 'Máy chủ xem trước không đọc được thông tin trang từ CMS. Thử lại sau ít phút.';
          page(res, 502, errorPage(message));
        },
      );
      return;
    }
    // The page's own stylesheet and icons (site/assets, the favicon), nothing else of the folder.
    const asset = url.pathname === '/favicon.ico' ? 'icons/favicon.ico' : normalize(url.pathname.slice(1));
    const file = asset === 'icons/favicon.ico' || asset.startsWith('assets/') ? join(FRONTEND_DIR, 'site', asset) : null;
    if (file && existsSync(file) && statSync(file).isFile() && ASSET_TYPES[extname(file)]) {
      res.writeHead(200, { 'content-type': ASSET_TYPES[extname(file)]!, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
      createReadStream(file).pipe(res);
      return;
    }
    page(res, 404, errorPage('Máy chủ này chỉ hiện bản xem trước mở từ trang quản trị; trang công khai ở địa chỉ khác.'));
  });
}
