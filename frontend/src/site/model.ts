import { documentTypeName } from '../../../src/lib/document-number';
import { foldForSearch } from '../../../src/lib/search-text';
import type { Media } from '../api/strapi';
import type { Article, Category, DossierReport, Procedure, SharedFigure, WorkSchedule } from '../cms-types.generated';
import { blocksText, renderBlocks } from '../render/blocks';
import { imgTag, responsiveImage } from '../render/images';
import { safeUrl } from '../../../src/lib/html';
import { CONSENT_LABEL, CONTACT_HINT, HONEYPOT_LABEL, QUESTION_FIELDS } from '../../../src/lib/question-form';
import { DOSSIER_STATUS_LABELS, QUESTION_STATUS_LABELS } from '../../../src/lib/citizen-labels';
import { barChartSvg } from '../render/chart';
import { bodySlug, calendarUrl, scheduleCalendars } from './calendars';
import { isoWeekRange } from '../../../src/lib/dates';
import { toSlug } from '../../../src/lib/slug';
import { DATE_FORMATS, isoDay, percent, viDate, weekdayName } from '../render/format';
import { Alternates, DEFAULT_LOCALE, LOCALE_INFO, LOCALES, OTHER_LOCALES, PATHS, type Locale } from './i18n';
import { NAV, UI_LABELS } from './ui-labels';
import type { CmsContent } from './queries';
import { ARCHIVE_URL, byQuarter, isExpired } from './disclosures';
import {
  BODY_LABELS, CHANNEL_LABELS, DISCLOSURE_GROUPS, LEVEL_LABELS, ONLINE_FORM_LABELS, PAGE_TEXT, PERIOD_LABELS, SESSION_LABELS, type OrganisationText,
} from './labels';
import { informationAccessView, organisationView } from './organisation';
import { slugOf } from './slug';

export interface ModelOptions {
  /** The site's public address, e.g. https://phulam.hanoi.gov.vn (for sitemap, RSS, Dublin Core). */
  siteUrl: string;
  /** The CMS's public address: the browser posts questions to it and loads uploads from it. */
  apiUrl: string;
  now?: Date;
  /** A draft rendered by the preview server (src/preview/): the layout adds its banner and noindex. */
  preview?: boolean;
}

export const ARTICLES_PER_PAGE = 20;
/** A field's procedures a page: Hộ tịch alone can hold 350, which on one page passes 100 KB. */
export const PROCEDURES_PER_PAGE = 100;
/** The dashboard shows the latest periods of each kind, so that its page stays the same size year after year. */
export const DASHBOARD_PERIODS: Record<string, number> = { month: 12, quarter: 4, year: 5 };
export const QUESTIONS_PER_PAGE = 50;
/** The information-access list and the disclosure archive grow every year: paged, so no page passes 100 KB. */
export const ACCESS_ROWS_PER_PAGE = 100;
export const ARCHIVE_PER_PAGE = 50;
export const ACCESS_URL = '/tiep-can-thong-tin/';

export interface Figure {
  src: string;
  alt: string;
  caption: string;
  width: number | null;
  height: number | null;
  /** Strapi's formats as candidates ("url 500w, …"), empty when the upload has none. */
  srcset: string;
  /** The finished <img>: srcset and sizes, width and height, lazy unless it is the page's first image. */
  imgHtml: string;
}

/** An uploaded video (mp4) with its captions (WebVTT) and transcript, as the article page plays it. */
export interface VideoView {
  src: string;
  mime: string;
  captionsSrc: string;
  transcript: string;
}

export interface ArticleCard {
  title: string;
  url: string;
  summary: string;
  date: string;
  isoDate: string;
  /** RFC 822, as RSS wants it. */
  rssDate: string;
  category: string;
}

export interface ArticleView extends ArticleCard {
  documentId: string;
  bodyHtml: string;
  cover: Figure | null;
  gallery: Figure[];
  categoryUrl: string | null;
  unit: string;
  author: string;
  eventDate: string;
  eventPlace: string;
  /** An uploaded video, played on the page; `videoUrl` is a link elsewhere (YouTube …), shown as a card. */
  video: VideoView | null;
  videoUrl: string;
  /** The link card's host name ("www.youtube.com"). */
  videoHost: string;
  tags: string[];
  updatedIso: string;
  description: string;
  /** Open Graph's type: a news item is an `article`, every other page a `website`. */
  ogType: 'article';
  dc: DublinCore;
}

