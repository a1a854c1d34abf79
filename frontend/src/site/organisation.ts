import type { Media } from '../api/strapi';
import type { Disclosure, LegalDocument, Official, Page, Site as SiteSetting } from '../cms-types.generated';
import { renderBlocks } from '../render/blocks';
import { viDate } from '../render/format';
import { isExpired } from './disclosures';
import type { LocalePaths } from './i18n';
import type { OrganisationText, PageText } from './labels';
import { slugOf } from './slug';

export interface OrganisationInput {
  pages: Page[];
  officials: Official[];
}

export interface AccessInput {
  settings: SiteSetting;
  documents: LegalDocument[];
  disclosures: Disclosure[];
}

interface Context {
  mediaUrl: (url: string) => string;
  text: OrganisationText;
  /** The language's addresses of the introduction, of a general page and of the leaders' page. */
  paths: Pick<LocalePaths, 'about' | 'aboutPage' | 'leaders'>;
}

const byOrder = <T extends { order?: number | null }>(a: T, b: T) => (a.order ?? 0) - (b.order ?? 0);
const tel = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

/**
 * The ward's introduction, its general pages, its organisation (units with their officials) and its leaders,
 * in one language: the pages and officials the CMS holds in it, with its words and addresses. Unit names are
 * not localized in the CMS: they show as they are.
 */
export function organisationView(content: OrganisationInput, { mediaUrl, text, paths }: Context) {
  const pages = [...content.pages].sort(byOrder).map((page) => ({
    documentId: page.documentId,
    kind: page.kind,
    kindLabel: text.pageKinds[page.kind] ?? '',
    title: page.title,
    summary: page.summary ?? '',
    description: page.summary || page.title,
    bodyHtml: renderBlocks(page.body, mediaUrl),
    cover: page.cover ? {
      src: mediaUrl(page.cover.url), alt: page.cover.alternativeText ?? '', caption: page.cover.caption ?? '',
      width: page.cover.width ?? null, height: page.cover.height ?? null,
    } : null,
    url: page.kind === 'gioi_thieu' ? paths.about : paths.aboutPage(slugOf(page)),
    updatedIso: page.updatedAt,
  }));
  const intro = pages.find((page) => page.kind === 'gioi_thieu') ?? null;
  const generalPages = pages.filter((page) => page !== intro);

  const officials = [...content.officials].sort(byOrder);
  const person = (official: Official) => ({
    documentId: official.documentId,
    fullName: official.fullName,
    position: official.position,
    unit: official.unit?.name ?? '',
    phone: official.phone ?? '',
    phoneHref: official.phone ? tel(official.phone) : '',
    email: official.email ?? '',
  });
  const unitKeys = new Map<string, { name: string; order: number; officials: ReturnType<typeof person>[] }>();
  for (const official of officials) {
    const key = official.unit?.documentId ?? '';
    const unit = unitKeys.get(key) ?? { name: official.unit?.name ?? text.about.otherUnit, order: official.unit ? (official.unit.order ?? 0) : Number.MAX_SAFE_INTEGER, officials: [] };
    unit.officials.push(person(official));
    unitKeys.set(key, unit);
  }
  // Units in the ward's order (the unit's own order, then its first official's), officials in theirs.
  const units = [...unitKeys.values()].sort((a, b) => a.order - b.order);

  const leaders = officials.filter((official) => official.isLeader).map((official) => ({
    ...person(official),
    duties: official.duties ?? '',
    biography: official.biography ?? '',
    photo: photoOf(official.photo, official.fullName, mediaUrl, text),
  }));

  return { intro, generalPages, units, leaders, aboutUrl: paths.about, leadersUrl: paths.leaders };
}

/**
 * The "Tiếp cận thông tin" section (NĐ 13/2018 Art. 11(1): the list, the contact point, how to ask; each row of
 * the list with name, number, date, form, period and download link as its Art. 6(3) asks). Vietnamese only.
 */
export function informationAccessView(content: AccessInput, { mediaUrl, today, text }: { mediaUrl: (url: string) => string; today: string; text: PageText }) {
  const { settings } = content;
  const contact = {
    name: settings.infoContactName || settings.personResponsible,
    phone: settings.infoContactPhone || settings.phone,
    phoneHref: tel(settings.infoContactPhone || settings.phone),
    email: settings.infoContactEmail || settings.email,
    address: settings.infoContactAddress || settings.address,
  };
  const { access } = text;
  const period = (from: string | null, until: string | null) =>
    from ? `${access.from} ${viDate(from)} ${access.until} ${until ? viDate(until) : access.ongoing}` : '';
  const list = [
    ...content.disclosures.filter((d) => !isExpired(d, today)).map((d) => ({
      name: d.title,
      number: '',
      date: viDate(d.decisionDate ?? d.disclosedAt),
      form: access.formWebAndNotice,
      period: period(d.disclosedAt, d.disclosedUntil),
      link: firstFile(d.files, mediaUrl) ?? { url: `/cong-khai/${d.group.replace(/_/g, '-')}/`, label: access.view },
      sortKey: d.disclosedAt,
    })),
    ...content.documents.map((doc) => ({
      name: doc.title || doc.summary,
      number: doc.numberSymbol,
      date: viDate(doc.issuedAt),
      form: access.formWeb,
      period: period(doc.publishedAt ? doc.publishedAt.slice(0, 10) : doc.issuedAt, doc.expiresAt),
      link: firstFile(doc.file ? [doc.file] : [], mediaUrl) ?? { url: `/van-ban/${slugOf(doc)}/`, label: access.view },
      sortKey: doc.issuedAt,
    })),
  ].sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0)).map(({ sortKey: _, ...row }) => row);

  return { contact, list };

  function firstFile(files: Media[] | null | undefined, url: (u: string) => string) {
    const file = (files ?? [])[0];
    return file ? { url: url(file.url), label: `${access.download}: ${file.name ?? file.url}` } : null;
  }
}

function photoOf(photo: Media | undefined, name: string, mediaUrl: (url: string) => string, text: OrganisationText) {
  if (!photo) return null;
  return {
    src: mediaUrl(photo.url),
    alt: photo.alternativeText || `${text.leaders.photoAlt} ${name}`,
    width: photo.width ?? null,
    height: photo.height ?? null,
  };
}
