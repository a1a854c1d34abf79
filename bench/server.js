'use strict';
// Child process: one Strapi instance serving HTTP (PORT, RESPONSE_CACHE_ENABLED from the environment).
const { loadStrapi } = require('./strapi-env');

(async () => {
  const strapi = await loadStrapi();
  await strapi.start();
  process.send?.('ready');
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