/** Dublin Core elements of a content page (TT 24/2011: title, creator, date, description, subject). */
export interface DublinCore {
  title: string;
  creator: string;
  date: string;
  description: string;
  subject: string;
  type?: string;
}

export type Model = ReturnType<typeof buildModel>;

const chunk = <T>(items: T[], size: number): T[][] =>
  items.length === 0 ? [[]] : Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Splits a list into numbered pages at `base`, `base`trang-2/, … with previous/next links. */
function paged<T>(items: T[], size: number, base: string, title: string, segment = 'trang', word = 'trang') {
  const pages = chunk(items, size);
  const urlOf = (page: number) => (page === 1 ? base : `${base}${segment}-${page}/`);
  return pages.map((list, index) => ({
    title: index === 0 ? title : `${title} – ${word} ${index + 1}`,
    page: index + 1,
    pageCount: pages.length,
    url: urlOf(index + 1),
    prevUrl: index > 0 ? urlOf(index) : null,
    nextUrl: index + 1 < pages.length ? urlOf(index + 2) : null,
    list,
  }));
}

/** Items by key, in their order; each group in its items' order. */
function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const hostOf = (url: string) => {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
};

const sum = (...values: Array<number | null | undefined>) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

/** Shapes the CMS's content into what each page shows: URLs, dd/mm/yyyy dates, rendered bodies, groupings. */
export function buildModel(content: CmsContent, options: ModelOptions) {
  const siteUrl = options.siteUrl.replace(/\/+$/, '');
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  const now = options.now ?? new Date();
  /** Today in Vietnam ("yyyy-mm-dd"), not the server's UTC date. */
  const today = isoDay(now);
  const mediaUrl = (url: string) => (/^https?:/.test(url) ? url : `${apiUrl}${url}`);
  const media = (file: Media | null | undefined) => (file ? { url: mediaUrl(file.url), name: file.name ?? file.url, size: file.size ?? null } : null);
  const figure = (value: SharedFigure | null | undefined, eager = false): Figure | null => {
    if (!value?.image) return null;
    const image = responsiveImage(value.image, mediaUrl);
    return { src: image.src, alt: value.alt, caption: value.caption, width: image.width, height: image.height, srcset: image.srcset, imgHtml: imgTag(image, value.alt, eager) };
  };
  /** The cover is the page's first image; without one, the body's first image, else the gallery's, loads at once. */
  const articleMedia = (article: Article) => {
    const cover = figure(article.cover, true);
    const bodyHasImage = Array.isArray(article.body) && article.body.some((block) => block.type === 'image' && block.image);
    const bodyHtml = renderBlocks(article.body, mediaUrl, { eagerFirstImage: !cover });
    const gallery = (article.gallery ?? []).map((f, i) => figure(f, !cover && !bodyHasImage && i === 0)).filter((f): f is Figure => f !== null);
    const video = article.video?.url && /^video\//.test(article.video.mime ?? 'video/mp4')
      ? {
        src: mediaUrl(article.video.url),
        mime: article.video.mime ?? 'video/mp4',
        captionsSrc: article.videoCaptions?.url ? mediaUrl(article.videoCaptions.url) : '',
        transcript: article.videoTranscript ?? '',
      }
      : null;
    return { cover, bodyHtml, gallery, video };
  };

  const { settings } = content;

  /** A language's news: its articles and categories with their addresses, dates and words. */
  const newsOf = (locale: Locale, source: { articles: Article[]; categories: Category[]; wardName: string }) => {
    const paths = PATHS[locale];
    const date = DATE_FORMATS[locale];
    const categoryUrl = (category: Pick<Category, 'slug' | 'documentId'>) => paths.category(slugOf(category));
    const articles: ArticleView[] = source.articles.map((article) => ({
      documentId: article.documentId,
      title: article.title,
      url: paths.article(slugOf(article)),
      summary: article.summary,
      date: date(article.publishedAt),
      isoDate: article.publishedAt ? isoDay(article.publishedAt) : '',
      rssDate: new Date(article.publishedAt ?? article.updatedAt).toUTCString(),
      updatedIso: article.updatedAt,
      category: article.category?.name ?? '',
      categoryUrl: article.category ? categoryUrl(article.category) : null,
      ...articleMedia(article),
      unit: article.unit?.name ?? '',
      author: article.author ?? '',
      eventDate: date(article.eventDate),
      eventPlace: article.eventPlace ?? '',
      videoUrl: safeUrl(article.videoUrl ?? '') ?? '',
      videoHost: hostOf(safeUrl(article.videoUrl ?? '') ?? ''),
      tags: (article.tags ?? '').split(/[,;]/).map((tag) => tag.trim()).filter(Boolean),
      description: article.summary,
      ogType: 'article',
      dc: {
        title: article.title,
        creator: article.unit?.name || article.author || source.wardName,
        date: article.publishedAt ? isoDay(article.publishedAt) : '',
        description: article.summary,
        subject: [article.category?.name, ...(article.tags ?? '').split(/[,;]/)].map((s) => s?.trim()).filter(Boolean).join('; '),
      },
    }));
    const categories = source.categories.map((category) => {
      const own = articles.filter((_, i) => source.articles[i].category?.documentId === category.documentId).map(card);
      return {
        documentId: category.documentId,
        name: category.name,
        slug: slugOf(category),
        url: categoryUrl(category),
        // Feeds are Vietnamese only: the readers the ward writes for.
        rssUrl: locale === DEFAULT_LOCALE ? `/rss/${slugOf(category)}.xml` : null,
        description: category.description ?? '',
        /** The feed's description: the category's own, else one naming it (its name may start with "Tin" already). */
        feedDescription: category.description || `Chuyên mục ${category.name} của ${source.wardName}`,
        articles: own,
      };
    });
    const categoryPages = categories.flatMap((category) =>
      paged(category.articles, ARTICLES_PER_PAGE, category.url, category.name, paths.pageSegment, UI_LABELS[locale].pager.page).map((page) => ({
        ...page,
        category: { name: category.name, url: category.url, rssUrl: category.rssUrl, description: category.description },
      })),
    );
    return { articles, categories, categoryPages, latest: articles.slice(0, 8).map(card) };
  };
  const card = ({ title, url, summary, date, isoDate, rssDate, category }: ArticleView): ArticleCard => ({ title, url, summary, date, isoDate, rssDate, category });

  const { articles, categories, categoryPages } = newsOf(DEFAULT_LOCALE, { ...content, wardName: settings.wardName });

  const weeks = weekViews(content.schedules, siteUrl);
  const weekUrl = (week: string) => `/lich-cong-tac/${week.toLowerCase()}/`;
  const calendars = scheduleCalendars(content.schedules, { siteUrl, today, wardName: settings.wardName, weekUrl });
  const currentWeek = weeks.find((week) => week.start <= today && today <= week.end) ?? weeks[0] ?? null;

  const fieldViews = content.fields.map((field) => ({
    name: field.name,
    slug: slugOf(field),
    url: `/thu-tuc-hanh-chinh/linh-vuc/${slugOf(field)}/`,
    procedures: content.procedures.filter((p) => p.field?.documentId === field.documentId).map((p) => ({ name: p.name, code: p.code, url: procedureUrl(p) })),
  }));
  const fieldPages = fieldViews.flatMap((field) =>
    paged(field.procedures, PROCEDURES_PER_PAGE, field.url, `Thủ tục hành chính lĩnh vực ${field.name}`).map((page) => ({ ...page, field: { name: field.name, url: field.url } })),
  );
  const procedures = content.procedures.map((procedure) => procedureView(procedure, media, settings.wardName));

  const documents = content.documents.map((doc) => {
    // "KH" → "Kế hoạch" by the CMS's own table; a law's number (60/2014/QH13) carries no type.
    const docType = documentTypeName(doc.docType ?? '') ?? (doc.docType || 'Văn bản');
    return {
      numberSymbol: doc.numberSymbol,
      title: doc.title,
      summary: doc.summary ?? '',
      docType,
      issuingBody: doc.issuingBody ?? '',
      signer: doc.signer ?? '',
      year: doc.year ?? (doc.issuedAt ? Number(doc.issuedAt.slice(0, 4)) : null),
      issuedAt: viDate(doc.issuedAt),
      effectiveAt: viDate(doc.effectiveAt),
      expiresAt: viDate(doc.expiresAt),
      file: media(doc.file),
      url: `/van-ban/${slugOf(doc)}/`,
      isoDate: doc.issuedAt ?? '',
      updatedIso: doc.updatedAt,
      description: doc.summary || doc.title,
      dc: {
        title: `${doc.numberSymbol} ${doc.title}`,
        creator: doc.issuingBody || settings.wardName,
        date: doc.issuedAt ?? '',
        description: doc.summary || doc.title,
        subject: docType,
      },
    };
  });
  const documentTypes = [...groupBy(documents, (d) => d.docType)].map(([label, docs]) => ({ label, url: `/van-ban/loai/${toSlug(label)}/`, docs }));
  const documentYears = [...groupBy(documents.filter((d) => d.year), (d) => d.year as number)]
    .sort(([a], [b]) => b - a)
    .map(([year, docs]) => ({ label: String(year), url: `/van-ban/nam/${year}/`, docs }));

  const text = PAGE_TEXT.vi;
  const groupLabel = new Map(DISCLOSURE_GROUPS);
  const groupUrl = (key: string) => `/cong-khai/${key.replace(/_/g, '-')}/`;
  const disclosureItems = content.disclosures.map((d) => ({
    title: d.title,
    group: groupLabel.get(d.group) ?? '',
    groupUrl: groupUrl(d.group),
    groupKey: d.group,
    summary: d.summary ?? '',
    legalBasis: d.legalBasis ?? '',
    decisionDate: viDate(d.decisionDate),
    disclosedAt: viDate(d.disclosedAt),
    disclosedUntil: viDate(d.disclosedUntil),
    /** Past its last day in Hà Nội: listed in the archive, never in the current lists. */
    expired: isExpired(d, today),
    files: (d.files ?? []).map(media),
    dates: { disclosedAt: d.disclosedAt, disclosedUntil: d.disclosedUntil },
  }));
  const current = disclosureItems.filter((d) => !d.expired);
  const disclosureGroups = DISCLOSURE_GROUPS.map(([key, label], index) => ({
    number: index + 1,
    key,
    label,
    url: groupUrl(key),
    items: current.filter((d) => d.groupKey === key),
  }));
  /** The quarterly lists (Art. 13(2)): every item disclosed in the quarter, expired ones marked as such. */
  const disclosureQuarters = byQuarter(disclosureItems.map((d) => ({ ...d, ...d.dates }))).map((q) => ({
    ...q,
    label: `${text.disclosures.quarter} ${q.quarter} ${text.disclosures.year} ${q.year}`,
  }));
  const expired = disclosureItems.filter((d) => d.expired);
  const disclosureArchive = { url: ARCHIVE_URL, count: expired.length, pages: paged(expired, ARCHIVE_PER_PAGE, ARCHIVE_URL, text.disclosures.archive) };

  const access = informationAccessView(content, { mediaUrl, today, text });
  const organisation = {
    ...organisationView(content, { mediaUrl, text, paths: PATHS.vi }),
    access: { ...access, pages: paged(access.list, ACCESS_ROWS_PER_PAGE, ACCESS_URL, text.access.title) },
  };

  const questions = content.questions.map((q) => ({
    title: q.title,
    question: q.question,
    field: q.field?.name ?? '',
    answerHtml: renderBlocks(q.answer, mediaUrl),
    answeredAt: viDate(q.answeredAt),
    receivedAt: viDate(q.receivedAt),
    url: `/hoi-dap/${(q.trackingCode ?? q.documentId).toLowerCase()}/`,
    description: q.question.slice(0, 200),
    dc: {
      title: q.title,
      creator: settings.wardName,
      date: q.answeredAt ? isoDay(q.answeredAt) : '',
      description: q.question.slice(0, 200),
      subject: ['Hỏi đáp', q.field?.name].filter(Boolean).join('; '),
    },
  }));

  const questionPages = paged(questions, QUESTIONS_PER_PAGE, '/hoi-dap/', 'Hỏi đáp');
  const dashboard = dashboardView(content.reports);

  const searchIndex = [
    ...articles.map((a) => ({ k: 'Tin bài', t: a.title, u: a.url, d: a.date, s: a.summary })),
    ...procedures.map((p) => ({ k: 'Thủ tục', t: p.name, u: p.url, d: '', s: `${p.code} ${p.field}` })),
    ...documents.map((d) => ({ k: 'Văn bản', t: `${d.numberSymbol} ${d.title}`, u: d.url, d: d.issuedAt, s: d.summary })),
    ...questions.map((q) => ({ k: 'Hỏi đáp', t: q.title, u: q.url, d: q.answeredAt, s: q.question })),
    ...[organisation.intro, ...organisation.generalPages].filter((p) => p !== null).map((p) => ({ k: 'Giới thiệu', t: p.title, u: p.url, d: '', s: p.summary })),
    // An official is found by name or position, on the leaders' page or in the organisation.
    ...organisation.units.flatMap((unit) => unit.officials.map((o) => ({
      k: 'Cán bộ', t: `${o.fullName} – ${o.position}`, u: organisation.leaders.some((l) => l.documentId === o.documentId) ? organisation.leadersUrl : organisation.aboutUrl,
      d: '', s: unit.name,
    }))),
    // The index holds the folded title and the start of the summary: enough to find, small enough to load.
  ].map(({ s, ...entry }) => ({ ...entry, f: foldForSearch(`${entry.t} ${s.slice(0, 160)}`) }));

  const nav = NAV.vi;

  const settingsView = (value: typeof settings) => ({
    ...value,
    /** The tel: link's number, spaces removed. */
    phoneHref: `tel:${value.phone.replace(/ /g, '')}`,
    emblemUrl: value.emblem ? mediaUrl(value.emblem.url) : null,
    nationalPortalUrl: safeUrl(value.nationalPortalUrl ?? ''),
    provincialPortalUrl: safeUrl(value.provincialPortalUrl ?? ''),
  });
  const viSettings = settingsView(settings);

  /**
   * A language's organisation pages, only for what the CMS holds in it: the introduction page (`/en/about/`)
   * once it has the introduction, a general page or an official; each general page; the leaders' page once
   * it has a leader. Each is paired with its Vietnamese version (hreflang, the switch).
   */
  function localOrganisation(locale: Exclude<Locale, 'vi'>, source: { pages: CmsContent['pages']; officials: CmsContent['officials'] }) {
    const paths = PATHS[locale];
    const words = PAGE_TEXT[locale];
    const view = organisationView(source, { mediaUrl, text: words, paths });
    const hasAbout = Boolean(view.intro) || view.generalPages.length > 0 || view.units.length > 0;
    const hasLeaders = view.leaders.length > 0;
    const local = { ...view, leadersUrl: hasLeaders ? view.leadersUrl : null };
    if (hasAbout) alternates.add({ [DEFAULT_LOCALE]: PATHS.vi.about, [locale]: paths.about });
    if (hasLeaders) alternates.add({ [DEFAULT_LOCALE]: PATHS.vi.leaders, [locale]: paths.leaders });
    alternates.addByDocument(locale, view.generalPages, byDocument(organisation.generalPages), (p) => p.documentId, (p) => p.url);
    return {
      organisation: local,
      text: words,
      /** One page or none, for the templates' pagination: the page exists only with something to show. */
      aboutPages: hasAbout ? [{ url: paths.about, title: words.about.title, description: view.intro?.description ?? words.about.organisationIntro, updatedIso: view.intro?.updatedIso ?? '' }] : [],
      leadersPages: hasLeaders ? [{ url: paths.leaders, title: words.leaders.title, description: words.leaders.intro }] : [],
    };
  }

  // Every page kind a language has: its home and contact always, its categories and articles where the CMS holds them.
  const alternates = new Alternates();
  const pairs = (kind: 'home' | 'categories' | 'contact') => Object.fromEntries(LOCALES.map((locale) => [locale, PATHS[locale][kind]]));
  for (const kind of ['home', 'categories', 'contact'] as const) alternates.add(pairs(kind));
  const byDocument = (items: Array<{ documentId: string; url: string }>) => new Map(items.map((item) => [item.documentId, item.url]));
  const translations = Object.fromEntries(OTHER_LOCALES.map((locale) => {
    const source = content.translations?.[locale] ?? { settings: null, categories: [], articles: [], pages: [], officials: [] };
    // Vietnamese is the fallback: a language without its own settings shows the Vietnamese ones.
    const localSettings = source.settings ? settingsView(source.settings) : viSettings;
    const news = newsOf(locale, { articles: source.articles, categories: source.categories, wardName: localSettings.wardName });
    alternates.addByDocument(locale, news.articles, byDocument(articles), (a) => a.documentId, (a) => a.url);
    alternates.addByDocument(locale, news.categories, byDocument(categories), (c) => c.documentId, (c) => c.url);
    const org = localOrganisation(locale, source);
    return [locale, { ...news, settings: localSettings, home: { latest: news.latest }, ...org }];
  })) as Record<(typeof OTHER_LOCALES)[number], ReturnType<typeof newsOf> & ReturnType<typeof localOrganisation> & { settings: typeof viSettings; home: { latest: ArticleCard[] } }>;

  /** What the shared layout reads for the page's language: its settings, menu, words and feeds. */
  const other = (locale: Locale) => translations[locale as (typeof OTHER_LOCALES)[number]];
  const byLocale = Object.fromEntries(LOCALES.map((locale) => [locale, {
    ...LOCALE_INFO[locale],
    settings: locale === DEFAULT_LOCALE ? viSettings : other(locale).settings,
    // A language's menu names its organisation page only once that page exists.
    nav: locale === DEFAULT_LOCALE ? NAV[locale] : NAV[locale].filter((entry) => entry.url !== PATHS[locale].about || other(locale).aboutPages.length > 0),
    labels: UI_LABELS[locale],
    /** The organisation pages' view and words in the language (templates: about-page.njk and the like). */
    organisation: locale === DEFAULT_LOCALE ? organisation : other(locale).organisation,
    text: locale === DEFAULT_LOCALE ? text : other(locale).text,
    feeds: locale === DEFAULT_LOCALE ? categories.map((c) => ({ title: c.name, url: c.rssUrl })) : [],
  }])) as Record<Locale, {
    code: Locale; htmlLang: string; ogLocale: string; name: string; home: string; settings: typeof viSettings; nav: typeof nav;
    labels: (typeof UI_LABELS)[Locale]; organisation: ReturnType<typeof organisationView>; text: OrganisationText; feeds: Array<{ title: string; url: string | null }>;
  }>;

  const day = (iso: string) => (iso ? isoDay(iso) : '');
  const translatedPages = OTHER_LOCALES.flatMap((locale) => [
    ...(['home', 'categories', 'contact'] as const).map((kind) => ({ url: PATHS[locale][kind], lastmod: '' })),
    ...translations[locale].categoryPages.map((p) => ({ url: p.url, lastmod: '' })),
    ...translations[locale].articles.map((a) => ({ url: a.url, lastmod: day(a.updatedIso) })),
    ...translations[locale].aboutPages.map((p) => ({ url: p.url, lastmod: day(p.updatedIso) })),
    ...translations[locale].organisation.generalPages.map((p) => ({ url: p.url, lastmod: day(p.updatedIso) })),
    ...translations[locale].leadersPages.map((p) => ({ url: p.url, lastmod: '' })),
  ]);
  const sitemap = [
    ...nav.map((item) => ({ url: item.url, lastmod: '' })),
    ...['/tra-cuu-ho-so/', '/hoi-dap/gui-cau-hoi/', '/hoi-dap/tra-cuu/', '/tim-kiem/'].map((url) => ({ url, lastmod: '' })),
    ...categoryPages.map((p) => ({ url: p.url, lastmod: '' })),
    ...articles.map((a) => ({ url: a.url, lastmod: day(a.updatedIso) })),
    ...weeks.map((w) => ({ url: w.url, lastmod: '' })),
    ...fieldPages.map((f) => ({ url: f.url, lastmod: '' })),
    ...procedures.map((p) => ({ url: p.url, lastmod: day(p.updatedIso) })),
    ...[...documentTypes, ...documentYears].map((g) => ({ url: g.url, lastmod: '' })),
    ...documents.map((d) => ({ url: d.url, lastmod: day(d.updatedIso) })),
    ...disclosureGroups.map((g) => ({ url: g.url, lastmod: '' })),
    ...disclosureQuarters.map((q) => ({ url: q.url, lastmod: '' })),
    ...disclosureArchive.pages.map((p) => ({ url: p.url, lastmod: '' })),
    { url: '/lanh-dao/', lastmod: '' },
    ...organisation.access.pages.map((p) => ({ url: p.url, lastmod: '' })),
    ...organisation.generalPages.map((p) => ({ url: p.url, lastmod: day(p.updatedIso) })),
    ...questionPages.slice(1).map((p) => ({ url: p.url, lastmod: '' })),
    ...questions.map((q) => ({ url: q.url, lastmod: '' })),
    ...translatedPages,
  ];

  return {
    meta: { siteUrl, apiUrl, builtAt: now.toISOString(), today, year: now.getFullYear(), preview: options.preview ?? false },
    settings: viSettings,
    nav,
    home: { latest: articles.slice(0, 8).map(card), week: currentWeek },
    /** The other languages' pages (`site.en.articles`, …): only the items the CMS holds in that language. */
    ...translations,
    byLocale,
    /** The languages, for the switch: code, own name, home. */
    locales: LOCALES.map((locale) => LOCALE_INFO[locale]),
    /** A page's language versions by its address (layout.njk: hreflang and the switch). */
    alternates: alternates.toRecord(),
    categories,
    categoryPages,
    articles,
    weeks,
    currentWeek,
    /** The schedules as iCalendar feeds: one for every body together, then one a body. */
    calendars,
    fields: fieldViews,
    fieldPages,
    procedures,
    dashboard,
    documents,
    documentTypes,
    documentYears,
    disclosureGroups,
    disclosureQuarters,
    disclosureArchive,
    organisation,
    /** The visible words of the newer pages, a table a language (labels.ts). */
    text,
    questions,
    questionPages,
    searchIndex,
    /** The browser's search folds queries with this very function (see site/pages/search-js.njk). */
    foldSource: foldForSearch.toString(),
    /** The tracking page shows an answer's text with this very function (see site/pages/forms-js.njk). */
    blocksTextSource: blocksText.toString(),
    /** The question form and the lookups: fields and status names shared with the CMS (src/lib). */
    forms: {
      questionFields: QUESTION_FIELDS, contactHint: CONTACT_HINT, consentLabel: CONSENT_LABEL, honeypotLabel: HONEYPOT_LABEL,
      questionStatus: QUESTION_STATUS_LABELS, dossierStatus: DOSSIER_STATUS_LABELS,
    },
    sitemap,
  };
}

