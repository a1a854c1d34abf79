import { z } from 'zod';
import { WorkflowError } from '../errors';

/** One schema per input that crosses the wire; a bad request gets a 400 naming the field. */
export const transitionBody = z.object({
  transition: z.string().min(1).max(64),
  locale: z.string().max(10).optional(),
  reasonCode: z.string().max(8).optional(),
  reasonText: z.string().max(2000).optional(),
  comment: z.string().max(2000).optional(),
  publishAt: z.string().max(40).optional(),
  assigneeId: z.number().int().positive().optional(),
  /** A return (a step with a reason) may point at the item's open comment threads the author must settle. */
  commentIds: z.array(z.number().int().positive()).max(50, 'tối đa 50 ý kiến').optional(),
}).strict();

export const documentParams = z.object({
  uid: z.string().regex(/^api::[a-z0-9-]+\.[a-z0-9-]+$/),
  documentId: z.string().regex(/^[a-z0-9]{10,40}$/),
});

export const localeQuery = z.object({ locale: z.string().max(10).optional() }).strict();

export const logQuery = z.object({
  documentId: z.string().max(40).optional(),
  title: z.string().trim().min(1).max(200).optional(),
  actor: z.string().max(200).optional(),
  event: z.string().max(64).optional(),
  from: z.string().date().optional(),
  to: z.string().date().optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
}).strict();

/** A log entry's seq number, as the item's history shows it. */
const logSeq = z.coerce.number().int().positive().max(2 ** 31 - 1);
export const compareQuery = z.object({
  locale: z.string().max(10).optional(),
  from: logSeq.optional(),
  to: z.union([z.literal('draft'), logSeq]).optional(),
}).strict();

export const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(10000).default(1) }).strict();

export const idParams = z.object({ id: z.coerce.number().int().positive().optional() });

export function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.join('.') || 'yêu cầu';
  throw new WorkflowError(400, 'BAD_REQUEST', `Dữ liệu không hợp lệ ở "${field}": ${issue.message}`);
}

/** A new comment on an item (POST /items/:uid/:documentId/comments). */
export const commentBody = z.object({
  body: z.string({ error: 'bắt buộc: nội dung ý kiến' }).trim().min(1, 'không được để trống').max(4000, 'dài quá 4.000 ký tự'),
  field: z.string().max(64).regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'phải là tên một trường của mục').optional(),
  parentId: z.number().int().positive().optional(),
  mentions: z.array(z.number().int().positive()).max(20, 'nhắc tối đa 20 người').optional(),
}).strict();

export const commentEdit = z.object({
  body: z.string({ error: 'bắt buộc: nội dung ý kiến' }).trim().min(1, 'không được để trống').max(4000, 'dài quá 4.000 ký tự'),
}).strict();

export const commentResolve = z.object({ resolved: z.boolean({ error: 'bắt buộc: resolved, true hoặc false' }) }).strict();

export const commentParams = documentParams.extend({ id: z.coerce.number().int().positive() });

/** A leave (POST /deputies): who stands in, from and to which local day (both included). */
export const deputyBody = z.object({
  deputyId: z.number({ error: 'bắt buộc: người thay' }).int().positive(),
  fromDate: z.string({ error: 'bắt buộc: từ ngày' }).date('phải là ngày dạng yyyy-mm-dd'),
  toDate: z.string({ error: 'bắt buộc: đến ngày' }).date('phải là ngày dạng yyyy-mm-dd'),
}).strict();

/** The board member an item is given to (PUT /documents/:uid/:documentId/reviewer); null takes it back. */
export const reviewerBody = z.object({
  reviewerId: z.number({ error: 'bắt buộc: thành viên Ban biên tập (hoặc null)' }).int().positive().nullable(),
  locale: z.string().max(10).optional(),
}).strict();
