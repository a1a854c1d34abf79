import type { Core, Modules } from '@strapi/strapi';
import { foldForSearch } from '../../lib/search-text';

const UID = 'api::question.question';

type Data = Record<string, unknown>;
interface Ctx {
  uid: string;
  action: string;
  params: { documentId?: string; data?: Data };
}

const STATUS_MESSAGES: Record<string, string> = {
  da_phan_cong: 'đã được giao cho cán bộ trả lời',
  da_tra_loi: 'đã có câu trả lời, đang chờ Ban biên tập duyệt',
  tu_choi: 'không được trả lời (xem lý do khi tra cứu hoặc liên hệ bộ phận một cửa)',
  published: 'đã có câu trả lời được công bố',
};

/**
 * Fields staff never write through the Content Manager: the citizen's own record (received, consent, rating,
 * tracking code, proof-of-work salt), the search index this module keeps, and what the workflow's steps write
 * (assignee, handling status, answer date; the legal deadline). The edit view shows them read-only or not at all
 * (admin-layout.ts); a request that carries them anyway is answered as if it had left them out.
 */
export const SYSTEM_FIELDS = [
  'trackingCode', 'receivedAt', 'consentToPublish', 'satisfactionRating', 'ratedAt', 'powSalt', 'searchText',
  'assignedOfficer', 'handlingStatus', 'answeredAt', 'dueAt',
] as const;

/** The workflow's steps that change what the asker is told (plugin editorial-workflow, TRANSITION_EVENT). */
const TRANSITION_EVENT = 'editorial-workflow.transition';
const STATUS_AFTER_STEP: Record<string, string> = { assign: 'da_phan_cong', submit_answer: 'da_tra_loi' };

/**
 * How a question is kept as the desk handles it: its system fields are written only by the citizen's
 * side and the workflow's steps (assign, send the answer), its folded text is kept for accent-insensitive
 * search, and the asker is e-mailed at each step they would care about, when they gave an address and
 * e-mail is configured.
 */
export function registerQuestionHandling(strapi: Core.Strapi): void {
  const tellAsker = async (documentId: string, status: string) => {
    if ((strapi.config.get('plugin::email.provider') ?? 'sendmail') === 'sendmail') return;
    const row = await strapi.db.query(UID as never).findOne({ where: { documentId, publishedAt: null }, select: ['askerEmail', 'trackingCode', 'title'] });
    if (!row?.askerEmail) return;
    try {
      await strapi.plugin('email').service('email').send({
        to: row.askerEmail,
        subject: `Câu hỏi ${row.trackingCode}: ${STATUS_MESSAGES[status]}`,
        text: `Câu hỏi "${row.title}" (mã tra cứu ${row.trackingCode}) ${STATUS_MESSAGES[status]}. Tra cứu bằng mã trên tại trang Hỏi đáp của phường.`,
      });
    } catch (error) {
      strapi.log.warn(`question ${row.trackingCode}: e-mail to the asker failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const middleware = async (ctx: Ctx, next: () => Promise<unknown>) => {
    if (ctx.uid !== UID) return next();
    if (ctx.action === 'publish') {
      const result = await next();
      if (ctx.params.documentId) await tellAsker(ctx.params.documentId, 'published');
      return result;
    }
    if ((ctx.action !== 'create' && ctx.action !== 'update') || !ctx.params.data) return next();
    const data = ctx.params.data;
    const stored = ctx.action === 'update' && ctx.params.documentId
      ? ((await strapi.db.query(UID as never).findOne({ where: { documentId: ctx.params.documentId, publishedAt: null } })) as Data | null)
      : null;
    // Assigning is a workflow step ("Giao trả lời"), so that it is checked, logged and announced to the officer.
    delete data.assignedOfficer;
    if (ctx.action === 'update') for (const field of SYSTEM_FIELDS) delete data[field];
    else data.handlingStatus ??= 'moi';
    if ('title' in data || 'question' in data || !stored) {
      data.searchText = foldForSearch(`${data.title ?? stored?.title ?? ''} ${data.question ?? stored?.question ?? ''}`);
    }
    return next();
  };
  strapi.eventHub.on(TRANSITION_EVENT, async (event: { uid: string; documentId: string; event: string; fromState: string }) => {
    const status = event.uid === UID ? STATUS_AFTER_STEP[event.event] : undefined;
    // A reassignment is no news to the asker: only the first officer's assignment is.
    if (!status || (event.event === 'assign' && event.fromState !== 'new')) return;
    await tellAsker(event.documentId, status);
  });
  strapi.documents.use(middleware as unknown as Modules.Documents.Middleware.Middleware);
}