function procedureUrl(procedure: Pick<Procedure, 'slug' | 'documentId'>): string {
  return `/thu-tuc-hanh-chinh/${slugOf(procedure)}/`;
}

function procedureView(procedure: Procedure, media: (file: Media | null | undefined) => { url: string; name: string } | null, wardName: string) {
  const description = `Thủ tục hành chính ${procedure.code}${procedure.field ? `, lĩnh vực ${procedure.field.name}` : ''}`;
  return {
    title: procedure.name,
    description,
    dc: {
      title: procedure.name,
      creator: procedure.agency || wardName,
      date: isoDay(procedure.updatedAt),
      description,
      subject: ['Thủ tục hành chính', procedure.field?.name].filter(Boolean).join('; '),
    },
    name: procedure.name,
    code: procedure.code,
    url: procedureUrl(procedure),
    field: procedure.field?.name ?? '',
    fieldUrl: procedure.field ? `/thu-tuc-hanh-chinh/linh-vuc/${slugOf(procedure.field)}/` : null,
    level: LEVEL_LABELS[procedure.level ?? ''] ?? '',
    decisionNumber: procedure.decisionNumber ?? '',
    steps: (procedure.steps ?? []).map((step) => ({ title: step.title ?? '', description: step.description })),
    methods: (procedure.methods ?? []).map((m) => ({ channel: CHANNEL_LABELS[m.channel] ?? m.channel, timeLimit: m.timeLimit, fee: m.fee ?? '', description: m.description ?? '' })),
    components: (procedure.dossierComponents ?? []).map((c) => ({ name: c.name, form: media(c.form), formName: c.formName ?? '', originals: c.originals ?? 0, copies: c.copies ?? 0 })),
    subjects: procedure.subjects ?? '',
    agency: procedure.agency ?? '',
    result: procedure.result ?? '',
    conditions: procedure.conditions ?? '',
    legalBasisText: procedure.legalBasisText ?? '',
    legalBasis: (procedure.legalBasis ?? []).map((doc) => ({ label: `${doc.numberSymbol} ${doc.title}`, url: `/van-ban/${slugOf(doc)}/` })),
    onlineForm: ONLINE_FORM_LABELS[procedure.onlineServiceForm ?? ''] ?? '',
    nationalPortalUrl: safeUrl(procedure.nationalPortalUrl ?? '') ?? '',
    updatedIso: procedure.updatedAt,
  };
}

