/** The fields of a site that have a version per language (the `site.translation` component). */
export const TRANSLATED_FIELDS = ['wardName', 'siteTitle', 'address', 'personResponsibleTitle', 'licence', 'infoContactName', 'infoContactAddress'] as const;

type Site = Record<string, unknown> & { translations?: Array<Record<string, unknown>> | null };

/**
 * A site as it reads in `locale`: the translation's non-empty fields over the site's own (which are in the
 * default language), so that a missing translation falls back rather than leaves the footer blank.
 */
export function inLocale(site: Site, translations: Site['translations'], locale: string | undefined, defaultLocale: string): Record<string, unknown> {
  const { translations: _omitted, ...rest } = site;
  const translation = locale ? (translations ?? []).find((entry) => entry.locale === locale) : undefined;
  const merged: Record<string, unknown> = { ...rest, locale: translation ? locale : defaultLocale };
  for (const field of TRANSLATED_FIELDS) {
    const value = translation?.[field];
    if (typeof value === 'string' && value.trim() !== '') merged[field] = value;
  }
  return merged;
}
