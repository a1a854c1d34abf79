// The benchmark's content, shaped like Strapi 5's REST answers to the site's queries (src/site/queries.ts):
// every entry with id, documentId and timestamps, relations populated with only the fields asked for, media
// objects whole (formats and all), components with their ids, blocks bodies. Seeded: the same seed and day
// give the same content. Dates count back from `today`, so this week's schedule and today's figures exist.
import { addDays as addDaysTo, format, parseISO } from 'date-fns';
import { isoWeekOf, isoWeekRange } from '../../../src/lib/dates';
import { parseDocumentNumber, documentTypeName } from '../../../src/lib/document-number';
import { reportRates } from '../../../src/lib/report-rates';
import { foldForSearch } from '../../../src/lib/search-text';
import { toSlug } from '../../../src/lib/slug';
import { ARTICLES, DISCLOSURES, MONTH_REPORT, QUESTIONS, SCHEDULE_ENTRIES } from '../../../src/seed/data/content';
import { LEGAL_DOCUMENTS, PROCEDURES, PROCEDURE_AGENCY, PROCEDURE_RECEIVING_PLACE } from '../../../src/seed/data/documents';
import { OFFICIALS, PAGES } from '../../../src/seed/data/organisation';
import { CATEGORIES, PROCEDURE_FIELDS, SITE_SETTINGS, UNITS } from '../../../src/seed/data/site';
import type { Block, Media } from '../../src/api/strapi';
import type {
  Article, Category, ContributorUnit, Disclosure, DossierReport, LegalDocument, Procedure, ProcedureDossierComponent, ProcedureField,
  Official, Page, ProcedureMethod, ProcedureStep, Question, ScheduleEntry, SharedFigure, Site as SiteSetting, WorkSchedule,
} from '../../src/cms-types.generated';
import type { Fixture } from '../../src/dev/fixture-api';
import { DISCLOSURE_GROUPS } from '../../src/site/labels';
import { createRandom, type Random } from './random';
import {
  DOSSIER_COMPONENTS, EXTRA_FIELDS, FEES, NEIGHBOURHOODS, PEOPLE, PROCEDURE_QUALIFIERS, PROCEDURE_STEMS, PROCEDURE_STEPS, QUESTION_TOPICS,
  RESULTS, TAGS, TIME_LIMITS, articleBody, articleTitle, fill, list, sentences,
} from './text';

// ---- The REST shapes: the generated CMS types, with relations as the site's populate returns them. ----

type Timestamps = {
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
};
/** A populated relation restricted by `populate[x][fields]`: Strapi adds id and documentId. */
type Ref<T extends { id: number; documentId: string }, K extends keyof T> = Pick<T, 'id' | 'documentId' | K>;
interface MediaFormat { name: string; hash: string; ext: string; mime: string; path: null; width: number; height: number; size: number; sizeInBytes: number; url: string }
export type MediaRest = Media & Timestamps & {
  id: number; documentId: string; name: string; hash: string; ext: string; mime: string; size: number; url: string;
  formats: Record<string, MediaFormat> | null; previewUrl: null; provider: 'local'; provider_metadata: null;
};
type FigureRest = Omit<SharedFigure, 'image'> & { id: number; image: MediaRest | null };
type FieldRef = Ref<ProcedureField, 'name'>;

export type ArticleRest = Omit<Article, 'category' | 'unit' | 'cover' | 'gallery'> & Timestamps & {
  locale: string; category: Ref<Category, 'name' | 'slug'> | null; unit: Ref<ContributorUnit, 'name'> | null; cover: FigureRest | null; gallery: FigureRest[];
};
type CategoryRest = Omit<Category, 'parent' | 'children' | 'articles'> & Timestamps & { locale: string; parent: Ref<Category, 'slug'> | null };
type ScheduleRest = Omit<WorkSchedule, 'entries'> & Timestamps & { entries: Array<ScheduleEntry & { id: number }> };
type FieldRest = Omit<ProcedureField, 'procedures'> & Timestamps;
type ProcedureRest = Omit<Procedure, 'field' | 'steps' | 'methods' | 'dossierComponents' | 'legalBasis'> & Timestamps & {
  field: Ref<ProcedureField, 'name' | 'slug'> | null;
  steps: Array<ProcedureStep & { id: number }>;
  methods: Array<ProcedureMethod & { id: number }>;
  dossierComponents: Array<Omit<ProcedureDossierComponent, 'form'> & { id: number; form: MediaRest | null }>;
  legalBasis: Array<Ref<LegalDocument, 'numberSymbol' | 'title' | 'slug'>>;
};
type ReportRest = Omit<DossierReport, 'field'> & Timestamps & { field: FieldRef | null };
type DocumentRest = Omit<LegalDocument, 'file'> & Timestamps & { file: MediaRest | null };
type DisclosureRest = Omit<Disclosure, 'files'> & Timestamps & { files: MediaRest[] };
type QuestionRest = Omit<Question, 'field'> & Timestamps & { field: FieldRef | null };
type SettingsRest = Omit<SiteSetting, 'emblem'> & Timestamps & { locale: string; emblem: MediaRest | null };
type PageRest = Omit<Page, 'cover'> & Timestamps & { locale: string; cover: MediaRest | null };
type OfficialRest = Omit<Official, 'unit' | 'photo'> & Timestamps & { locale: string; unit: Ref<ContributorUnit, 'name' | 'order'> | null; photo: MediaRest | null };

export interface Content {
  settings: SettingsRest;
  categories: CategoryRest[];
  articles: ArticleRest[];
  schedules: ScheduleRest[];
  fields: FieldRest[];
  procedures: ProcedureRest[];
  reports: ReportRest[];
  documents: DocumentRest[];
  disclosures: DisclosureRest[];
  questions: QuestionRest[];
  pages: PageRest[];
  officials: OfficialRest[];
}

/** What the fixture API serves, under each type's REST name. */
export function toFixture(content: Content): Fixture {
  return {
    'site-setting': content.settings,
    categories: content.categories,
    articles: content.articles,
    'work-schedules': content.schedules,
    'procedure-fields': content.fields,
    procedures: content.procedures,
    'dossier-reports': content.reports,
    'legal-documents': content.documents,
    disclosures: content.disclosures,
    questions: content.questions,
    pages: content.pages,
    officials: content.officials,
  };
}

// ---- Dates: calendar days as "yyyy-mm-dd", timestamps in UTC as Strapi answers them. ----

const DAY_MS = 86_400_000;
/** A calendar day moved by a number of days (date-fns). */
export const addDays = (day: string, days: number) => format(addDaysTo(parseISO(day), days), 'yyyy-MM-dd');
/** A Vietnam wall-clock time on a day, as a UTC timestamp. */
const at = (day: string, hour: number, minute = 0) => new Date(Date.parse(`${day}T00:00:00+07:00`) + (hour * 60 + minute) * 60_000).toISOString();
const weekday = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6

