/**
 * The site's languages: Vietnamese is the default (at the root), every other language lives under its own
 * prefix (/en/) and holds only the items the CMS has in that locale. Adding a page kind to a language is
 * adding its address here (PATHS) and its words to ui-labels.ts; see docs/site.md "Languages".
 */
export const DEFAULT_LOCALE = 'vi';
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** The languages other than the default: their content is fetched with `locale=<code>`. */
export const OTHER_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE) as Array<Exclude<Locale, 'vi'>>;

export interface LocaleInfo {
  code: Locale;
  /** `<html lang>`, hreflang and DC.language. */
  htmlLang: string;
  ogLocale: string;
  /** The language's own name, as the switch shows it. */
  name: string;
  home: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  vi: { code: 'vi', htmlLang: 'vi', ogLocale: 'vi_VN', name: 'Tiếng Việt', home: '/' },
  en: { code: 'en', htmlLang: 'en', ogLocale: 'en_GB', name: 'English', home: '/en/' },
};

/** Each page kind's address in each language; `slug` pages end in `<slug>/`. */
export interface LocalePaths {
  home: string;
  categories: string;
  category: (slug: string) => string;
  article: (slug: string) => string;
  contact: string;
  /** The organisation: the introduction with the units and officials, the other general pages, the leaders. */
  about: string;
  aboutPage: (slug: string) => string;
  leaders: string;
  /** A list's further pages: `<base><pageSegment>-2/`. */
  pageSegment: string;
}

export const PATHS: Record<Locale, LocalePaths> = {
  vi: {
    home: '/',
    categories: '/chuyen-muc/',
    category: (slug) => `/chuyen-muc/${slug}/`,
    article: (slug) => `/tin-tuc/${slug}/`,
    contact: '/lien-he/',
    about: '/gioi-thieu/',
    aboutPage: (slug) => `/gioi-thieu/${slug}/`,
    leaders: '/lanh-dao/',
    pageSegment: 'trang',
  },
  en: {
    home: '/en/',
    categories: '/en/categories/',
    category: (slug) => `/en/categories/${slug}/`,
    article: (slug) => `/en/news/${slug}/`,
    contact: '/en/contact/',
    about: '/en/about/',
    aboutPage: (slug) => `/en/about/${slug}/`,
    leaders: '/en/leaders/',
    pageSegment: 'page',
  },
};

/** A page's versions: its address in each language it exists in. */
export type Versions = Partial<Record<Locale, string>>;

/**
 * The language versions of every page that has more than one, by each version's address: what the layout
 * reads for `hreflang` and the language switch. A page with one version is not listed, so it names no twin.
 */
export class Alternates {
  private readonly byUrl: Record<string, Versions> = {};

  add(versions: Versions): void {
    const urls = Object.values(versions).filter((url): url is string => Boolean(url));
    if (urls.length < 2) return;
    for (const url of urls) this.byUrl[url] = versions;
  }

  /** Pairs items of two languages by their CMS document (one documentId holds every locale of an item). */
  addByDocument<T>(locale: Locale, items: T[], others: Map<string, string>, key: (item: T) => string, url: (item: T) => string): void {
    for (const item of items) {
      const twin = others.get(key(item));
      if (twin) this.add({ [DEFAULT_LOCALE]: twin, [locale]: url(item) });
    }
  }

  toRecord(): Record<string, Versions> {
    return this.byUrl;
  }
}
