#!/usr/bin/env node
// `npm run docs:workflow`: writes docs/workflow-table.md from the workflow table (compiled first).
const fs = require('node:fs');
const path = require('node:path');

const dist = path.join(__dirname, '..', 'src', 'plugins', 'editorial-workflow', 'dist', 'workflow');
const { workflowsMarkdown } = require(path.join(dist, 'document.js'));
const { DEFAULT_WORKFLOWS } = require(path.join(dist, 'definitions.js'));
const target = path.join(__dirname, '..', 'docs', 'workflow-table.md');
fs.writeFileSync(target, workflowsMarkdown(DEFAULT_WORKFLOWS));
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
