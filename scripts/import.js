#!/usr/bin/env node
// `npm run import:dossiers -- file.xlsx` and `npm run import:procedures -- file.json`: the same import
// services as the admin page, run against the configured database (Strapi booted from dist/, no HTTP
// server). Exits non-zero, with the reason, when the file cannot be imported.
const fs = require('node:fs');
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');
const { closeStrapi } = require('./close-strapi');
const { SingleBar, Presets } = require('cli-progress');
const { IMPORT_NODE_FLAGS } = require('./import-memory');

const root = path.join(__dirname, '..');
const SHOWN_ERRORS = 30;
const usage = 'Cách dùng: npm run import:dossiers -- <tệp .xlsx|.csv> [--site <mã phường, xã>]   hoặc   npm run import:procedures -- <tệp .json|.xlsx|.csv>';

class UsageError extends Error {}

function inputFile(arg) {
  if (!arg) throw new UsageError(usage);
  // npm runs scripts from the project root; a relative path means the caller's directory.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), arg);
  if (!fs.existsSync(file)) throw new UsageError(`Không thấy tệp ${file}.`);
  return file;
}

function printErrors(errors) {
  if (errors.length === 0) return;
  console.log(`\nDòng lỗi (${errors.length}, không được nhập):`);
  for (const { line, code, message } of errors.slice(0, SHOWN_ERRORS)) console.log(`  dòng ${line}${code ? ` [${code}]` : ''}: ${message}`);
  if (errors.length > SHOWN_ERRORS) console.log(`  … và ${errors.length - SHOWN_ERRORS} dòng lỗi khác.`);
}

async function importDossiers(strapi, file, siteCode) {
  const importer = strapi.service('api::dossier.importer');
  const format = importer.formatOf(file, Buffer.alloc(0));
  if (!format) throw new UsageError('Chỉ nhận tệp .xlsx hoặc .csv.');
  console.log(`Đọc ${path.basename(file)}…`);
  const analysis = await importer.analyse(fs.createReadStream(file), format);
  const preview = importer.preview(analysis);
  console.log(`${preview.rows} dòng: ${preview.valid} hợp lệ, ${preview.invalid} lỗi.`);
  printErrors(preview.errors);
  const bar = new SingleBar({ format: 'Ghi hồ sơ [{bar}] {percentage}% | {value}/{total} | {duration_formatted}', hideCursor: true }, Presets.shades_classic);
  bar.start(analysis.records.length, 0);
  try {
    const result = await importer.commit(analysis, (done) => bar.update(done), undefined, await importer.siteFor(siteCode));
    bar.stop();
    console.log(`\nXong trong ${result.seconds.toFixed(1)} giây: thêm mới ${result.created}, cập nhật ${result.updated}, không đổi ${result.unchanged}, bỏ qua ${result.invalid} dòng lỗi.`);
    console.log(`Số liệu giải quyết hồ sơ: tính lại ${result.reports.rows} dòng cho ${result.reports.periods} kỳ (ngày, tháng, quý, năm).`);
  } finally {
    bar.stop();
  }
}

async function importProcedures(strapi, file) {
  const extension = path.extname(file).toLowerCase();
  const format = extension === '.json' ? 'json' : extension === '.xlsx' ? 'xlsx' : extension === '.csv' ? 'csv' : null;
  if (!format) throw new UsageError('Chỉ nhận tệp .json, .xlsx hoặc .csv.');
  const importer = strapi.service('api::procedure.importer');
  const report = await importer.sync(fs.readFileSync(file), format);
  console.log(`Bộ thủ tục: thêm mới ${report.created.length}, cập nhật ${report.updated.length}, hết hiệu lực ${report.retired.length}, không đổi ${report.unchanged}.`);
  const fresh = report.createdPublished ? 'đã đăng ngay, không qua Ban biên tập (PROCEDURE_IMPORT_PUBLISH_NEW=true)' : 'bản nháp chờ Ban biên tập duyệt';
  for (const code of report.created) console.log(`  + ${code} (${fresh})`);
  for (const { code, changes } of report.updated) {
    console.log(`  ~ ${code} (chờ Ban biên tập duyệt):`);
    for (const change of changes) console.log(`      ${importer.describeChange(change)}`);
  }
  for (const code of report.retired) console.log(`  - ${code} (không còn trong tệp: đánh dấu không còn hiệu lực, chờ Ban biên tập duyệt)`);
  if (report.updated.length + report.retired.length > 0 || (report.created.length > 0 && !report.createdPublished)) {
    console.log('\nCác thay đổi chưa lên trang: Ban biên tập duyệt rồi người đăng bài đăng (menu "Việc của tôi").');
  }
}

async function main() {
  const [kind, arg, ...options] = process.argv.slice(2);
  const run = { dossiers: importDossiers, procedures: importProcedures }[kind];
  if (!run) throw new UsageError(usage);
  const file = inputFile(arg);
  // The ward the dossiers are written into (its 5-digit code); without it, the first site.
  const siteAt = options.indexOf('--site');
  const siteCode = siteAt === -1 ? undefined : options[siteAt + 1];
  if (siteAt !== -1 && !/^[0-9]{5}$/.test(siteCode ?? '')) throw new UsageError(`--site cần mã đơn vị hành chính 5 chữ số. ${usage}`);
  const strapi = await createStrapi({ appDir: root, distDir: path.join(root, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  try {
    await run(strapi, file, siteCode);
  } finally {
    await closeStrapi(strapi);
  }
}

// Runs again under the import's memory budget unless already under it.
if (!process.execArgv.some((flag) => IMPORT_NODE_FLAGS.includes(flag))) {
  const { status } = require('node:child_process').spawnSync(process.execPath, [...IMPORT_NODE_FLAGS, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(status ?? 1);
}

main().catch((error) => {
  const known = error instanceof UsageError || error?.name === 'ValidationError';
  console.error(`\nLỗi: ${known ? error.message : error?.stack ?? error}`);
  process.exit(known ? 2 : 1);
});
