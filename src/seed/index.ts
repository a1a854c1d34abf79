import type { Core } from '@strapi/strapi';
import { addDays, endOfMonth, format, startOfISOWeek, startOfMonth, subDays, subMonths } from 'date-fns';
import { isoWeekOf } from '../lib/dates';
import { ARTICLES, DISCLOSURES, DOSSIERS, MONTH_REPORT, QUESTIONS, SCHEDULE_ENTRIES } from './data/content';
import { LEGAL_DOCUMENTS, PROCEDURES, PROCEDURE_AGENCY, PROCEDURE_RECEIVING_PLACE } from './data/documents';
import { OFFICIALS, PAGES } from './data/organisation';
import { CATEGORIES, PROCEDURE_FIELDS, UNITS } from './data/site';
import { OTHER_WARDS, WARD_CATEGORIES, WARD_UNITS, wardArticles, wardOfficials, wardPage, wardSchedule, wardSite } from './data/wards';
import { isSiteOwned } from '../sites/owned';
import { ensureDemoSite, ensureWardSite } from './site';
import { seedDemoStaff, seedWardStaff, type StaffReport } from './staff';

export interface SeedReport {
  created: number;
  existing: number;
  /** Demo accounts created by this run, with their one-time passwords. */
  credentials: Array<{ email: string; role: string; password: string }>;
}

type Data = Record<string, unknown>;
type Documents = {
  findFirst(params: Data): Promise<{ documentId: string } | null>;
  create(params: Data): Promise<{ documentId: string }>;
  update(params: Data): Promise<{ documentId: string }>;
};

const day = (date: Date) => format(date, 'yyyy-MM-dd');
const paragraphs = (texts: readonly string[]) =>
  texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

/**
 * Loads the ward's demo data. Every item is looked up by its natural key first and left alone when it
 * exists, so running it again changes nothing, and it never overwrites what editors changed.
 */