function weekViews(schedules: WorkSchedule[], siteUrl: string) {
  // The CMS derives the week from its Monday on every save; a schedule without one is not a week's page yet.
  type Dated = WorkSchedule & { week: string };
  const dated = schedules.filter((schedule): schedule is Dated => Boolean(schedule.week));
  return [...groupBy(dated, (schedule) => schedule.week)]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([week, list]) => {
      // Monday to Sunday of the ISO week, by the CMS's own rule (it stores weekStart from it too).
      const range = isoWeekRange(week);
      const start = list[0].weekStart ?? range?.start ?? '';
      const end = range?.end ?? '';
      const bodies = Object.keys(BODY_LABELS)
        .map((body) => list.find((s) => s.body === body))
        .filter((s): s is Dated => Boolean(s))
        .map((schedule) => {
          const sorted = [...(schedule.entries ?? [])].sort((a, b) => `${a.date}${a.time ?? ''}`.localeCompare(`${b.date}${b.time ?? ''}`));
          const days = groupBy(sorted, (entry) => entry.date);
          const calendar = calendarUrl(bodySlug(schedule.body));
          return {
            label: BODY_LABELS[schedule.body],
            calendarUrl: calendar,
            webcalUrl: `${siteUrl.replace(/^https?:/, 'webcal:')}${calendar}`,
            title: schedule.title,
            note: schedule.note ?? '',
            days: [...days].map(([date, entries]) => ({
              weekday: weekdayName(date),
              date: viDate(date),
              entries: entries.map((e) => ({
                session: SESSION_LABELS[e.session],
                time: e.time ? e.time.slice(0, 5) : '',
                content: e.content,
                chair: e.chair ?? '',
                participants: e.participants ?? '',
                place: e.place ?? '',
                preparingUnit: e.preparingUnit ?? '',
              })),
            })),
          };
        });
      return { week, url: `/lich-cong-tac/${week.toLowerCase()}/`, start, end, range: `${viDate(start)} – ${viDate(end)}`, bodies };
    });
}

