import type { Core } from '@strapi/strapi';
import { resolveCalendar } from '../config';
import { createCalendar, type CalendarConfig, type WorkingCalendar } from '../time/calendar';
import { EMPTY_SETTINGS, effectiveCalendar, type StoredSettings } from './effective';
import { settingsStore } from './store';

/**
 * The effective settings (built-in defaults → config/plugins.ts → the board's stored settings), held in
 * memory so that `calendarOf` stays synchronous.
 *
 * Several instances on one PostgreSQL: each one compares the table's highest revision with its own, at
 * most every REVISION_TTL_MS, before the reads that compute or show due times (a transition, the settings
 * page, the statistics, the scheduler's tick) and in the background on a synchronous read. That is one
 * indexed `select` per few seconds; NOTIFY/LISTEN (src/public-api/cache/cluster.ts) would need a second
 * connection per instance and lives in the site, not the plugin — and a missed notification there would
 * leave a wrong calendar until restart, whereas a version check cannot miss a change.
 */
export const REVISION_TTL_MS = 2_000;

interface Entry {
  stored: StoredSettings;
  calendarConfig: CalendarConfig;
  calendar: WorkingCalendar;
  checkedAt: number;
  checking?: Promise<void>;
}

const entries = new WeakMap<Core.Strapi, Entry>();

function baseCalendar(strapi: Core.Strapi): CalendarConfig {
  return resolveCalendar(strapi.plugin('editorial-workflow').config('calendar') as Partial<CalendarConfig> | undefined);
}

function build(strapi: Core.Strapi, stored: StoredSettings): Entry {
  const calendarConfig = effectiveCalendar(baseCalendar(strapi), stored.years);
  return { stored, calendarConfig, calendar: createCalendar(calendarConfig), checkedAt: Date.now() };
}

/** Reads the table again and replaces what is in memory (at bootstrap, after a change). */
export async function reloadSettings(strapi: Core.Strapi): Promise<Entry> {
  const entry = build(strapi, await settingsStore(strapi).load());
  entries.set(strapi, entry);
  return entry;
}

/** Reloads when another instance changed the settings since the last check (at most every TTL). */
export async function freshSettings(strapi: Core.Strapi, force = false): Promise<Entry> {
  const entry = entries.get(strapi);
  if (!entry) return reloadSettings(strapi);
  if (!force && Date.now() - entry.checkedAt < REVISION_TTL_MS) return entry;
  if (!entry.checking) {
    entry.checking = (async () => {
      try {
        const revision = await settingsStore(strapi).revision();
        if (revision !== entry.stored.revision) await reloadSettings(strapi);
        else entry.checkedAt = Date.now();
      } finally {
        entry.checking = undefined;
      }
    })();
  }
  await entry.checking;
  return entries.get(strapi) ?? entry;
}

/** What is in memory now; a stale entry is checked in the background. Before bootstrap: config only. */
export function currentSettings(strapi: Core.Strapi): Entry {
  const entry = entries.get(strapi);
  if (!entry) return build(strapi, EMPTY_SETTINGS);
  if (Date.now() - entry.checkedAt >= REVISION_TTL_MS && !entry.checking) {
    freshSettings(strapi).catch((error: unknown) => strapi.log.warn(`editorial-workflow: settings check failed: ${String(error)}`));
  }
  return entry;
}
