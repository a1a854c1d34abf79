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
  // WebVTT captions of an uploaded video (the article's videoCaptions).
  'text/vtt',
];

/**
 * E-mail goes through an SMTP relay when SMTP_HOST is set; otherwise nothing is sent (see README). A message
 * the relay refuses is tried again `retry.attempts` times in all, after `retry.delayMs`, then twice that
 * (editorial-workflow's notify/delivery.ts); the timeouts keep an unanswering relay from holding a step long.
 */
function email(env: Core.Config.Shared.ConfigParams['env']) {
  const settings = {
    defaultFrom: env('EMAIL_FROM', 'no-reply@localhost'),
    defaultReplyTo: env('EMAIL_REPLY_TO', env('EMAIL_FROM', 'no-reply@localhost')),
  };
  if (!env('SMTP_HOST')) return { config: { provider: 'sendmail', settings, providerOptions: { silent: true } } };
  return {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST'),
        port: env.int('SMTP_PORT', 587),
        secure: env.bool('SMTP_SECURE', false),
        auth: env('SMTP_USERNAME') ? { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } : undefined,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      },
      settings,
      retry: { attempts: env.int('EMAIL_RETRY_ATTEMPTS', 3), delayMs: env.int('EMAIL_RETRY_DELAY_MS', 30_000) },
    },
  };
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  // The review chain (src/plugins/editorial-workflow). `config` may replace a shipped workflow by id
  // and keys of the working-day calendar, e.g. calendar: { holidays: ['2027-02-04', …] }.
  'editorial-workflow': {
    enabled: true,
    resolve: './src/plugins/editorial-workflow',
    config: {},
  },
  // The one-stop desk's dossier import page and its admin API (src/plugins/one-stop).
  'one-stop': {
    enabled: true,
    resolve: './src/plugins/one-stop',
  },
  email: email(env),
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
