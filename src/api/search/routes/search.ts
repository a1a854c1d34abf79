/** GET /api/search: public, answered from the response cache when it can be. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/search',
      handler: 'search.search',
      config: {
        auth: false,
        middlewares: [{ name: 'global::rate-limit', config: { name: 'search', max: Number(process.env.SEARCH_RATE_LIMIT_PER_MINUTE ?? 120), windowMs: 60_000 } }],
      },
    },
  ],
};
