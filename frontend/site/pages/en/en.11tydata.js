// The English pages: the layout and the shared includes read the language from `lang` (src/site/i18n.ts).
module.exports = { lang: 'en' };
