import { Transform } from 'node:stream';
import type { IncomingMessage } from 'node:http';

interface Config {
  /** Path prefixes whose bodies are capped (the public forms' routes). */
  paths: string[];
  maxBytes: number;
}

interface Ctx {
  path: string;
  method: string;
  req: IncomingMessage;
  state: Record<string, unknown>;
  get(header: string): string;
  is(...types: string[]): string | false | null;
}

/** What a capped route reads in ctx.state: whether the body was over the cap, and the cap. */
export interface BodyLimitState {
  bodyTooLarge?: boolean;
  bodyLimit?: number;
}

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * `global::body-limit`, just before strapi::body: on the capped paths the body parser reads the request
 * through a counter that holds at most `maxBytes`. A body over the cap — declared by Content-Length or
 * found while reading a chunked one — is never parsed: the parser gets an empty body, reading stops, and
 * `ctx.state.bodyTooLarge` tells the route to answer 413 in its own form (JSON, or a page for the forms).
 */
export default (config: Config) => async (ctx: Ctx, next: () => Promise<unknown>) => {
  const capped = config.paths.some((path) => ctx.path === path || ctx.path.startsWith(`${path}/`));
  // Only the bodies strapi::body reads as a whole (JSON, forms, text); uploads have their own size limit.
  if (!capped || !WITH_BODY.has(ctx.method) || !ctx.is('json', 'urlencoded', 'text')) return next();

  const original = ctx.req;
  const state = ctx.state as BodyLimitState;
  state.bodyLimit = config.maxBytes;
  const declared = Number(ctx.get('Content-Length'));
  let read = 0;
  let chunks: Buffer[] = [];
  const over = () => {
    state.bodyTooLarge = true;
    chunks = [];
    original.unpipe(counted);
    counted.end();
  };
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!state.bodyTooLarge) {
        read += chunk.length;
        chunks.push(chunk);
        if (read > config.maxBytes) over();
      }
      done();
    },
    flush(done) {
      done(null, state.bodyTooLarge ? undefined : Buffer.concat(chunks));
    },
  });
  // The parser reads ctx.req's headers: the length it checks is the one it will get.
  const { 'content-length': _length, ...headers } = original.headers;
  Object.assign(counted, { headers });
  if (declared > config.maxBytes) {
    state.bodyTooLarge = true;
    counted.end();
  } else {
    original.pipe(counted);
  }
  ctx.req = counted as unknown as IncomingMessage;
  counted.once('end', () => { ctx.req = original; });
  return next();
};
