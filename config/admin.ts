import type { Core } from '@strapi/strapi';
import { previewConfig } from '../src/preview/admin-config';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  // `npm run develop` restarts on file changes; the public site (frontend/) is another package.
  watchIgnoreFiles: ['**/frontend/**'],
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
  },
  // Strapi's login limiter counts in each instance's memory: global::login-throttle (config/middlewares.ts)
  // counts the same attempts (per account and address) in PostgreSQL, shared by every instance.
  rateLimit: { enabled: false },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  // "Xem trước" opens the draft on the site's preview server (frontend/, npm run preview) when PREVIEW_URL and
  // PREVIEW_SECRET are set; without them it stays off, since the static site has no page for a draft.
  preview: previewConfig(),
  // No calls home from the admin panel: the servers run offline.
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: env.bool('FLAG_DOC_LINKS', false),
  },
});

export default config;
