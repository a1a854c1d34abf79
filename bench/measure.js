// One measurement of bench/import.js, on the fresh database its environment names. Prints one JSON line.
const fs = require('node:fs');
const path = require('node:path');
const { Readable } = require('node:stream');
const { createStrapi } = require('@strapi/strapi');

const root = path.join(__dirname, '..');
const [mode, file, sample] = process.argv.slice(2);
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

async function ours(strapi, importer, format) {
  const started = Date.now();
  const analysis = await importer.analyse(fs.createReadStream(file), format);
  const result = await importer.commit(analysis);
  const seconds = (Date.now() - started) / 1000;
  const peak = peakRssMb();
  const again = Date.now();
  const second = await importer.commit(await importer.analyse(fs.createReadStream(file), format));
  const reimportSeconds = (Date.now() - again) / 1000;
  // The whole year recomputed from scratch, the worst case an import can ask for.
  const yearStart = Date.now();
  const today = new Date().toISOString().slice(0, 10);
  const lastYear = new Date(Date.now() - 366 * 86_400_000).toISOString().slice(0, 10);
  const reports = await strapi.service('api::dossier-report.statistics').recompute(lastYear, today);
  return {
    rows: result.rows, seconds, rowsPerSecond: result.rows / seconds, peakRssMb: peak,
    reimportSeconds, reimportChanged: second.created + second.updated,
    yearReportSeconds: (Date.now() - yearStart) / 1000, reportRows: reports.rows,
  };
}

/** One Document Service create per row: what a straightforward importer would do. */
async function naive(strapi, importer, format) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const head = lines.slice(0, Number(sample) + 1).join('\n');
  const analysis = await importer.analyse(Readable.from([head]), format);
  // What the naive importer looks up per file: each procedure code's document and its field's.
  const byCode = new Map();
  const procedures = await strapi.db.query('api::procedure.procedure').findMany({ select: ['code', 'documentId'], populate: { field: { select: ['documentId'] } } });
  for (const row of procedures) byCode.set(row.code, { procedure: row.documentId, field: row.field?.documentId ?? null });
  const started = Date.now();
  for (const record of analysis.records) {
    await strapi.documents('api::dossier.dossier').create({
      data: {
        code: record.code, procedureName: record.procedureName,
        procedure: byCode.get(record.procedureCode)?.procedure,
        field: byCode.get(record.procedureCode)?.field ?? null,
        channel: record.channel, receivedAt: record.receivedAt, dueAt: record.dueAt, returnedAt: record.returnedAt, status: record.status,
      },
    });
  }
  const seconds = (Date.now() - started) / 1000;
  return { rows: analysis.records.length, seconds, rowsPerSecond: analysis.records.length / seconds, peakRssMb: peakRssMb() };
}

async function main() {
  const strapi = await createStrapi({ appDir: root, distDir: path.join(root, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  try {
    const importer = strapi.service('api::dossier.importer');
    const format = importer.formatOf(file, Buffer.alloc(0));
    const result = await (mode === 'naive' ? naive : ours)(strapi, importer, format);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
