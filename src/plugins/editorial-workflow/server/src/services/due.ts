import type { Core } from '@strapi/strapi';
import { currentSettings } from '../settings/cache';
import { slaOf } from '../settings/effective';
import type { WorkflowDefinition } from '../workflow/types';

/**
 * The working-day calendar in force: config/plugins.ts (validated at startup) with the years the board
 * entered in the settings page (settings/cache.ts).
 */
export function calendarOf(strapi: Core.Strapi) {
  return currentSettings(strapi).calendar;
}

/** The review SLA in working days for `state`: the board's setting, else the table's. */
export function dueWorkingDays(strapi: Core.Strapi, wf: WorkflowDefinition, state: string): number | undefined {
  return slaOf(wf, state, currentSettings(strapi).stored.sla);
}

/** When an item entering `state` now is due out of it, by the state's target in working days. */
export function dueAt(strapi: Core.Strapi, wf: WorkflowDefinition, state: string, now: Date): string | null {
  const days = dueWorkingDays(strapi, wf, state);
  return days === undefined ? null : calendarOf(strapi).addWorkingDays(now, days).toISOString();
}

/**
 * The plan's publication deadline for a news item: the end of the event's day plus the category's
 * `publishDeadlineDays` ("chậm nhất sau 1–3 ngày diễn ra sự kiện"). Null for items without an event date.
 */
export async function publishDeadline(strapi: Core.Strapi, uid: string, documentId: string, locale: string | null): Promise<string | null> {
  if (uid !== 'api::article.article') return null;
  const draft = (await strapi.documents(uid as never).findOne({
    documentId, status: 'draft', ...(locale ? { locale } : {}), populate: { category: { fields: ['publishDeadlineDays'] } },
  } as never)) as { eventDate?: string | null; category?: { publishDeadlineDays?: number } | null } | null;
  if (!draft?.eventDate) return null;
  return calendarOf(strapi).endOfLocalDay(draft.eventDate, draft.category?.publishDeadlineDays ?? 3).toISOString();
}
