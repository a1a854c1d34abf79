import { createReceiver } from '../src/rebuild/receiver';
import { rebuildSites } from '../src/rebuild/sites';

/**
 * The rebuild-on-publish receiver: Strapi's webhook (Settings → Webhooks, events entry.* and media.*,
 * header X-Site-Webhook-Secret) → debounce → the site step of the build for the sites the events name
 * (entry.site.code; every site for an event that names none), with this process's environment (CMS_URL,
 * CMS_API_TOKEN, SITE_URL, SITE_OUTPUT, SITE_CODE…): SITE_CODE=all rebuilds those sites' folders, one
 * SITE_CODE its site when it is among them, no SITE_CODE the one site.
 * `npm run webhook` compiled the data layer as it started; each rebuild does not compile it again.
 */
const secret = process.env.SITE_WEBHOOK_SECRET ?? '';
if (secret.length < 16) {
  throw new Error('SITE_WEBHOOK_SECRET must be set (16 characters or more), the same as the header in the Strapi webhook.');
}
const port = Number(process.env.SITE_WEBHOOK_PORT ?? 1340);
const host = process.env.SITE_WEBHOOK_HOST ?? '127.0.0.1';
const log = (message: string) => console.log(`[site-webhook] ${new Date().toISOString()} ${message}`);

const rebuild = async (sites: string[] | null) => {
  const built = await rebuildSites(process.env, sites, { echo: true });
  log(built.length > 0 ? `built ${built.join(', ')}` : `nothing of this site (${process.env.SITE_CODE}) changed: ${sites?.join(', ')}`);
};

const receiver = createReceiver({
  secret,
  debounceMs: Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 10_000),
  rebuild,
  log,
});
receiver.server.listen(port, host, () => console.log(`[site-webhook] listening on http://${host}:${port}/rebuild`));
