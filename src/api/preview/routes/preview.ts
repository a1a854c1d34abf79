/**
 * GET /api/previews/:token: the one version a preview link was signed for, for the site's preview server.
 * Not public: the caller needs an API token too (the site's read-only one, kept on its server), so a leaked
 * link alone reads nothing here. `findOne` so that a read-only token may call it.
 */
export default {
  routes: [{ method: 'GET', path: '/previews/:token', handler: 'preview.findOne', config: {} }],
};