/** The ISO week ("2026-W48") of a day and its Monday, by the CMS's own functions (src/lib/dates.ts). */
export function isoWeek(day: string): { week: string; monday: string } {
  const week = isoWeekOf(parseISO(day));
  return { week, monday: isoWeekRange(week)!.start };
}

// ---- Helpers shared by both data sets. ----

/** The CMS's slug rule (toSlug, src/lib/slug.ts), with -2, -3 … when taken. */
function slugger() {
  const used = new Set<string>();
  return (text: string) => {
    const base = toSlug(text);
    let slug = base;
    for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}

class Builder {
  private ids = new Map<string, number>();
  constructor(readonly random: Random, readonly today: string) {}

  id(type: string): number {
    const next = (this.ids.get(type) ?? 0) + 1;
    this.ids.set(type, next);
    return next;
  }

  stamps(published: string | null, created = published ?? at(this.today, 8)): Timestamps {
    return { createdAt: created, updatedAt: published ?? created, publishedAt: published };
  }

  /** An upload as Strapi's media library returns it. Images carry the four responsive formats. */
  media(fileName: string, kind: 'image' | 'pdf' | 'docx' | 'xlsx' | 'svg', alternativeText: string | null = null, caption: string | null = null): MediaRest {
    const { random } = this;
    const hash = `${fileName.replace(/[^a-z0-9]+/gi, '_')}_${Array.from({ length: 10 }, () => '0123456789abcdef'[random.int(0, 15)]).join('')}`;
    const ext = { image: '.jpg', pdf: '.pdf', docx: '.docx', xlsx: '.xlsx', svg: '.svg' }[kind];
    const mime = {
      image: 'image/jpeg', pdf: 'application/pdf', svg: 'image/svg+xml', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    }[kind];
    const [width, height] = kind === 'image' ? random.pick([[1600, 1067], [1280, 853], [1200, 800], [2048, 1365]]) : kind === 'svg' ? [128, 128] : [0, 0];
    const size = kind === 'image' ? random.int(180_00, 650_00) / 100 : random.int(40_00, 2400_00) / 100;
    const formats = kind !== 'image' ? null : Object.fromEntries(
      ([['thumbnail', 234], ['small', 500], ['medium', 750], ['large', 1000]] as const).map(([name, w]) => {
        const h = Math.round((height * w) / width);
        const bytes = Math.round((size * 1000 * w) / width / 1.8);
        return [name, { name: `${name}_${fileName}${ext}`, hash: `${name}_${hash}`, ext, mime, path: null, width: w, height: h, size: bytes / 1000, sizeInBytes: bytes, url: `/uploads/${name}_${hash}${ext}` }];
      }),
    );
    const created = at(addDays(this.today, -random.int(0, 900)), 9);
    return {
      id: this.id('media'), documentId: random.documentId(), name: `${fileName}${ext}`, alternativeText, caption,
      width: width || null, height: height || null, formats, hash, ext, mime, size, url: `/uploads/${hash}${ext}`,
      previewUrl: null, provider: 'local', provider_metadata: null, ...this.stamps(created),
    };
  }

  figure(alt: string, caption: string): FigureRest {
    return { id: this.id('figure'), alt, caption, image: this.media(`anh_${foldForSearch(alt).split(' ').slice(0, 4).join('_')}`, 'image', alt, caption) };
  }

  settings(): SettingsRest {
    return {
      id: 1, documentId: this.random.documentId(), code: SITE_SETTINGS.code, domains: SITE_SETTINGS.domains, ...SITE_SETTINGS.vi, locale: 'vi',
      emblem: this.media('quoc_huy', 'svg', 'Quốc huy'), ...this.stamps(at(addDays(this.today, -1000), 9)),
    };
  }

  categories(slug: (text: string) => string): CategoryRest[] {
    return CATEGORIES.map(({ nameEn: _english, ...category }) => ({
      id: this.id('category'), documentId: this.random.documentId(), name: category.name, slug: slug(category.name),
      description: `Tin, bài chuyên mục ${category.name} của Trang thông tin điện tử phường Phú Lâm.`, order: category.order,
      requiresOrientationReview: category.requiresOrientationReview ?? false, publishDeadlineDays: category.publishDeadlineDays ?? 3,
      minWords: category.minWords ?? 100, parent: null, locale: 'vi', ...this.stamps(at(addDays(this.today, -1000), 9)),
    }));
  }

  /** The ward's general pages and officials: as many in a large ward as in the demo, so the demo's own. */
  organisation(slug: (text: string) => string): { pages: PageRest[]; officials: OfficialRest[] } {
    const published = at(addDays(this.today, -400), 9);
    const units = new Map(UNITS.map((unit, k) => [unit.name, { id: this.id('unit'), documentId: this.random.documentId(), name: unit.name, order: k + 1 }]));
    const pages = PAGES.map((page) => ({
      id: this.id('page'), documentId: this.random.documentId(), title: page.title, slug: slug(page.title), kind: page.kind as Page['kind'],
      summary: page.summary, body: page.paragraphs.map((text): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
      cover: null, order: page.order, locale: 'vi', ...this.stamps(published),
    }));
    const officials = OFFICIALS.map((official) => ({
      id: this.id('official'), documentId: this.random.documentId(), fullName: official.fullName, position: official.position,
      unit: units.get(official.unit) ?? null, duties: official.duties ?? null, biography: official.biography ?? null, phone: official.phone ?? null,
      email: official.email ?? null, photo: null, order: official.order, isLeader: official.isLeader, locale: 'vi', ...this.stamps(published),
    }));
    return { pages, officials };
  }

  units(): Array<Ref<ContributorUnit, 'name'>> {
    return UNITS.map((unit) => ({ id: this.id('unit'), documentId: this.random.documentId(), name: unit.name }));
  }

  fields(names: ReadonlyArray<{ name: string; code: string; order: number }>, slug: (text: string) => string): FieldRest[] {
    return names.map((field) => ({
      id: this.id('field'), documentId: this.random.documentId(), name: field.name, code: field.code, slug: slug(field.name), order: field.order,
      ...this.stamps(at(addDays(this.today, -1000), 9)),
    }));
  }

  /** A legal document as the CMS stores it: number, year and type parsed from the symbol, the title and slug from the type. */
  document(
    slug: (text: string) => string,
    doc: { numberSymbol: string; title?: string; summary: string; issuingBody: string; issuedAt: string; effectiveAt?: string; signer?: string; isLegalDissemination?: boolean },
    file: boolean,
  ): DocumentRest {
    const parsed = parseDocumentNumber(doc.numberSymbol);
    const typeName = parsed ? documentTypeName(parsed.docType) : undefined;
    const title = doc.title ?? [typeName, doc.numberSymbol].filter(Boolean).join(' ');
    return {
      id: this.id('document'), documentId: this.random.documentId(), numberSymbol: doc.numberSymbol, number: parsed?.number ?? null,
      year: parsed?.year ?? Number(doc.issuedAt.slice(0, 4)), docType: parsed?.docType ?? null, issuer: parsed?.issuer ?? null, title,
      slug: slug([typeName ?? doc.title, doc.numberSymbol].filter(Boolean).join(' ')), summary: doc.summary, issuingBody: doc.issuingBody,
      signer: doc.signer ?? null, issuedAt: doc.issuedAt, effectiveAt: doc.effectiveAt ?? doc.issuedAt, expiresAt: null,
      file: file ? this.media(foldForSearch(doc.numberSymbol).replace(/[^a-z0-9]+/g, '_'), 'pdf') : null,
      isLegalDissemination: doc.isLegalDissemination ?? false, ...this.stamps(at(doc.issuedAt, 16)),
    };
  }

  documentRef(doc: DocumentRest): Ref<LegalDocument, 'numberSymbol' | 'title' | 'slug'> {
    return { id: doc.id, documentId: doc.documentId, numberSymbol: doc.numberSymbol, title: doc.title, slug: doc.slug };
  }

  /** Figures rates as the CMS derives them (src/lib/report-rates.ts). */
  report(period: DossierReport['period'], start: string, end: string, field: FieldRef | null, figures: Figures, stamp: string): ReportRest {
    return {
      id: this.id('report'), documentId: this.random.documentId(), period, periodStart: start, periodEnd: end, field, ...figures,
      ...reportRates({ ...figures }),
      ...this.stamps(stamp),
    };
  }
}

interface Figures {
  carriedOver: number; receivedOnline: number; receivedInPerson: number; receivedPostal: number; resolvedEarly: number; resolvedOnTime: number;
  resolvedLate: number; inProgressOnTime: number; inProgressOverdue: number; returnedOrWithdrawn: number;
}

const fieldRef = (field: FieldRest): FieldRef => ({ id: field.id, documentId: field.documentId, name: field.name });

// ---- The benchmark's data set. ----

export interface BenchSize {
  articles: number;
  procedures: number;
  /** Days of daily dossier reports, ending today. */
  days: number;
  /** Weeks of schedules, ending this week. */
  weeks: number;
  documents: number;
  disclosures: number;
  questions: number;
}

export const BENCH_SIZE: BenchSize = { articles: 10_000, procedures: 2_000, days: 365, weeks: 53, documents: 400, disclosures: 280, questions: 400 };

const CATEGORY_WEIGHTS: Record<string, number> = {
  'Tin tức – Sự kiện': 20, 'Hoạt động của Đảng ủy': 8, 'Hoạt động HĐND – UBND': 10, 'Mặt trận và các đoàn thể': 12, 'Tổ dân phố': 12,
  'Cải cách hành chính': 8, 'Phổ biến, giáo dục pháp luật': 6, 'Văn hóa – Xã hội': 10, 'Quốc phòng – An ninh': 6, 'Thông báo': 7, 'Phóng sự chuyên đề': 1,
};
/** Procedures per field: civil status and certification are most of a ward's work. */
const FIELD_WEIGHTS: Record<string, number> = { 'Hộ tịch': 3, 'Chứng thực': 2, 'Đất đai': 2, 'Bảo trợ xã hội': 2 };
/** The national law each field's procedures cite, beside the seed's own documents. */
const FIELD_LAWS: Record<string, { numberSymbol: string; title: string; issuedAt: string; effectiveAt: string }> = {
  'Đất đai': { numberSymbol: '31/2024/QH15', title: 'Luật Đất đai', issuedAt: '2024-01-18', effectiveAt: '2024-08-01' },
  'Bảo trợ xã hội': { numberSymbol: '20/2021/NĐ-CP', title: 'Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội', issuedAt: '2021-03-15', effectiveAt: '2021-07-01' },
  'Văn hóa cơ sở': { numberSymbol: '86/2023/NĐ-CP', title: 'Nghị định quy định về khung tiêu chuẩn và trình tự xét tặng danh hiệu văn hóa', issuedAt: '2023-12-07', effectiveAt: '2024-02-01' },
  'Người có công': { numberSymbol: '02/2020/UBTVQH14', title: 'Pháp lệnh Ưu đãi người có công với cách mạng', issuedAt: '2020-12-09', effectiveAt: '2021-07-01' },
  'Hòa giải cơ sở': { numberSymbol: '35/2013/QH13', title: 'Luật Hòa giải ở cơ sở', issuedAt: '2013-06-20', effectiveAt: '2014-01-01' },
  'Nuôi con nuôi': { numberSymbol: '52/2010/QH12', title: 'Luật Nuôi con nuôi', issuedAt: '2010-06-17', effectiveAt: '2011-01-01' },
  'Thi đua – Khen thưởng': { numberSymbol: '06/2022/QH15', title: 'Luật Thi đua, khen thưởng', issuedAt: '2022-06-15', effectiveAt: '2024-01-01' },
  'Tôn giáo': { numberSymbol: '02/2016/QH14', title: 'Luật Tín ngưỡng, tôn giáo', issuedAt: '2016-11-18', effectiveAt: '2018-01-01' },
  'Giáo dục và Đào tạo': { numberSymbol: '43/2019/QH14', title: 'Luật Giáo dục', issuedAt: '2019-06-14', effectiveAt: '2020-07-01' },
  'Môi trường': { numberSymbol: '72/2020/QH14', title: 'Luật Bảo vệ môi trường', issuedAt: '2020-11-17', effectiveAt: '2022-01-01' },
};
const WARD_DOC_TYPES = ['QĐ', 'KH', 'TB', 'BC', 'HD', 'NQ', 'CTr', 'QC'];
const WARD_DOC_SUBJECTS = [
  'tổ chức ra quân tổng vệ sinh môi trường', 'triển khai công tác phòng cháy, chữa cháy trên địa bàn phường', 'thực hiện nhiệm vụ phát triển kinh tế – xã hội',
  'tuyển chọn và gọi công dân nhập ngũ', 'kiện toàn Ban Chỉ đạo chuyển đổi số phường', 'công tác cải cách hành chính', 'vận động ủng hộ Quỹ Đền ơn đáp nghĩa',
  'phòng, chống dịch bệnh mùa hè', 'tổ chức Ngày hội Đại đoàn kết toàn dân tộc', 'bảo đảm trật tự an toàn giao thông dịp Tết Nguyên đán',
  'thu gom, phân loại rác thải sinh hoạt tại nguồn', 'kiểm tra trật tự xây dựng, quản lý đất đai', 'tổ chức kỳ họp Hội đồng nhân dân phường',
];
const SCHEDULE_CONTENTS = [
  'Giao ban Ủy ban nhân dân phường đầu tuần', 'Tiếp công dân định kỳ', 'Kiểm tra công tác vệ sinh môi trường tại khu {place}', 'Họp Ban Thường vụ Đảng ủy phường',
  'Dự sinh hoạt chi bộ tổ dân phố số {tdp}', 'Làm việc với Đoàn kiểm tra của Thành phố về công tác cải cách hành chính',
  'Họp rà soát kết quả giải quyết thủ tục hành chính trong tuần', 'Kiểm tra trật tự xây dựng trên địa bàn khu {place}', 'Dự hội nghị trực tuyến của Thành phố',
  'Họp Hội đồng thi đua – khen thưởng phường', 'Đối thoại với nhân dân khu {place}', 'Họp Thường trực Hội đồng nhân dân phường chuẩn bị kỳ họp',
  'Hội nghị liên tịch Ủy ban MTTQ phường', 'Dự lễ ra quân của Đoàn Thanh niên phường', 'Kiểm tra công tác phòng cháy, chữa cháy tại các cơ sở kinh doanh',
];
const SCHEDULE_CHAIRS = ['Bí thư Đảng ủy phường', 'Phó Bí thư Thường trực Đảng ủy', 'Chủ tịch UBND phường', 'Phó Chủ tịch UBND phường', 'Chủ tịch HĐND phường', 'Chủ tịch Ủy ban MTTQ phường'];
const DISCLOSURE_TITLES: Record<string, string[]> = {
  ke_hoach_kinh_te_xa_hoi: ['Kế hoạch phát triển kinh tế – xã hội', 'Báo cáo kết quả thực hiện nhiệm vụ kinh tế – xã hội'],
  ngan_sach: ['Dự toán ngân sách phường', 'Quyết toán ngân sách phường', 'Tình hình thực hiện dự toán ngân sách'],
  dau_tu_dat_dai_quy_hoach: ['Phương án bồi thường, hỗ trợ giải phóng mặt bằng', 'Kế hoạch sử dụng đất', 'Danh mục dự án đầu tư công'],
  quy_che_dan_chu: ['Quy chế làm việc của Ủy ban nhân dân phường', 'Quy tắc ứng xử của cán bộ, công chức phường'],
  cac_khoan_dong_gop: ['Kết quả vận động Quỹ Đền ơn đáp nghĩa', 'Các khoản đóng góp xây dựng nhà văn hóa tổ dân phố'],
  tai_san_cong: ['Tình hình quản lý, sử dụng tài sản công', 'Kế hoạch mua sắm tài sản công'],
  chinh_sach_an_sinh: ['Danh sách hộ nghèo, hộ cận nghèo', 'Danh sách đối tượng hưởng trợ cấp xã hội hằng tháng'],
  cuu_tro_thien_tai_dich_benh: ['Kết quả tiếp nhận, phân bổ hàng cứu trợ', 'Danh sách hộ được hỗ trợ khắc phục hậu quả mưa bão'],
  nghia_vu_quan_su: ['Danh sách công dân được gọi nhập ngũ', 'Danh sách công dân sẵn sàng nhập ngũ'],
  thanh_tra_phong_chong_tham_nhung: ['Kết quả lấy phiếu tín nhiệm', 'Kết luận thanh tra', 'Kết quả phòng, chống tham nhũng'],
  lay_y_kien_nhan_dan: ['Lấy ý kiến nhân dân về dự thảo quy hoạch', 'Lấy ý kiến nhân dân về đặt tên đường, phố'],
  phi_le_phi: ['Mức thu phí, lệ phí hộ tịch và chứng thực', 'Mức thu phí vệ sinh'],
  thu_tuc_hanh_chinh: ['Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND phường', 'Quy trình nội bộ giải quyết thủ tục hành chính'],
  khac: ['Kết quả giải quyết kiến nghị của cử tri', 'Thông tin về các dự án trên địa bàn'],
};
const ANSWER_SENTENCES = [
  'Căn cứ Luật Hộ tịch năm 2014 và Nghị định số 123/2015/NĐ-CP, hồ sơ được nộp tại Bộ phận tiếp nhận và trả kết quả của Ủy ban nhân dân cấp xã nơi cư trú.',
  'Thời hạn giải quyết không quá 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thì kéo dài không quá 05 ngày làm việc.',
  'Ông (bà) có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia và nhận kết quả qua dịch vụ bưu chính công ích.',
  'Theo Luật Thực hiện dân chủ ở cơ sở năm 2022, các khoản đóng góp tự nguyện phải được cộng đồng dân cư bàn và quyết định, công khai kết quả thu, chi.',
  'Ủy ban nhân dân phường đã giao Công an phường phối hợp với tổ dân phố kiểm tra, xử lý theo quy định và thông báo kết quả đến người phản ánh.',
  'Đối tượng thuộc diện hưởng chính sách được xét duyệt hằng tháng; hồ sơ gồm tờ khai theo mẫu và bản sao giấy tờ tùy thân.',
];

export function benchContent(size: BenchSize, today: string, seed = 20_261_129): Content {
  const random = createRandom(seed);
  const b = new Builder(random, today);
  const year = Number(today.slice(0, 4));
  const slugs = { category: slugger(), article: slugger(), field: slugger(), procedure: slugger(), document: slugger(), disclosure: slugger() };

  const settings = b.settings();
  const categories = b.categories(slugs.category);
  const units = b.units();
  const unitNames = units.map((unit) => unit.name);

  // Articles, newest first (the query sorts by publishedAt:desc), about nine a day over three years.
  const span = 3 * 365 * DAY_MS;
  const newest = Date.parse(at(today, 6));
  const categoryWeights = categories.map((c) => CATEGORY_WEIGHTS[c.name] ?? 5);
  const articles: ArticleRest[] = [];
  for (let k = 0; k < size.articles; k += 1) {
    const slot = span / size.articles;
    const published = new Date(newest - k * slot - random.next() * slot * 0.8).toISOString();
    const day = published.slice(0, 10);
    const category = random.weighted(categories, categoryWeights);
    const unit = category.name === 'Hoạt động của Đảng ủy' ? units[0] : random.pick(units);
    const articleYear = Number(day.slice(0, 4));
    const title = articleTitle(random, category.name, unitNames, articleYear).slice(0, 250);
    const sections = category.name === 'Thông báo' ? 0 : category.name === 'Phóng sự chuyên đề' ? random.int(5, 9) : random.weighted([0, 1, 2, 3, 4], [2, 4, 4, 2, 1]);
    const body = articleBody(random, sections, unitNames, articleYear, () => {
      const alt = `Quang cảnh ${fill(random, '{event}', unitNames, articleYear)}`;
      return { type: 'image', image: b.media('anh_su_kien', 'image', alt, `${alt} tại khu ${random.pick(NEIGHBOURHOODS)}. Ảnh: ${random.pick(PEOPLE)}`), children: [{ type: 'text', text: '' }] };
    });
    const hasCover = random.chance(category.name === 'Thông báo' ? 0.2 : 0.8);
    const place = `khu ${random.pick(NEIGHBOURHOODS)}`;
    articles.push({
      id: b.id('article'), documentId: random.documentId(), locale: 'vi', title, slug: slugs.article(title),
      summary: sentences(random, random.int(1, 2), unitNames, articleYear).slice(0, 1000), body,
      cover: hasCover ? b.figure(title, `${fill(random, 'Các đại biểu dự {event} tại {venue}', unitNames, articleYear)}. Ảnh: ${random.pick(PEOPLE)}`) : null,
      gallery: random.chance(0.2)
        ? Array.from({ length: random.int(2, 6) }, () => b.figure(`Hoạt động tại ${place}`, `${fill(random, 'Người dân {place} tham gia {event}', unitNames, articleYear)}.`))
        : [],
      videoUrl: random.chance(0.03) ? `https://www.youtube.com/watch?v=${random.documentId().slice(0, 11)}` : null,
      videoTranscript: null,
      category: { id: category.id, documentId: category.documentId, name: category.name, slug: category.slug },
      unit, author: random.chance(0.3) ? 'Ban biên tập' : random.pick(PEOPLE),
      eventDate: random.chance(0.8) ? addDays(day, -random.int(0, 3)) : null,
      eventPlace: random.chance(0.7) ? fill(random, '{venue}', unitNames, articleYear).replace(/^./, (c) => c.toUpperCase()) : null,
      isOrientation: Boolean(category.requiresOrientationReview) && random.chance(0.5),
      tags: random.chance(0.6) ? random.sample(TAGS, random.int(1, 4)).join(', ') : null,
      ...b.stamps(published, new Date(Date.parse(published) - random.int(1, 48) * 3_600_000).toISOString()),
    });
  }

  // Weekly schedules, this week first (weekStart:desc): UBND and the Party committee every week, the others now and then.
  const schedules: ScheduleRest[] = [];
  const thisWeek = isoWeek(today);
  for (let w = 0; w < size.weeks; w += 1) {
    const monday = addDays(thisWeek.monday, -7 * w);
    const { week } = isoWeek(monday);
    const bodies: Array<WorkSchedule['body']> = ['dang_uy', 'ubnd'];
    if (w % 4 === 0) bodies.push('hdnd');
    if (w % 2 === 0) bodies.push('ub_mttq');
    if (w % 3 === 0) bodies.push('doan_the');
    for (const body of bodies) {
      const entries = Array.from({ length: random.int(3, 10) }, () => {
        const session = random.weighted(['sang', 'chieu', 'toi'] as const, [6, 5, 1]);
        const hour = session === 'sang' ? random.int(7, 10) : session === 'chieu' ? random.int(13, 16) : random.int(18, 19);
        const id = b.id('schedule-entry');
        return {
          id, key: `entry-${id}`, date: addDays(monday, random.int(0, 5)), session, time: `${String(hour).padStart(2, '0')}:${random.pick(['00', '30'])}:00.000`,
          content: fill(random, random.pick(SCHEDULE_CONTENTS), unitNames, year), chair: random.pick(SCHEDULE_CHAIRS),
          participants: random.chance(0.8) ? `${random.pick(unitNames)}, ${random.pick(unitNames)}` : null,
          place: fill(random, '{venue}', unitNames, year).replace(/^./, (c) => c.toUpperCase()), preparingUnit: random.chance(0.7) ? random.pick(unitNames) : null,
        };
      });
      schedules.push({
        id: b.id('schedule'), documentId: random.documentId(), body, week, weekStart: monday, title: `Lịch công tác tuần ${week}`, entries,
        note: random.chance(0.2) ? 'Lịch có thể thay đổi; các đơn vị theo dõi thông báo của Văn phòng.' : null, ...b.stamps(at(addDays(monday, -3), 16)),
      });
    }
  }

  // The 12 fields: the seed's five and seven more a ward handles.
  const fields = b.fields([...PROCEDURE_FIELDS, ...EXTRA_FIELDS], slugs.field);

  // Documents: the seed's, the laws procedures cite, then the ward's own over five years (issuedAt:desc).
  const documents: DocumentRest[] = [
    ...LEGAL_DOCUMENTS.map((doc) => b.document(slugs.document, { ...doc, isLegalDissemination: 'isLegalDissemination' in doc ? doc.isLegalDissemination : false }, true)),
    ...Object.values(FIELD_LAWS).map((law) => b.document(slugs.document, { ...law, summary: law.title, issuingBody: law.numberSymbol.includes('NĐ') ? 'Chính phủ' : 'Quốc hội', isLegalDissemination: true }, true)),
  ];
  const lawOf = new Map(documents.map((doc) => [doc.numberSymbol, doc]));
  const wardDocs = Math.max(0, size.documents - documents.length);
  const issued = Array.from({ length: wardDocs }, () => addDays(today, -random.int(0, 5 * 365))).sort();
  const numbers = new Map<string, number>();
  for (const day of issued) {
    const type = random.weighted(WARD_DOC_TYPES, [4, 5, 4, 3, 2, 1, 1, 1]);
    const key = `${day.slice(0, 4)}|${type}`;
    const number = (numbers.get(key) ?? 0) + random.int(1, 6);
    numbers.set(key, number);
    const council = type === 'NQ';
    const typeName = documentTypeName(type) ?? type;
    documents.push(b.document(slugs.document, {
      numberSymbol: `${number}/${type}-${council ? 'HĐND' : 'UBND'}`,
      summary: `${typeName} ${random.pick(WARD_DOC_SUBJECTS)} năm ${day.slice(0, 4)}`,
      issuingBody: council ? 'Hội đồng nhân dân phường Phú Lâm' : 'Ủy ban nhân dân phường Phú Lâm',
      signer: `${council ? 'Chủ tịch HĐND phường' : random.pick(['Chủ tịch UBND phường', 'Phó Chủ tịch UBND phường'])} ${random.pick(PEOPLE)}`,
      issuedAt: day,
    }, random.chance(0.9)));
  }
  documents.sort((a, c) => (a.issuedAt < c.issuedAt ? 1 : a.issuedAt > c.issuedAt ? -1 : 0));

  // Procedures (name:asc): the seed's ten, then generated ones, spread over the fields with weights.
  const fieldWeights = fields.map((f) => FIELD_WEIGHTS[f.name] ?? 1);
  const procedures: ProcedureRest[] = [];
  const usedCodes = new Set<string>();
  const usedNames = new Set<string>();
  const procedure = (name: string, field: FieldRest, details: Partial<ProcedureRest> & { code: string; timeLimit: string; fee: string; online: Procedure['onlineServiceForm']; dossier: readonly string[]; basis: DocumentRest[] }): ProcedureRest => {
    const { code, timeLimit, fee, online, dossier, basis, ...rest } = details;
    const methods = (['truc_tiep', 'truc_tuyen', 'buu_chinh'] as const)
      .filter((channel) => channel === 'truc_tiep' || (online !== 'truc_tiep' && (channel === 'truc_tuyen' || random.chance(0.4))))
      .map((channel) => ({ id: b.id('method'), channel, timeLimit, fee, description: channel === 'truc_tuyen' ? 'Nộp hồ sơ trên Cổng Dịch vụ công quốc gia.' : null }));
    return {
      id: b.id('procedure'), documentId: random.documentId(), code, name, slug: slugs.procedure(name),
      field: { id: field.id, documentId: field.documentId, name: field.name, slug: field.slug }, level: 'xa',
      decisionNumber: `Quyết định số ${random.int(100, 6500)}/QĐ-UBND ngày ${random.int(1, 28)}/${random.int(1, 12)}/${random.int(2021, year)} của UBND thành phố Hà Nội`,
      steps: [], methods,
      dossierComponents: dossier.map((component) => ({
        id: b.id('component'), name: component, form: component.includes('mẫu') ? b.media(`mau_${foldForSearch(component).split(' ').slice(0, 4).join('_')}`, 'docx') : null,
        formName: component.includes('mẫu') ? `Mẫu ${component.toLowerCase()}` : null, originals: 1, copies: random.int(0, 1),
      })),
      subjects: 'Công dân Việt Nam, người nước ngoài cư trú tại Việt Nam (theo quy định của thủ tục)',
      agency: `${PROCEDURE_AGENCY}; nơi tiếp nhận: ${PROCEDURE_RECEIVING_PLACE}`, result: random.pick(RESULTS),
      conditions: random.chance(0.4) ? 'Người yêu cầu có nơi cư trú trên địa bàn phường; hồ sơ đầy đủ, hợp lệ theo quy định.' : null,
      legalBasisText: basis.map((doc) => `${doc.title} số ${doc.numberSymbol}`).join('; '), legalBasis: basis.map((doc) => b.documentRef(doc)),
      onlineServiceForm: online, nationalPortalUrl: `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${code}`,
      inForce: true, ...b.stamps(at(addDays(today, -random.int(30, 900)), 10)), ...rest,
    };
  };
  const seedBasis = (symbols: readonly string[]) => symbols.map((symbol) => lawOf.get(symbol)).filter((doc): doc is DocumentRest => Boolean(doc));
  for (const seeded of PROCEDURES.slice(0, size.procedures)) {
    usedCodes.add(seeded.code);
    usedNames.add(seeded.name);
    const field = fields.find((f) => f.name === seeded.field) ?? fields[0];
    procedures.push(procedure(seeded.name, field, {
      code: seeded.code, timeLimit: seeded.timeLimit, fee: seeded.fee, online: seeded.online, dossier: seeded.dossier, basis: seedBasis(seeded.basis),
      result: seeded.result, steps: PROCEDURE_STEPS.filter((_, i) => i !== 0 && i !== 3).map(([title, description]) => ({ id: b.id('step'), title, description })),
    }));
  }
  while (procedures.length < size.procedures) {
    const field = random.weighted(fields, fieldWeights);
    const stem = random.pick(PROCEDURE_STEMS[field.name]);
    const qualifier = random.pick(PROCEDURE_QUALIFIERS);
    let name = `Thủ tục ${stem}${qualifier ? ` ${qualifier}` : ''}`;
    // Taken: a second circumstance, as the national set words its variants; then a numbered case.
    for (let tries = 0; usedNames.has(name) && tries < 5; tries += 1) {
      const second = random.pick(PROCEDURE_QUALIFIERS.filter((q) => q && q !== qualifier));
      name = `Thủ tục ${stem}${qualifier ? ` ${qualifier},` : ''} ${second}`;
    }
    for (let n = 2; usedNames.has(name); n += 1) name = `Thủ tục ${stem}${qualifier ? ` ${qualifier}` : ''} (trường hợp ${n})`;
    usedNames.add(name);
    let code = '';
    while (!code || usedCodes.has(code)) code = `${random.pick(['1', '2'])}.${String(random.int(0, 12_999)).padStart(6, '0')}`;
    usedCodes.add(code);
    const law = FIELD_LAWS[field.name] ? lawOf.get(FIELD_LAWS[field.name].numberSymbol) : undefined;
    const basis = [...(law ? [law] : seedBasis(field.name === 'Chứng thực' ? ['23/2015/NĐ-CP'] : ['60/2014/QH13', '123/2015/NĐ-CP'])), ...(random.chance(0.3) ? seedBasis(['42/2022/NĐ-CP']) : [])];
    const steps = PROCEDURE_STEPS.filter(() => random.chance(0.75));
    procedures.push(procedure(name, field, {
      code, timeLimit: random.pick(TIME_LIMITS), fee: random.pick(FEES), online: random.weighted(['toan_trinh', 'mot_phan', 'truc_tiep'] as const, [4, 4, 2]),
      dossier: random.sample(DOSSIER_COMPONENTS, random.int(2, 8)), basis,
      steps: (steps.length > 0 ? steps : PROCEDURE_STEPS.slice(1, 3)).map(([title, description]) => ({ id: b.id('step'), title, description })),
    }));
  }
  procedures.sort((a, c) => (a.name < c.name ? -1 : a.name > c.name ? 1 : 0));

  // Dossier reports: each field's day simulated (received by channel, resolved early/on time/late, still in
  // progress), then months, quarters and years summed from the days, and the whole ward (no field) per period.
  const reports = dossierReports(b, fields, size.days);

  // Disclosures under the 14 groups (disclosedAt:desc).
  const disclosures: DisclosureRest[] = Array.from({ length: size.disclosures }, () => {
    const [group] = random.pick(DISCLOSURE_GROUPS);
    const disclosedAt = addDays(today, -random.int(0, 3 * 365));
    const period = random.pick([`năm ${disclosedAt.slice(0, 4)}`, `quý ${random.pick(['I', 'II', 'III', 'IV'])} năm ${disclosedAt.slice(0, 4)}`, `6 tháng đầu năm ${disclosedAt.slice(0, 4)}`]);
    const title = `${random.pick(DISCLOSURE_TITLES[group])} ${period}`;
    return {
      id: b.id('disclosure'), documentId: random.documentId(), title, slug: slugs.disclosure(title), group: group as Disclosure['group'],
      summary: sentences(random, random.int(1, 2), unitNames, year), legalBasis: 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Điều 11',
      decisionDate: random.chance(0.7) ? addDays(disclosedAt, -random.int(1, 10)) : null, disclosedAt,
      disclosedUntil: random.chance(0.5) ? addDays(disclosedAt, random.int(30, 365)) : null,
      files: Array.from({ length: random.int(0, 3) }, (_, i) => b.media(`cong_khai_${foldForSearch(title).split(' ').slice(0, 5).join('_')}_${i + 1}`, random.pick(['pdf', 'xlsx'] as const))),
      ...b.stamps(at(disclosedAt, 15)),
    };
  }).sort((a, c) => (a.disclosedAt < c.disclosedAt ? 1 : a.disclosedAt > c.disclosedAt ? -1 : 0));

  // Answered, published questions (answeredAt:desc), about one every two days.
  const codes = new Set<string>();
  const questions: QuestionRest[] = Array.from({ length: size.questions }, (_, k) => {
    const [topic, text] = random.pick(QUESTION_TOPICS);
    const answeredDay = addDays(today, -Math.floor((k * 2 * 365) / Math.max(1, size.questions)) - 1);
    const receivedDay = addDays(answeredDay, -random.int(2, 14));
    let trackingCode = '';
    while (!trackingCode || codes.has(trackingCode)) {
      const chars = Array.from({ length: 8 }, () => '0123456789ABCDEFGHJKMNPQRSTVWXYZ'[random.int(0, 31)]).join('');
      trackingCode = `HD-${chars.slice(0, 4)}-${chars.slice(4)}`;
    }
    codes.add(trackingCode);
    const field = random.chance(0.8) ? random.pick(fields) : null;
    const answer: Block[] = [
      { type: 'paragraph', children: [{ type: 'text', text: 'Cảm ơn ông (bà) đã quan tâm và gửi câu hỏi đến Ủy ban nhân dân phường. Về nội dung ông (bà) hỏi, Ủy ban nhân dân phường trả lời như sau:' }] },
      ...random.sample(ANSWER_SENTENCES, random.int(1, 3)).map((sentence): Block => ({ type: 'paragraph', children: [{ type: 'text', text: sentence }] })),
      ...(random.chance(0.3) ? [list(random)] : []),
      { type: 'paragraph', children: [{ type: 'text', text: `Nếu cần hướng dẫn thêm, đề nghị ông (bà) liên hệ Bộ phận tiếp nhận và trả kết quả của phường, điện thoại ${SITE_SETTINGS.vi.phone}, trong giờ hành chính.` }] },
    ];
    return {
      id: b.id('question'), documentId: random.documentId(), trackingCode, field: field ? fieldRef(field) : null,
      title: random.chance(0.3) ? `${topic} (khu ${random.pick(NEIGHBOURHOODS)})` : topic,
      question: `${text} Gia đình tôi ở tổ dân phố số ${random.int(1, 30)}, khu ${random.pick(NEIGHBOURHOODS)}.`,
      consentToPublish: true, handlingStatus: 'da_tra_loi', dueAt: addDays(receivedDay, 21), answer,
      answeredAt: at(answeredDay, random.int(8, 16), random.int(0, 59)), receivedAt: at(receivedDay, random.int(7, 21), random.int(0, 59)),
      ...b.stamps(at(answeredDay, 17), at(receivedDay, 7)),
    };
  });

  return { settings, categories, articles, schedules, fields, procedures, reports, documents, disclosures, questions, ...b.organisation(slugger()) };
}

function dossierReports(b: Builder, fields: FieldRest[], days: number): ReportRest[] {
  const { random, today } = b;
  const first = addDays(today, -(days - 1));
  const dayList = Array.from({ length: days }, (_, i) => addDays(first, i));
  const load = fields.map((f) => (FIELD_WEIGHTS[f.name] ?? 1) * random.int(2, 5));
  // figuresByDay[field index, or fields.length for the whole ward][day index]
  const figuresByDay: Figures[][] = fields.map(() => []);
  fields.forEach((_, f) => {
    let onTime = random.int(0, 10);
    let overdue = 0;
    for (const day of dayList) {
      const dow = weekday(day);
      const scale = dow === 6 ? 0.1 : dow === 5 ? 0.4 : 1;
      const count = (mean: number) => Math.max(0, Math.round(mean * scale * (0.5 + random.next())));
      const figures: Figures = {
        carriedOver: onTime + overdue, receivedOnline: count(load[f] * 0.6), receivedInPerson: count(load[f] * 0.35), receivedPostal: count(load[f] * 0.05),
        resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0, inProgressOnTime: 0, inProgressOverdue: 0, returnedOrWithdrawn: 0,
      };
      const toHandle = figures.carriedOver + figures.receivedOnline + figures.receivedInPerson + figures.receivedPostal;
      const resolved = dow === 6 ? 0 : Math.round(toHandle * (0.55 + random.next() * 0.3));
      figures.resolvedLate = Math.min(resolved, Math.min(overdue, resolved) + (random.chance(0.08) ? 1 : 0));
      figures.resolvedEarly = Math.round((resolved - figures.resolvedLate) * 0.4);
      figures.resolvedOnTime = resolved - figures.resolvedLate - figures.resolvedEarly;
      figures.returnedOrWithdrawn = Math.min(toHandle - resolved, random.chance(0.1) ? 1 : 0);
      const open = toHandle - resolved - figures.returnedOrWithdrawn;
      overdue = Math.min(open, Math.max(0, overdue - figures.resolvedLate) + (random.chance(0.05) ? 1 : 0));
      onTime = open - overdue;
      figures.inProgressOnTime = onTime;
      figures.inProgressOverdue = overdue;
      figuresByDay[f].push(figures);
    }
  });
  const keys: Array<keyof Figures> = ['carriedOver', 'receivedOnline', 'receivedInPerson', 'receivedPostal', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate', 'inProgressOnTime', 'inProgressOverdue', 'returnedOrWithdrawn'];
  /** The figures of days [from, to] (indexes): carried over on the first, in progress on the last, the flows summed. */
  const span = (series: Figures[], from: number, to: number): Figures => {
    const total = Object.fromEntries(keys.map((key) => [key, 0])) as unknown as Figures;
    for (let i = from; i <= to; i += 1) for (const key of keys) total[key] += series[i][key];
    return { ...total, carriedOver: series[from].carriedOver, inProgressOnTime: series[to].inProgressOnTime, inProgressOverdue: series[to].inProgressOverdue };
  };
  const ward: Figures[] = dayList.map((_, d) => {
    const total = Object.fromEntries(keys.map((key) => [key, 0])) as unknown as Figures;
    for (const series of figuresByDay) for (const key of keys) total[key] += series[d][key];
    return total;
  });
  const series: Array<[FieldRef | null, Figures[]]> = [[null, ward], ...fields.map((field, f): [FieldRef, Figures[]] => [fieldRef(field), figuresByDay[f]])];

  // Periods overlapping the days, as the CMS's statistics make them (src/api/dossier-report/statistics/periods.ts).
  const periodOf = {
    month: (day: string) => [`${day.slice(0, 7)}-01`, addDays(`${nextMonth(day.slice(0, 7))}-01`, -1)],
    quarter: (day: string) => {
      const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
      const start = `${day.slice(0, 4)}-${String(q * 3 + 1).padStart(2, '0')}`;
      return [`${start}-01`, addDays(`${nextMonth(start, 3)}-01`, -1)];
    },
    year: (day: string) => [`${day.slice(0, 4)}-01-01`, `${day.slice(0, 4)}-12-31`],
  };
  const rows: ReportRest[] = [];
  const stamp = (day: string) => at(day < today ? addDays(day, 1) : today, 1);
  for (const [field, figures] of series) {
    dayList.forEach((day, d) => rows.push(b.report('day', day, day, field, figures[d], stamp(day))));
    for (const period of ['month', 'quarter', 'year'] as const) {
      const starts = new Map<string, [string, number, number]>();
      dayList.forEach((day, d) => {
        const [start, end] = periodOf[period](day);
        const seen = starts.get(start);
        starts.set(start, seen ? [end, seen[1], d] : [end, d, d]);
      });
      for (const [start, [end, from, to]] of starts) rows.push(b.report(period, start, end, field, span(figures, from, to), stamp(dayList[to])));
    }
  }
  const rank = { day: 0, month: 1, quarter: 2, year: 3 };
  return rows.sort((a, c) => (a.periodStart !== c.periodStart ? (a.periodStart < c.periodStart ? 1 : -1) : rank[a.period] - rank[c.period]));
}

function nextMonth(month: string, by = 1): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

// ---- The demo data set (src/seed), for a demo-sized build: the baseline a real ward starts from. ----

export function demoContent(today: string, seed = 17): Content {
  const random = createRandom(seed);
  const b = new Builder(random, today);
  const slug = slugger();
  const settings = b.settings();
  const categories = b.categories(slug);
  const units = b.units();
  const fields = b.fields(PROCEDURE_FIELDS, slug);
  const documents = LEGAL_DOCUMENTS.map((doc) => b.document(slug, { ...doc, isLegalDissemination: 'isLegalDissemination' in doc ? doc.isLegalDissemination : false }, false))
    .sort((a, c) => (a.issuedAt < c.issuedAt ? 1 : -1));
  const bySymbol = new Map(documents.map((doc) => [doc.numberSymbol, doc]));
  // The last demo article stays a draft: the public API does not return it.
  const articles: ArticleRest[] = ARTICLES.slice(0, -1).map((article) => {
    const category = categories.find((c) => c.name === article.category) ?? categories[0];
    const published = at(addDays(today, -article.daysAgo), 9);
    return {
      id: b.id('article'), documentId: random.documentId(), locale: 'vi', title: article.title, slug: slug(article.title), summary: article.summary,
      body: article.paragraphs.map((text): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] })), cover: null, gallery: [], videoUrl: null, videoTranscript: null,
      category: { id: category.id, documentId: category.documentId, name: category.name, slug: category.slug },
      unit: units.find((u) => u.name === article.unit) ?? null, author: 'Ban biên tập', eventDate: addDays(today, -article.daysAgo),
      eventPlace: article.eventPlace, isOrientation: article.isOrientation ?? false, tags: null, ...b.stamps(published),
    };
  }).sort((a, c) => ((a.publishedAt ?? '') < (c.publishedAt ?? '') ? 1 : -1));
  const { week, monday } = isoWeek(today);
  const schedules: ScheduleRest[] = (['dang_uy', 'ubnd'] as const).map((body) => ({
    id: b.id('schedule'), documentId: random.documentId(), body, week, weekStart: monday, title: `Lịch công tác tuần ${week}`, note: null,
    entries: SCHEDULE_ENTRIES[body].map(({ day, ...entry }) => {
      const id = b.id('schedule-entry');
      return { id, key: `entry-${id}`, ...entry, time: `${entry.time}.000`, date: addDays(monday, day) };
    }),
    ...b.stamps(at(addDays(monday, -3), 16)),
  }));
  const procedures: ProcedureRest[] = PROCEDURES.map((p) => {
    const field = fields.find((f) => f.name === p.field) ?? fields[0];
    const basis = p.basis.map((symbol) => bySymbol.get(symbol)).filter((doc): doc is DocumentRest => Boolean(doc));
    return {
      id: b.id('procedure'), documentId: random.documentId(), code: p.code, name: p.name, slug: slug(p.name),
      field: { id: field.id, documentId: field.documentId, name: field.name, slug: field.slug }, level: 'xa' as const, decisionNumber: null,
      steps: [
        { id: b.id('step'), title: 'Nộp hồ sơ', description: 'Người yêu cầu nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến.' },
        { id: b.id('step'), title: 'Tiếp nhận, giải quyết', description: 'Công chức kiểm tra hồ sơ; nếu đầy đủ, hợp lệ thì giải quyết theo thời hạn.' },
        { id: b.id('step'), title: 'Trả kết quả', description: 'Trả kết quả tại Bộ phận tiếp nhận và trả kết quả hoặc qua tài khoản dịch vụ công.' },
      ],
      methods: [
        { id: b.id('method'), channel: 'truc_tiep' as const, timeLimit: p.timeLimit, fee: p.fee, description: null },
        ...(p.online === 'truc_tiep' ? [] : [{ id: b.id('method'), channel: 'truc_tuyen' as const, timeLimit: p.timeLimit, fee: p.fee, description: null }]),
      ],
      dossierComponents: p.dossier.map((name) => ({ id: b.id('component'), name, form: null, formName: null, originals: 1, copies: 0 })),
      subjects: 'Công dân Việt Nam, người nước ngoài cư trú tại Việt Nam (theo quy định của thủ tục)',
      agency: `${PROCEDURE_AGENCY}; nơi tiếp nhận: ${PROCEDURE_RECEIVING_PLACE}`, result: p.result, conditions: null,
      legalBasisText: p.basis.join('; '), legalBasis: basis.map((doc) => b.documentRef(doc)), onlineServiceForm: p.online,
      nationalPortalUrl: `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${p.code}`, inForce: true,
      ...b.stamps(at(addDays(today, -30), 10)),
    };
  }).sort((a, c) => (a.name < c.name ? -1 : 1));
  const lastMonth = nextMonth(today.slice(0, 7), -1);
  const reports = [b.report('month', `${lastMonth}-01`, addDays(`${today.slice(0, 7)}-01`, -1), null, { ...MONTH_REPORT }, at(today, 8))];
  const disclosures: DisclosureRest[] = DISCLOSURES.map((d) => ({
    id: b.id('disclosure'), documentId: random.documentId(), ...d, slug: slug(d.title), disclosedUntil: 'disclosedUntil' in d ? d.disclosedUntil : null,
    files: [], ...b.stamps(at(d.disclosedAt, 15)),
  })).sort((a, c) => (a.disclosedAt < c.disclosedAt ? 1 : -1));
  const questions: QuestionRest[] = QUESTIONS.filter((q) => q.published && q.answer).map((q) => {
    const field = fields.find((f) => f.name === q.field);
    return {
      id: b.id('question'), documentId: random.documentId(), trackingCode: q.trackingCode, field: field ? fieldRef(field) : null, title: q.title,
      question: q.question, consentToPublish: q.consentToPublish, handlingStatus: 'da_tra_loi' as const, dueAt: addDays(today, 15),
      answer: [{ type: 'paragraph', children: [{ type: 'text', text: q.answer ?? '' }] }], answeredAt: at(today, 8), receivedAt: at(addDays(today, -3), 9),
      ...b.stamps(at(today, 8)),
    };
  });
  return { settings, categories, articles, schedules, fields, procedures, reports, documents, disclosures, questions, ...b.organisation(slug) };
}
