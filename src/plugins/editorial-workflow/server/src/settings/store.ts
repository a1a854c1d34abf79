import type { Core } from '@strapi/strapi';
import type { StoredSettings, YearCalendar, SlaOverrides } from './effective';

export const SETTING_UID = 'plugin::editorial-workflow.setting';
const YEAR_KEY = /^calendar\.(\d{4})$/;
export const yearKey = (year: number | string) => `calendar.${year}`;
export const SLA_KEY = 'sla';

interface Row {
  key: string;
  value: unknown;
  revision: number;
}

/** The settings table: one JSON value per key, each write with a revision one above the highest. */
export function settingsStore(strapi: Core.Strapi) {
  const query = () => strapi.db.query(SETTING_UID as never);
  return {
    async revision(): Promise<number> {
      const row = (await query().findOne({ orderBy: { revision: 'desc' }, select: ['revision'] })) as Pick<Row, 'revision'> | null;
      return row?.revision ?? 0;
    },

    async load(): Promise<StoredSettings> {
      const rows = (await query().findMany({ select: ['key', 'value', 'revision'] })) as Row[];
      const years: Record<string, YearCalendar> = {};
      let sla: SlaOverrides = {};
      let revision = 0;
      for (const row of rows) {
        revision = Math.max(revision, row.revision ?? 0);
        const year = YEAR_KEY.exec(row.key);
        if (year) years[year[1]] = row.value as YearCalendar;
        else if (row.key === SLA_KEY) sla = (row.value ?? {}) as SlaOverrides;
      }
      return { years, sla, revision };
    },

    /** Call inside the change's transaction, after the log lock is held (so revisions do not collide). */
    async put(key: string, value: unknown): Promise<void> {
      const revision = (await this.revision()) + 1;
      const existing = (await query().findOne({ where: { key }, select: ['id'] })) as { id: number } | null;
      if (existing) await query().update({ where: { id: existing.id }, data: { value, revision } });
      else await query().create({ data: { key, value, revision } });
    },
  };
}
