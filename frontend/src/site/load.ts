import { readFileSync } from 'node:fs';
import { createClient } from '../api/client';
import { buildModel, type Model } from './model';
import { fetchArticle, fetchCategories, fetchContent, fetchSettings, fetchTranslations, type CmsContent } from './queries';

/** SITE_CODE's value for "every site, one folder each". */
export const ALL_SITES = 'all';

/** The build's settings, all from the environment (see frontend/README section in the root README). */
export interface SiteEnv {
  cmsUrl: string;
  token?: string;
  siteUrl: string;
  /** The CMS as the visitor's browser reaches it (forms, uploads); defaults to cmsUrl. */
  publicCmsUrl: string;
  /** The site's code (SITE_CODE): every API call asks for that site; unset, the CMS answers for its only site. */
  site?: string;
  /** Set for a one-article rebuild: only this article's page is fetched and written. */
  onlyArticle?: string;
  /** Set by the preview server: the content (a draft and what its page needs) is this JSON file, not the API. */
  previewContent?: string;
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): SiteEnv {
  const cmsUrl = env.CMS_URL;
  if (!cmsUrl) throw new Error('CMS_URL is not set: give the CMS address, e.g. CMS_URL=http://127.0.0.1:1337');
  const site = env.SITE_CODE || undefined;
  if (site === ALL_SITES) throw new Error('SITE_CODE=all builds every site through `npm run site` (scripts/site.ts), one Eleventy run a site.');
  if (site && !/^[0-9]{5}$/.test(site)) throw new Error(`SITE_CODE must be a site's code (5 digits) or "all", not "${site}".`);
  return {
    cmsUrl,
    token: env.CMS_API_TOKEN || undefined,
    site,
    siteUrl: env.SITE_URL || 'http://localhost:8080',
    publicCmsUrl: env.CMS_PUBLIC_URL || cmsUrl,
    onlyArticle: env.SITE_ONLY_ARTICLE || undefined,
    previewContent: env.SITE_PREVIEW_CONTENT || undefined,
  };
}

/** Everything the templates read, fetched fresh from the API at each build. */
export async function loadSite(env: SiteEnv = readEnv()): Promise<Model> {
  const client = createClient({ baseUrl: env.cmsUrl, token: env.token, site: env.site });
  const options = { siteUrl: env.siteUrl, apiUrl: env.publicCmsUrl };
  if (env.previewContent) {
    return buildModel(JSON.parse(readFileSync(env.previewContent, 'utf8')) as CmsContent, { ...options, preview: true });
  }
  if (env.onlyArticle) {
    // The categories too: the page's layout links every category's RSS feed. The article's other language
    // versions with their settings and categories, so that its English page is rewritten with it.
    const [settings, categories, article, translations] = await Promise.all([
      fetchSettings(client), fetchCategories(client), fetchArticle(client, env.onlyArticle), fetchTranslations(client, env.onlyArticle),
    ]);
    const empty = { schedules: [], fields: [], procedures: [], reports: [], documents: [], disclosures: [], questions: [], pages: [], officials: [] };
    return buildModel({ ...empty, settings, categories, articles: article ? [article] : [], translations }, options);
  }
  return buildModel(await fetchContent(client), options);
}
