import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, Category, WorkSchedule } from '../src/cms-types.generated';
import { buildModel } from '../src/site/model';
import type { CmsContent } from '../src/site/queries';

const settings = { id: 1, documentId: 's', wardName: 'Phường Phú Lãm', siteTitle: 'Trang', address: 'a', phone: 'p', email: 'e', personResponsible: 'r', personResponsibleTitle: null, licence: null, nationalPortalUrl: null, provincialPortalUrl: null, socialPageUrl: null, updatedAt: '' };
const category = { id: 1, documentId: 'c1', name: 'Tin tức', slug: 'tin-tuc', updatedAt: '' } as Category;
const article = (i: number, extra: Partial<Article> = {}): Article => ({
  id: i, documentId: `a${i}`, title: `Tin ${i}`, slug: `tin-${i}`, summary: 'Tóm tắt', body: [], videoUrl: null, author: null, eventDate: null, eventPlace: null,
  isOrientation: false, tags: null, category, publishedAt: '2026-11-20T03:00:00Z', updatedAt: '2026-11-20T03:00:00Z', ...extra,
});
const content = (extra: Partial<CmsContent>): CmsContent => ({
  settings, categories: [], articles: [], schedules: [], fields: [], procedures: [], reports: [], documents: [], disclosures: [], questions: [], ...extra,
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
    assert.deepEqual(model.articles[0].cover, { src: 'https://cms.phulam.gov.vn/uploads/a.jpg', alt: 'Ảnh', caption: 'Chú thích', width: 10, height: 5 });
  });
});
