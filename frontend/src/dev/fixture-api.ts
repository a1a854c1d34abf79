import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Entries keyed by their REST name: plural for collections ("articles"), singular for single types. */
export type Fixture = Record<string, unknown[] | Record<string, unknown>>;

export interface FixtureApi {
  url: string;
  /** Every request path with its query string, in order: what the client really asked. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A local HTTP server that answers like Strapi's REST API (GET /api/<name>, `pagination[page]`,
 * `pagination[pageSize]`, `filters[documentId][$eq]`, `locale`, a bearer token) from prepared, already populated
 * entries. The benchmark and the data layer's tests build through it when a real Strapi would be too slow
 * to fill (10,000 articles) or beside the point.
 */
export async function startFixtureApi(base: Fixture, options: { token?: string; port?: number; sites?: Record<string, Fixture> } = {}): Promise<FixtureApi> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://fixture');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
      return send(401, { data: null, error: { status: 401, name: 'UnauthorizedError', message: 'Missing or invalid credentials' } });
    }
    // With `sites`, like the CMS of several wards: `site=<code>` answers from that site's fixture, /api/sites
    // lists them, and a request naming no site is refused as the CMS refuses it when several sites exist.
    let fixture = base;
    if (options.sites) {
      const codes = Object.keys(options.sites);
      if (url.pathname === '/api/sites') {
        return send(200, { data: codes.map((code, i) => ({ id: i + 1, documentId: `site-${code}`, code, domains: `${code}.example.vn` })), meta: { pagination: { page: 1, pageSize: 100 } } });
      }
      const code = url.searchParams.get('site');
      if (!code || !options.sites[code]) return send(400, { data: null, error: { status: 400, name: 'ValidationError', message: 'Chưa rõ trang của phường, xã nào: thêm ?site=<mã>.' } });
      fixture = options.sites[code];
    }
    // `locale=en`: a single type's version is the fixture's "<name>@en" (404 without one, as Strapi answers);
    // a collection's entries are those whose `locale` is asked, entries without one being Vietnamese.
    const name = url.pathname.replace(/^\/api\//, '');
    const locale = url.searchParams.get('locale') ?? 'vi';
    const entries = fixture[locale === 'vi' ? name : `${name}@${locale}`] ?? (Array.isArray(fixture[name]) ? fixture[name] : undefined);
    if (!entries) return send(404, { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } });
    if (!Array.isArray(entries)) return send(200, { data: entries, meta: {} });
    const documentId = url.searchParams.get('filters[documentId][$eq]');
    const inLocale = entries.filter((entry) => ((entry as { locale?: string }).locale ?? 'vi') === locale);
    const matching = documentId ? inLocale.filter((entry) => (entry as { documentId?: string }).documentId === documentId) : inLocale;
    const pageSize = Math.min(100, Number(url.searchParams.get('pagination[pageSize]') ?? 25));
    const page = Number(url.searchParams.get('pagination[page]') ?? 1);
    const pageCount = Math.max(1, Math.ceil(matching.length / pageSize));
    // Like Strapi: pagination[withCount]=false leaves out the total and the page count.
    const counted = url.searchParams.get('pagination[withCount]') !== 'false';
    send(200, { data: matching.slice((page - 1) * pageSize, page * pageSize), meta: { pagination: { page, pageSize, ...(counted ? { pageCount, total: matching.length } : {}) } } });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
