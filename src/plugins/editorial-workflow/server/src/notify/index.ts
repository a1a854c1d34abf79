import type { Core } from '@strapi/strapi';
import type { LogEntry } from '../repositories/log';
import { notificationsRepository } from '../repositories/notifications';
import type { WorkflowDefinition } from '../workflow/types';
import { REASON_CODES } from '../workflow/types';
import { recipientsOf, type NoticeFacts } from './recipients';

const EVENT_LABELS: Record<string, string> = {
  approval_revoked: 'Hủy các lượt duyệt do nội dung bị sửa',
  publish_scheduled: 'Hẹn giờ đăng',
  scheduled_publish_failed: 'Đăng theo lịch hẹn không thành công',
  unpublish_scheduled: 'Hẹn giờ gỡ',
  scheduled_unpublish_failed: 'Gỡ theo lịch hẹn không thành công',
  import_published: 'Nhập và đăng',
  import_revised: 'Mở lại để cập nhật theo dữ liệu nhập',
  overdue: 'Quá hạn xử lý',
};

export function eventLabel(wf: WorkflowDefinition, event: string): string {
  return EVENT_LABELS[event] ?? wf.transitions.find((t) => t.id === event)?.label ?? event;
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
      const recipients = await recipientsOf(strapi, wf, facts);
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
      return { recipients, subject: `[Trang TTĐT] ${label}: ${title}`.slice(0, 200), text };
    },

    /** Sends the e-mails of a recorded notice; a failing mail server never undoes the transition. */
    async email(notice: Notice): Promise<void> {
      if (!emailConfigured(strapi) || notice.recipients.length === 0) return;
      const users = (await strapi.db.query('admin::user').findMany({
        where: { id: { $in: notice.recipients } },
        select: ['email'],
      })) as Array<{ email: string }>;
      for (const { email } of users) {
        try {
          await strapi.plugin('email').service('email').send({ to: email, subject: notice.subject, text: notice.text });
        } catch (error) {
          strapi.log.warn(`editorial-workflow: e-mail to ${email} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    },
  };
}

/** E-mail is on when config/plugins.ts configured a real provider (SMTP_HOST set), not the sendmail fallback. */
export function emailConfigured(strapi: Core.Strapi): boolean {
  const provider = strapi.config.get('plugin::email.provider') as string | undefined;
  return Boolean(provider && provider !== 'sendmail');
}
