import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { createChallenge, verifySolution, type Challenge } from 'altcha-lib/v1';
import { newTrackingCode, normalizeTrackingCode, TRACKING_CODE_PATTERN } from '../../../lib/tracking-code';
import { issueConfirmation, verifyConfirmation, type Refusal } from '../confirmation';
import type { AskInput, QuestionInput } from '../inputs';
import type { SiteRef } from '../../../sites/directory';

const UID = 'api::question.question';
const ANSWER_WORKING_DAYS = 15;
const CHALLENGE_MINUTES = 10;
const CONFIRM_MINUTES = 30;

const CONFIRMATION_REFUSED: Record<Refusal, string> = {
  invalid: 'Xác nhận không hợp lệ: hãy gửi lại câu hỏi từ biểu mẫu.',
  changed: 'Nội dung đã khác với nội dung vừa xác nhận: hãy kiểm tra lại rồi gửi.',
  early: 'Hãy đọc lại câu hỏi vài giây rồi bấm "Gửi câu hỏi".',
  expired: `Trang xác nhận đã quá ${CONFIRM_MINUTES} phút: hãy bấm "Gửi câu hỏi" trên trang mới hiện ra.`,
};

/** The answer to a tracking code that matches no question, whichever page or route asked. */
export const UNKNOWN_TRACKING_CODE = 'Không tìm thấy câu hỏi với mã tra cứu này. Hãy kiểm tra lại mã (dạng HD-XXXX-XXXX).';

/** What the asker sees of their question: never who asked, only where it stands. */
export type PublicStatus = 'received' | 'assigned' | 'answered' | 'published' | 'closed';

const STATUS_OF: Record<string, PublicStatus> = { moi: 'received', da_phan_cong: 'assigned', da_tra_loi: 'answered', tu_choi: 'closed' };

export interface Tracked {
  trackingCode: string;
  status: PublicStatus;
  title: string;
  receivedAt: string | null;
  dueAt: string | null;
  answer: unknown;
  answeredAt: string | null;
}

function powKey(): string {
  const key = process.env.QUESTION_POW_HMAC_KEY || process.env.APP_KEYS;
  if (!key) throw new Error('QUESTION_POW_HMAC_KEY (or APP_KEYS) must be set to sign proof-of-work challenges.');
  return key;
}

