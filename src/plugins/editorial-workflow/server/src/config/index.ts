import { DEFAULT_CALENDAR, validateCalendarConfig, type CalendarConfig } from '../time/calendar';
import { validateWorkflows, resolveWorkflows } from '../workflow/validate';
import type { WorkflowDefinition } from '../workflow/types';

/**
 * config/plugins.ts → 'editorial-workflow'.config:
 * - workflows: workflow definitions replacing the shipped ones of the same id (see docs/workflow.md)
 * - calendar: keys replacing those of the default working-day calendar (time zone, holidays, make-up days)
 * Defaults are applied here, not by Strapi: its deep merge would mix a configured holiday list with the
 * default one position by position.
 */
export interface PluginConfig {
  workflows?: WorkflowDefinition[];
  calendar?: Partial<CalendarConfig>;
}

export function resolveCalendar(configured: Partial<CalendarConfig> | undefined): CalendarConfig {
  return validateCalendarConfig({ ...DEFAULT_CALENDAR, ...(configured ?? {}) });
}

export default {
  default: {},
  validator(config: PluginConfig) {
    validateWorkflows(resolveWorkflows(config.workflows));
    resolveCalendar(config.calendar);
  },
};
