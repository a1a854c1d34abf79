#!/usr/bin/env node
// `npm run stats:rebuild`: every dossier statistic (days, months, quarters, years) recomputed from the
// dossiers, the old rows replaced in one transaction. For reports left wrong (an import cut short before
// tooling recovered it, a restored backup). Exits 0 when done, 1 with the reason otherwise.
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const root = path.join(__dirname, '..');

async function main() {
  const strapi = await createStrapi({ appDir: root, distDir: path.join(root, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  try {
    const started = Date.now();
    const { periods, rows } = await strapi.service('api::dossier-report.statistics').rebuild();
    console.log(`Số liệu giải quyết hồ sơ: tính lại ${rows} dòng cho ${periods} kỳ (ngày, tháng, quý, năm) trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
  } finally {
    await strapi.destroy();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(`\nLỗi: ${error?.stack ?? error}`);
  process.exit(1);
});
