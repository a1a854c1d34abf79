/** The preview's two settings; without both the Content Manager offers no preview and /api/previews answers 404. */
export interface PreviewSettings {
  /** The site's preview server, e.g. https://xem-truoc.phulam.hanoi.gov.vn (npm run preview in frontend/). */
  url: string;
  /** Signs the links (HMAC-SHA256); only the CMS holds it. */
  secret: string;
}

export function readPreviewSettings(env: NodeJS.ProcessEnv = process.env): PreviewSettings | null {
  const url = (env.PREVIEW_URL ?? '').trim().replace(/\/+$/, '');
  const secret = env.PREVIEW_SECRET ?? '';
  if (!url || !secret) return null;
  if (secret.length < 16) throw new Error('PREVIEW_SECRET must be at least 16 characters (openssl rand -base64 24).');
  if (!/^https?:\/\//.test(url)) throw new Error(`PREVIEW_URL must be an http(s) address, not "${url}".`);
  return { url, secret };
}
