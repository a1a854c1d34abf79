import type { Core } from '@strapi/strapi';

const LOCALES = [
  { code: 'vi', name: 'Tiếng Việt (vi)' },
  { code: 'en', name: 'English (en)' },
];

/**
 * Vietnamese is the default language of the page; English is available for what the law wants in
 * English. Safe to run on every start: it only adds what is missing and resets a changed default
 * to the configured one.
 */
export async function ensureLocales(strapi: Core.Strapi, defaultCode: string): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const locale of LOCALES) {
    if (!(await locales.findByCode(locale.code))) await locales.create(locale);
  }
  if (!(await locales.findByCode(defaultCode))) {
    throw new Error(`I18N_DEFAULT_LOCALE="${defaultCode}" is not one of the site's languages (vi, en).`);
  }
  if ((await locales.getDefaultLocale()) !== defaultCode) await locales.setDefaultLocale({ code: defaultCode });
}
