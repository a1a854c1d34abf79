import type { Core } from '@strapi/strapi';
import type { NotificationRow } from '../api-types';

export type { NotificationRow };

const UID = 'plugin::editorial-workflow.notification';

/** The in-app inbox: one row per log event per recipient. */
export function notificationsRepository(strapi: Core.Strapi) {
  const query = () => strapi.db.query(UID as never);
  return {
    async createMany(rows: Array<Omit<NotificationRow, 'id' | 'readAt' | 'createdAt'>>): Promise<void> {
      if (rows.length > 0) await query().createMany({ data: rows });
    },

    inbox(recipientId: number, limit: number, offset: number): Promise<NotificationRow[]> {
      return query().findMany({ where: { recipientId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit, offset });
    },

    unread(recipientId: number): Promise<number> {
      return query().count({ where: { recipientId, readAt: null } });
    },

    /** Marks one (or, without an id, all) of a person's notices as read; never someone else's. */
    async markRead(recipientId: number, id?: number): Promise<number> {
      const where: Record<string, unknown> = { recipientId, readAt: null };
      if (id !== undefined) where.id = id;
      const { count } = await query().updateMany({ where, data: { readAt: new Date().toISOString() } });
      return count;
    },
  };
}
