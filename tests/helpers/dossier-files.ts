import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';

export type Cell = string | number | Date | null;

/** A one-stop export as CSV (UTF-8 with BOM, as Excel saves it); `delimiter` for the Vietnamese-locale ";". */
export function csvFile(rows: Cell[][], delimiter = ','): Buffer {
  return Buffer.from(`\uFEFF${stringify(rows.map((row) => row.map((cell) => (cell === null ? '' : cell))), { delimiter })}`);
}

/** The same as XLSX: numbers stay numbers (Excel serials), Date values become real date cells. */
export async function xlsxFile(rows: Cell[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Hồ sơ');
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column) => { column.numFmt = 'dd/mm/yyyy'; });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const HEADERS = ['Mã hồ sơ', 'Mã thủ tục', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái', 'Kênh nộp', 'Người nộp'];
