import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startStrapi();
  token = await app.fullAccessToken();
});
afterAll(async () => {
  await app.stop();
});

const post = (route: string, data: Record<string, unknown>) =>
  app.http().post(`/api/${route}`).set('Authorization', `Bearer ${token}`).send({ data });
const put = (route: string, data: Record<string, unknown>) =>
  app.http().put(`/api/${route}`).set('Authorization', `Bearer ${token}`).send({ data });
const count = (uid: string) => app.strapi.db.query(uid as never).count();

describe('slugs', () => {
  it('are made from the name with the Vietnamese rule, and stay unique with a suffix', async () => {
    const first = await post('categories', { name: 'Đảng ủy phường' }).expect(201);
    const second = await post('categories', { name: 'Đảng ủy phường' }).expect(201);
    const third = await post('categories', { name: 'ĐẢNG ỦY PHƯỜNG!' }).expect(201);
    expect([first, second, third].map((res) => res.body.data.slug)).toEqual([
      'dang-uy-phuong',
      'dang-uy-phuong-2',
      'dang-uy-phuong-3',
    ]);
  });

  it('are unique per locale: the English version may reuse a slug taken in Vietnamese', async () => {
    const vi = await post('categories', { name: 'Tuyên truyền' }).expect(201);
    const en = await put(`categories/${vi.body.data.documentId}?locale=en`, { name: 'Tuyên truyền' }).expect(200);
    expect(en.body.data).toMatchObject({ locale: 'en', slug: 'tuyen-truyen' });
    const other = await app.http().post('/api/categories?locale=en').set('Authorization', `Bearer ${token}`)
      .send({ data: { name: 'Tuyên truyền' } }).expect(201);
    expect(other.body.data.slug).toBe('tuyen-truyen-2');
  });

  it('come out right for a plan title: "Kế hoạch 17/KH-BBT" → ke-hoach-17-kh-bbt', async () => {
    const res = await app.http().get('/api/legal-documents?filters[numberSymbol][$eq]=17/KH-BBT').expect(200);
    expect(res.body.data[0].slug).toBe('ke-hoach-17-kh-bbt');
  });

  it('do not change when the title is corrected, so published links keep working', async () => {
    const created = await post('categories', { name: 'An ninh trật tự' }).expect(201);
    const updated = await put(`categories/${created.body.data.documentId}`, { name: 'An ninh – Trật tự' }).expect(200);
    expect(updated.body.data.slug).toBe('an-ninh-trat-tu');
  });

  it('typed by the editor must be well formed', async () => {
    const before = await count('api::category.category');
    const res = await post('categories', { name: 'Thể thao', slug: 'Thể thao' }).expect(400);
    expect(res.body.error.message).toContain('Đường dẫn (slug) "Thể thao" không hợp lệ');
    expect(await count('api::category.category')).toBe(before);
  });

  it('typed by the editor must be free', async () => {
    const res = await post('categories', { name: 'Khác hẳn', slug: 'dang-uy-phuong' }).expect(400);
    expect(res.body.error.message).toBe('Đường dẫn (slug) "dang-uy-phuong" đã được dùng cho một mục khác cùng loại.');
  });

  it('of an article come from its title', async () => {
    const res = await app.http().post('/api/articles?status=draft').set('Authorization', `Bearer ${token}`).send({
      data: {
        title: 'Hội nghị tổng kết công tác năm của Ủy ban nhân dân phường',
        summary: 'Tóm tắt',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung' }] }],
      },
    }).expect(201);
    expect(res.body.data.slug).toBe('hoi-nghi-tong-ket-cong-tac-nam-cua-uy-ban-nhan-dan-phuong');
  });
});

