import { runEleventy } from '../src/dev/eleventy';
import { buildSites, buildsAllSites } from '../src/rebuild/sites';

/**
 * `npm run site`: the site step of the build. SITE_CODE=<code> (or unset) is one Eleventy run, as before;
 * SITE_CODE=all builds every site the CMS lists into SITE_OUTPUT/<code>/. Extra arguments go to Eleventy.
 */
const args = process.argv.slice(2);
const run = buildsAllSites(process.env)
  ? buildSites(process.env, { echo: true, args }).then((codes) => console.log(`[site] built ${codes.length} sites: ${codes.join(', ')}`))
  : runEleventy(process.env, { echo: true, args }).done;
run.catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
