import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createRoster, type RoleCode, type StaffMember } from '../helpers/staff';

/**
 * The organisation's general pages and officials (issue 18, point 2): the office writes them, the board
 * approves, the publisher publishes — the documents' workflow — and the public reads only what is published.
 */
const PAGE = 'api::page.page';
const OFFICIAL = 'api::official.official';
const cm = (uid: string) => `/content-manager/collection-types/${uid}`;

let app: TestApp;
let staff: Record<RoleCode | 'super-admin', StaffMember>;

beforeAll(async () => {
  app = await startStrapi();
  staff = await createRoster(app, 'Hội Liên hiệp Phụ nữ phường');
});
afterAll(async () => {
  await app.stop();
});

const newPage = (title: string) => ({ title, kind: 'khac', summary: 'Tóm tắt trang thử', order: 9 });
const newOfficial = (fullName: string, extra: Record<string, unknown> = {}) => ({ fullName, position: 'Phó Chủ tịch UBND phường', isLeader: true, ...extra });

describe('the demo organisation', () => {
  it('is published: four general pages and the officials, with their units', async () => {
    const pages = await app.http().get('/api/pages?sort=order&pagination[pageSize]=100').expect(200);
    expect(pages.body.data.map((page: { kind: string }) => page.kind)).toEqual(['gioi_thieu', 'lich_su', 'dieu_kien_tu_nhien', 'ban_do_dia_gioi']);
    const officials = await app.http().get('/api/officials?sort=order&populate[unit][fields][0]=name&pagination[pageSize]=100').expect(200);
    expect(officials.body.data.length).toBeGreaterThanOrEqual(8);
    expect(officials.body.data[0]).toMatchObject({ isLeader: true, unit: { name: 'Đảng ủy phường' } });
    const settings = await app.http().get('/api/site-setting').expect(200);
    expect(settings.body.data.infoContactPhone).toBeTruthy();
  });

  it('has English versions of the four pages and of the officials: the text translated, the shared fields kept', async () => {
    const vi = await app.http().get('/api/pages?sort=order&pagination[pageSize]=100').expect(200);
    const en = await app.http().get('/api/pages?locale=en&sort=order&pagination[pageSize]=100').expect(200);
    expect(en.body.data.map((page: { kind: string }) => page.kind)).toEqual(['gioi_thieu', 'lich_su', 'dieu_kien_tu_nhien', 'ban_do_dia_gioi']);
    expect(en.body.data.map((page: { documentId: string }) => page.documentId)).toEqual(vi.body.data.map((page: { documentId: string }) => page.documentId));
    expect(en.body.data[0]).toMatchObject({ locale: 'en', title: 'About Phu Lam Ward', slug: 'about-phu-lam-ward' });
    expect(en.body.data[0].body[0].children[0].text).toMatch(/^Phu Lam Ward lies/);

    const query = 'sort=order&populate[unit][fields][0]=name&pagination[pageSize]=100';
    const viOfficials = await app.http().get(`/api/officials?${query}`).expect(200);
    const enOfficials = await app.http().get(`/api/officials?locale=en&${query}`).expect(200);
    expect(enOfficials.body.data.length).toBe(viOfficials.body.data.length);
    const [first] = enOfficials.body.data;
    const twin = viOfficials.body.data.find((official: { documentId: string }) => official.documentId === first.documentId);
    expect(first).toMatchObject({
      locale: 'en', position: 'Secretary of the ward Party Committee', fullName: twin.fullName, phone: twin.phone, isLeader: true,
      unit: { name: 'Đảng ủy phường' },
    });
    expect(first.biography).toMatch(/^Born in 1972/);
  });
});

describe('a language version', () => {
  it('the office writes an official\'s English version with only the translated fields: the shared name is the document\'s', async () => {
    const created = await as(app, staff['ew-office']).post(`${cm(OFFICIAL)}?locale=vi`, newOfficial('Đinh Thị Hoa')).expect(201);
    const { documentId } = created.body.data;
    const english = await as(app, staff['ew-office']).put(`${cm(OFFICIAL)}/${documentId}?locale=en`, { position: 'Vice Chair of the ward People\'s Committee' });
    expect([english.status, english.body.error?.message]).toEqual([200, undefined]);
    expect(english.body.data).toMatchObject({ locale: 'en', fullName: 'Đinh Thị Hoa', position: 'Vice Chair of the ward People\'s Committee' });
  });
});

