import type { Core } from '@strapi/strapi';
import type { LogEntry } from '../repositories/log';
import { notificationsRepository } from '../repositories/notifications';
import type { WorkflowDefinition } from '../workflow/types';
import { REASON_CODES } from '../workflow/types';
import { deliver } from './delivery';
import { recipientsOf, type NoticeFacts } from './recipients';
import { siteOfItem } from '../sites/owned';

const EVENT_LABELS: Record<string, string> = {
  approval_revoked: 'Hủy các lượt duyệt do nội dung bị sửa',
  publish_scheduled: 'Hẹn giờ đăng',
  scheduled_publish_failed: 'Đăng theo lịch hẹn không thành công',
  unpublish_scheduled: 'Hẹn giờ gỡ',
  scheduled_unpublish_failed: 'Gỡ theo lịch hẹn không thành công',
  import_published: 'Nhập và đăng',
  import_revised: 'Mở lại để cập nhật theo dữ liệu nhập',
  overdue: 'Quá hạn xử lý',
  deputy_named: 'Cử người thay khi vắng',
  reviewer_assigned: 'Giao cho thành viên Ban biên tập',
  reviewer_unassigned: 'Thôi giao cho thành viên Ban biên tập',
  deputy_ended: 'Kết thúc việc thay khi vắng',
};

export function eventLabel(wf: WorkflowDefinition | undefined, event: string): string {
  return EVENT_LABELS[event] ?? wf?.transitions.find((t) => t.id === event)?.label ?? event;
}

export interface Notice {
  recipients: number[];
  subject: string;
  text: string;
}

/**
 * One notice per event per recipient: stored in the inbox inside the transition's transaction, and
 * e-mailed after it commits when an e-mail provider is configured.
 */
export function notifier(strapi: Core.Strapi) {
  const inbox = notificationsRepository(strapi);

  return {
    async record(wf: WorkflowDefinition, entry: LogEntry, title: string, facts: NoticeFacts): Promise<Notice> {
      // A board member of ward A never hears of ward B's items: recipients are taken from the item's site.
      const siteId = facts.siteId !== undefined ? facts.siteId : await siteOfItem(strapi, entry.targetUid, entry.targetDocumentId);
      const recipients = await recipientsOf(strapi, wf, { ...facts, siteId });
      const label = eventLabel(wf, entry.event);
      const state = wf.states.find((candidate) => candidate.id === entry.toState)?.label;
      const reason = entry.reasonCode
        ? ` Lý do: ${REASON_CODES[entry.reasonCode as keyof typeof REASON_CODES] ?? entry.reasonCode} — ${entry.reasonText ?? ''}`
        : entry.reasonText ? ` Lý do: ${entry.reasonText}` : '';
      const text = `${entry.actor.name}: ${label} "${title}"${state ? `; trạng thái mới: ${state}` : ''}.${reason}`.trim();
      await inbox.createMany(recipients.map((recipientId) => ({
        recipientId,
        logSeq: entry.seq,
        targetUid: entry.targetUid,
        targetDocumentId: entry.targetDocumentId,
        locale: entry.locale,
        title: `${label}: ${title}`.slice(0, 250),
        message: text,
      })));
      // The inbox links to the item by itself; an e-mail carries the address of the item's page in the admin panel.
      const link = adminLink(strapi, entry.targetUid, entry.targetDocumentId, entry.locale);
      return { recipients, subject: `[Trang TTĐT] ${label}: ${title}`.slice(0, 200), text: `${text}\n\nMở mục này trong trang quản trị: ${link}` };
    },

    /**
     * Sends the e-mails of a recorded notice, one per recipient, each retried on its own when the relay
     * fails (notify/delivery.ts); a failing mail server never undoes the transition nor its in-app notice.
     */
    async email(notice: Notice): Promise<void> {
      if (!emailConfigured(strapi) || notice.recipients.length === 0) return;
      const users = (await strapi.db.query('admin::user').findMany({
        where: { id: { $in: notice.recipients } },
        select: ['email'],
      })) as Array<{ email: string }>;
      for (const { email } of users) await deliver(strapi, { to: email, subject: notice.subject, text: notice.text });
    },
  };
}

/** The item's edit page in the admin panel, absolute (PUBLIC_URL), as the admin panel itself links to it. */
export function adminLink(strapi: Core.Strapi, uid: string, documentId: string, locale: string | null): string {
  const base = String(strapi.config.get('admin.absoluteUrl') ?? '').replace(/\/$/, '');
  const query = locale ? `?plugins[i18n][locale]=${encodeURIComponent(locale)}` : '';
  return `${base}/content-manager/collection-types/${uid}/${documentId}${query}`;
}

/** E-mail is on when config/plugins.ts configured a real provider (SMTP_HOST set), not the sendmail fallback. */
export function emailConfigured(strapi: Core.Strapi): boolean {
  const provider = strapi.config.get('plugin::email.provider') as string | undefined;
  return Boolean(provider && provider !== 'sendmail');
}
