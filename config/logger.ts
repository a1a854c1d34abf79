import type { Core } from '@strapi/strapi';
import { winston } from '@strapi/logger';

// Terminal colours have no place in a log collector's fields.
// eslint-disable-next-line no-control-regex
const ANSI = /[\u001b\u009b][[()#;?]*(?:[0-9]{1,4}(?:;[0-9]{0,4})*)?[0-9A-ORZcf-nqry=><]/g;
const plain = winston.format((info) => {
  if (typeof info.message === 'string') info.message = info.message.replace(ANSI, '');
  return info;
});

/**
 * Strapi's logger (winston). LOG_FORMAT=json: one JSON object per line on stdout ({"level", "message",
 * "timestamp", and an error's "stack"}), for journald/Loki/Elasticsearch; otherwise Strapi's coloured
 * lines. The level is LOG_LEVEL (config/server.ts).
 */
const config = ({ env }: Core.Config.Shared.ConfigParams) =>
  env('LOG_FORMAT', 'text') === 'json'
    ? {
      format: winston.format.combine(plain(), winston.format.errors({ stack: true }), winston.format.timestamp(), winston.format.json()),
      transports: [new winston.transports.Console()],
    }
    : {};

export default config;
