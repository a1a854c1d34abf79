'use strict';
// Child process: Strapi loaded on a bench database, once after each generation step. Creates the two staff
// accounts the benchmark signs in as (super admin for the Content Manager, a board member for the queue), then
// brings the search index up to date the way the application does. Prints one JSON line.
const { loadStrapi } = require('../strapi-env');
const { ACCOUNTS, PASSWORD } = require('./accounts');

(async () => {
  const strapi = await loadStrapi();
  for (const { email, role } of ACCOUNTS) {
    if (await strapi.db.query('admin::user').findOne({ where: { email } })) continue;
    const row = role === 'super-admin'
      ? await strapi.service('admin::role').getSuperAdmin()
      : await strapi.db.query('admin::role').findOne({ where: { code: role } });
    await strapi.service('admin::user').create({ email, firstname: role, lastname: 'Bench', password: PASSWORD, isActive: true, registrationToken: null, roles: [row.id] });
  }
  const started = Date.now();
  await strapi.service('api::search.search').reindexType('api::article.article');
  const indexSeconds = (Date.now() - started) / 1000;
  await strapi.destroy();
  process.stdout.write(`${JSON.stringify({ indexSeconds })}\n`);
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
