import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Disclosure, LegalDocument, Official, Page } from '../src/cms-types.generated';
import { byQuarter, isExpired, quarterOf } from '../src/site/disclosures';
import { buildModel } from '../src/site/model';
import type { CmsContent } from '../src/site/queries';

const settings = {
  id: 1, documentId: 's', code: '09556', domains: null, wardName: 'Phường Phú Lâm', siteTitle: 'Trang', address: 'Trụ sở UBND', phone: '024 3353 0000', email: 'ubnd@phulam.gov.vn',
  personResponsible: 'r', personResponsibleTitle: null, licence: null, nationalPortalUrl: null, provincialPortalUrl: null, socialPageUrl: null,
  infoContactName: 'Văn phòng phường', infoContactPhone: '024 3353 0105', infoContactEmail: null, infoContactAddress: null, updatedAt: '',
};
const content = (extra: Partial<CmsContent>): CmsContent => ({
  settings, categories: [], articles: [], schedules: [], fields: [], procedures: [], reports: [], documents: [], disclosures: [], questions: [],
  pages: [], officials: [], ...extra,
});
const disclosure = (n: number, disclosedAt: string, disclosedUntil: string | null, group: Disclosure['group'] = 'ngan_sach'): Disclosure => ({
  id: n, documentId: `d${n}`, updatedAt: '', title: `Công khai số ${n}`, slug: `cong-khai-${n}`, group, summary: null, legalBasis: null,
  decisionDate: null, disclosedAt, disclosedUntil,
});
/** 23:30 and 00:30 in Hà Nội (UTC+7) on either side of midnight between 31/12/2026 and 01/01/2027. */
const BEFORE_MIDNIGHT = new Date('2026-12-31T16:30:00Z');
const AFTER_MIDNIGHT = new Date('2026-12-31T17:30:00Z');
const options = (now: Date) => ({ siteUrl: 'https://phulam.hanoi.gov.vn', apiUrl: 'https://cms.phulam.hanoi.gov.vn', now });

describe('long lists on pages of their own', () => {
  it('pages the archive by 50 and the information-access list by 100, every page in the sitemap', () => {
    const items = Array.from({ length: 120 }, (_, k) => disclosure(k + 1, '2025-01-02', '2025-06-30'));
    const current = Array.from({ length: 130 }, (_, k) => disclosure(500 + k, '2026-11-02', null));
    const model = buildModel(content({ disclosures: [...items, ...current] }), options(AFTER_MIDNIGHT));
    assert.deepEqual(model.disclosureArchive.pages.map((p) => [p.url, p.list.length]), [
      ['/cong-khai/luu-tru/', 50], ['/cong-khai/luu-tru/trang-2/', 50], ['/cong-khai/luu-tru/trang-3/', 20],
    ]);
    assert.equal(model.disclosureArchive.count, 120);
    assert.deepEqual(model.organisation.access.pages.map((p) => [p.url, p.list.length]), [
      ['/tiep-can-thong-tin/', 100], ['/tiep-can-thong-tin/trang-2/', 30],
    ]);
    const sitemap = model.sitemap.map((entry) => entry.url);
    for (const url of ['/cong-khai/luu-tru/trang-3/', '/tiep-can-thong-tin/trang-2/']) assert.ok(sitemap.includes(url), url);
  });
});

describe('disclosures by quarter', () => {
  it('puts a day in its quarter: March is Q1, April Q2, September Q3, October Q4', () => {
    assert.deepEqual(['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-10-01', '2026-12-31'].map((d) => quarterOf(d).quarter), [1, 1, 2, 3, 4, 4]);
  });

  it('groups by disclosure day, newest quarter first, items kept in their order', () => {
    const groups = byQuarter([
      disclosure(1, '2026-11-02', null), disclosure(2, '2026-03-31', null), disclosure(3, '2026-10-01', null), disclosure(4, '2025-12-31', null),
    ]);
    assert.deepEqual(groups.map((g) => [g.url, g.items.map((i) => i.disclosedAt)]), [
      ['/cong-khai/2026/quy-4/', ['2026-11-02', '2026-10-01']],
      ['/cong-khai/2026/quy-1/', ['2026-03-31']],
      ['/cong-khai/2025/quy-4/', ['2025-12-31']],
    ]);
  });

  it('an item is expired only once its last day has passed in Hà Nội', () => {
    assert.equal(isExpired({ disclosedAt: '2026-01-08', disclosedUntil: '2026-12-31' }, '2026-12-31'), false);
    assert.equal(isExpired({ disclosedAt: '2026-01-08', disclosedUntil: '2026-12-31' }, '2027-01-01'), true);
    assert.equal(isExpired({ disclosedAt: '2026-01-08', disclosedUntil: null }, '2099-01-01'), false);
  });

  it('at 23:30 on its last day it is current; at 00:30 the next day it is in the archive, marked expired, and still in its quarter', () => {
    const items = [disclosure(1, '2026-10-05', '2026-12-31'), disclosure(2, '2026-11-20', null)];
    const before = buildModel(content({ disclosures: items }), options(BEFORE_MIDNIGHT));
    assert.deepEqual(before.disclosureGroups.find((g) => g.key === 'ngan_sach')!.items.map((i) => i.title), ['Công khai số 1', 'Công khai số 2']);
    assert.deepEqual(before.disclosureArchive.pages.flatMap((p) => p.list), []);

    const after = buildModel(content({ disclosures: items }), options(AFTER_MIDNIGHT));
    assert.deepEqual(after.disclosureGroups.find((g) => g.key === 'ngan_sach')!.items.map((i) => i.title), ['Công khai số 2']);
    assert.deepEqual(after.disclosureArchive.pages.flatMap((p) => p.list).map((i) => [i.title, i.expired, i.disclosedUntil]), [['Công khai số 1', true, '31/12/2026']]);
    const quarter = after.disclosureQuarters[0];
    assert.equal(quarter.label, 'Quý 4 năm 2026');
    assert.deepEqual(quarter.items.map((i) => [i.title, i.expired]), [['Công khai số 1', true], ['Công khai số 2', false]]);
    // The information-access list shows what is disclosed now: the expired item has left it.
    assert.deepEqual(after.organisation.access.list.map((r) => r.name), ['Công khai số 2']);
    assert.ok(after.sitemap.some((e) => e.url === '/cong-khai/2026/quy-4/'));
    assert.ok(after.sitemap.some((e) => e.url === '/cong-khai/luu-tru/'));
  });
});

