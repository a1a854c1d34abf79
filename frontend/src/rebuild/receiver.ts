import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';

export interface ReceiverOptions {
  /** Shared with the Strapi webhook, which sends it in the X-Site-Webhook-Secret header. */
  secret: string;
  /** Quiet time after the last event before building: a burst of publishes makes one build. */
  debounceMs: number;
  /**
   * A build of the sites whose content changed (their codes), or of everything (null: an event that names no
   * site, such as a deletion or a media event). It re-queries the API: only the site's code is read from the
   * webhook's body.
   */
  rebuild: (sites: string[] | null) => Promise<void>;
  log?: (message: string) => void;
}

export interface Receiver {
  server: Server;
  /** Resolves once no build is waiting or running (tests, graceful shutdown). */
  idle(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
/** Strapi's content and media events; anything else (e.g. the admin's "trigger" test) builds nothing. */
const EVENTS = /^(entry\.(create|update|delete|publish|unpublish)|media\.(create|update|delete))$/;

function sameSecret(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The site an event's entry belongs to: Strapi's webhook carries the entry with its relations populated
 * (entry.site.code) on create, update and publish; a site's own entry is its code. Deletions and unpublishing
 * carry the bare entry, media no site: undefined, and the receiver rebuilds every site.
 */
export function siteOfEvent(body: { uid?: unknown; entry?: unknown }): string | undefined {
  const entry = body.entry as { code?: unknown; site?: { code?: unknown } | null } | undefined;
  const code = body.uid === 'api::site.site' ? entry?.code : entry?.site?.code;
  return typeof code === 'string' && code !== '' ? code : undefined;
}

/** Receives Strapi's webhooks and rebuilds the site, debounced, never two builds at once. */
export function createReceiver(options: ReceiverOptions): Receiver {
  const log = options.log ?? (() => undefined);
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  // The sites the next build covers: codes, or null for every site.
  let pending: Set<string> | null = new Set();
  const want = (site: string | undefined) => {
    if (!site) pending = null;
    else pending?.add(site);
  };
  let waiters: Array<() => void> = [];

  const settle = () => {
    if (timer || running) return;
    for (const resolve of waiters) resolve();
    waiters = [];
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(start, options.debounceMs);
  };
  function start() {
    timer = null;
    if (running) {
      again = true; // an event arrived during the build: build once more after it
      return;
    }
    const started = Date.now();
    const sites = pending ? [...pending].sort() : null;
    pending = new Set();
    running = options
      .rebuild(sites)
      .then(() => log(`rebuilt in ${Date.now() - started} ms`), (error: Error) => log(`rebuild failed: ${error.message}`))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          schedule();
        }
        settle();
      });
  }

  const server = createServer((req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== '/rebuild') return reply(404, { error: 'POST /rebuild' });
    if (!sameSecret(req.headers['x-site-webhook-secret'] as string | undefined, options.secret)) return reply(401, { error: 'wrong secret' });
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY) return reply(413, { error: 'body too large' });
      // Only the event's name (to ignore non-content events) and its site are read; what changed is asked of the API.
      let body: { event?: unknown; uid?: unknown; entry?: unknown };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
      } catch {
        return reply(400, { error: 'JSON body expected' });
      }
      const event = String(body?.event ?? '');
      if (!EVENTS.test(event)) return reply(202, { scheduled: false });
      const site = siteOfEvent(body ?? {});
      want(site);
      log(`${event}${site ? ` (site ${site})` : ''}: rebuild in ${options.debounceMs} ms`);
      schedule();
      reply(202, { scheduled: true });
    });
  });

  return {
    server,
    idle: () => new Promise<void>((resolve) => {
      waiters.push(resolve);
      settle();
    }),
  };
}
