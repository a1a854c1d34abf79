import { runEleventy } from '../src/dev/eleventy';
import { createReceiver } from '../src/rebuild/receiver';

/**
 * The rebuild-on-publish receiver: Strapi's webhook (Settings → Webhooks, events entry.* and media.*,
 * header X-Site-Webhook-Secret) → debounce → the site step of the build (`npm run site`: Eleventy, which
 * re-queries the API) with this process's environment (CMS_URL, CMS_API_TOKEN, SITE_URL, SITE_OUTPUT…).
 * `npm run webhook` compiled the data layer as it started; each rebuild does not compile it again.
 */
const secret = process.env.SITE_WEBHOOK_SECRET ?? '';
if (secret.length < 16) {
  throw new Error('SITE_WEBHOOK_SECRET must be set (16 characters or more), the same as the header in the Strapi webhook.');
}
const port = Number(process.env.SITE_WEBHOOK_PORT ?? 1340);
const host = process.env.SITE_WEBHOOK_HOST ?? '127.0.0.1';

const rebuild = async () => {
  await runEleventy(process.env, { echo: true }).done;
};

const receiver = createReceiver({
  secret,
  debounceMs: Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 10_000),
  rebuild,
  log: (message) => console.log(`[site-webhook] ${new Date().toISOString()} ${message}`),
});
receiver.server.listen(port, host, () => console.log(`[site-webhook] listening on http://${host}:${port}/rebuild`));
