#!/usr/bin/env node
// A fresh clone has no .env: write one from .env.example with new random secrets, so that
// `npm run develop` works at once. An existing .env is never touched.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const target = path.join(root, '.env');
if (fs.existsSync(target)) process.exit(0);

const secret = () => crypto.randomBytes(24).toString('base64');
const example = fs.readFileSync(path.join(root, '.env.example'), 'utf8');
const env = example.replace(/^(APP_KEYS|API_TOKEN_SALT|ADMIN_JWT_SECRET|TRANSFER_TOKEN_SALT|JWT_SECRET|ENCRYPTION_KEY|LOG_CHECKPOINT_SECRET|PREVIEW_SECRET)=.*$/gm,
  (_line, key) => `${key}=${key === 'APP_KEYS' ? [secret(), secret(), secret(), secret()].join(',') : secret()}`);
fs.writeFileSync(target, env, { mode: 0o600 });
console.log('Created .env with new random secrets (from .env.example).');
