import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startFixtureApi } from '../src/dev/fixture-api';
import { loadSite } from '../src/site/load';

const settings = { documentId: 's', wardName: 'Phường Phú Lãm', siteTitle: 'Trang', address: 'a', phone: '024 1234', email: 'e', personResponsible: 'r', personResponsibleTitle: null, updatedAt: '2026-11-29T00:00:00Z' };
const category = (n: number) => ({ id: n, documentId: `c${n}`, name: `Chuyên mục ${n}`, slug: `chuyen-muc-${n}`, order: n, updatedAt: '2026-11-29T00:00:00Z' });
const article = (n: number) => ({
  id: n, documentId: `a${n}`, title: `Tin ${n}`, slug: `tin-${n}`, summary: 's', body: [], tags: null, category: { id: 1, documentId: 'c1', name: 'Chuyên mục 1', slug: 'chuyen-muc-1' },
  publishedAt: '2026-11-29T01:00:00Z', updatedAt: '2026-11-29T01:00:00Z',
});

describe('site data loading', () => {
  it('a one-article rebuild fetches that article, the settings and the categories (every page links their RSS feeds) in each language, nothing else', async () => {
    const api = await startFixtureApi({
      'site-setting': settings, 'site-setting@en': { ...settings, wardName: 'Phu Lam Ward' },
      categories: [category(1), category(2), { ...category(1), locale: 'en', name: 'Category 1', slug: 'category-1' }],
      articles: [article(1), article(2), { ...article(2), locale: 'en', title: 'News 2', slug: 'news-2' }, { ...article(1), locale: 'en', title: 'News 1', slug: 'news-1' }],
      'work-schedules': [], 'procedure-fields': [], procedures: [], 'dossier-reports': [], 'legal-documents': [], disclosures: [], questions: [], pages: [], officials: [],
    });
    try {
      const model = await loadSite({ cmsUrl: api.url, siteUrl: 'https://site', publicCmsUrl: api.url, onlyArticle: 'a2' });
      assert.deepEqual(model.articles.map((a) => a.title), ['Tin 2']);
      assert.deepEqual(model.categories.map((c) => [c.name, c.rssUrl]), [['Chuyên mục 1', '/rss/chuyen-muc-1.xml'], ['Chuyên mục 2', '/rss/chuyen-muc-2.xml']]);
      const asked = api.requests.map((path) => path.replace(/^\/api\/|\?.*$/g, '')).sort();
      assert.deepEqual(asked, ['articles', 'articles', 'categories', 'categories', 'site-setting', 'site-setting']);
      // The article's English version too, so that its English page is rewritten with it; no other English article.
      assert.deepEqual(model.en.articles.map((a) => [a.title, a.url]), [['News 2', '/en/news/news-2/']]);
      assert.deepEqual(model.alternates['/tin-tuc/tin-2/'], { vi: '/tin-tuc/tin-2/', en: '/en/news/news-2/' });
      // The same query as a full build's (queries.ts writes it once).
      const categoriesAsked = new URL(api.requests.find((path) => path.startsWith('/api/categories?'))!, api.url).searchParams;
      assert.equal(categoriesAsked.get('sort[0]'), 'order:asc');
    } finally {
      await api.close();
    }
  });
});