describe('legal documents', () => {
  const create = (data: Record<string, unknown>) =>
    app.http().post('/api/legal-documents?status=draft').set('Authorization', `Bearer ${token}`).send({ data });

  it('split the number and symbol into number, year, type and issuer', async () => {
    const res = await create({ numberSymbol: '15/QĐ-UBND', summary: 'Về việc kiện toàn Ban biên tập', issuedAt: '2026-03-02' })
      .expect(201);
    expect(res.body.data).toMatchObject({
      numberSymbol: '15/QĐ-UBND',
      number: 15,
      year: 2026,
      docType: 'QĐ',
      issuer: 'UBND',
      title: 'Quyết định 15/QĐ-UBND',
      slug: 'quyet-dinh-15-qd-ubnd',
    });
  });

  it('take the year from a legal normative symbol', async () => {
    const res = await create({ numberSymbol: '05/2023/TT-BTP', summary: 'Thông tư hướng dẫn', issuedAt: '2023-05-10' }).expect(201);
    expect(res.body.data).toMatchObject({ number: 5, year: 2023, docType: 'TT', issuer: 'BTP' });
  });

  it('refuse a duplicate (issuer, year, type, number), however it is typed', async () => {
    const before = await count('api::legal-document.legal-document');
    const res = await create({ numberSymbol: '15 / QĐ - UBND', summary: 'Trùng số', issuedAt: '2026-07-01' }).expect(400);
    expect(res.body.error.message).toBe(
      'Đã có văn bản số 15 năm 2026, loại QĐ, của UBND: không tạo trùng văn bản.',
    );
    expect(await count('api::legal-document.legal-document')).toBe(before);
  });

  it('accept the same number in another year', async () => {
    await create({ numberSymbol: '15/QĐ-UBND', summary: 'Năm khác', issuedAt: '2025-03-02' }).expect(201);
  });

  it('refuse the plan 17/KH-BBT a second time', async () => {
    const res = await create({ numberSymbol: '17/KH-BBT', summary: 'Bản sao', issuedAt: '2020-02-01' }).expect(400);
    expect(res.body.error.message).toContain('Đã có văn bản số 17 năm 2020');
  });

  it('refuse a number that is not a document number, with an example of one', async () => {
    const res = await create({ numberSymbol: 'KH 17', summary: 'Sai dạng', issuedAt: '2026-01-01' }).expect(400);
    expect(res.body.error.message).toContain('Số, ký hiệu văn bản "KH 17" không đúng dạng');
    expect(res.body.error.message).toContain('123/2015/NĐ-CP');
  });

  it('refuse a symbol year that contradicts the issue date', async () => {
    const res = await create({ numberSymbol: '43/2022/NĐ-CP', summary: 'Sai năm', issuedAt: '2023-01-01' }).expect(400);
    expect(res.body.error.message).toBe('Năm trong số, ký hiệu (2022) khác năm của ngày ban hành (2023).');
  });

  it('re-check uniqueness when an update changes the number', async () => {
    const doc = await create({ numberSymbol: '16/QĐ-UBND', summary: 'Văn bản khác', issuedAt: '2026-04-01' }).expect(201);
    const res = await app.http().put(`/api/legal-documents/${doc.body.data.documentId}?status=draft`)
      .set('Authorization', `Bearer ${token}`).send({ data: { numberSymbol: '15/QĐ-UBND' } }).expect(400);
    expect(res.body.error.message).toContain('Đã có văn bản số 15 năm 2026');
  });
});

describe('article cover image', () => {
  let imageId: number;
  beforeAll(async () => {
    const file = await app.strapi.db.query('plugin::upload.file').create({
      data: { name: 'hoi-nghi.jpg', hash: 'hoi_nghi_test', ext: '.jpg', mime: 'image/jpeg', size: 12.5, width: 800,
        height: 600, url: '/uploads/hoi_nghi_test.jpg', provider: 'local' },
    });
    imageId = file.id;
  });
  const article = (title: string, cover: Record<string, unknown>) => ({
    title,
    summary: 'Tóm tắt tin',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung tin' }] }],
    cover: { image: imageId, ...cover },
  });
  /** Publishing goes through the editorial workflow; its system path is what imports use. */
  const publish = (documentId: string) =>
    app.strapi.plugin('editorial-workflow').service('workflow')
      .publishAsImport({ uid: 'api::article.article', documentId }, 'test');
  const published = () => app.strapi.documents('api::article.article' as never).count({ status: 'published' } as never);

  it.each([
    ['alternative text', { caption: 'Quang cảnh hội nghị' }, 'alt'],
    ['caption', { alt: 'Đại biểu dự hội nghị' }, 'caption'],
  ])('cannot be published without %s, though a draft may lack it', async (what, cover, missing) => {
    const draft = await app.http().post('/api/articles?status=draft').set('Authorization', `Bearer ${token}`)
      .send({ data: article(`Tin thiếu ${what}`, cover) }).expect(201);
    const before = await published();
    await expect(publish(draft.body.data.documentId)).rejects.toMatchObject({
      name: 'ValidationError',
      details: { errors: [expect.objectContaining({ path: ['cover', missing] })] },
    });
    expect(await published()).toBe(before);
  });

  it('is published with both', async () => {
    const draft = await app.http().post('/api/articles?status=draft').set('Authorization', `Bearer ${token}`)
      .send({ data: article('Tin đủ ảnh', { alt: 'Đại biểu dự hội nghị', caption: 'Quang cảnh hội nghị' }) }).expect(201);
    await publish(draft.body.data.documentId);
    const res = await app.http().get(`/api/articles/${draft.body.data.documentId}?populate=cover`).expect(200);
    expect(res.body.data.cover).toMatchObject({ alt: 'Đại biểu dự hội nghị', caption: 'Quang cảnh hội nghị' });
  });
});