/** Asking and tracking questions: proof of work, no replays, tracking codes, the 15-working-day due date. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** One question stored once: a salt (of a proof of work or of a confirmation) is never used twice. */
  async function record(input: QuestionInput, salt: string, now: Date, site: SiteRef): Promise<{ trackingCode: string; dueAt: string }> {
    const query = strapi.db.query(UID as never);
    if (await query.findOne({ where: { powSalt: salt }, select: ['id'] })) {
      throw new errors.ValidationError('Biểu mẫu này đã được gửi: hãy tải lại biểu mẫu để gửi câu hỏi mới.', { field: 'altcha' });
    }
    let field: string | undefined;
    if (input.field) {
      const found = await strapi.db.query('api::procedure-field.procedure-field' as never).findOne({ where: { documentId: input.field }, select: ['documentId'] });
      if (!found) throw new errors.ValidationError('Lĩnh vực: không có lĩnh vực này.', { field: 'field' });
      field = input.field;
    }
    let trackingCode = newTrackingCode();
    while (await query.findOne({ where: { trackingCode }, select: ['id'] })) trackingCode = newTrackingCode();
    const calendar = strapi.plugin('editorial-workflow').service('calendar') as { addWorkingDays(start: Date, days: number): Date };
    const dueAt = calendar.addWorkingDays(now, ANSWER_WORKING_DAYS).toISOString();
    const { documentId } = (await strapi.documents(UID as never).create({
      data: {
        askerName: input.name, askerPhone: input.phone, askerEmail: input.email, askerAddress: input.address,
        field, title: input.title, question: input.question, consentToPublish: input.consentToPublish,
        trackingCode, handlingStatus: 'moi', receivedAt: now.toISOString(), dueAt, powSalt: salt,
        // The ward whose site the citizen asked on (its host, or ?site=).
        site: site.documentId,
      },
    } as never)) as { documentId: string };
    // The answer's legal deadline is the workflow's due time too: queues sort by it and mark it overdue.
    await strapi.plugin('editorial-workflow').service('workflow').setDue({ uid: UID, documentId }, dueAt);
    return { trackingCode, dueAt };
  }

  return {
    challenge(): Promise<Challenge> {
      return createChallenge({
        hmacKey: powKey(),
        maxnumber: Number(process.env.QUESTION_POW_MAX_NUMBER ?? 100_000),
        expires: new Date(Date.now() + CHALLENGE_MINUTES * 60_000),
      });
    },

    async ask(input: AskInput, site: SiteRef, now = new Date()): Promise<{ trackingCode: string; dueAt: string }> {
      const salt = saltOf(input.altcha);
      if (!salt || !(await verifySolution(input.altcha, powKey(), true))) {
        throw new errors.ValidationError('Xác minh chống thư rác không đúng hoặc đã hết hạn: hãy tải lại biểu mẫu rồi gửi lại.', { field: 'altcha' });
      }
      return record(input, salt, now, site);
    },

    /** The token the confirmation page carries when the form was sent without JavaScript. */
    confirmationFor(input: QuestionInput, now = new Date()): string {
      return issueConfirmation(input, powKey(), now);
    },

    /** Stores a question confirmed without JavaScript; a refused token says what to do, in Vietnamese. */
    async askConfirmed(input: QuestionInput, token: string, site: SiteRef, now = new Date()): Promise<{ trackingCode: string; dueAt: string }> {
      const minMs = Number(process.env.QUESTION_CONFIRM_MIN_SECONDS ?? 3) * 1000;
      const verdict = verifyConfirmation(token, input, powKey(), now, { minMs, maxMs: CONFIRM_MINUTES * 60_000 });
      if ('refused' in verdict) throw new errors.ValidationError(CONFIRMATION_REFUSED[verdict.refused], { field: 'confirmation', reason: verdict.refused });
      return record(input, verdict.salt, now, site);
    },

    /**
     * The asker rates a published answer once, with the tracking code; ratings are never shown with identities.
     * Codes are looked up within the site asked on: another ward's code answers as an unknown one.
     */
    async rate(code: string, rating: number, site: SiteRef): Promise<void> {
      const normalized = normalizeTrackingCode(code);
      const query = strapi.db.query(UID as never);
      const rows = (await query.findMany({
        where: { trackingCode: TRACKING_CODE_PATTERN.test(normalized) ? normalized : '', site: { id: site.id } },
        select: ['id', 'publishedAt', 'ratedAt'],
      })) as Array<{ id: number; publishedAt: string | null; ratedAt: string | null }>;
      if (rows.length === 0) throw new errors.NotFoundError('Không tìm thấy câu hỏi với mã tra cứu này.');
      if (!rows.some((row) => row.publishedAt)) throw new errors.ValidationError('Chỉ đánh giá được khi câu trả lời đã được công bố.');
      // One conditional update for draft and published rows: a second rating finds nothing left to change.
      const { count } = await query.updateMany({ where: { id: { $in: rows.map((row) => row.id) }, ratedAt: null }, data: { satisfactionRating: rating, ratedAt: new Date().toISOString() } });
      if (count === 0) throw new errors.ApplicationError('Câu trả lời này đã được đánh giá.', { code: 'ALREADY_RATED' });
    },

    /**
     * One lookup whatever the code, so a wrong code costs the same as a right one; within the site asked on,
     * so a code of another ward answers exactly as an unknown one.
     */
    async track(code: string, site: SiteRef): Promise<Tracked | null> {
      const normalized = normalizeTrackingCode(code);
      const rows = (await strapi.db.query(UID as never).findMany({
        where: { trackingCode: TRACKING_CODE_PATTERN.test(normalized) ? normalized : '', site: { id: site.id } },
        select: ['trackingCode', 'title', 'handlingStatus', 'receivedAt', 'dueAt', 'answer', 'answeredAt', 'publishedAt'],
      })) as Array<{ trackingCode: string; title: string; handlingStatus: string; receivedAt: string | null; dueAt: string | null; answer: unknown; answeredAt: string | null; publishedAt: string | null }>;
      if (rows.length === 0) return null;
      const published = rows.find((row) => row.publishedAt);
      const draft = rows.find((row) => !row.publishedAt) ?? rows[0];
      return {
        trackingCode: draft.trackingCode,
        status: published ? 'published' : STATUS_OF[draft.handlingStatus] ?? 'received',
        title: draft.title,
        receivedAt: draft.receivedAt,
        dueAt: draft.dueAt,
        answer: published?.answer ?? null,
        answeredAt: published?.answeredAt ?? null,
      };
    },
  };
};

function saltOf(payload: string): string | null {
  try {
    const { salt } = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { salt?: unknown };
    return typeof salt === 'string' && salt.length <= 100 ? salt : null;
  } catch {
    return null;
  }
}
