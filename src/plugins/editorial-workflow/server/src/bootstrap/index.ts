import type { Core } from '@strapi/strapi';
import { pluginActions, PLUGIN } from '../permissions';
import { getRegistry } from '../registry';
import { statesRepository } from '../repositories/states';
import { strandedStates } from '../workflow/validate';
import { unitsRepository } from '../repositories/units';
import { ensureDatabaseGuarantees } from './database';
import { guardUploads } from '../gate/upload';
import { announcedRun } from '../job-runs';
import { JOBS, type JobName, type ScheduledJobsService } from '../services/scheduled-jobs';
import { reloadSettings } from '../settings/cache';
import { calendarWarning } from '../settings/effective';
import { registerSiteConditions } from '../sites/conditions';
import { watchMemberships } from '../sites/watch';
import { populateSiteOnWrite } from '../sites/created-site';

/** Refuses a configuration that removed a state some items are still in. */
async function assertStatesInUseExist(strapi: Core.Strapi): Promise<void> {
  const stranded = strandedStates(getRegistry().workflows, await statesRepository(strapi).statesInUse());
  if (stranded.length > 0) {
    throw new Error(`editorial-workflow: items are still in states the configuration removed: ${stranded.join(', ')}. Move them first.`);
  }
}

export async function bootstrap({ strapi }: { strapi: Core.Strapi }): Promise<void> {
  const { actionProvider, conditionProvider } = strapi.service('admin::permission') as {
    actionProvider: { registerMany(actions: unknown[]): Promise<void> };
    conditionProvider: { register(condition: unknown): Promise<void> };
  };
  await actionProvider.registerMany(pluginActions(getRegistry().workflows));
  await conditionProvider.register({
    displayName: 'Cùng đơn vị với tôi',
    name: 'same-unit',
    plugin: PLUGIN,
    async handler(user: { id: number }) {
      const units = await unitsRepository(strapi).ofUser(user.id);
      return { 'unit.documentId': { $in: units.map((unit) => unit.documentId) } };
    },
  });
  await conditionProvider.register({
    displayName: 'Được giao cho tôi',
    name: 'assigned-officer',
    plugin: PLUGIN,
    handler: (user: { id: number }) => ({ 'assignedOfficer.id': user.id }),
  });
  await registerSiteConditions(strapi, conditionProvider);
  watchMemberships(strapi);
  populateSiteOnWrite(strapi);
  await ensureDatabaseGuarantees(strapi);
  // The media library writes files outside the Document Service: the gate watches it separately.
  guardUploads(strapi);
  await assertStatesInUseExist(strapi);
  // The board's settings (calendar years, SLAs) before anything computes a due time.
  const settings = await reloadSettings(strapi);
  const warning = calendarWarning(settings.calendarConfig, new Date());
  if (warning) strapi.log.warn(`editorial-workflow: ${warning} (Quy trình biên tập → Cài đặt quy trình)`);

  // CRON_ENABLED may be on in every instance: each run takes a database lock, and each job is idempotent.
  if (strapi.config.get('server.cron.enabled')) {
    const jobs = () => strapi.plugin(PLUGIN).service('scheduledJobs') as ScheduledJobsService;
    // The job's name without the plugin's prefix is what /metrics counts its runs and failures under.
    strapi.cron.add(Object.fromEntries(Object.entries(JOBS).map(([name, job]) => [name, {
      task: () => announcedRun(strapi, name.replace(/^editorial-workflow-/, ''), () => jobs().run(name as JobName)),
      options: { rule: job.rule, tz: 'Asia/Ho_Chi_Minh' },
    }])));
  }
}