export async function seedDemoData(strapi: Core.Strapi, today = new Date(), { staff = true } = {}): Promise<SeedReport> {
  const report: SeedReport = { created: 0, existing: 0, credentials: [] };
  const docs = (uid: string) => strapi.documents(uid as never) as unknown as Documents;
  // Governed types are published only through the editorial workflow; demo items enter it as imports.
  const workflow = strapi.plugin('editorial-workflow').service('workflow') as {
    publishAsImport(target: { uid: string; documentId: string; locale?: string }, note: string): Promise<void>;
  };

  // The ward being seeded: a ward's items are looked up and created in its site (names repeat across wards).
  let site = '';
  const inSite = (uid: string): Data => (isSiteOwned(strapi, uid) ? { site: { documentId: site } } : {});

  /** Finds the document matching `key` (in the ward's site), or creates it; returns its documentId. */
  async function ensure(uid: string, key: Data, data: Data, options: Data = {}): Promise<string> {
    const found = await docs(uid).findFirst({ filters: { ...key, ...inSite(uid) }, ...pick(options, 'locale') });
    if (found) {
      report.existing += 1;
      return found.documentId;
    }
    report.created += 1;
    const { status, ...where } = options;
    const owner = isSiteOwned(strapi, uid) ? { site } : {};
    const { documentId } = await docs(uid).create({ data: { ...key, ...data, ...owner }, ...where });
    if (status === 'published') {
      await workflow.publishAsImport({ uid, documentId, locale: where.locale as string | undefined }, 'Dữ liệu mẫu');
    }
    return documentId;
  }

  /** Adds a document's English version (its localized fields, `data`) and publishes it, unless it has one. */
  async function ensureEnglish(uid: string, documentId: string, data: Data): Promise<void> {
    if (await docs(uid).findFirst({ filters: { documentId }, locale: 'en' })) {
      report.existing += 1;
      return;
    }
    await docs(uid).update({ documentId, locale: 'en', data });
    await workflow.publishAsImport({ uid, documentId, locale: 'en' }, 'Dữ liệu mẫu');
    report.created += 1;
  }

  /** The same for a type without draft and publish (categories): the English version, unless it has one. */
  async function ensureEnglishDraft(uid: string, documentId: string, data: Data): Promise<void> {
    if (await docs(uid).findFirst({ filters: { documentId }, locale: 'en' })) {
      report.existing += 1;
      return;
    }
    await docs(uid).update({ documentId, locale: 'en', data });
    report.created += 1;
  }

  // The ward's site (site 1): the placeholder a new database starts with becomes it, or it is added beside the others.
  site = await ensureDemoSite(strapi, report);

  const fields = new Map<string, string>();
  for (const field of PROCEDURE_FIELDS) {
    fields.set(field.name, await ensure('api::procedure-field.procedure-field', { code: field.code }, field));
  }

  const units = new Map<string, string>();
  for (const unit of UNITS) {
    units.set(unit.name, await ensure('api::contributor-unit.contributor-unit', { name: unit.name }, unit));
  }

  const categories = new Map<string, string>();
  for (const { nameEn, ...category } of CATEGORIES) {
    const documentId = await ensure('api::category.category', { name: category.name }, category, { locale: 'vi' });
    categories.set(category.name, documentId);
    await ensureEnglishDraft('api::category.category', documentId, { name: nameEn });
  }

  const legalDocuments = new Map<string, string>();
  for (const document of LEGAL_DOCUMENTS) {
    legalDocuments.set(
      document.numberSymbol,
      await ensure('api::legal-document.legal-document', { numberSymbol: document.numberSymbol }, document, {
        status: 'published',
      }),
    );
  }

  const procedures = new Map<string, string>();
  for (const procedure of PROCEDURES) {
    const data = {
      name: procedure.name,
      field: fields.get(procedure.field),
      level: 'xa',
      agency: `${PROCEDURE_AGENCY}; nơi tiếp nhận: ${PROCEDURE_RECEIVING_PLACE}`,
      result: procedure.result,
      subjects: 'Công dân Việt Nam, người nước ngoài cư trú tại Việt Nam (theo quy định của thủ tục)',
      onlineServiceForm: procedure.online,
      nationalPortalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=' + procedure.code,
      steps: [
        { title: 'Nộp hồ sơ', description: 'Người yêu cầu nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến.' },
        { title: 'Tiếp nhận, giải quyết', description: 'Công chức kiểm tra hồ sơ; nếu đầy đủ, hợp lệ thì giải quyết theo thời hạn.' },
        { title: 'Trả kết quả', description: 'Trả kết quả tại Bộ phận tiếp nhận và trả kết quả hoặc qua tài khoản dịch vụ công.' },
      ],
      methods: [
        { channel: 'truc_tiep', timeLimit: procedure.timeLimit, fee: procedure.fee },
        ...(procedure.online === 'truc_tiep' ? [] : [{ channel: 'truc_tuyen', timeLimit: procedure.timeLimit, fee: procedure.fee }]),
      ],
      dossierComponents: procedure.dossier.map((name) => ({ name, originals: 1, copies: 0 })),
      legalBasisText: procedure.basis.join('; '),
      legalBasis: procedure.basis.map((symbol) => legalDocuments.get(symbol)).filter(Boolean),
    };
    procedures.set(
      procedure.code,
      await ensure('api::procedure.procedure', { code: procedure.code }, data, { status: 'published' }),
    );
  }

  for (const [index, article] of ARTICLES.entries()) {
    const eventDate = subDays(today, article.daysAgo);
    const documentId = await ensure(
      'api::article.article',
      { title: article.title },
      {
        summary: article.summary,
        body: paragraphs(article.paragraphs),
        category: categories.get(article.category),
        unit: units.get(article.unit),
        author: 'Ban biên tập',
        eventDate: day(eventDate),
        eventPlace: article.eventPlace,
        isOrientation: article.isOrientation ?? false,
      },
      // The last demo article stays a draft, so the admin panel shows both states.
      { locale: 'vi', ...(index < ARTICLES.length - 1 ? { status: 'published' } : {}) },
    );
    // A few articles also in English, published, for the public site's /en/ pages.
    if (article.english) {
      const translated = await docs('api::article.article').findFirst({ filters: { documentId }, locale: 'en' });
      if (translated) {
        report.existing += 1;
        continue;
      }
      const { paragraphs: text, ...english } = article.english;
      await docs('api::article.article').update({
        documentId,
        locale: 'en',
        // Only the localized fields and the relations: author, event date and the like are shared by both versions.
        data: { ...english, body: paragraphs(text), category: categories.get(article.category), unit: units.get(article.unit) },
      });
      await workflow.publishAsImport({ uid: 'api::article.article', documentId, locale: 'en' }, 'Dữ liệu mẫu');
      report.created += 1;
    }
  }

  // Items dated from today (this week's schedules, last month's report) are added only to a type
  // that has none yet in the ward: a later run, in another week, must not add more.
  const isEmpty = async (uid: string) => !(await docs(uid).findFirst({ filters: inSite(uid) }));

  if (await isEmpty('api::work-schedule.work-schedule')) {
    const monday = startOfISOWeek(today);
    for (const [body, entries] of Object.entries(SCHEDULE_ENTRIES)) {
      await ensure(
        'api::work-schedule.work-schedule',
        { body, week: isoWeekOf(today) },
        {
          title: `Lịch công tác tuần ${isoWeekOf(today)}`,
          entries: entries.map(({ day: offset, ...entry }) => ({ ...entry, date: day(addDays(monday, offset)) })),
        },
        { status: 'published' },
      );
    }
  }

  for (const disclosure of DISCLOSURES) {
    await ensure('api::disclosure.disclosure', { title: disclosure.title }, disclosure, { status: 'published' });
  }

  // The organisation's pages and officials: Vietnamese versions, and English ones of the localized fields
  // (the unit is shared: its name is not translated), published through the workflow's import.
  for (const { paragraphs: texts, english, ...page } of PAGES) {
    const documentId = await ensure('api::page.page', { title: page.title }, { ...page, body: paragraphs(texts) }, { locale: 'vi', status: 'published' });
    if (english) {
      const { paragraphs: textsEn, ...fields } = english;
      // The kind is shared, but the rules read it (one introduction a language): given as the other version has it.
      await ensureEnglish('api::page.page', documentId, { ...fields, kind: page.kind, body: paragraphs(textsEn) });
    }
  }
  for (const { unit, english, ...official } of OFFICIALS) {
    const documentId = await ensure('api::official.official', { fullName: official.fullName }, { ...official, unit: units.get(unit) }, { locale: 'vi', status: 'published' });
    // The name is shared too, but the rules check it on every write: given as the Vietnamese version has it.
    if (english) await ensureEnglish('api::official.official', documentId, { ...english, fullName: official.fullName, unit: units.get(unit) });
  }

  for (const dossier of DOSSIERS) {
    const procedure = PROCEDURES.find((p) => p.code === dossier.procedure)!;
    const received = subDays(today, dossier.receivedDaysAgo);
    await ensure(
      'api::dossier.dossier',
      { code: dossier.code },
      {
        procedure: procedures.get(dossier.procedure),
        procedureName: procedure.name,
        field: fields.get(procedure.field),
        channel: dossier.channel,
        status: dossier.status,
        receivedAt: day(received),
        dueAt: day(addDays(received, dossier.dueInDays)),
        ...('returnedDaysAgo' in dossier ? { returnedAt: day(subDays(today, dossier.returnedDaysAgo)) } : {}),
      },
    );
  }

  if (await isEmpty('api::dossier-report.dossier-report')) {
    const lastMonth = subMonths(today, 1);
    await ensure(
      'api::dossier-report.dossier-report',
      { period: 'month', periodStart: day(startOfMonth(lastMonth)) },
      { periodEnd: day(endOfMonth(lastMonth)), ...MONTH_REPORT },
    );
  }

  for (const { field, answer, published, ...question } of QUESTIONS) {
    await ensure(
      'api::question.question',
      { trackingCode: question.trackingCode },
      {
        ...question,
        field: fields.get(field),
        handlingStatus: answer ? 'da_tra_loi' : 'moi',
        ...(answer ? { answer: paragraphs([answer]), answeredAt: today.toISOString() } : {}),
      },
      published ? { status: 'published' } : {},
    );
  }

  // The other wards: each its own site, units, sections, news, schedule, page, officials and staff.
  const wardStaff: StaffReport[] = [];
  for (const ward of OTHER_WARDS) {
    site = await ensureWardSite(strapi, wardSite(ward), report);
    const wardUnits = new Map<string, string>();
    for (const unit of WARD_UNITS) wardUnits.set(unit.name, await ensure('api::contributor-unit.contributor-unit', { name: unit.name }, unit));
    const wardCategories = new Map<string, string>();
    for (const { nameEn, ...category } of WARD_CATEGORIES) {
      const documentId = await ensure('api::category.category', { name: category.name }, category, { locale: 'vi' });
      wardCategories.set(category.name, documentId);
      await ensureEnglishDraft('api::category.category', documentId, { name: nameEn });
    }
    for (const article of wardArticles(ward)) {
      const relations = { category: wardCategories.get(article.category), unit: wardUnits.get(article.unit) };
      const documentId = await ensure('api::article.article', { title: article.title }, {
        summary: article.summary, body: paragraphs(article.paragraphs), ...relations, author: 'Ban biên tập',
        eventDate: day(subDays(today, article.daysAgo)), eventPlace: article.eventPlace, isOrientation: false,
      }, { locale: 'vi', status: 'published' });
      if (article.english) {
        const { paragraphs: text, ...english } = article.english;
        await ensureEnglish('api::article.article', documentId, { ...english, body: paragraphs(text), ...relations });
      }
    }
    if (await isEmpty('api::work-schedule.work-schedule')) {
      const monday = startOfISOWeek(today);
      await ensure('api::work-schedule.work-schedule', { body: 'ubnd', week: isoWeekOf(today) }, {
        title: `Lịch công tác tuần ${isoWeekOf(today)}`,
        entries: wardSchedule(ward).map(({ day: offset, ...entry }) => ({ ...entry, date: day(addDays(monday, offset)) })),
      }, { status: 'published' });
    }
    const { paragraphs: pageText, english: pageEnglish, ...page } = wardPage(ward);
    const pageId = await ensure('api::page.page', { title: page.title }, { ...page, body: paragraphs(pageText) }, { locale: 'vi', status: 'published' });
    await ensureEnglish('api::page.page', pageId, { title: pageEnglish.title, summary: pageEnglish.summary, kind: page.kind, body: paragraphs(pageEnglish.paragraphs) });
    for (const { unit, english, ...official } of wardOfficials(ward)) {
      const documentId = await ensure('api::official.official', { fullName: official.fullName }, { ...official, unit: wardUnits.get(unit) }, { locale: 'vi', status: 'published' });
      await ensureEnglish('api::official.official', documentId, { ...english, fullName: official.fullName, unit: wardUnits.get(unit) });
    }
    // This ward's own people: members of its site only.
    if (staff) wardStaff.push(await seedWardStaff(strapi, ward, site));
  }

  if (staff) {
    for (const accounts of [await seedDemoStaff(strapi), ...wardStaff]) {
      report.created += accounts.created;
      report.existing += accounts.existing;
      report.credentials.push(...accounts.credentials);
    }
  }
  return report;
}

function pick(options: Data, key: string): Data {
  return key in options ? { [key]: options[key] } : {};
}
