const can = (action: string) => ({
  name: 'admin::hasPermissions',
  config: { actions: [`plugin::editorial-workflow.${action}`] },
});
const signedIn = 'admin::isAuthenticatedAdmin';

/** Admin API under /editorial-workflow; every route but the calendar feed needs an admin session. */
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
    { method: 'GET', path: '/documents/:uid/:documentId/reviewers', handler: 'workflow.reviewers', config: { policies: [signedIn] } },
    { method: 'PUT', path: '/documents/:uid/:documentId/reviewer', handler: 'workflow.assignReviewer', config: { policies: [signedIn] } },
    { method: 'GET', path: '/assignees/:uid', handler: 'workflow.assignees', config: { policies: [signedIn] } },
    { method: 'GET', path: '/deputies', handler: 'deputies.list', config: { policies: [signedIn] } },
    { method: 'GET', path: '/deputies/options', handler: 'deputies.options', config: { policies: [signedIn] } },
    { method: 'POST', path: '/deputies', handler: 'deputies.create', config: { policies: [signedIn] } },
    { method: 'POST', path: '/deputies/:id/end', handler: 'deputies.end', config: { policies: [signedIn] } },
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
    { method: 'GET', path: '/calendar', handler: 'calendar.entries', config: { policies: [signedIn, can('queue.read')] } },
    { method: 'GET', path: '/calendar/feed', handler: 'calendar.feedInfo', config: { policies: [signedIn, can('calendar.feed')] } },
    { method: 'POST', path: '/calendar/feed', handler: 'calendar.createFeed', config: { policies: [signedIn, can('calendar.feed')] } },
    { method: 'DELETE', path: '/calendar/feed', handler: 'calendar.revokeFeed', config: { policies: [signedIn, can('calendar.feed')] } },
    // For calendar clients, which hold no admin session: the token in the address is the credential.
    { method: 'GET', path: '/calendar.ics', handler: 'calendar.feed', config: { auth: false } },
  ],
};
