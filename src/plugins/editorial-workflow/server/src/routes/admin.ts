const can = (action: string) => ({
  name: 'admin::hasPermissions',
  config: { actions: [`plugin::editorial-workflow.${action}`] },
});
const signedIn = 'admin::isAuthenticatedAdmin';

/** Admin API under /editorial-workflow; every route needs an admin session. */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/definition', handler: 'workflow.definition', config: { policies: [signedIn] } },
    { method: 'GET', path: '/documents/:uid/:documentId', handler: 'workflow.document', config: { policies: [signedIn] } },
    { method: 'GET', path: '/items/:uid/:documentId/compare', handler: 'workflow.compare', config: { policies: [signedIn] } },
    { method: 'GET', path: '/items/:uid/:documentId/comments', handler: 'comments.list', config: { policies: [signedIn] } },
    { method: 'POST', path: '/items/:uid/:documentId/comments', handler: 'comments.create', config: { policies: [signedIn] } },
    { method: 'GET', path: '/items/:uid/:documentId/comments/options', handler: 'comments.options', config: { policies: [signedIn] } },
    { method: 'PUT', path: '/items/:uid/:documentId/comments/:id', handler: 'comments.edit', config: { policies: [signedIn] } },
    { method: 'POST', path: '/items/:uid/:documentId/comments/:id/resolve', handler: 'comments.resolve', config: { policies: [signedIn] } },
    { method: 'POST', path: '/documents/:uid/:documentId/transitions', handler: 'workflow.transition', config: { policies: [signedIn] } },
    { method: 'GET', path: '/assignees/:uid', handler: 'workflow.assignees', config: { policies: [signedIn] } },
    { method: 'GET', path: '/queue', handler: 'workflow.queue', config: { policies: [signedIn, can('queue.read')] } },
    { method: 'GET', path: '/inbox', handler: 'workflow.inbox', config: { policies: [signedIn] } },
    { method: 'POST', path: '/inbox/read', handler: 'workflow.read', config: { policies: [signedIn] } },
    { method: 'POST', path: '/inbox/:id/read', handler: 'workflow.read', config: { policies: [signedIn] } },
    { method: 'GET', path: '/log', handler: 'workflow.log', config: { policies: [signedIn, can('log.read')] } },
    { method: 'POST', path: '/log/verify', handler: 'log.verify', config: { policies: [signedIn, can('log.verify')] } },
    { method: 'GET', path: '/log/head', handler: 'log.head', config: { policies: [signedIn, can('log.verify')] } },
    { method: 'GET', path: '/log/export', handler: 'log.export', config: { policies: [signedIn, can('log.read')] } },
    { method: 'GET', path: '/stats/questions', handler: 'stats.questions', config: { policies: [signedIn, can('stats.read')] } },
    { method: 'GET', path: '/stats', handler: 'stats.stats', config: { policies: [signedIn, can('stats.read')] } },
    { method: 'GET', path: '/settings', handler: 'settings.get', config: { policies: [signedIn, can('settings.manage')] } },
    { method: 'GET', path: '/settings/warning', handler: 'settings.warning', config: { policies: [signedIn, can('settings.manage')] } },
    { method: 'PUT', path: '/settings/calendar/:year', handler: 'settings.putYear', config: { policies: [signedIn, can('settings.manage')] } },
    { method: 'PUT', path: '/settings/sla/:workflow', handler: 'settings.putSla', config: { policies: [signedIn, can('settings.manage')] } },
    { method: 'PUT', path: '/settings/categories/:documentId', handler: 'settings.putCategory', config: { policies: [signedIn, can('settings.manage')] } },
    { method: 'PUT', path: '/settings/quotas', handler: 'settings.putQuotas', config: { policies: [signedIn, can('settings.manage')] } },
  ],
};
