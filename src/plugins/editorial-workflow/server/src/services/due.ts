import type { Core } from '@strapi/strapi';
import { resolveCalendar } from '../config';
import { createCalendar, type CalendarConfig } from '../time/calendar';
import type { WorkflowDefinition } from '../workflow/types';

/** The working-day calendar of config/plugins.ts (validated at startup). */
export function calendarOf(strapi: Core.Strapi) {
  return createCalendar(resolveCalendar(strapi.plugin('editorial-workflow').config('calendar') as Partial<CalendarConfig> | undefined));
}

/** When an item entering `state` now is due out of it, by the state's target in working days. */
export function dueAt(strapi: Core.Strapi, wf: WorkflowDefinition, state: string, now: Date): string | null {
  const days = wf.states.find((candidate) => candidate.id === state)?.dueWorkingDays;
  return days === undefined ? null : calendarOf(strapi).addWorkingDays(now, days).toISOString();
}
