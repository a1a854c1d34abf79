// Eleventy 3 configuration. The data layer is TypeScript compiled to build/ (npm run compile) first.
const { readdirSync } = require('node:fs');

module.exports = function (eleventyConfig) {
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.setQuietMode(true);
  const preview = process.env.SITE_PREVIEW_TEMPLATE;
  if (process.env.SITE_ONLY_ARTICLE || preview) {
    // A one-article rebuild writes only that article's pages (one a language) over the existing output; a
    // preview (src/preview/) only the page of its draft's template (e.g. `article.njk`, `en/article.njk`).
    const kept = (dir, file) => (preview ? `${dir}/${file}` === `site/pages/${preview}` : file === 'article.njk');
    for (const dir of ['site/pages', 'site/pages/en']) {
      for (const file of readdirSync(`${__dirname}/${dir}`)) {
        if (file.endsWith('.njk') && !kept(dir, file)) eleventyConfig.ignores.add(`${dir}/${file}`);
      }
    }
  } else {
    eleventyConfig.addPassthroughCopy({ 'site/assets': 'assets', 'site/icons/favicon.ico': 'favicon.ico' });
  }
  return {
    dir: { input: 'site', output: process.env.SITE_OUTPUT || '_site', includes: '_includes', data: '_data' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
};
