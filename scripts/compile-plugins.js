#!/usr/bin/env node
'use strict';
// Strapi loads local plugins' servers as JavaScript only: compiles every src/plugins/<name>/tsconfig.json
// to that plugin's dist/. Extra arguments go to tsc (`npm run compile:plugins -- --noEmit` type-checks).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const pluginsDir = path.join(root, 'src', 'plugins');
const tsc = require.resolve('typescript/bin/tsc');

for (const name of fs.readdirSync(pluginsDir).sort()) {
  const project = path.join(pluginsDir, name, 'tsconfig.json');
  if (!fs.existsSync(project)) continue;
  execFileSync(process.execPath, [tsc, '-p', project, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
}
