// Every page's data: fetched from the CMS's REST API by the compiled TypeScript data layer.
module.exports = () => require('../../build/frontend/src/site/load').loadSite();
