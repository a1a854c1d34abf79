import { limitBy } from '../../../middlewares/rate-limit';

/** GET /api/search: public, answered from the response cache when it can be. */
export default {
  routes: [{ method: 'GET', path: '/search', handler: 'search.search', config: { auth: false, middlewares: [limitBy('search')] } }],
};
