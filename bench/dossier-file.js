// Writes a one-stop export of N dossiers as CSV and XLSX, as the desk's software would: Vietnamese
// headers, dd/mm/yyyy dates (XLSX: real date cells), applicants' names, a year of receipts ending today.
const fs = require('node:fs');
const { stringify } = require('csv-stringify/sync');
const { stream: excelStream } = require('exceljs');

// The demo set's procedure codes (src/seed/data/documents.ts), so the file imports into a demo database.
const PROCEDURES = ['1.001193', '1.000894', '1.000656', '1.001022', '1.004873', '1.004859', '1.004884', '2.000635', '2.000815', '2.000884'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Đức'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Mai', 'Nam', 'Thảo'];
const CHANNELS = ['Trực tiếp', 'Trực tuyến', 'Bưu chính'];
const HEADERS = ['STT', 'Mã hồ sơ', 'Mã thủ tục', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái', 'Kênh nộp', 'Người nộp'];
const DAY = 86_400_000;

/** Deterministic rows: the same N gives the same file. */
function* rows(count, today = new Date()) {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const midnight = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  for (let i = 0; i < count; i += 1) {
    const received = new Date(midnight - Math.floor(random() * 365) * DAY);
    const due = new Date(received.getTime() + Math.floor(random() * 10) * DAY);
    const took = Math.floor(random() * 14);
    const returned = received.getTime() + took * DAY <= midnight ? new Date(received.getTime() + took * DAY) : null;
    const roll = random();
    const status = !returned ? 'Đang xử lý' : roll < 0.9 ? 'Đã trả kết quả' : roll < 0.95 ? 'Trả lại' : 'Rút hồ sơ';
    yield {
      index: i + 1,
      code: `H26.45.16-${String(i + 1).padStart(7, '0')}`,
      procedure: pick(PROCEDURES),
      received,
      due,
      returned: status === 'Đang xử lý' ? null : returned,
      status,
      channel: pick(CHANNELS),
      applicant: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
    };
  }
}

const vnDate = (date) => (date ? `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}` : '');

function writeCsv(file, count) {
  const lines = [HEADERS];
  for (const r of rows(count)) lines.push([r.index, r.code, r.procedure, '', vnDate(r.received), vnDate(r.due), vnDate(r.returned), r.status, r.channel, r.applicant]);
  fs.writeFileSync(file, `\uFEFF${stringify(lines)}`);
}

async function writeXlsx(file, count) {
  const workbook = new excelStream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('Hồ sơ');
  sheet.columns = HEADERS.map((header) => ({ header, width: 16, ...(header.startsWith('Ngày') ? { style: { numFmt: 'dd/mm/yyyy' } } : {}) }));
  for (const r of rows(count)) {
    sheet.addRow([r.index, r.code, r.procedure, '', r.received, r.due, r.returned, r.status, r.channel, r.applicant]).commit();
  }
  sheet.commit();
  await workbook.commit();
}

module.exports = { writeCsv, writeXlsx, APPLICANT_WORDS: [...FAMILY, ...MIDDLE, ...GIVEN] };
