import { z } from 'zod';

/** What a citizen sends to ask a question; every message names the field in Vietnamese. */
export const askInput = z
  .object({
    name: z.string({ error: 'Họ và tên: bắt buộc.' }).trim().min(2, 'Họ và tên: ít nhất 2 ký tự.').max(150, 'Họ và tên: tối đa 150 ký tự.'),
    phone: z.string().trim().regex(/^\+?[0-9 .-]{8,15}$/, 'Số điện thoại: chỉ gồm chữ số, 8–15 ký tự.').optional(),
    email: z.string().trim().max(200, 'Thư điện tử: tối đa 200 ký tự.').pipe(z.email('Thư điện tử: không đúng dạng, ví dụ ten@example.com.')).optional(),
    address: z.string().trim().max(300, 'Địa chỉ: tối đa 300 ký tự.').optional(),
    field: z.string().trim().max(40).optional(),
    title: z.string({ error: 'Tiêu đề: bắt buộc.' }).trim().min(5, 'Tiêu đề: ít nhất 5 ký tự.').max(250, 'Tiêu đề: tối đa 250 ký tự.'),
    question: z.string({ error: 'Nội dung câu hỏi: bắt buộc.' }).trim().min(10, 'Nội dung câu hỏi: ít nhất 10 ký tự.').max(5000, 'Nội dung câu hỏi: tối đa 5000 ký tự.'),
    consentToPublish: z.preprocess((v) => v === 'true' || v === 'on' || v === true, z.boolean()).default(false),
    /** Honeypot: hidden in the form; a person leaves it empty, a bot fills it. */
    website: z.string().max(0, 'Biểu mẫu: không hợp lệ, hãy tải lại trang.').optional(),
    /** The ALTCHA proof of work (base64 JSON), from GET /api/questions/challenge. */
    altcha: z.string({ error: 'Xác minh chống thư rác: bắt buộc, hãy tải lại biểu mẫu.' }).min(10).max(2000),
  })
  .refine((input) => input.phone || input.email, { message: 'Liên hệ: cần số điện thoại hoặc thư điện tử để nhận trả lời.', path: ['phone'] });

export type AskInput = z.infer<typeof askInput>;

export const FIELD_LABELS: Record<string, string> = {
  name: 'Họ và tên', phone: 'Số điện thoại', email: 'Thư điện tử', address: 'Địa chỉ', field: 'Lĩnh vực', title: 'Tiêu đề',
  question: 'Nội dung câu hỏi', consentToPublish: 'Đồng ý công khai', website: 'Biểu mẫu', altcha: 'Xác minh chống thư rác',
};
