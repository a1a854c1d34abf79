import type { Core } from '@strapi/strapi';
import { pluginActions, PLUGIN } from '../permissions';
import { getRegistry } from '../registry';
import { statesRepository } from '../repositories/states';
import { strandedStates } from '../workflow/validate';
import { unitsRepository } from '../repositories/units';
import { ensureDatabaseGuarantees } from './database';
import { guardUploads } from '../gate/upload';
import { announcedRun } from '../job-runs';

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
  await ensureDatabaseGuarantees(strapi);
  // The media library writes files outside the Document Service: the gate watches it separately.
  guardUploads(strapi);
  await assertStatesInUseExist(strapi);

  if (strapi.config.get('server.cron.enabled')) {
    strapi.cron.add({
      'editorial-workflow-scheduled-publish': {
        task: () => announcedRun(strapi, 'scheduled-publish', () => (strapi.plugin(PLUGIN).service('scheduler') as { runDue(now: Date): Promise<unknown> }).runDue(new Date())),
        options: { rule: '*/1 * * * *', tz: 'Asia/Ho_Chi_Minh' },
      },
      // A signed checkpoint of the log every evening, mailed to the board (see services/checkpoints.ts).
      'editorial-workflow-log-checkpoint': {
        task: () => announcedRun(strapi, 'log-checkpoint', () => (strapi.plugin(PLUGIN).service('checkpoints') as { daily(): Promise<unknown> }).daily()),
        options: { rule: '55 23 * * *', tz: 'Asia/Ho_Chi_Minh' },
      },
    });
  }
}
