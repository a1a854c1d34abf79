#!/usr/bin/env node
'use strict';
// Strapi loads local plugins' servers as JavaScript only: builds every src/plugins/<name>/tsconfig.json to
// that plugin's dist/. Build mode (`tsc -b`) skips a project whose outputs are newer than its sources, so the
// many callers (build, develop, each test run, typecheck) pay for a compile only once per change. Extra
// arguments go to tsc (`--with-server` adds the root project, config/ and src/; `--noEmit` type-checks).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const pluginsDir = path.join(root, 'src', 'plugins');
const tsc = require.resolve('typescript/bin/tsc');

const args = process.argv.slice(2);
const withServer = args.includes('--with-server');
const projects = fs.readdirSync(pluginsDir).sort()
  .map((name) => path.join('src', 'plugins', name, 'tsconfig.json'))
  .filter((project) => fs.existsSync(path.join(root, project)));
if (withServer) projects.push('tsconfig.json');
try {
  execFileSync(process.execPath, [tsc, '-b', ...projects, ...args.filter((arg) => arg !== '--with-server')], { cwd: root, stdio: 'inherit' });
} catch (error) {
  process.exit(error.status ?? 1); // tsc has printed the errors
}
