import { foldForSearch } from '../../../lib/search-text';

/** The columns of a one-stop export that the import reads; any other column is ignored. */
export type Column =
  | 'code' | 'procedureCode' | 'procedureName' | 'field' | 'receivedAt' | 'dueAt' | 'returnedAt' | 'status' | 'channel' | 'applicant';

/** Accepted headers per column, compared without accents, case or extra spaces (docs/one-stop-import.md). */
const HEADERS: Record<Column, string[]> = {
  code: ['Mã hồ sơ', 'Số hồ sơ', 'Mã HS', 'code'],
  procedureCode: ['Mã thủ tục', 'Mã TTHC', 'Mã thủ tục hành chính', 'procedureCode'],
  procedureName: ['Tên thủ tục', 'Tên TTHC', 'Tên thủ tục hành chính', 'Thủ tục', 'procedureName'],
  field: ['Lĩnh vực', 'field'],
  receivedAt: ['Ngày tiếp nhận', 'Ngày nhận', 'Ngày nộp', 'receivedAt'],
  dueAt: ['Ngày hẹn trả', 'Ngày hẹn trả kết quả', 'Hạn giải quyết', 'Hạn xử lý', 'dueAt'],
  returnedAt: ['Ngày trả kết quả', 'Ngày trả', 'Ngày hoàn thành', 'Ngày có kết quả', 'returnedAt'],
  status: ['Trạng thái', 'Tình trạng', 'Trạng thái hồ sơ', 'status'],
  channel: ['Kênh nộp', 'Hình thức nộp', 'Kênh tiếp nhận', 'channel'],
  applicant: ['Người nộp', 'Người nộp hồ sơ', 'Chủ hồ sơ', 'Tên người nộp', 'Họ tên', 'applicant'],
};

const BY_HEADER = new Map(
  (Object.entries(HEADERS) as Array<[Column, string[]]>).flatMap(([column, headers]) =>
    headers.map((header) => [foldForSearch(header), column] as const)),
);

/** Column of each position of the header row (undefined for columns the import ignores). */
export function mapHeaders(headers: unknown[]): Array<Column | undefined> {
  return headers.map((header) => BY_HEADER.get(foldForSearch(String(header ?? ''))));
}

/** What a file must have: a dossier code, the procedure (by code or by name), the received date, the status. */
const REQUIRED: Column[][] = [['code'], ['procedureCode', 'procedureName'], ['receivedAt'], ['status']];

export function missingColumns(columns: Array<Column | undefined>): string[] {
  return REQUIRED.filter((group) => !group.some((column) => columns.includes(column)))
    .map((group) => group.map((column) => HEADERS[column][0]).join(' hoặc '));
}

export interface ColumnGuide {
  column: Column;
  /** The header the sample files use. */
  header: string;
  /** Other headers read as the same column (the API name is left out: it is no header people write). */
  alsoRead: string[];
  /** The other columns that can stand in for this one when it is missing ([] when it is required alone). */
  requiredWith: Column[] | null;
}

/** The columns as the import page lists them, from the same tables the reader uses. */
export function columnGuide(): ColumnGuide[] {
  return (Object.entries(HEADERS) as Array<[Column, string[]]>).map(([column, headers]) => {
    const group = REQUIRED.find((candidate) => candidate.includes(column));
    return {
      column,
      header: headers[0],
      alsoRead: headers.slice(1).filter((header) => header !== column),
      requiredWith: group ? group.filter((other) => other !== column) : null,
    };
  });
}

export type Status = 'dang_xu_ly' | 'da_giai_quyet' | 'tra_lai' | 'rut_ho_so';
export type Channel = 'truc_tiep' | 'truc_tuyen' | 'buu_chinh';

const words = (entries: Record<string, string[]>) =>
  new Map(Object.entries(entries).flatMap(([value, texts]) => [value, ...texts].map((text) => [foldForSearch(text.replace(/_/g, ' ')), value])));

const STATUSES = words({
  dang_xu_ly: ['Đang xử lý', 'Đang giải quyết', 'Mới tiếp nhận', 'Chờ bổ sung', 'Chờ xử lý', 'Đã tiếp nhận'],
  da_giai_quyet: ['Đã giải quyết', 'Đã trả kết quả', 'Hoàn thành', 'Đã xử lý', 'Đã có kết quả'],
  tra_lai: ['Trả lại', 'Trả lại hồ sơ', 'Không giải quyết', 'Từ chối'],
  rut_ho_so: ['Rút hồ sơ', 'Công dân rút', 'Đã rút', 'Dừng xử lý'],
});

const CHANNELS = words({
  truc_tiep: ['Trực tiếp', 'Tại quầy', 'Một cửa'],
  truc_tuyen: ['Trực tuyến', 'Online', 'Dịch vụ công', 'Trực tuyến toàn trình', 'Trực tuyến một phần'],
  buu_chinh: ['Bưu chính', 'Bưu điện', 'Dịch vụ bưu chính'],
});

export const statusOf = (text: string) => STATUSES.get(foldForSearch(text)) as Status | undefined;
export const channelOf = (text: string) => CHANNELS.get(foldForSearch(text)) as Channel | undefined;

export interface WordReader {
  statusOf(text: string): Status | undefined;
  channelOf(text: string): Channel | undefined;
}

/** Remembers each text's answer: an export repeats the same few words, so each is folded once per file. */
function remembered<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (!seen.has(text)) seen.set(text, read(text));
    return seen.get(text) as T;
  };
}

/** Status and channel readers for one file; what they remember goes with it. */
export function wordReader(): WordReader {
  return { statusOf: remembered(statusOf), channelOf: remembered(channelOf) };
}
