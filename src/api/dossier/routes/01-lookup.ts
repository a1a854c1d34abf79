import { limitBy } from '../../../middlewares/rate-limit';

/**
 * GET /api/dossiers/lookup/:code — a citizen follows their dossier by its code. Rate-limited per client
 * so that nobody can walk the code space to list everyone's dossiers.
 */
export default {
  routes: [
    { method: 'GET', path: '/dossiers/lookup/:code', handler: 'dossier.lookup', config: { auth: false, middlewares: [limitBy('dossier-lookup')] } },
  ],
};
