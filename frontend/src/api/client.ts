import type { ErrorResponse, ListResponse } from './strapi';

/** Query parameters in Strapi's bracket notation, e.g. `{ 'populate[category]': 'true' }`. */
export type Query = Record<string, string | number>;

export interface ClientOptions {
  /** The CMS's address, e.g. https://cms.phulam.hanoi.gov.vn (no trailing /api). */
  baseUrl: string;
  /** A read-only API token; without one the public permissions apply. */
  token?: string;
  /** The site's code (SITE_CODE): sent as `site=<code>` with every request, so the CMS answers for that ward. */
  site?: string;
  /** Attempts for a request that fails by network or a 5xx/429 answer. */
  attempts?: number;
  /** First back-off delay; it doubles after each failed attempt. */
  backoffMs?: number;
  fetch?: typeof fetch;
}

/** A failure the build cannot recover from, with what an operator needs to fix it. */
export class ApiError extends Error {
  constructor(message: string, readonly url: string, readonly status?: number) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Strapi's REST maximum page size (config/api.ts rest.maxLimit). */
export const PAGE_SIZE = 100;

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Client {
  get<T>(path: string, query?: Query): Promise<T>;
  /** Every entry of a collection, fetched page by page at the largest page size. */
  findAll<T>(pluralName: string, query?: Query): Promise<T[]>;
}

export function createClient(options: ClientOptions): Client {
  const base = options.baseUrl.replace(/\/+$/, '');
  const attempts = options.attempts ?? 4;
  const backoffMs = options.backoffMs ?? 250;
  const doFetch = options.fetch ?? fetch;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  async function get<T>(path: string, query: Query = {}): Promise<T> {
    const entries = Object.entries(query).map(([key, value]) => [key, String(value)]);
    if (options.site) entries.push(['site', options.site]);
    const search = new URLSearchParams(entries).toString();
    const url = `${base}/api/${path}${search ? `?${search}` : ''}`;
    for (let attempt = 1; ; attempt += 1) {
      let response: Response;
      try {
        response = await doFetch(url, { headers });
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
        if (attempt < attempts) {
          await sleep(backoffMs * 2 ** (attempt - 1));
          continue;
        }
        throw new ApiError(`The CMS API is unreachable at ${url} (${cause}) after ${attempts} attempts: check CMS_URL and that Strapi runs.`, url);
      }
      if (response.ok) return (await response.json()) as T;
      if (RETRYABLE.has(response.status) && attempt < attempts) {
        await sleep(backoffMs * 2 ** (attempt - 1));
        continue;
      }
      const body = (await response.json().catch(() => ({}))) as ErrorResponse;
      const detail = body.error?.message ? `: ${body.error.message}` : '';
      if (response.status === 401 || response.status === 403) {
        throw new ApiError(
          `The CMS API refused the token (${response.status}) at ${url}${detail}. Check CMS_API_TOKEN: a read-only API token from Settings → API Tokens.`,
          url,
          response.status,
        );
      }
      throw new ApiError(`The CMS API answered ${response.status} at ${url}${detail}`, url, response.status);
    }
  }

  /**
   * Every entry, a page at a time. No page asks for the total (`withCount=false`): Strapi counts every match of
   * an uncached list exactly, which grows with the archive, and a rebuild after each publication reads uncached.
   * A page shorter than the page size is the last.
   */
  async function findAll<T>(pluralName: string, query: Query = {}): Promise<T[]> {
    const all: T[] = [];
    for (let page = 1; ; page += 1) {
      const { data } = await get<ListResponse<T>>(pluralName, {
        ...query,
        'pagination[page]': page,
        'pagination[pageSize]': PAGE_SIZE,
        'pagination[withCount]': 'false',
      });
      all.push(...data);
      if (data.length < PAGE_SIZE) return all;
    }
  }

  return { get, findAll };
}
