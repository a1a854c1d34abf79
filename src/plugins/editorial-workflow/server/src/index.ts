import type { Core } from '@strapi/strapi';
import { bootstrap } from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import { calendarController } from './controllers/calendar';
import { commentsController } from './controllers/comments';
import { deputiesController } from './controllers/deputies';
import { logController } from './controllers/log';
import { settingsController } from './controllers/settings';
import { statsController } from './controllers/stats';
import { workflowController } from './controllers/workflow';
import { register } from './register';
import adminRoutes from './routes/admin';
import { ensureRoles } from './bootstrap/roles';
import { addMember, membershipsOf } from './sites/memberships';
import { firstSiteMemberships } from './sites/watch';
import { checkpointsService } from './services/checkpoints';
import { calendarOf } from './services/due';
import { scheduledJobsService } from './services/scheduled-jobs';
import { schedulerService } from './services/scheduler';
import { settingsService } from './services/settings';
import { statsService } from './services/stats';
import { questionStatsService } from './services/question-stats';
import { assertMayReadDraft, readableDocumentIds } from './services/read-access';
import { workflowService } from './services/workflow';
import { getSchemaMap } from './write-map';
import { workflowTransaction } from './guard';
import type { TransactionContext } from './guard/transaction';

export default {
  register,
  bootstrap,
  config,
  contentTypes,
  controllers: { workflow: workflowController, stats: statsController, log: logController, comments: commentsController, deputies: deputiesController, calendar: calendarController, settings: settingsController },
  services: {
    workflow: workflowService,
    scheduler: schedulerService,
    scheduledJobs: scheduledJobsService,
    stats: statsService,
    checkpoints: checkpointsService,
    questionStats: questionStatsService,
    settings: settingsService,
    // The working-day calendar, for the rest of the site (question due dates).
    calendar: ({ strapi }: { strapi: Core.Strapi }) => calendarOf(strapi),
    // Who may see an item's draft, for the app's routes that show one (the preview link, the Content
    // Manager's routes that read items without checking them).
    readAccess: ({ strapi }: { strapi: Core.Strapi }) => ({
      assertMayReadDraft: (userAbility: unknown, uid: string, documentId: string, locale: string | null) =>
        assertMayReadDraft(strapi, userAbility, uid, documentId, locale),
      readableDocumentIds: (userAbility: unknown, uid: string, documentIds: string[], locale: string | null) =>
        readableDocumentIds(strapi, userAbility, uid, documentIds, locale),
    }),
    // Called from the app's bootstrap: roles need the admin's own conditions and default roles, which
    // the admin module sets up after the plugins' bootstrap.
    setup: ({ strapi }: { strapi: Core.Strapi }) => ({
      ensureRoles: async () => { await ensureRoles(strapi); await firstSiteMemberships(strapi); },
    }),
    // Who works at which site: for the seed, the tests and the city's IT (sites/memberships.ts).
    memberships: ({ strapi }: { strapi: Core.Strapi }) => ({
      addMember: (userId: number, siteId: number, roleCodes: string[]) => addMember(strapi, userId, siteId, roleCodes),
      of: (userId: number) => membershipsOf(strapi, userId),
    }),
    // The write-path map, for the documentation and the tests' generated matrix.
    writeMap: ({ strapi }: { strapi: Core.Strapi }) => ({ get: () => getSchemaMap(strapi) }),
    // For the app's data migrations (a site for every row): writes to live rows in a transaction the guard lets through.
    guard: ({ strapi }: { strapi: Core.Strapi }) => ({ carrying: <T>(work: (trx: TransactionContext['trx']) => Promise<T>) => workflowTransaction(strapi, ({ trx }) => work(trx)) }),
  },
  routes: { admin: adminRoutes },
};
