import { join } from 'node:path';
import { createClient } from '../api/client';
import { runEleventy } from '../dev/eleventy';
import { ALL_SITES } from '../site/load';

/** A ward's site as the CMS lists it (GET /api/sites). */
export interface SiteEntry { code: string; domains?: string | null }

export async function listSites(env: NodeJS.ProcessEnv): Promise<SiteEntry[]> {
  if (!env.CMS_URL) throw new Error('CMS_URL is not set: give the CMS address, e.g. CMS_URL=http://127.0.0.1:1337');
  const client = createClient({ baseUrl: env.CMS_URL, token: env.CMS_API_TOKEN || undefined });
  return client.findAll<SiteEntry>('sites', { 'fields[0]': 'code', 'fields[1]': 'domains', 'sort[0]': 'id:asc' });
}

/**
 * A site's own address in an all-sites build: SITE_URL with `{code}` or `{host}` replaced when it has them,
 * else https:// and the site's first domain, else SITE_URL with the code as a path (what the folder holds).
 */
export function siteUrlOf(site: SiteEntry, siteUrl: string | undefined): string | undefined {
  const host = (site.domains ?? '').split(/[\s,;]+/).find(Boolean);
  if (siteUrl && /\{(code|host)\}/.test(siteUrl)) return siteUrl.replace(/\{code\}/g, site.code).replace(/\{host\}/g, host ?? site.code);
  if (host) return `https://${host}`;
  return siteUrl ? `${siteUrl.replace(/\/+$/, '')}/${site.code}` : undefined;
}

/** Whether this environment builds every site (SITE_CODE=all) rather than one. */
export const buildsAllSites = (env: NodeJS.ProcessEnv): boolean => env.SITE_CODE === ALL_SITES;

/**
 * SITE_CODE=all: every site (or those of `only`), one after the other, each by its own Eleventy run with
 * SITE_CODE=<code> into `<SITE_OUTPUT>/<code>/`. A site that fails does not stop the others; the run
 * fails at the end, naming them.
 */
export async function buildSites(env: NodeJS.ProcessEnv, options: { only?: string[]; echo?: boolean; args?: string[] } = {}): Promise<string[]> {
  const output = env.SITE_OUTPUT || '_site';
  const sites = (await listSites(env)).filter((site) => !options.only || options.only.includes(site.code));
  const failed: string[] = [];
  for (const site of sites) {
    const siteUrl = siteUrlOf(site, env.SITE_URL);
    try {
      await runEleventy({ ...env, SITE_CODE: site.code, SITE_OUTPUT: join(output, site.code), ...(siteUrl ? { SITE_URL: siteUrl } : {}) }, { echo: options.echo, args: options.args }).done;
    } catch (error) {
      failed.push(`${site.code}: ${(error as Error).message}`);
    }
  }
  if (failed.length > 0) throw new Error(`The build of ${failed.length} of ${sites.length} sites failed:\n${failed.join('\n')}`);
  return sites.map((site) => site.code);
}

/**
 * What the publish webhook builds for the sites an event batch touched (`sites`, null: unknown, so all):
 * with SITE_CODE=all those sites' folders; with one SITE_CODE that site, only if it is among them; without
 * SITE_CODE the one site, as before sites. Returns what it built (for the log), or [] when nothing was its.
 */
export async function rebuildSites(env: NodeJS.ProcessEnv, sites: string[] | null, options: { echo?: boolean } = {}): Promise<string[]> {
  if (buildsAllSites(env)) return buildSites(env, { only: sites ?? undefined, echo: options.echo });
  const own = env.SITE_CODE || undefined;
  if (own && sites && !sites.includes(own)) return [];
  await runEleventy(env, { echo: options.echo }).done;
  return [own ?? 'the site'];
}