describe('work schedules', () => {
  const create = (data: Record<string, unknown>) =>
    app.http().post('/api/work-schedules?status=draft').set('Authorization', `Bearer ${token}`).send({ data });
  const entry = (date: string) => ({ date, session: 'sang', content: 'Họp giao ban' });

  it('derive the Monday of their ISO week', async () => {
    const res = await create({ body: 'hdnd', week: '2027-W02', entries: [entry('2027-01-11'), entry('2027-01-17')] }).expect(201);
    expect(res.body.data.weekStart).toBe('2027-01-11');
  });

  it('refuse an entry outside the week, saying which week it is', async () => {
    const res = await create({ body: 'hdnd', week: '2027-W03', entries: [entry('2027-01-25')] }).expect(400);
    expect(res.body.error.message).toBe('Ngày 25/01/2027 không thuộc tuần 2027-W03 (18/01/2027 – 24/01/2027).');
  });

  it('refuse a week the year does not have', async () => {
    const res = await create({ body: 'hdnd', week: '2027-W53' }).expect(400);
    expect(res.body.error.message).toContain('Tuần "2027-W53" không hợp lệ');
  });

  it('allow one schedule per body per week', async () => {
    const res = await create({ body: 'hdnd', week: '2027-W02' }).expect(400);
    expect(res.body.error.message).toBe('Đã có lịch công tác của HĐND cho tuần 2027-W02: hãy sửa lịch đó thay vì tạo mới.');
    await create({ body: 'ubnd', week: '2027-W02' }).expect(201);
  });
});

describe('dossiers and reports', () => {
  it('refuse a due date before the reception date', async () => {
    const before = await count('api::dossier.dossier');
    const res = await post('dossiers', { code: 'H26-TEST-0001', receivedAt: '2026-11-20', dueAt: '2026-11-19' }).expect(400);
    expect(res.body.error.message).toBe('Ngày hẹn trả không được trước ngày tiếp nhận (19/11/2026 < 20/11/2026).');
    expect(await count('api::dossier.dossier')).toBe(before);
  });

  it('check the order against the stored date when only one date changes', async () => {
    const created = await post('dossiers', { code: 'H26-TEST-0002', receivedAt: '2026-11-20', dueAt: '2026-11-25' }).expect(201);
    await put(`dossiers/${created.body.data.documentId}`, { receivedAt: '2026-11-26' }).expect(400);
  });

  it('derive the on-time rate of a report', async () => {
    const res = await post('dossier-reports', {
      period: 'day', periodStart: '2026-11-27', periodEnd: '2026-11-27',
      carriedOver: 10, receivedOnline: 5, receivedInPerson: 5, resolvedOnTime: 12, resolvedLate: 1, inProgressOverdue: 1,
      onTimeRate: 100,
    }).expect(201);
    expect(Number(res.body.data.onTimeRate)).toBe(90);
  });

  it('refuse a report whose figures do not add up', async () => {
    const res = await post('dossier-reports', {
      period: 'day', periodStart: '2026-11-28', periodEnd: '2026-11-28', carriedOver: 1, resolvedOnTime: 3,
    }).expect(400);
    expect(res.body.error.message).toContain('(3) vượt quá số phải giải quyết');
  });
});

describe('text', () => {
  it('is stored composed (NFC), whatever the keyboard sent', async () => {
    const name = 'Phổ biến pháp luật';
    const res = await post('categories', { name: name.normalize('NFD') }).expect(201);
    expect(res.body.data.name).toBe(name.normalize('NFC'));
    expect(res.body.data.slug).toBe('pho-bien-phap-luat');
  });
});
