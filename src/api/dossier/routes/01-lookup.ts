/**
 * GET /api/dossiers/lookup/:code — a citizen follows their dossier by its code. Rate-limited per client
 * so that nobody can walk the code space to list everyone's dossiers.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/dossiers/lookup/:code',
      handler: 'dossier.lookup',
      config: { auth: false, middlewares: [{ name: 'global::rate-limit', config: { name: 'dossier-lookup', max: 20, windowMs: 60_000 } }] },
    },
  ],
};
