import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, newsTargets, type StaffMember } from '../helpers/staff';

/**
 * What a newcomer meets on the README's first command (demo data and demo staff on an empty database),
 * and what each staff role needs for its daily work beyond the review chain: photos.
 */
const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const UNIT = 'Các tổ dân phố';
const PLUGIN = 'plugin::editorial-workflow';
/** A real 1×1 PNG: the upload plugin reads images (dimensions, formats). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let app: TestApp;
beforeAll(async () => {
  app = await startStrapi({ staff: true, empty: true });
});
afterAll(async () => {
  await app.stop();
});

describe('first run', () => {
  const newcomer = { email: 'chutich@phulam.test', firstname: 'Quang', lastname: 'Nguyễn Văn', password: 'Phulam-Quantri-2026' };

  it('the demo staff do not close Strapi\'s registration page: the newcomer becomes super admin, once', async () => {
    expect(await app.strapi.db.query('admin::user').count()).toBeGreaterThan(5); // the demo staff are there
    expect((await app.http().get('/admin/init').expect(200)).body.data.hasAdmin).toBe(false);

    // A demo account's address cannot be taken over.
    const taken = await app.http().post('/admin/register-admin').send({ ...newcomer, email: 'congtacvien@phulam.demo' }).expect(400);
    expect(taken.body.error.message).toBe('Địa chỉ e-mail này đã được dùng cho một tài khoản cán bộ; hãy dùng địa chỉ khác.');

    const registered = await app.http().post('/admin/register-admin').send(newcomer).expect(200);
    expect(registered.body.data.user).toMatchObject({ email: newcomer.email, isActive: true });
    expect(registered.body.data.user.roles.map((role: { code: string }) => role.code)).toEqual(['strapi-super-admin']);
    const me = await app.http().get('/admin/users/me').set('Authorization', `Bearer ${registered.body.data.token}`).expect(200);
    expect(me.body.data.email).toBe(newcomer.email);

    expect((await app.http().get('/admin/init').expect(200)).body.data.hasAdmin).toBe(true);
    const second = await app.http().post('/admin/register-admin')
      .send({ ...newcomer, email: 'nguoikhac@phulam.test' }).expect(400);
    expect(second.body.error.message).toBe('Đã có quản trị viên cao nhất: hãy đăng nhập, hoặc nhờ quản trị viên tạo tài khoản cho bạn.');
    expect(await app.strapi.db.query('admin::user').count({ where: { email: 'nguoikhac@phulam.test' } })).toBe(0);
    await app.http().post('/admin/login').send({ email: newcomer.email, password: newcomer.password }).expect(200);
  });
});

describe('staff roles', () => {
  const reconcile = () => (app.strapi.plugin('editorial-workflow').service('setup') as { ensureRoles(): Promise<void> }).ensureRoles();
  const actions = async (code: string) => {
    const role = await app.strapi.db.query('admin::role').findOne({ where: { code }, populate: ['permissions'] });
    return (role.permissions as Array<{ action: string; subject: string | null }>).map((p) => `${p.action} ${p.subject ?? ''}`.trim());
  };

  it('are reconciled with the workflow table at start: its grants come back, stale ones go, hand-made ones stay', async () => {
    const { strapi } = app;
    const role = await strapi.db.query('admin::role').findOne({ where: { code: 'ew-contributor' } });
    // Someone took two of the table's grants away...
    await strapi.db.query('admin::permission').deleteMany({
      where: { role: role.id, action: { $in: [`${PLUGIN}.transition.news.submit`, 'plugin::content-manager.explorer.create', 'plugin::upload.assets.create'] } },
    });
    // ...an administrator gave contributors one of their own...
    await strapi.service('admin::role').addPermissions(role.id, [{ action: 'plugin::upload.configure-view' }]);
    // ...and an earlier version of the table granted the log, which the table no longer does.
    await strapi.service('admin::role').addPermissions(role.id, [{ action: `${PLUGIN}.log.read` }]);
    const store = strapi.store({ type: 'plugin', name: 'editorial-workflow', key: 'derived-role-grants' });
    const derived = (await store.get({})) as Record<string, string[]>;
    const logKey = JSON.stringify({ action: `${PLUGIN}.log.read`, conditions: [], properties: {}, subject: null });
    await store.set({ value: { ...derived, 'ew-contributor': [...derived['ew-contributor'], logKey] } });

    await reconcile();

    const held = await actions('ew-contributor');
    expect(held).toEqual(expect.arrayContaining([
      `${PLUGIN}.transition.news.submit`,
      `plugin::content-manager.explorer.create ${ARTICLE}`,
      'plugin::upload.assets.create',
      'plugin::upload.configure-view',
    ]));
    expect(held).not.toContain(`${PLUGIN}.log.read`);
    await reconcile(); // and a second start changes nothing
    expect((await actions('ew-contributor')).sort()).toEqual([...held].sort());
  });

  it.each(['ew-contributor', 'ew-unit-head', 'ew-board', 'ew-propaganda', 'ew-publisher', 'ew-one-stop', 'ew-office'])(
    '%s may see, upload and download files, and change only its own',
    async (code) => {
      const role = await app.strapi.db.query('admin::role').findOne({ where: { code }, populate: ['permissions'] });
      const upload = (role.permissions as Array<{ action: string; conditions: string[] }>)
        .filter((p) => p.action.startsWith('plugin::upload.') && p.action !== 'plugin::upload.configure-view')
        .map((p) => [p.action, p.conditions]);
      expect(upload.sort()).toEqual([
        ['plugin::upload.assets.copy-link', []],
        ['plugin::upload.assets.create', []],
        ['plugin::upload.assets.download', []],
        ['plugin::upload.assets.update', ['admin::is-creator']],
        ['plugin::upload.read', []],
      ]);
    },
  );
});

describe('photos', () => {
  let contributor: StaffMember;
  let colleague: StaffMember;
  let unitId: string;
  let categoryId: string;
  beforeAll(async () => {
    contributor = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
    colleague = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
    ({ unitId, categoryId } = await newsTargets(app, UNIT));
  });

  /** POST /upload as the admin panel's media dialog sends it: multipart `files` and a `fileInfo` JSON. */
  const upload = (member: StaffMember, name: string) =>
    app.http().post('/upload').set('Authorization', `Bearer ${member.token}`)
      .field('fileInfo', JSON.stringify({ name, alternativeText: 'Ảnh hội nghị', caption: 'Quang cảnh hội nghị' }))
      .attach('files', PNG, { filename: name, contentType: 'image/png' });
  const editInfo = (member: StaffMember, id: number, fileInfo: Record<string, unknown>) =>
    app.http().put(`/upload/files/${id}`).set('Authorization', `Bearer ${member.token}`).field('fileInfo', JSON.stringify(fileInfo));
  const articles = () => app.strapi.db.query(ARTICLE).count();

  it('a contributor uploads a photo and changes its alt text; a colleague sees it but cannot change or delete it', async () => {
    const res = await upload(contributor, 'hoi-nghi.png').expect(201);
    const [file] = res.body;
    expect(file).toMatchObject({ name: 'hoi-nghi.png', mime: 'image/png' });

    const edited = await editInfo(contributor, file.id, { alternativeText: 'Đại biểu dự hội nghị' }).expect(200);
    expect(edited.body.alternativeText).toBe('Đại biểu dự hội nghị');

    const listed = await as(app, colleague).get('/upload/files?page=1&pageSize=50').expect(200);
    expect(listed.body.results.map((f: { id: number }) => f.id)).toContain(file.id);
    await editInfo(colleague, file.id, { alternativeText: 'Sửa trộm' }).expect(403);
    await as(app, colleague).del(`/upload/files/${file.id}`).expect(403);
    const stored = await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: file.id } });
    expect(stored.alternativeText).toBe('Đại biểu dự hội nghị');
  });

  it('the media dialog may read the upload settings for one who uploads, but not change them', async () => {
    // The dialog asks for them each time it opens: a 403 here was one console error per photo.
    const settings = await as(app, contributor).get('/upload/settings').expect(200);
    expect(settings.body.data).toHaveProperty('sizeOptimization');
    await as(app, contributor).put('/upload/settings').send({ ...settings.body.data, sizeOptimization: false }).expect(403);
    const stored = await app.strapi.store({ type: 'plugin', name: 'upload', key: 'settings' }).get({}) as { sizeOptimization?: boolean };
    expect(stored.sizeOptimization).not.toBe(false);
  });

  it.each([
    ['a cover without the image key', { cover: { alt: 'Đại biểu dự hội nghị', caption: 'Quang cảnh hội nghị' } }, 'Ảnh đại diện'],
    ['a cover whose image is empty', { cover: { image: null, alt: 'Đại biểu dự hội nghị', caption: 'Quang cảnh hội nghị' } }, 'Ảnh đại diện'],
    ['a gallery photo without its image', { gallery: [{ alt: 'Đại biểu dự hội nghị', caption: 'Quang cảnh hội nghị' }] }, 'Bộ ảnh, mục 1'],
  ])('%s is refused at save, in Vietnamese, and nothing is written', async (_what, figures, where) => {
    const before = await articles();
    const res = await as(app, contributor).post(`${CM}?locale=vi`, { ...goodArticle(unitId, categoryId, 'Tin có ảnh thiếu tệp ảnh'), ...figures }).expect(400);
    expect(res.body.error.message).toBe(`${where} chưa có ảnh: hãy chọn hoặc tải ảnh lên ở ô "Ảnh", hoặc xóa mục này.`);
    expect(await articles()).toBe(before);
  });

  it('an update that empties the cover\'s image is refused; one that keeps it passes', async () => {
    const [file] = (await upload(contributor, 'nha-van-hoa.png').expect(201)).body;
    const cover = { image: file.id, alt: 'Nhà văn hóa mới', caption: 'Nhà văn hóa tổ dân phố số 3' };
    const created = await as(app, contributor).post(`${CM}?locale=vi`, { ...goodArticle(unitId, categoryId, 'Khánh thành nhà văn hóa'), cover }).expect(201);
    const { documentId } = created.body.data;
    const coverId = created.body.data.cover.id;
    const emptied = await as(app, contributor).put(`${CM}/${documentId}?locale=vi`, { cover: { id: coverId, image: null, alt: cover.alt, caption: cover.caption } }).expect(400);
    expect(emptied.body.error.message).toContain('Ảnh đại diện chưa có ảnh');
    await as(app, contributor).put(`${CM}/${documentId}?locale=vi`, { cover: { id: coverId, alt: 'Nhà văn hóa khang trang', caption: cover.caption } }).expect(200);
    const stored = await as(app, contributor).get(`${CM}/${documentId}?locale=vi`).expect(200);
    expect(stored.body.data.cover).toMatchObject({ alt: 'Nhà văn hóa khang trang', image: { id: file.id } });
  });

  it('a cover whose photo was deleted after saving is refused at submit, in Vietnamese', async () => {
    const [file] = (await upload(contributor, 'trong-cay.png').expect(201)).body;
    const created = await as(app, contributor).post(`${CM}?locale=vi`, {
      ...goodArticle(unitId, categoryId, 'Phát động trồng cây xanh'),
      cover: { image: file.id, alt: 'Người dân trồng cây', caption: 'Trồng cây ở tổ dân phố số 1' },
    }).expect(201);
    const { documentId } = created.body.data;
    await as(app, contributor).del(`/upload/files/${file.id}`).expect(200);

    const res = await as(app, contributor).transition(ARTICLE, documentId, { transition: 'submit' }).expect(400);
    expect(res.body.error.message).toContain('Ảnh đại diện chưa có ảnh: hãy chọn hoặc tải ảnh lên, hoặc xóa mục này.');
    expect((await as(app, contributor).state(ARTICLE, documentId).expect(200)).body.data.state).toBe('draft');
  });
});