function dashboardView(reports: DossierReport[]) {
  const row = (report: DossierReport) => {
    const received = sum(report.receivedOnline, report.receivedInPerson, report.receivedPostal);
    return {
      field: report.field?.name ?? 'Tất cả lĩnh vực',
      carriedOver: report.carriedOver ?? 0,
      received,
      online: report.receivedOnline ?? 0,
      resolved: sum(report.resolvedEarly, report.resolvedOnTime, report.resolvedLate),
      late: report.resolvedLate ?? 0,
      inProgress: sum(report.inProgressOnTime, report.inProgressOverdue),
      overdue: report.inProgressOverdue ?? 0,
      onTimeRate: report.onTimeRate === null ? null : Number(report.onTimeRate),
      rate: percent(report.onTimeRate === null ? null : Number(report.onTimeRate)),
    };
  };
  const days = reports.filter((r) => r.period === 'day');
  const latestDay = days.reduce<string>((latest, r) => (r.periodStart > latest ? r.periodStart : latest), '');
  const today = days.filter((r) => r.periodStart === latestDay).map(row);
  // Newest first, the latest DASHBOARD_PERIODS of each kind.
  const newestFirst = reports.filter((r) => r.period !== 'day').sort((a, b) => (a.periodStart < b.periodStart ? 1 : a.periodStart > b.periodStart ? -1 : 0));
  const shown = new Map<string, number>();
  const periods = [...groupBy(newestFirst, (r) => `${r.period}|${r.periodStart}|${r.periodEnd}`)].filter(([, [first]]) => {
    const count = (shown.get(first.period) ?? 0) + 1;
    shown.set(first.period, count);
    return count <= (DASHBOARD_PERIODS[first.period] ?? 0);
  });
  const periodViews = periods.map(([key, list]) => {
    const [period, start, end] = key.split('|');
    return { label: `${PERIOD_LABELS[period]}: ${viDate(start)} – ${viDate(end)}`, rows: list.map(row) };
  });
  const chartRows = today.length > 0 ? today : periodViews[0]?.rows ?? [];
  const chartTitle = today.length > 0 ? `Tỷ lệ giải quyết đúng hạn theo lĩnh vực, ngày ${viDate(latestDay)}` : `Tỷ lệ giải quyết đúng hạn theo lĩnh vực, ${periodViews[0]?.label ?? ''}`;
  // The whole ward's daily on-time rate over the last 30 reported days, as the CMS stores it (reportRates in
  // src/rules/dossier-report.ts, the rate the tables show): the statistics write one whole-ward row a day.
  const trend = days
    .filter((r) => !r.field)
    .sort((a, b) => (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0))
    .slice(-30)
    .map((r) => ({ date: viDate(r.periodStart), rate: r.onTimeRate == null ? null : Number(r.onTimeRate) }));
  return {
    todayLabel: latestDay ? viDate(latestDay) : '',
    today,
    periods: periodViews,
    chartSvg: chartRows.length > 0 ? barChartSvg(chartTitle, chartRows.map((r) => ({ label: r.field, value: r.onTimeRate }))) : '',
    trend: trend.map((t) => ({ ...t, rateText: percent(t.rate) })),
  };
}
