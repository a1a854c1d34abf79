'use strict';
// Strapi loads only JavaScript server entries: the TypeScript sources in server/src are compiled to
// dist/ by `npm run compile` (run before develop, build, seed and tests).
module.exports = require('./dist/index.js').default;
