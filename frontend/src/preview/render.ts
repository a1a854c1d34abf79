import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEleventy } from '../dev/eleventy';
import type { CmsContent } from '../site/queries';

export interface RenderEnv {
  cmsUrl: string;
  siteUrl: string;
  publicCmsUrl: string;
}

/** Writes one page from `content`; the preview server's default is the site's real build below. */
export type Renderer = (content: CmsContent, template: string, url: string, env: RenderEnv) => Promise<string>;

/**
 * The page as the build writes it: Eleventy with the site's config, templates and layout, over the content in
 * a file (load.ts reads SITE_PREVIEW_CONTENT instead of the API) and only the one template (eleventy.config.js),
 * into a folder of its own that is removed afterwards. A separate process, as the webhook's builds are, so that
 * two previews never share Eleventy's state. The API token is not passed on: this build asks the CMS nothing.
 */
export const renderWithEleventy: Renderer = async (content, template, url, env) => {
  const dir = mkdtempSync(join(tmpdir(), 'site-preview-'));
  try {
    const file = join(dir, 'content.json');
    writeFileSync(file, JSON.stringify(content));
    const output = join(dir, 'site');
    await runEleventy({
      ...process.env,
      CMS_API_TOKEN: '',
      SITE_ONLY_ARTICLE: '',
      CMS_URL: env.cmsUrl,
      CMS_PUBLIC_URL: env.publicCmsUrl,
      SITE_URL: env.siteUrl,
      SITE_OUTPUT: output,
      SITE_PREVIEW_CONTENT: file,
      SITE_PREVIEW_TEMPLATE: template,
    }).done;
    return readFileSync(join(output, url, 'index.html'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
