import { readEnv } from '../src/site/load';
import { createPreviewServer } from '../src/preview/server';

/**
 * The preview server beside the CMS: `npm run preview` with CMS_URL, CMS_API_TOKEN (the build's read-only
 * token), SITE_URL and CMS_PUBLIC_URL as for the build. The CMS's PREVIEW_URL is this server as the staff's
 * browsers reach it. The data layer was compiled as it started: restart it after updating the site's code.
 */
const env = readEnv();
const port = Number(process.env.PREVIEW_PORT ?? 1341);
const host = process.env.PREVIEW_HOST ?? '127.0.0.1';
const server = createPreviewServer({
  cmsUrl: env.cmsUrl,
  apiToken: env.token,
  siteUrl: env.siteUrl,
  publicCmsUrl: env.publicCmsUrl,
  log: (message) => console.log(`[site-preview] ${new Date().toISOString()} ${message}`),
});
server.listen(port, host, () => console.log(`[site-preview] listening on http://${host}:${port}/preview`));
