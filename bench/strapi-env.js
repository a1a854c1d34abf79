'use strict';
const path = require('node:path');

const ROOT = path.join(__dirname, '..');

/** A throw-away Strapi on the benchmark's own SQLite file: fixed secrets, quiet, no admin panel. */
function strapiEnv(database, extra = {}) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    APP_KEYS: 'bench-key-1,bench-key-2',
    API_TOKEN_SALT: 'bench-api-token-salt',
    ADMIN_JWT_SECRET: 'bench-admin-jwt-secret',
    TRANSFER_TOKEN_SALT: 'bench-transfer-token-salt',
    JWT_SECRET: 'bench-jwt-secret',
    ENCRYPTION_KEY: 'bench-encryption-key-0123456789ab',
    LOG_LEVEL: 'error',
    LOG_STARTUP: 'false',
    CRON_ENABLED: 'false',
    SEED_DEMO_DATA: 'true',
    SEED_DEMO_STAFF: 'false',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: database,
    ...extra,
  };
}

async function loadStrapi() {
  const { createStrapi } = require('@strapi/strapi');
  return createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false }).load();
}

module.exports = { ROOT, strapiEnv, loadStrapi };
