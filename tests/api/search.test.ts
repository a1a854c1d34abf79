import type { Knex } from 'knex';
import { foldForSearch } from '../../src/lib/search-text';
import { postgresStore } from '../../src/public-api/search/index-postgres';
import { sqliteStore } from '../../src/public-api/search/index-sqlite';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { eventually, publishArticle, unpublishArticle } from '../helpers/publishing';

let app: TestApp;
/** The seeded site's id: rows written to the index by hand belong to it, as its articles do. */
let homeSiteId: number;
beforeAll(async () => {
  app = await startStrapi();
  homeSiteId = ((await app.strapi.db.query('api::site.site').findOne({ orderBy: { id: 'asc' }, select: ['id'] })) as { id: number }).id;
});
afterAll(async () => {
  await app.stop();
});

interface Result { type: string; documentId: string; title: string; highlightedTitle: string; snippet: string }
const search = async (query: string, status = 200) => {
  const res = await app.http().get(`/api/search?${query}`).expect(status);
  return res.body as { data: Result[]; meta: { pagination: { total: number; page: number; pageCount: number } }; error?: { message: string } };
};
const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra}`;

describe('search across the public content', () => {
  it('finds without accents or capitals what is written with them, and marks it in the original spelling', async () => {
    const plain = await search(q('doan thanh nien'));
    const accented = await search(q('ĐOÀN THANH NIÊN'));
    expect(plain.data.map((r) => r.documentId)).toEqual(accented.data.map((r) => r.documentId));
    const hit = plain.data.find((r) => r.title === 'Đoàn Thanh niên phường ra quân hưởng ứng Ngày Chủ nhật xanh');
    expect(hit).toMatchObject({ type: 'article' });
    expect(hit!.highlightedTitle).toBe('<mark>Đoàn</mark> <mark>Thanh</mark> <mark>niên</mark> phường ra quân hưởng ứng Ngày Chủ nhật xanh');
  });

  it('treats đ as d', async () => {
    const res = await search(q('dang ky khai sinh'));
    expect(res.data.map((r) => r.title)).toContain('Đăng ký khai sinh cho con khi bố mẹ chưa đăng ký kết hôn');
  });

  it('spans the five types, ranks title matches first and filters by type', async () => {
    const all = await search(q('khai sinh'));
    expect(new Set(all.data.map((r) => r.type)).size).toBeGreaterThanOrEqual(2);
    expect(foldForSearch(all.data[0].title)).toContain('khai sinh');
    const questions = await search(q('khai sinh', '&type=question'));
    expect(questions.data.length).toBeGreaterThan(0);
    expect(questions.data.every((r) => r.type === 'question')).toBe(true);
    const procedures = await search(q('khai sinh', '&type=procedure,legal-document'));
    expect(procedures.data.every((r) => ['procedure', 'legal-document'].includes(r.type))).toBe(true);
  });

  it('matches a quoted phrase only with its words in order', async () => {
    const inOrder = await search(q('"thanh nien phuong"'));
    expect(inOrder.data.length).toBeGreaterThan(0);
    const reversed = await search(q('"phuong thanh nien"'));
    expect(reversed.data).toEqual([]);
    const words = await search(q('phuong thanh nien'));
    expect(words.meta.pagination.total).toBeGreaterThanOrEqual(inOrder.meta.pagination.total);
  });

  it('shows answered questions only, never the asker, and never questions kept private', async () => {
    const res = await app.http().get(`/api/search?${q('chung thuc ban sao nuoc ngoai')}`).expect(200);
    expect(res.body.data.map((r: Result) => r.title)).not.toContain('Chứng thực bản sao giấy tờ bằng tiếng nước ngoài');
    const published = await app.http().get(`/api/search?${q('khai sinh', '&type=question')}`).expect(200);
    expect(published.text).not.toMatch(/Nguyễn Văn An|0912345678|nguyenvanan@example\.com|askerName|askerEmail/);
    expect((await search(q('Nguyen Van An'))).data).toEqual([]);
  });

  it('escapes HTML in what it returns', async () => {
    await publishArticle(app, 'Tin có <b>thẻ</b> và <script>alert(1)</script> trong tiêu đề', 'Nội dung về kiểm thử thoát mã');
    const res = await search(q('kiem thu thoat ma'));
    expect(res.data[0].highlightedTitle).not.toMatch(/<script>|<b>/);
    expect(res.data[0].highlightedTitle).toContain('&#60;script&#62;');
  });

  it('follows publication: a new article is found at once, and not after it is taken down', async () => {
    const word = 'Khuyếnnôngxanh';
    expect((await search(q('khuyennongxanh'))).data).toEqual([]);
    const documentId = await publishArticle(app, `Mô hình ${word} ở tổ dân phố số 6`, `Hội Nông dân giới thiệu mô hình ${word}.`);
    expect(await eventually(async () => (await search(q('khuyennongxanh'))).data.some((r) => r.documentId === documentId))).toBe(true);
    await unpublishArticle(app, documentId);
    expect(await eventually(async () => (await search(q('khuyennongxanh'))).data.length === 0)).toBe(true);
  });

  it('pages ten at a time', async () => {
    const first = await search(q('phuong'));
    expect(first.data.length).toBeLessThanOrEqual(10);
    if (first.meta.pagination.pageCount > 1) {
      const second = await search(q('phuong', '&page=2'));
      expect(second.data.map((r) => r.documentId)).not.toEqual(first.data.map((r) => r.documentId));
    }
  });

  it('at start, brings an index that fell behind up to date: missing entries found again, stale ones gone', async () => {
    // What a crash between a publication and its index write, or a restore of an older index, leaves behind.
    const knex = app.strapi.db.connection;
    const lost = [
      await publishArticle(app, 'Tổ dân phố số 9 ra mắt mô hình Đèn đường tự quản', 'Bà con góp tiền lắp đèn đường tự quản.'),
      await publishArticle(app, 'Chi hội Cựu chiến binh trao Sổ tiết kiệm tình nghĩa', 'Trao sổ tiết kiệm cho hội viên khó khăn.'),
    ];
    expect(await eventually(async () => (await search(q('den duong tu quan'))).data.length === 1)).toBe(true);
    await knex('search_index').whereIn('document_id', lost).delete();
    // And an entry of a document that is no longer published (here: one the index names by a wrong id).
    const ghost = 'ghost0000000000000000000';
    const search_ = app.strapi.service('api::search.search') as unknown as { reindexDocument(uid: string, id: string): Promise<void>; ensureFresh(): Promise<void> };
    await search_.reindexDocument('api::article.article', lost[0]);
    await knex('search_index').where('document_id', lost[0]).update({ document_id: ghost });
    // Each check words the query anew: raw writes do not drop cached answers, and a new wording is a new key.
    expect((await search(q('tu quan den duong'))).data.map((r) => r.documentId)).toEqual([ghost]);

    // The physical address of an untouched entry: a rebuild would write it anew, bringing up to date does not.
    const address = app.strapi.db.dialect.client === 'postgres' ? 'ctid::text' : 'rowid';
    const where = (builder: typeof knex) => builder('search_index').whereNotIn('document_id', [ghost, ...lost]).where('uid', 'api::article.article').orderBy('document_id').first();
    const untouched = await where(knex).select('document_id', knex.raw(`${address} AS address`));
    await search_.ensureFresh();
    expect(await where(knex).select('document_id', knex.raw(`${address} AS address`))).toEqual(untouched);
    expect((await search(q('duong den quan tu'))).data.map((r) => r.documentId)).toEqual([lost[0]]);
    expect((await search(q('so tiet kiem tinh nghia'))).data.map((r) => r.documentId)).toEqual([lost[1]]);
    expect(Number((await knex('search_index').where('document_id', ghost).count({ n: '*' }))[0].n)).toBe(0);
  });

  it.each([
    ['no q', '', 'Từ khóa (q): bắt buộc, một chuỗi.'],
    ['a one-letter q', 'q=a', 'Từ khóa (q): ít nhất 2 ký tự.'],
    ['an unknown type', 'q=khai%20sinh&type=dossier', 'Loại (type): chọn trong article, procedure, legal-document, disclosure, question.'],
    ['page 0', 'q=khai%20sinh&page=0', 'Trang (page): từ 1.'],
    ['an unknown parameter', 'q=khai%20sinh&filters[askerName][$eq]=x', 'Chỉ nhận các tham số q, type, page, locale, site.'],
  ])('refuses %s with a message saying what to change', async (_what, query, message) => {
    const res = await app.http().get(`/api/search?${query}`).expect(400);
    expect(res.body.error.message).toBe(message);
  });
});

describe('bounded ranking', () => {
  const store = () => (app.strapi.db.dialect.client === 'postgres' ? postgresStore : sqliteStore);
  const db = () => app.strapi.db.connection as unknown as Knex;
  const row = (documentId: string, title: string, body: string) => ({
    uid: 'api::article.article', documentId, locale: 'vi', site: homeSiteId, slug: documentId, title, body, foldedTitle: foldForSearch(title), foldedBody: foldForSearch(body),
  });
  afterEach(async () => {
    await db()('search_index').where('document_id', 'like', 'topk-%').delete();
  });

  it('puts title matches above body-only matches, however often the body repeats the words', async () => {
    await store().insert(db(), [
      row('topk-body', 'Thông báo lịch tiếp dân', `${'Hội thao Vạnxuânxanh, '.repeat(40)}tổ chức tại nhà văn hóa.`),
      row('topk-title', 'Hội thao Vạnxuânxanh năm nay', 'Tổ chức tại sân vận động phường.'),
      row('topk-both', 'Kết quả hội thao', 'Giải Vạnxuânxanh trao cho tổ dân phố số 3.'),
    ]);
    const res = await search(q('hoi thao vanxuanxanh'));
    expect(res.data.map((r) => r.documentId)).toEqual(['topk-title', expect.any(String), expect.any(String)]);
    expect(res.data.slice(1).map((r) => r.documentId).sort()).toEqual(['topk-body', 'topk-both']);
    expect(res.meta.pagination).toMatchObject({ total: 3, pageCount: 1 });
  });

  it('counts at most a thousand matches, so that every page up to pageCount (at most 100) has results', async () => {
    const rows = Array.from({ length: 1005 }, (_, n) => row(`topk-${n}`, `Tin số ${n} về Khucaptoida`, `Nội dung tin số ${n}.`));
    await store().insert(db(), rows);
    const first = await search(q('khucaptoida'));
    expect(first.meta.pagination).toEqual({ page: 1, pageSize: 10, pageCount: 100, total: 1000 });
    const last = await search(q('khucaptoida', '&page=100'));
    expect(last.data).toHaveLength(10);
    expect(last.meta.pagination.total).toBe(1000);
    // No document twice across pages.
    const pages = await Promise.all([1, 2, 3].map((page) => search(q('khucaptoida', `&page=${page}`))));
    const ids = pages.flatMap((p) => p.data.map((r) => r.documentId));
    expect(new Set(ids).size).toBe(30);
  });

  it('says how many there are on a page past the last', async () => {
    await store().insert(db(), [row('topk-a', 'Tin về Quasotrangcuoi', 'Nội dung.'), row('topk-b', 'Quasotrangcuoi lần hai', 'Nội dung.')]);
    const past = await search(q('quasotrangcuoi', '&page=3'));
    expect(past.data).toEqual([]);
    expect(past.meta.pagination).toMatchObject({ total: 2, pageCount: 1 });
  });
});

describe('an index of the shape before bounded ranking', () => {
  it('is dropped and rebuilt from the published content at start', async () => {
    const db = app.strapi.db.connection as unknown as Knex;
    const postgres = app.strapi.db.dialect.client === 'postgres';
    await db.raw('DROP TABLE search_index');
    await db.raw(
      postgres
        ? `CREATE TABLE search_index (uid text NOT NULL, document_id text NOT NULL, locale text NOT NULL, slug text, title text NOT NULL,
            body text NOT NULL, document tsvector NOT NULL, PRIMARY KEY (uid, document_id, locale))`
        : `CREATE VIRTUAL TABLE search_index USING fts5(uid UNINDEXED, document_id UNINDEXED, locale UNINDEXED, slug UNINDEXED,
            title UNINDEXED, body UNINDEXED, folded_title, folded_body, tokenize = 'unicode61')`,
    );
    const search = app.strapi.service('api::search.search') as unknown as { ensureFresh(): Promise<void> };
    await search.ensureFresh();
    const res = await app.http().get(`/api/search?${q('doan thanh nien', '&type=article')}`).expect(200);
    expect(res.body.data.map((r: Result) => r.title)).toContain('Đoàn Thanh niên phường ra quân hưởng ứng Ngày Chủ nhật xanh');
    // On the new shape nothing is dropped.
    expect(await (postgres ? postgresStore : sqliteStore).ensure(db)).toBe(false);
    expect((await app.http().get(`/api/search?${q('doan thanh nien', '&type=article,question')}`).expect(200)).body.data.length).toBeGreaterThan(0);
  });
});
