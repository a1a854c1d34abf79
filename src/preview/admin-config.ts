import { isPreviewable } from '../lib/preview-types';
import { readPreviewSettings } from './settings';
import { signPreviewToken } from './token';

interface HandlerParams {
  documentId?: string;
  locale?: string | null;
  status?: string;
}

/**
 * config/admin.ts's `preview`: the link of "Xem trước" for one of the five types, signed for exactly that
 * item, locale and status; null (no button) for the other types or while PREVIEW_URL/PREVIEW_SECRET are unset.
 * Who may ask is checked on the route (read-check.ts): Strapi calls this handler without the user.
 */
export function previewConfig(env: NodeJS.ProcessEnv = process.env) {
  const settings = readPreviewSettings(env);
  if (!settings) return { enabled: false, config: { handler: () => null } };
  return {
    enabled: true,
    config: {
      // The admin's CSP frame-src, so the panel may show the site's page in its iframe.
      allowedOrigins: [new URL(settings.url).origin],
      handler: (uid: string, { documentId, locale, status }: HandlerParams) => {
        if (!isPreviewable(uid) || !documentId) return null;
        const token = signPreviewToken(
          { uid, documentId, locale: locale || null, status: status === 'published' ? 'published' : 'draft' }, settings.secret,
        );
        return `${settings.url}/preview?token=${token}`;
      },
    },
  };
}
