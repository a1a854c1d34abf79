'use strict';
// Child process: one dossier import (analyse, then commit) of the CSV file given, into the bench database its
// environment names, the way the one-stop desk's upload runs it. Prints one JSON line.
const fs = require('node:fs');
const { loadStrapi } = require('../strapi-env');

(async () => {
  const file = process.argv[2];
  const strapi = await loadStrapi();
  const importer = strapi.service('api::dossier.importer');
  const started = Date.now();
  const analysis = await importer.analyse(fs.createReadStream(file), importer.formatOf(file, Buffer.alloc(0)));
  const result = await importer.commit(analysis);
  const seconds = (Date.now() - started) / 1000;
  await strapi.destroy();
  process.stdout.write(`${JSON.stringify({ rows: result.rows, created: result.created, seconds, rowsPerSecond: result.rows / seconds })}\n`);
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
