import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, Category, DossierReport, LegalDocument, Official, Page, Procedure, ProcedureField, WorkSchedule } from '../src/cms-types.generated';
import { enDate } from '../src/render/format';
import { buildModel } from '../src/site/model';
import type { CmsContent } from '../src/site/queries';

const settings = { id: 1, documentId: 's', code: '09556', domains: null, wardName: 'Phường Phú Lãm', siteTitle: 'Trang', address: 'a', phone: 'p', email: 'e', personResponsible: 'r', personResponsibleTitle: null, licence: null, nationalPortalUrl: null, provincialPortalUrl: null, socialPageUrl: null, infoContactName: null, infoContactPhone: null, infoContactEmail: null, infoContactAddress: null, updatedAt: '' };
const category = { id: 1, documentId: 'c1', name: 'Tin tức', slug: 'tin-tuc', updatedAt: '' } as Category;
const article = (i: number, extra: Partial<Article> = {}): Article => ({
  id: i, documentId: `a${i}`, title: `Tin ${i}`, slug: `tin-${i}`, summary: 'Tóm tắt', body: [], videoUrl: null, videoTranscript: null, author: null, eventDate: null, eventPlace: null,
  isOrientation: false, tags: null, category, publishedAt: '2026-11-20T03:00:00Z', updatedAt: '2026-11-20T03:00:00Z', ...extra,
});
const content = (extra: Partial<CmsContent>): CmsContent => ({
  settings, categories: [], articles: [], schedules: [], fields: [], procedures: [], reports: [], documents: [], disclosures: [], questions: [], pages: [], officials: [], ...extra,
});
const options = { siteUrl: 'https://phulam.gov.vn/', apiUrl: 'https://cms.phulam.gov.vn', now: new Date('2026-11-25T05:00:00Z') };