describe.each([
  ['general page', PAGE, 'pages', newPage],
  ['official', OFFICIAL, 'officials', newOfficial],
] as const)('a %s goes through the board', (_name, uid, route, make) => {
  it('the office creates it as a draft, the public does not see it', async () => {
    const created = await as(app, staff['ew-office']).post(`${cm(uid)}?locale=vi`, make(`Mục thử của Văn phòng ${route}`)).expect(201);
    const { documentId } = created.body.data;
    await app.http().get(`/api/${route}/${documentId}`).expect(404);
    const list = await app.http().get(`/api/${route}?pagination[pageSize]=100`).expect(200);
    expect(list.body.data.map((entry: { documentId: string }) => entry.documentId)).not.toContain(documentId);
  });

  it('a contributor can neither create it nor publish it', async () => {
    await as(app, staff['ew-contributor']).post(`${cm(uid)}?locale=vi`, make(`Mục thử của cộng tác viên ${route}`)).expect(403);
    const created = await as(app, staff['ew-office']).post(`${cm(uid)}?locale=vi`, make(`Mục thử đăng thẳng ${route}`)).expect(201);
    const { documentId } = created.body.data;
    expect((await as(app, staff['ew-contributor']).post(`${cm(uid)}/${documentId}/actions/publish?locale=vi`, {})).status).toBe(403);
    expect((await as(app, staff['ew-office']).post(`${cm(uid)}/${documentId}/actions/publish?locale=vi`, {})).status).toBe(403);
    expect((await as(app, staff['ew-contributor']).transition(uid, documentId, { transition: 'publish' })).status).toBeGreaterThanOrEqual(400);
    await app.http().get(`/api/${route}/${documentId}`).expect(404);
  });

  it('the office may not approve its own item; the board approves, the publisher publishes, the public reads it', async () => {
    const created = await as(app, staff['ew-office']).post(`${cm(uid)}?locale=vi`, make(`Mục thử qua quy trình ${route}`)).expect(201);
    const { documentId } = created.body.data;
    expect((await as(app, staff['ew-office']).transition(uid, documentId, { transition: 'approve' })).status).toBe(403);
    // Published only once approved: the publisher's publish before approval is refused by the workflow.
    expect((await as(app, staff['ew-publisher']).transition(uid, documentId, { transition: 'publish' })).status).toBe(409);
    await as(app, staff['ew-board']).transition(uid, documentId, { transition: 'approve' }).expect(200);
    await as(app, staff['ew-publisher']).transition(uid, documentId, { transition: 'publish' }).expect(200);
    const res = await app.http().get(`/api/${route}/${documentId}`).expect(200);
    expect(res.body.data.locale).toBe('vi');
    // A published item is not deleted: it is taken down through the workflow.
    await as(app, staff['super-admin']).del(`${cm(uid)}/${documentId}?locale=vi`).expect(409);
  });
});

describe('Vietnamese messages for what the schema cannot say', () => {
  it('an official\'s phone and e-mail must be usable', async () => {
    const phone = await as(app, staff['ew-office']).post(`${cm(OFFICIAL)}?locale=vi`, newOfficial('Nguyễn Thử Điện', { phone: 'gọi bảo vệ' })).expect(400);
    expect(phone.body.error.message).toMatch(/^Số điện thoại "gọi bảo vệ" không hợp lệ/);
    const email = await as(app, staff['ew-office']).post(`${cm(OFFICIAL)}?locale=vi`, newOfficial('Nguyễn Thử Thư', { email: 'khong-co-a-cong' })).expect(400);
    expect(email.body.error.message).toMatch(/^Thư điện tử "khong-co-a-cong" không hợp lệ/);
  });

  it('the ward has one introduction page a language', async () => {
    const res = await as(app, staff['ew-office']).post(`${cm(PAGE)}?locale=vi`, { ...newPage('Giới thiệu thứ hai'), kind: 'gioi_thieu' }).expect(400);
    expect(res.body.error.message).toMatch(/^Đã có một trang loại "Giới thiệu chung"/);
  });
});
