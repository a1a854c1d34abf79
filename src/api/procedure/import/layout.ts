import { z } from 'zod';
import { channelOf } from '../../dossier/import/columns';
import { foldForSearch } from '../../../lib/search-text';

const text = z.string().trim().max(20_000);
const CHANNELS = ['truc_tiep', 'truc_tuyen', 'buu_chinh'] as const;

/** One procedure of the set, keyed by its national code (docs/one-stop-import.md, "Procedure set"). */
export const procedureInput = z.object({
  code: z.string().trim().regex(/^[0-9A-Za-z][0-9A-Za-z.\-]{2,30}$/, 'Mã thủ tục không đúng dạng (ví dụ 1.001193).'),
  name: z.string().trim().min(3, 'Thiếu tên thủ tục.').max(1000),
  field: z.string().trim().max(200).optional(),
  level: z.enum(['xa', 'tinh', 'bo']).default('xa'),
  decisionNumber: z.string().trim().max(100).optional(),
  steps: z.array(z.object({ title: z.string().trim().max(250).optional(), description: z.string().trim().min(1) })).default([]),
  methods: z.array(z.object({
    channel: z.enum(CHANNELS, 'Hình thức nộp phải là Trực tiếp, Trực tuyến hoặc Bưu chính.'),
    timeLimit: z.string().trim().min(1, 'Thiếu thời hạn giải quyết.').max(500),
    fee: z.string().trim().max(500).optional(),
    description: text.optional(),
  })).default([]),
  dossierComponents: z.array(z.object({
    name: z.string().trim().min(1),
    formName: z.string().trim().max(250).optional(),
    originals: z.coerce.number().int().min(0).default(1),
    copies: z.coerce.number().int().min(0).default(0),
  })).default([]),
  subjects: text.optional(),
  agency: text.optional(),
  result: text.optional(),
  conditions: text.optional(),
  /** Legal documents by number and symbol as written ("123/2015/NĐ-CP"); linked where the site has them. */
  legalBasis: z.array(z.string().trim().min(1)).default([]),
  onlineServiceForm: z.enum(['toan_trinh', 'mot_phan', 'truc_tiep'], 'Hình thức dịch vụ công phải là toan_trinh, mot_phan hoặc truc_tiep.').default('truc_tiep'),
  nationalPortalUrl: z.string().trim().regex(/^https:\/\/\S+$/, 'Đường dẫn Cổng DVC quốc gia phải bắt đầu bằng https://').max(500).optional(),
});
export type ProcedureInput = z.infer<typeof procedureInput>;

/** Spreadsheet headers (Vietnamese, or the JSON key itself) of each field. */
const HEADERS: Record<keyof ProcedureInput, string[]> = {
  code: ['Mã thủ tục', 'Mã TTHC'],
  name: ['Tên thủ tục', 'Tên TTHC'],
  field: ['Lĩnh vực'],
  level: ['Cấp thực hiện'],
  decisionNumber: ['Số quyết định', 'Quyết định công bố'],
  steps: ['Trình tự thực hiện'],
  methods: ['Cách thức thực hiện'],
  dossierComponents: ['Thành phần hồ sơ'],
  subjects: ['Đối tượng thực hiện'],
  agency: ['Cơ quan thực hiện'],
  result: ['Kết quả thực hiện'],
  conditions: ['Yêu cầu, điều kiện', 'Yêu cầu điều kiện'],
  legalBasis: ['Căn cứ pháp lý'],
  onlineServiceForm: ['Hình thức dịch vụ công', 'Mức độ DVC'],
  nationalPortalUrl: ['Đường dẫn DVCQG', 'Liên kết Cổng DVC quốc gia'],
};
const BY_HEADER = new Map((Object.entries(HEADERS) as Array<[keyof ProcedureInput, string[]]>)
  .flatMap(([key, headers]) => [key, ...headers].map((header) => [foldForSearch(header), key] as const)));

const WORDS: Record<string, Record<string, string>> = {
  level: { 'cap xa': 'xa', xa: 'xa', 'cap tinh': 'tinh', tinh: 'tinh', 'cap bo': 'bo', bo: 'bo' },
  onlineServiceForm: { 'toan trinh': 'toan_trinh', 'mot phan': 'mot_phan', 'truc tiep': 'truc_tiep' },
};

const lines = (cell: string) => cell.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
const parts = (line: string) => line.split('|').map((part) => part.trim());
const optional = (value: string | undefined) => (value ? value : undefined);

/**
 * A spreadsheet row → the JSON shape: list cells hold one item per line, parts separated by "|":
 * steps "title | description", methods "Trực tiếp | 5 ngày làm việc | 8.000 đồng | note",
 * dossier components "name | form name | originals | copies", legal basis one number per line.
 */
export function fromSheetRow(headers: unknown[], cells: unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  headers.forEach((header, i) => {
    const key = BY_HEADER.get(foldForSearch(String(header ?? '')));
    const cell = cells[i] === null || cells[i] === undefined ? '' : String(cells[i]).normalize('NFC').trim();
    if (!key || cell === '') return;
    if (key === 'steps') {
      row.steps = lines(cell).map((line) => {
        const [first, second] = parts(line);
        return second === undefined ? { description: first } : { title: first, description: second };
      });
    } else if (key === 'methods') {
      row.methods = lines(cell).map((line) => {
        const [channel, timeLimit, fee, description] = parts(line);
        return { channel: channelOf(channel) ?? channel, timeLimit, fee: optional(fee), description: optional(description) };
      });
    } else if (key === 'dossierComponents') {
      row.dossierComponents = lines(cell).map((line) => {
        const [name, formName, originals, copies] = parts(line);
        return { name, formName: optional(formName), originals: originals || undefined, copies: copies || undefined };
      });
    } else if (key === 'legalBasis') {
      row.legalBasis = lines(cell).flatMap((line) => line.split(';')).map((part) => part.trim()).filter(Boolean);
    } else if (key in WORDS) {
      row[key] = WORDS[key][foldForSearch(cell.replace(/_/g, ' '))] ?? cell;
    } else {
      row[key] = cell;
    }
  });
  return row;
}
