import { errors } from '@strapi/utils';
import { z } from 'zod';
import type { BodyLimitState } from '../../middlewares/body-limit';
import { questionField, QUESTION_FIELDS, type QuestionField } from '../../lib/question-form';

/** A text field's rules and messages from its entry in the form's field list. */
function text(name: QuestionField['name']) {
  const { label, required, minLength, maxLength } = questionField(name);
  const base = z.string(required ? { error: `${label}: bắt buộc.` } : undefined).trim();
  const bounded = (minLength ? base.min(minLength, `${label}: ít nhất ${minLength} ký tự.`) : base).max(maxLength, `${label}: tối đa ${maxLength} ký tự.`);
  return bounded;
}

const email = questionField('email');

/** The question itself, as a citizen fills it in; every message names the field in Vietnamese. */
const questionShape = {
  name: text('name'),
  phone: z.string().trim().regex(/^\+?[0-9 .-]{8,15}$/, 'Số điện thoại: chỉ gồm chữ số, 8–15 ký tự.').optional(),
  email: z.string().trim().max(email.maxLength, `${email.label}: tối đa ${email.maxLength} ký tự.`).pipe(z.email(`${email.label}: không đúng dạng, ví dụ ten@example.com.`)).optional(),
  address: text('address').optional(),
  field: z.string().trim().max(40).optional(),
  title: text('title'),
  question: text('question'),
  consentToPublish: z.preprocess((v) => v === 'true' || v === 'on' || v === true, z.boolean()).default(false),
  /** Honeypot: hidden in the form; a person leaves it empty, a bot fills it. */
  website: z.string().max(0, 'Biểu mẫu: không hợp lệ, hãy tải lại trang.').optional(),
};

const needsContact = (input: { phone?: string; email?: string }) => Boolean(input.phone || input.email);
const contactRule = { message: 'Liên hệ: cần số điện thoại hoặc thư điện tử để nhận trả lời.', path: ['phone'] };

/** What a browser with JavaScript sends: the question and the ALTCHA proof of work. */
export const askInput = z
  .object({
    ...questionShape,
    /** The ALTCHA proof of work (base64 JSON), from GET /api/questions/challenge. */
    altcha: z.string({ error: 'Xác minh chống thư rác: bắt buộc, hãy tải lại biểu mẫu.' }).min(10).max(2000),
  })
  .refine(needsContact, contactRule);

/** What the form sends without JavaScript: the question alone (the confirmation step stands in for the proof of work). */
export const questionInput = z.object(questionShape).refine(needsContact, contactRule);

export type QuestionInput = z.infer<typeof questionInput>;
export type AskInput = z.infer<typeof askInput>;

export const FIELD_LABELS: Record<string, string> = {
  ...Object.fromEntries(QUESTION_FIELDS.map((field) => [field.name, field.label])),
  field: 'Lĩnh vực', consentToPublish: 'Đồng ý công khai', website: 'Biểu mẫu', altcha: 'Xác minh chống thư rác',
};

/** The first problem of a refused input, as one sentence that names the field, and every problem by field. */
export function describeIssues(error: z.ZodError): { message: string; field: string; byField: Record<string, string> } {
  const label = (issue: z.core.$ZodIssue) => {
    const field = String(issue.path[0] ?? '');
    return issue.message.includes(':') ? issue.message : `${FIELD_LABELS[field] ?? field}: ${issue.message}`;
  };
  const byField: Record<string, string> = {};
  for (const issue of error.issues) byField[String(issue.path[0] ?? '')] ??= label(issue);
  const first = error.issues[0];
  return { message: label(first), field: String(first.path[0] ?? ''), byField };
}

/** The most a question's body can take, JSON or a form; global::body-limit holds it (config/middlewares.ts). */
export const MAX_QUESTION_BYTES = 16 * 1024;

/**
 * 413 for a body larger than any question can be, whichever way it comes (JSON or a form, with a length
 * or chunked): global::body-limit counted the bytes and gave the parser nothing.
 */
export function refuseOversized(state: BodyLimitState): void {
  if (state.bodyTooLarge) {
    throw new errors.PayloadTooLargeError(`Câu hỏi quá dài: tối đa ${(state.bodyLimit ?? MAX_QUESTION_BYTES) / 1024} KB.`);
  }
}
