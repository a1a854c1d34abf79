import { ApiError, type Client } from '../api/client';
import type {
  Article, Category, Disclosure, DossierReport, LegalDocument, Official, Page, Procedure, ProcedureField, Question, Site as SiteSetting, WorkSchedule,
} from '../cms-types.generated';
import { OTHER_LOCALES, type Locale } from './i18n';

/** What the site reads from the CMS: published content only, with just the relations each page shows. */
export interface CmsContent {
  settings: SiteSetting;
  categories: Category[];
  articles: Article[];
  schedules: WorkSchedule[];
  fields: ProcedureField[];
  procedures: Procedure[];
  reports: DossierReport[];
  documents: LegalDocument[];
  disclosures: Disclosure[];
  questions: Question[];
  /** The organisation's general pages and officials (in the default language, Vietnamese). */
  pages: Page[];
  officials: Official[];
  /** The other languages' versions of the localized types (an item missing in a language is missing here). */
  translations?: Partial<Record<Exclude<Locale, 'vi'>, LocalizedContent>>;
}

/** What a language other than Vietnamese holds: its settings (null when not translated), categories, articles, pages and officials. */
export interface LocalizedContent {
  settings: SiteSetting | null;
  categories: Category[];
  articles: Article[];
  pages: Page[];
  officials: Official[];
}

export const ARTICLE_QUERY = {
  'populate[category][fields][0]': 'name',
  'populate[category][fields][1]': 'slug',
  'populate[unit][fields][0]': 'name',
  'populate[cover][populate][image]': 'true',
  'populate[gallery][populate][image]': 'true',
  'populate[video]': 'true',
  'populate[videoCaptions]': 'true',
  'sort[0]': 'publishedAt:desc',
};

export const SCHEDULE_QUERY = { 'populate[entries]': 'true', 'sort[0]': 'weekStart:desc' };
export const PROCEDURE_QUERY = {
  'populate[field][fields][0]': 'name',
  'populate[field][fields][1]': 'slug',
  'populate[steps]': 'true',
  'populate[methods]': 'true',
  'populate[dossierComponents][populate][form]': 'true',
  'populate[legalBasis][fields][0]': 'numberSymbol',
  'populate[legalBasis][fields][1]': 'title',
  'populate[legalBasis][fields][2]': 'slug',
  'sort[0]': 'name:asc',
};
export const DOCUMENT_QUERY = { 'populate[file]': 'true', 'sort[0]': 'issuedAt:desc' };
export const DISCLOSURE_QUERY = { 'populate[files]': 'true', 'sort[0]': 'disclosedAt:desc' };

const CATEGORY_QUERY = { 'sort[0]': 'order:asc', 'populate[parent][fields][0]': 'slug' };
const PAGE_QUERY = { 'populate[cover]': 'true', 'sort[0]': 'order:asc' };
const OFFICIAL_QUERY = {
  'populate[photo]': 'true',
  'populate[unit][fields][0]': 'name',
  'populate[unit][fields][1]': 'order',
  'sort[0]': 'order:asc',
};

export async function fetchSettings(client: Client, locale?: Locale): Promise<SiteSetting> {
  return (await client.get<{ data: SiteSetting }>('site-setting', { 'populate[emblem]': 'true', ...(locale ? { locale } : {}) })).data;
}

/** A language's settings, or null when the single type has no version in it (Strapi answers 404). */
async function fetchTranslatedSettings(client: Client, locale: Locale): Promise<SiteSetting | null> {
  try {
    return await fetchSettings(client, locale);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * One language's localized content; `onlyArticle` narrows the articles to one document (a one-article rebuild,
 * which writes no organisation page, so it fetches no pages or officials).
 */
export async function fetchLocale(client: Client, locale: Locale, onlyArticle?: string): Promise<LocalizedContent> {
  const [settings, categories, articles, pages, officials] = await Promise.all([
    fetchTranslatedSettings(client, locale),
    client.findAll<Category>('categories', { ...CATEGORY_QUERY, locale }),
    client.findAll<Article>('articles', { ...ARTICLE_QUERY, locale, ...(onlyArticle ? { 'filters[documentId][$eq]': onlyArticle } : {}) }),
    onlyArticle ? [] : client.findAll<Page>('pages', { ...PAGE_QUERY, locale }),
    onlyArticle ? [] : client.findAll<Official>('officials', { ...OFFICIAL_QUERY, locale }),
  ]);
  return { settings, categories, articles, pages, officials };
}

/** Every other language's content, by its code. */
export async function fetchTranslations(client: Client, onlyArticle?: string): Promise<NonNullable<CmsContent['translations']>> {
  const fetched = await Promise.all(OTHER_LOCALES.map(async (locale) => [locale, await fetchLocale(client, locale, onlyArticle)] as const));
  return Object.fromEntries(fetched);
}

/** One article by documentId, for a one-article rebuild; null once it is unpublished or deleted. */
export async function fetchArticle(client: Client, documentId: string): Promise<Article | null> {
  const found = await client.findAll<Article>('articles', { ...ARTICLE_QUERY, 'filters[documentId][$eq]': documentId });
  return found[0] ?? null;
}

/** The categories, in the editors' order: every page's RSS links (layout.njk), the news lists and feeds. */
export async function fetchCategories(client: Client): Promise<Category[]> {
  return client.findAll<Category>('categories', CATEGORY_QUERY);
}

export async function fetchContent(client: Client): Promise<CmsContent> {
  const [settings, categories, articles, schedules, fields, procedures, reports, documents, disclosures, questions, pages, officials, translations] = await Promise.all([
    fetchSettings(client),
    fetchCategories(client),
    client.findAll<Article>('articles', ARTICLE_QUERY),
    client.findAll<WorkSchedule>('work-schedules', SCHEDULE_QUERY),
    client.findAll<ProcedureField>('procedure-fields', { 'sort[0]': 'order:asc' }),
    client.findAll<Procedure>('procedures', PROCEDURE_QUERY),
    client.findAll<DossierReport>('dossier-reports', { 'populate[field][fields][0]': 'name', 'sort[0]': 'periodStart:desc' }),
    client.findAll<LegalDocument>('legal-documents', DOCUMENT_QUERY),
    client.findAll<Disclosure>('disclosures', DISCLOSURE_QUERY),
    client.findAll<Question>('questions', { 'populate[field][fields][0]': 'name', 'sort[0]': 'answeredAt:desc' }),
    client.findAll<Page>('pages', PAGE_QUERY),
    client.findAll<Official>('officials', OFFICIAL_QUERY),
    fetchTranslations(client),
  ]);
  return { settings, categories, articles, schedules, fields, procedures, reports, documents, disclosures, questions, pages, officials, translations };
}
