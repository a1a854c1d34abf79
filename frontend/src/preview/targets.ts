import type { PreviewKind } from '../../../src/lib/preview-types';
import type { Query } from '../api/client';
import type { Article, Category, Disclosure, LegalDocument, Procedure, Site as SiteSetting, WorkSchedule } from '../cms-types.generated';
import type { Model } from '../site/model';
import { ARTICLE_QUERY, DISCLOSURE_QUERY, DOCUMENT_QUERY, PROCEDURE_QUERY, SCHEDULE_QUERY, type CmsContent } from '../site/queries';

/** What each kind's draft is fetched with: the build's own query, so the model gets what it always gets. */
export const DRAFT_QUERIES: Record<PreviewKind, Query> = {
  article: ARTICLE_QUERY,
  procedure: PROCEDURE_QUERY,
  document: DOCUMENT_QUERY,
  disclosure: DISCLOSURE_QUERY,
  schedule: SCHEDULE_QUERY,
};

const EMPTY: Omit<CmsContent, 'settings' | 'categories'> = {
  articles: [], schedules: [], fields: [], procedures: [], reports: [], documents: [], disclosures: [], questions: [], pages: [], officials: [],
};

/** True for an article in a language other than Vietnamese: its page is the English one. */
const translated = (kind: PreviewKind, locale: string | null) => kind === 'article' && locale !== null && locale !== 'vi';

/**
 * The content of a build holding only the draft (and the published settings and categories every page's
 * layout shows): the model then makes the draft's page as it will make it once published.
 */
export function previewContent(kind: PreviewKind, locale: string | null, found: unknown, base: { settings: SiteSetting; categories: Category[] }, now = new Date()): CmsContent {
  // A draft has no publication date yet: it is shown as it would be if published now.
  const fields = found as { publishedAt?: string | null };
  const draft: unknown = { ...fields, publishedAt: fields.publishedAt ?? now.toISOString() };
  const content: CmsContent = { ...base, ...EMPTY };
  if (translated(kind, locale)) {
    content.translations = { en: { settings: null, categories: [], articles: [draft as Article], pages: [], officials: [] } };
  } else if (kind === 'article') content.articles = [draft as Article];
  else if (kind === 'procedure') content.procedures = [draft as Procedure];
  else if (kind === 'document') content.documents = [draft as LegalDocument];
  else if (kind === 'disclosure') content.disclosures = [draft as Disclosure];
  else content.schedules = [draft as WorkSchedule];
  return content;
}

/**
 * The template (under site/pages/) that writes the draft's page and that page's address. A disclosure has
 * no page of its own: it is shown in its group's list, or in the archive once past its last day. Null when
 * the draft has no page yet (a schedule without its week's Monday).
 */
export function previewPage(kind: PreviewKind, locale: string | null, model: Model): { template: string; url: string } | null {
  if (translated(kind, locale)) {
    const article = model.en.articles[0];
    return article ? { template: 'en/article.njk', url: article.url } : null;
  }
  const at = (template: string, url: string | undefined) => (url ? { template, url } : null);
  switch (kind) {
    case 'article': return at('article.njk', model.articles[0]?.url);
    case 'procedure': return at('procedure.njk', model.procedures[0]?.url);
    case 'document': return at('document.njk', model.documents[0]?.url);
    case 'schedule': return at('schedule-week.njk', model.weeks[0]?.url);
    case 'disclosure': {
      const group = model.disclosureGroups.find((g) => g.items.length > 0);
      return group ? at('disclosure-group.njk', group.url) : at('disclosure-archive.njk', model.disclosureArchive.pages[0]?.url);
    }
  }
}
