import type { Core } from '@strapi/strapi';

// SVG can carry scripts, executables have no place on a ward's page.
const allowedMediaTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'video/mp4',
  'audio/mpeg',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.*',
  'application/vnd.ms-excel',
  'text/plain',
  'text/csv',
];

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
      ratelimit: { enabled: env.bool('AUTH_RATELIMIT_ENABLED', true) },
    },
  },
  upload: {
    config: {
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT_MB', 20) * 1024 * 1024,
      security: { allowedTypes: allowedMediaTypes },
    },
  },
});

export default config;