describe('organisation and information access', () => {
  const unit = (name: string, order: number) => ({ id: order, documentId: `u${order}`, name, order }) as unknown as Official['unit'];
  const official = (n: number, extra: Partial<Official>): Official => ({
    id: n, documentId: `o${n}`, updatedAt: '', fullName: `Cán bộ ${n}`, position: 'Công chức', duties: null, biography: null, phone: null,
    email: null, order: n, isLeader: false, ...extra,
  });
  const page = (n: number, kind: Page['kind'], slug: string): Page => ({
    id: n, documentId: `p${n}`, updatedAt: '2026-11-01T00:00:00Z', title: `Trang ${slug}`, slug, kind, summary: null, body: [], order: n,
  });

  it('shows the introduction at /gioi-thieu/, the other pages under it, units in their order with their officials', () => {
    const model = buildModel(content({
      pages: [page(2, 'lich_su', 'lich-su'), page(1, 'gioi_thieu', 'gioi-thieu-chung')],
      officials: [
        official(3, { unit: unit('Công an phường', 10), phone: '024 3353 0107' }),
        official(1, { unit: unit('Đảng ủy phường', 1), isLeader: true, photo: { url: '/uploads/a.jpg', width: 300, height: 400, alternativeText: '' } }),
        official(2, { unit: unit('Đảng ủy phường', 1) }),
      ],
    }), options(BEFORE_MIDNIGHT));
    const org = model.organisation;
    assert.equal(org.intro?.url, '/gioi-thieu/');
    assert.deepEqual(org.generalPages.map((p) => p.url), ['/gioi-thieu/lich-su/']);
    assert.deepEqual(org.units.map((u) => [u.name, u.officials.map((o) => o.fullName)]), [
      ['Đảng ủy phường', ['Cán bộ 1', 'Cán bộ 2']], ['Công an phường', ['Cán bộ 3']],
    ]);
    assert.equal(org.units[1].officials[0].phoneHref, 'tel:02433530107');
    assert.deepEqual(org.leaders.map((l) => [l.fullName, l.photo]), [
      ['Cán bộ 1', { src: 'https://cms.phulam.hanoi.gov.vn/uploads/a.jpg', alt: 'Ảnh chân dung Cán bộ 1', width: 300, height: 400 }],
    ]);
    assert.ok(model.sitemap.some((e) => e.url === '/gioi-thieu/lich-su/' && e.lastmod === '2026-11-01'));
    // The site's search finds the pages, and an official by name or position: a leader on the leaders' page.
    const found = (words: string) => model.searchIndex.filter((e) => e.f.includes(words)).map((e) => [e.k, e.u]);
    assert.deepEqual(found('can bo 1'), [['Cán bộ', '/lanh-dao/']]);
    assert.deepEqual(found('can bo 3'), [['Cán bộ', '/gioi-thieu/']]);
    assert.ok(model.searchIndex.some((e) => e.k === 'Giới thiệu' && e.u === '/gioi-thieu/lich-su/'));
  });

  it('lists documents and disclosures with name, number, date, form, period and link; the contact point falls back to the ward', () => {
    const doc = {
      id: 1, documentId: 'v1', updatedAt: '', publishedAt: '2026-11-03T02:00:00Z', numberSymbol: '17/KH-UBND', number: 17, year: 2026, docType: 'KH',
      issuer: 'UBND', title: 'Kế hoạch chuyển đổi số', slug: 'ke-hoach-17-kh-ubnd', summary: 'Kế hoạch', issuingBody: null, signer: null,
      issuedAt: '2026-11-02', effectiveAt: null, expiresAt: null, isLegalDissemination: false, file: { url: '/uploads/kh.pdf', name: 'kh.pdf' },
    } as LegalDocument;
    const model = buildModel(content({ documents: [doc], disclosures: [disclosure(1, '2026-10-05', '2026-12-31')] }), options(BEFORE_MIDNIGHT));
    assert.deepEqual(model.organisation.access.list, [
      {
        name: 'Kế hoạch chuyển đổi số', number: '17/KH-UBND', date: '02/11/2026', form: 'Đăng trên Trang thông tin điện tử',
        period: 'Từ 03/11/2026 đến thường xuyên', link: { url: 'https://cms.phulam.hanoi.gov.vn/uploads/kh.pdf', label: 'Tải tệp: kh.pdf' },
      },
      {
        name: 'Công khai số 1', number: '', date: '05/10/2026', form: 'Đăng trên Trang thông tin điện tử; niêm yết tại trụ sở',
        period: 'Từ 05/10/2026 đến 31/12/2026', link: { url: '/cong-khai/ngan-sach/', label: 'Xem' },
      },
    ]);
    assert.deepEqual(model.organisation.access.contact, {
      name: 'Văn phòng phường', phone: '024 3353 0105', phoneHref: 'tel:02433530105', email: 'ubnd@phulam.gov.vn', address: 'Trụ sở UBND',
    });
  });
});
