#!/usr/bin/env node
// `npm run seed`: loads the demo data into the configured database (compiled first by the npm script).
// Safe to run again: existing items are left as they are.
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');
const { closeStrapi } = require('./close-strapi');

const root = path.join(__dirname, '..');

async function main() {
  process.env.SEED_DEMO_DATA = 'false'; // seeded explicitly below, with a report
  const strapi = await createStrapi({ appDir: root, distDir: path.join(root, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  try {
    const { seedDemoData } = require(path.join(root, 'dist', 'src', 'seed'));
    const report = await seedDemoData(strapi);
    console.log(`Dữ liệu mẫu: tạo mới ${report.created} mục, ${report.existing} mục đã có (không thay đổi).`);
    if (report.credentials.length > 0) {
      console.log('Tài khoản mẫu (mật khẩu chỉ hiện một lần):');
      for (const { email, role, password } of report.credentials) console.log(`  ${role.padEnd(16)} ${email.padEnd(28)} ${password}`);
    }
  } finally {
    await closeStrapi(strapi);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
