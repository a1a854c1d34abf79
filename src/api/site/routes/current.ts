/**
 * GET /api/site-setting: the site the request is for (its host, or `?site=<code>`), in the shape the
 * single type `site-setting` had before there were several sites, in the asked locale.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/site-setting',
      handler: 'api::site.site.findOne',
      config: { policies: ['global::populate-depth'] },
    },
  ],
};
