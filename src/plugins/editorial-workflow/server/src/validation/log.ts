import { z } from 'zod';

const hex64 = (what: string) => z.string({ error: `bắt buộc: ${what}, 64 chữ số hex` })
  .regex(/^[0-9a-f]{64}$/, `phải là ${what}, 64 chữ số hex (0–9, a–f)`);

const unknownKeys = {
  error: (issue: { code?: string; keys?: string[] }) =>
    (issue.code === 'unrecognized_keys' ? `trường không được hỗ trợ: ${(issue.keys ?? []).join(', ')}` : undefined),
};

/** A checkpoint as the server gave it out (GET /log/head, the e-mail, the exports). */
export const checkpointInput = z.strictObject({
  seq: z.number({ error: 'bắt buộc: số thứ tự dòng (seq), một số nguyên' }).int('phải là số nguyên').min(0, 'không được âm'),
  hash: hex64('mã băm của dòng'),
  at: z.iso.datetime({ error: 'bắt buộc: thời điểm cấp mốc dạng ISO, ví dụ 2026-03-12T16:55:00.000Z' }),
  signature: hex64('chữ ký'),
}, unknownKeys);

/** POST /log/verify: optionally the checkpoint to verify against (else the latest stored one). */
export const verifyBody = z.strictObject({ checkpoint: checkpointInput.optional() }, unknownKeys);

const isoDay = z.iso.date({ error: 'không phải một ngày có thật dạng yyyy-mm-dd' });

/** GET /log/export: the format and an optional period of local (Vietnam) days. */
export const logExportQuery = z
  .strictObject({
    format: z.enum(['csv', 'xlsx', 'jsonl'], { error: 'phải là "csv", "xlsx" hoặc "jsonl" (nhật ký kèm nội dung đã lưu của từng lần duyệt)' }),
    from: isoDay.optional(),
    to: isoDay.optional(),
  }, { error: (issue) => (issue.code === 'unrecognized_keys' ? `tham số không được hỗ trợ: ${issue.keys.join(', ')}` : undefined) })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ['from'], message: 'ngày bắt đầu phải trước hoặc trùng ngày kết thúc "to"',
  });

export type LogExportQuery = z.infer<typeof logExportQuery>;
