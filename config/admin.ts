import type { Core } from '@strapi/strapi';

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
  // The public site is static, built from published content: a draft has no page to preview, and Strapi's
  // "Thiết lập xem trước" card offered staff a button that led nowhere.
  preview: { enabled: false, config: { handler: () => null } },
  // No calls home from the admin panel: the servers run offline.
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: env.bool('FLAG_DOC_LINKS', false),
  },
});

export default config;
