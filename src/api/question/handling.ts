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

/** A relation value that links something (an id, a documentId, or connect/set with items). */
function links(value: unknown): boolean {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return true;
  if (value && typeof value === 'object') {
    const { connect, set } = value as { connect?: unknown[]; set?: unknown[] };
    return Boolean(connect?.length || set?.length);
  }
  return false;
}

const hasText = (blocks: unknown) => JSON.stringify(blocks ?? '').replace(/"(type|text|children)"/g, '').match(/[\p{L}\p{N}]/u) !== null;

/**
 * How a question moves as the desk handles it: assigning an officer marks it assigned, writing an
 * answer marks it answered; its folded text is kept for accent-insensitive search; and the asker is
 * e-mailed at each change when they gave an address and e-mail is configured.
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
    const before = String(stored?.handlingStatus ?? 'moi');
    let status = String(data.handlingStatus ?? before);
    if (status === 'moi' && links(data.assignedOfficer)) status = 'da_phan_cong';
    if ((status === 'moi' || status === 'da_phan_cong') && 'answer' in data && hasText(data.answer)) {
      status = 'da_tra_loi';
      data.answeredAt ??= new Date().toISOString();
    }
    data.handlingStatus = status;
    if ('title' in data || 'question' in data || !stored) {
      data.searchText = foldForSearch(`${data.title ?? stored?.title ?? ''} ${data.question ?? stored?.question ?? ''}`);
    }
    const result = await next();
    if (stored && status !== before && ctx.params.documentId) await tellAsker(ctx.params.documentId, status);
    return result;
  };
  strapi.documents.use(middleware as unknown as Modules.Documents.Middleware.Middleware);
}
