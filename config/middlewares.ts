import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => {
  // The public site's question form and lookups call the API from the browser: CORS_ORIGINS lists the
  // site's origin(s), comma-separated; empty keeps Strapi's default (any origin).
  const siteOrigins = env.array('CORS_ORIGINS', [] as string[]).filter(Boolean);
  return [
    'strapi::logger',
    'strapi::errors',
    'strapi::security',
    { name: 'strapi::cors', config: { origin: siteOrigins.length > 0 ? siteOrigins : '*' } },
    'strapi::poweredBy',
    'strapi::query',
    'strapi::body',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};

export default config;