describe('site model', () => {
  it('shows dates as dd/mm/yyyy in Vietnam\'s time zone, whatever the server\'s', () => {
    const model = buildModel(content({ articles: [article(1, { publishedAt: '2026-11-28T18:30:00Z', eventDate: '2026-12-01' })] }), options);
    assert.equal(model.articles[0].date, '29/11/2026'); // 01:30 on the 29th in Hà Nội
    assert.equal(model.articles[0].isoDate, '2026-11-29');
    assert.equal(model.articles[0].eventDate, '01/12/2026');
    assert.equal(model.articles[0].dc.date, '2026-11-29');
  });

  it('pages a category by 20 with previous/next links', () => {
    const model = buildModel(content({ categories: [category], articles: Array.from({ length: 45 }, (_, i) => article(i + 1)) }), options);
    assert.deepEqual(model.categoryPages.map((p) => [p.url, p.list.length, p.prevUrl, p.nextUrl]), [
      ['/chuyen-muc/tin-tuc/', 20, null, '/chuyen-muc/tin-tuc/trang-2/'],
      ['/chuyen-muc/tin-tuc/trang-2/', 20, '/chuyen-muc/tin-tuc/', '/chuyen-muc/tin-tuc/trang-3/'],
      ['/chuyen-muc/tin-tuc/trang-3/', 5, '/chuyen-muc/tin-tuc/trang-2/', null],
    ]);
    assert.equal(model.categories[0].rssUrl, '/rss/tin-tuc.xml');
  });

  it('pages a field\'s procedures by 100, and an empty field still has its page', () => {
    const field = (code: string, name: string) => ({ id: 1, documentId: code, name, code, slug: code, order: 1, updatedAt: '' }) as ProcedureField;
    const civil = field('ho-tich', 'Hộ tịch');
    const procedures = Array.from({ length: 250 }, (_, i) => ({ id: i, documentId: `p${i}`, code: `1.00${i}`, name: `Thủ tục ${i}`, slug: `thu-tuc-${i}`, field: civil }) as unknown as Procedure);
    const model = buildModel(content({ fields: [civil, field('dat-dai', 'Đất đai')], procedures }), options);
    assert.deepEqual(model.fieldPages.map((p) => [p.url, p.title, p.list.length]), [
      ['/thu-tuc-hanh-chinh/linh-vuc/ho-tich/', 'Thủ tục hành chính lĩnh vực Hộ tịch', 100],
      ['/thu-tuc-hanh-chinh/linh-vuc/ho-tich/trang-2/', 'Thủ tục hành chính lĩnh vực Hộ tịch – trang 2', 100],
      ['/thu-tuc-hanh-chinh/linh-vuc/ho-tich/trang-3/', 'Thủ tục hành chính lĩnh vực Hộ tịch – trang 3', 50],
      ['/thu-tuc-hanh-chinh/linh-vuc/dat-dai/', 'Thủ tục hành chính lĩnh vực Đất đai', 0],
    ]);
    assert.equal(model.fields[0].procedures.length, 250);
    assert.ok(model.sitemap.some((entry) => entry.url === '/thu-tuc-hanh-chinh/linh-vuc/ho-tich/trang-3/'));
  });

  it('shows the dashboard\'s latest 12 months, 4 quarters and 5 years, newest first, whatever is stored', () => {
    const report = (period: DossierReport['period'], periodStart: string, periodEnd: string) =>
      ({ id: 1, documentId: `${period}${periodStart}`, updatedAt: '', period, periodStart, periodEnd, carriedOver: 0, receivedOnline: 0, receivedInPerson: 1, receivedPostal: 0, resolvedEarly: 0, resolvedOnTime: 1, resolvedLate: 0, inProgressOnTime: 0, inProgressOverdue: 0, returnedOrWithdrawn: 0, onTimeRate: 100, onlineRate: 0 }) as DossierReport;
    const reports: DossierReport[] = [];
    for (let year = 2019; year <= 2026; year += 1) {
      reports.push(report('year', `${year}-01-01`, `${year}-12-31`));
      for (let q = 0; q < 4; q += 1) reports.push(report('quarter', `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`, `${year}-${String(q * 3 + 3).padStart(2, '0')}-28`));
      for (let m = 1; m <= 12; m += 1) reports.push(report('month', `${year}-${String(m).padStart(2, '0')}-01`, `${year}-${String(m).padStart(2, '0')}-28`));
    }
    const labels = buildModel(content({ reports }), options).dashboard.periods.map((p) => p.label);
    assert.equal(labels.filter((l) => l.startsWith('Tháng')).length, 12);
    assert.equal(labels.filter((l) => l.startsWith('Quý')).length, 4);
    assert.deepEqual(labels.filter((l) => l.startsWith('Năm')), ['2026', '2025', '2024', '2023', '2022'].map((y) => `Năm: 01/01/${y} – 31/12/${y}`));
    assert.equal(labels[0], 'Tháng: 01/12/2026 – 28/12/2026');
  });

  it('shows the whole ward\'s stored on-time rate in the 30-day trend, the rate the tables show', () => {
    const field = { id: 2, documentId: 'f', name: 'Hộ tịch' } as ProcedureField;
    const day = (date: string, onTimeRate: number | null, extra: Partial<DossierReport> = {}) =>
      ({ id: 1, documentId: `d${date}${extra.field ? 'f' : ''}`, updatedAt: '', period: 'day', periodStart: date, periodEnd: date, carriedOver: 10, receivedOnline: 0, receivedInPerson: 10, receivedPostal: 0, resolvedEarly: 0, resolvedOnTime: 8, resolvedLate: 2, inProgressOnTime: 5, inProgressOverdue: 5, returnedOrWithdrawn: 0, onTimeRate, onlineRate: 0, ...extra }) as DossierReport;
    // 35 days, 03/10 … 06/11, newest first as the API sorts them; each with a field's row beside the whole ward's.
    // The figures would make 80% by resolved late / resolved: the trend shows what the CMS stored instead.
    const dates = Array.from({ length: 35 }, (_, i) => new Date(Date.UTC(2026, 9, 3 + i)).toISOString().slice(0, 10));
    const stored: Record<string, unknown> = { '2026-11-05': null, '2026-11-06': '87.5' }; // a decimal as the API may send it
    const reports = dates.reverse().flatMap((date) => [day(date, (date in stored ? stored[date] : 65) as number | null), day(date, 0, { field })]);
    const { trend, today } = buildModel(content({ reports }), options).dashboard;
    assert.equal(trend.length, 30);
    assert.deepEqual(trend.slice(0, 2).map((t) => [t.date, t.rate, t.rateText]), [['08/10/2026', 65, '65%'], ['09/10/2026', 65, '65%']]);
    assert.deepEqual(trend.slice(-3).map((t) => [t.date, t.rate, t.rateText]), [['04/11/2026', 65, '65%'], ['05/11/2026', null, '—'], ['06/11/2026', 87.5, '87,5%']]);
    assert.deepEqual(today.map((r) => [r.field, r.rate]), [['Tất cả lĩnh vực', '87,5%'], ['Hộ tịch', '0%']]);
  });

  it('links each document type at its slug by the CMS\'s rule', () => {
    const doc = (id: number, docType: string | null) => ({ id, documentId: `v${id}`, numberSymbol: `${id}/X`, docType, title: 'Văn bản', slug: `vb-${id}`, summary: '', issuedAt: '2026-11-01', updatedAt: '' }) as unknown as LegalDocument;
    const model = buildModel(content({ documents: [doc(1, 'KH'), doc(2, 'NĐ'), doc(3, null), doc(4, 'Văn bản (khác)')] }), options);
    assert.deepEqual(model.documentTypes.map((t) => [t.label, t.url]), [
      ['Kế hoạch', '/van-ban/loai/ke-hoach/'],
      ['Nghị định', '/van-ban/loai/nghi-dinh/'],
      ['Văn bản', '/van-ban/loai/van-ban/'],
      ['Văn bản (khác)', '/van-ban/loai/van-ban-khac/'], // no trailing hyphen
    ]);
  });

  it('shows when a document stops being in force (a repealed decree stays listed, with its end date)', () => {
    const doc = { id: 1, documentId: 'v1', numberSymbol: '42/2022/NĐ-CP', docType: 'NĐ', title: null, slug: 'nd-42', summary: 'Cung cấp thông tin', issuedAt: '2022-06-24', effectiveAt: '2022-08-15', expiresAt: '2026-07-01', updatedAt: '' } as unknown as LegalDocument;
    const [shown] = buildModel(content({ documents: [doc] }), options).documents;
    assert.deepEqual([shown.effectiveAt, shown.expiresAt], ['15/08/2022', '01/07/2026']);
  });

  it('dates the build by Vietnam\'s day and writes the tel: link once', () => {
    const model = buildModel(content({ settings: { ...settings, phone: '024 3354 1234' } }), { ...options, now: new Date('2026-11-24T18:30:00Z') });
    assert.equal(model.meta.today, '2026-11-25'); // 01:30 on the 25th in Hà Nội, still the 24th in UTC
    assert.equal(model.settings.phoneHref, 'tel:02433541234');
  });

  it('folds titles in the search index so "dong da" finds "Đống Đa"', () => {
    const model = buildModel(content({ articles: [article(1, { title: 'Phường Đống Đa ra quân', summary: 'Vệ sinh môi trường' })] }), options);
    assert.equal(model.searchIndex[0].u, '/tin-tuc/tin-1/');
    assert.ok(model.searchIndex[0].f.includes('dong da'));
    assert.ok(model.searchIndex[0].f.includes('ve sinh moi truong'));
  });

  it('groups a week\'s schedule by body and day, Thứ Hai first, with sessions', () => {
    const schedule = {
      id: 1, documentId: 'w', body: 'ubnd', week: '2026-W48', weekStart: '2026-11-23', title: 'Lịch', note: null, updatedAt: '',
      entries: [
        { date: '2026-11-29', session: 'sang', time: null, content: 'Trực', chair: null, participants: null, place: null, preparingUnit: null },
        { date: '2026-11-23', session: 'chieu', time: '14:00:00.000', content: 'Giao ban', chair: 'Chủ tịch', participants: null, place: 'Hội trường', preparingUnit: null },
      ],
    } as WorkSchedule;
    const model = buildModel(content({ schedules: [schedule] }), options);
    const week = model.currentWeek!;
    assert.equal(week.range, '23/11/2026 – 29/11/2026');
    assert.deepEqual(week.bodies[0].days.map((d) => [d.weekday, d.date, d.entries[0].session, d.entries[0].time]), [
      ['Thứ Hai', '23/11/2026', 'Chiều', '14:00'],
      ['Chủ nhật', '29/11/2026', 'Sáng', ''],
    ]);
    assert.equal(week.bodies[0].label, 'Ủy ban nhân dân');
  });

  it('drops script links an editor may have typed into link fields', () => {
    const model = buildModel(content({ articles: [article(1, { videoUrl: 'javascript:alert(1)' }), article(2, { videoUrl: 'https://youtu.be/x' })] }), options);
    assert.deepEqual(model.articles.map((a) => a.videoUrl), ['', 'https://youtu.be/x']);
  });

  it('serves uploads from the CMS address', () => {
    const model = buildModel(content({ articles: [article(1, { cover: { image: { url: '/uploads/a.jpg', width: 10, height: 5 }, alt: 'Ảnh', caption: 'Chú thích' } })] }), options);
    const { imgHtml, ...cover } = model.articles[0].cover!;
    assert.deepEqual(cover, { src: 'https://cms.phulam.gov.vn/uploads/a.jpg', alt: 'Ảnh', caption: 'Chú thích', width: 10, height: 5, srcset: '' });
    assert.equal(imgHtml, '<img src="https://cms.phulam.gov.vn/uploads/a.jpg" alt="Ảnh" width="10" height="5" decoding="async" fetchpriority="high">');
  });

  describe('the English site', () => {
    const en = (a: Article, extra: Partial<Article> = {}): Article => ({ ...a, locale: 'en', title: `News ${a.id}`, slug: `news-${a.id}`, ...extra } as Article);
    const categoryEn = { ...category, name: 'News', slug: 'news' } as Category;
    const translated = () => {
      const vi = [article(1), article(2), article(3)];
      return buildModel(content({
        categories: [category],
        articles: vi,
        // Article 1 and 3 are in English, article 2 is not; article 9 is English only (its Vietnamese version unpublished).
        translations: { en: { settings: null, categories: [categoryEn], articles: [en(vi[0], { category: categoryEn }), en(vi[2]), en(article(9))], pages: [], officials: [] } },
      }), options);
    };

    it('has a page for each item the CMS holds in English, none for the others', () => {
      const model = translated();
      assert.deepEqual(model.en.articles.map((a) => a.url), ['/en/news/news-1/', '/en/news/news-3/', '/en/news/news-9/']);
      assert.deepEqual(model.en.categoryPages.map((p) => [p.url, p.list.map((a) => a.url)]), [['/en/categories/news/', ['/en/news/news-1/', '/en/news/news-3/', '/en/news/news-9/']]]);
      assert.equal(model.en.articles[0].category, 'News', 'the category by its English name');
      assert.equal(model.en.categories[0].rssUrl, null, 'no English feed');
      assert.deepEqual(model.articles.map((a) => a.url), ['/tin-tuc/tin-1/', '/tin-tuc/tin-2/', '/tin-tuc/tin-3/'], 'the Vietnamese site is unchanged');
    });

    it('pairs the two versions of an item by its document, both ways, and names no twin where there is none', () => {
      const { alternates } = translated();
      assert.deepEqual(alternates['/tin-tuc/tin-1/'], { vi: '/tin-tuc/tin-1/', en: '/en/news/news-1/' });
      assert.equal(alternates['/en/news/news-1/'], alternates['/tin-tuc/tin-1/']);
      assert.equal(alternates['/tin-tuc/tin-2/'], undefined);
      assert.equal(alternates['/en/news/news-9/'], undefined, 'an English article whose Vietnamese version is not published');
      assert.deepEqual(alternates['/chuyen-muc/tin-tuc/'], { vi: '/chuyen-muc/tin-tuc/', en: '/en/categories/news/' });
      assert.deepEqual(alternates['/'], { vi: '/', en: '/en/' });
      assert.deepEqual(alternates['/en/contact/'], { vi: '/lien-he/', en: '/en/contact/' });
    });

    it('writes English dates as "2 December 2026", by Vietnam\'s day', () => {
      const model = buildModel(content({
        translations: { en: { settings: null, categories: [], articles: [en(article(1, { publishedAt: '2026-12-01T18:30:00Z', eventDate: '2026-12-05' }))], pages: [], officials: [] } },
      }), options);
      assert.equal(model.en.articles[0].date, '2 December 2026'); // 01:30 on the 2nd in Hà Nội
      assert.equal(model.en.articles[0].eventDate, '5 December 2026');
      assert.equal(enDate('2026-01-09'), '9 January 2026');
    });

    it('shows the English settings where the CMS has them, else the Vietnamese ones', () => {
      assert.equal(translated().byLocale.en.settings.wardName, 'Phường Phú Lãm');
      const model = buildModel(content({ translations: { en: { settings: { ...settings, wardName: 'Phu Lam Ward' }, categories: [], articles: [], pages: [], officials: [] } } }), options);
      assert.equal(model.byLocale.en.settings.wardName, 'Phu Lam Ward');
      assert.equal(model.byLocale.vi.settings.wardName, 'Phường Phú Lãm');
      assert.deepEqual(model.byLocale.en.nav.map((n) => n.label), ['Home', 'News', 'Contact']);
    });

    it('pages an English category by 20 at page-2/, … with English titles', () => {
      const many = Array.from({ length: 25 }, (_, i) => en(article(i + 1), { category: categoryEn }));
      const model = buildModel(content({ translations: { en: { settings: null, categories: [categoryEn], articles: many, pages: [], officials: [] } } }), options);
      assert.deepEqual(model.en.categoryPages.map((p) => [p.url, p.title, p.list.length, p.nextUrl]), [
        ['/en/categories/news/', 'News', 20, '/en/categories/news/page-2/'],
        ['/en/categories/news/page-2/', 'News – page 2', 5, null],
      ]);
    });

    describe('the organisation in English', () => {
      const page = (n: number, kind: Page['kind'], title: string, extra: Partial<Page> = {}): Page => ({
        id: n, documentId: `p${n}`, title, slug: toSlugLike(title), kind, summary: null, body: [], order: n, updatedAt: '2026-11-20T03:00:00Z', ...extra,
      });
      const toSlugLike = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const unit = { id: 1, documentId: 'u1', name: 'Ủy ban nhân dân phường', order: 1 } as Official['unit'];
      const official = (n: number, position: string, isLeader: boolean): Official => ({
        id: n, documentId: `o${n}`, fullName: `Cán bộ ${n}`, position, unit, duties: null, biography: null, phone: null, email: null, order: n, isLeader, updatedAt: '',
      });
      const vi = { pages: [page(1, 'gioi_thieu', 'Gioi thieu'), page(2, 'lich_su', 'Lich su'), page(3, 'khac', 'Khac')], officials: [official(1, 'Chủ tịch', true), official(2, 'Công chức', false)] };
      const withEnglish = (english: { pages: Page[]; officials: Official[] }) =>
        buildModel(content({ ...vi, translations: { en: { settings: null, categories: [], articles: [], ...english } } }), options);

      it('has /en/about/, a page for each English general page, /en/leaders/ with the English leaders, each paired with its Vietnamese twin', () => {
        const model = withEnglish({
          pages: [page(1, 'gioi_thieu', 'About the ward'), page(2, 'lich_su', 'History')],
          officials: [official(1, 'Chair', true), official(2, 'Officer', false)],
        });
        const org = model.en.organisation;
        assert.equal(org.intro?.url, '/en/about/');
        assert.deepEqual(org.generalPages.map((p) => p.url), ['/en/about/history/'], 'page 3 has no English version, so no English page');
        assert.deepEqual(org.units.map((u) => [u.name, u.officials.map((o) => o.position)]), [['Ủy ban nhân dân phường', ['Chair', 'Officer']]], 'the unit as the CMS names it');
        assert.deepEqual(org.leaders.map((l) => l.position), ['Chair']);
        assert.deepEqual(model.en.aboutPages.map((p) => [p.url, p.title]), [['/en/about/', 'About']]);
        assert.deepEqual(model.en.leadersPages.map((p) => p.url), ['/en/leaders/']);
        assert.deepEqual(model.alternates['/gioi-thieu/'], { vi: '/gioi-thieu/', en: '/en/about/' });
        assert.deepEqual(model.alternates['/en/about/history/'], { vi: '/gioi-thieu/lich-su/', en: '/en/about/history/' });
        assert.equal(model.alternates['/gioi-thieu/khac/'], undefined);
        assert.deepEqual(model.alternates['/en/leaders/'], { vi: '/lanh-dao/', en: '/en/leaders/' });
        assert.deepEqual(model.byLocale.en.nav.map((n) => n.label), ['Home', 'About', 'News', 'Contact']);
        assert.equal(model.byLocale.en.text.about.organisation, 'Organisation');
        assert.equal(model.byLocale.vi.organisation, model.organisation);
        const urls = model.sitemap.map((entry) => entry.url);
        for (const url of ['/en/about/', '/en/about/history/', '/en/leaders/']) assert.ok(urls.includes(url), url);
      });

      it('has no English organisation page without English content, and no English leaders page without an English leader', () => {
        const none = withEnglish({ pages: [], officials: [] });
        assert.deepEqual([none.en.aboutPages, none.en.leadersPages], [[], []]);
        assert.equal(none.alternates['/gioi-thieu/'], undefined);
        assert.deepEqual(none.byLocale.en.nav.map((n) => n.label), ['Home', 'News', 'Contact']);
        assert.ok(!none.sitemap.some((entry) => entry.url.startsWith('/en/about/') || entry.url === '/en/leaders/'));
        const staffOnly = withEnglish({ pages: [], officials: [official(2, 'Officer', false)] });
        assert.deepEqual(staffOnly.en.aboutPages.map((p) => p.url), ['/en/about/']);
        assert.deepEqual([staffOnly.en.leadersPages, staffOnly.en.organisation.leadersUrl], [[], null], 'no link to a leaders page that is not written');
        assert.equal(staffOnly.alternates['/lanh-dao/'], undefined);
      });
    });

    it('lists the English pages in the sitemap', () => {
      const urls = translated().sitemap.map((entry) => entry.url);
      for (const url of ['/en/', '/en/categories/', '/en/contact/', '/en/categories/news/', '/en/news/news-1/', '/en/news/news-9/']) assert.ok(urls.includes(url), url);
      assert.ok(!urls.includes('/en/news/news-2/'));
    });
  });
});
