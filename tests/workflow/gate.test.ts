import { DRAFT_AND_PUBLISH, draftData } from '../helpers/content-types';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createRoster, goodArticle, type RoleCode, type StaffMember, newsTargets } from '../helpers/staff';

const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const UNIT = 'Hội Liên hiệp Phụ nữ phường';

let app: TestApp;
let token: string;
let staff: Record<RoleCode | 'super-admin', StaffMember>;
let unitId: string;
let categoryId: string;

beforeAll(async () => {
  app = await startStrapi();
  token = await app.fullAccessToken();
  staff = await createRoster(app, UNIT);
  ({ unitId, categoryId } = await newsTargets(app, UNIT));
});
afterAll(async () => {
  await app.stop();
});

const isPublished = async (documentId: string) =>
  (await app.strapi.db.query(ARTICLE).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;

/** An article that went through the whole chain up to `approved`: even then, only the plugin publishes. */
async function approvedArticle(title: string): Promise<string> {
  const created = await as(app, staff['ew-contributor']).post(`${CM}?locale=vi`, goodArticle(unitId, categoryId, title)).expect(201);
  const { documentId } = created.body.data;
  await as(app, staff['ew-contributor']).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
  await as(app, staff['ew-unit-head']).transition(ARTICLE, documentId, { transition: 'unit_approve' }).expect(200);
  await as(app, staff['ew-board']).transition(ARTICLE, documentId, { transition: 'board_approve' }).expect(200);
  return documentId;
}

async function publishedArticle(title: string): Promise<string> {
  const documentId = await approvedArticle(title);
  await as(app, staff['ew-publisher']).transition(ARTICLE, documentId, { transition: 'publish' }).expect(200);
  return documentId;
}

describe('nothing publishes around the workflow', () => {
  const roles = ['ew-contributor', 'ew-unit-head', 'ew-board', 'ew-propaganda', 'ew-publisher', 'ew-one-stop', 'ew-office', 'super-admin'] as const;

  it.each(roles)('the Content Manager Publish button, used by %s, is refused even for an approved item', async (role) => {
    const documentId = await approvedArticle(`Bài duyệt xong, thử nút Đăng (${role})`);
    const res = await as(app, staff[role]).post(`${CM}/${documentId}/actions/publish?locale=vi`, {});
    expect(res.status).toBe(403);
    expect(await isPublished(documentId)).toBe(false);
  });

  it.each(roles)('Content Manager bulk publish, used by %s, is refused', async (role) => {
    const documentId = await approvedArticle(`Bài duyệt xong, thử đăng hàng loạt (${role})`);
    const res = await as(app, staff[role]).post(`${CM}/actions/bulkPublish?locale=vi`, { documentIds: [documentId] });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await isPublished(documentId)).toBe(false);
  });

  it('the super admin is told why, with the item\'s state', async () => {
    const documentId = await approvedArticle('Bài để xem lý do từ chối');
    const res = await as(app, staff['super-admin']).post(`${CM}/${documentId}/actions/publish?locale=vi`, {}).expect(403);
    expect(res.body.error.message).toBe(
      'Không thể đăng trực tiếp (mục đang ở trạng thái "Đã duyệt, chờ đăng"): việc này chỉ làm được qua quy trình biên tập, sau khi mục đã được duyệt.',
    );
  });

  it('REST POST without ?status=draft, with a full-access token, creates nothing', async () => {
    const before = await app.strapi.db.query(ARTICLE).count();
    const res = await app.http().post('/api/articles').set('Authorization', `Bearer ${token}`)
      .send({ data: goodArticle(unitId, categoryId, 'Bài đăng thẳng qua REST') }).expect(403);
    expect(res.body.error.details.code).toBe('GATE');
    expect(await app.strapi.db.query(ARTICLE).count()).toBe(before);
  });

  it('REST PUT without ?status=draft, with a full-access token, neither publishes nor changes the draft', async () => {
    const documentId = await approvedArticle('Bài thử sửa và đăng qua REST');
    await app.http().put(`/api/articles/${documentId}`).set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Tiêu đề chèn qua REST' } }).expect(403);
    expect(await isPublished(documentId)).toBe(false);
    const draft = (await app.strapi.documents(ARTICLE as never).findOne({ documentId, status: 'draft' } as never)) as unknown as { title: string };
    expect(draft.title).toBe('Bài thử sửa và đăng qua REST');
  });

  // Questions have no REST create at all: citizens ask through the guarded POST /api/questions.
  it.each(DRAFT_AND_PUBLISH.filter((type) => type.uid !== ARTICLE && type.uid !== 'api::question.question'))(
    'REST POST to $route without ?status=draft is refused too, and creates nothing',
    async ({ uid, route }) => {
      const before = await app.strapi.db.query(uid).count();
      const res = await app.http().post(`/api/${route}`).set('Authorization', `Bearer ${token}`)
        .send({ data: draftData(uid, 7) }).expect(403);
      expect(res.body.error.details.code).toBe('GATE');
      expect(await app.strapi.db.query(uid).count()).toBe(before);
    },
  );

  it('code calling the Document Service directly cannot publish', async () => {
    const documentId = await approvedArticle('Bài thử đăng bằng mã lệnh');
    await expect(app.strapi.documents(ARTICLE as never).publish({ documentId } as never)).rejects.toMatchObject({ status: 403 });
    await expect(app.strapi.documents(ARTICLE as never).update({ documentId, status: 'published', data: { title: 'x' } } as never))
      .rejects.toMatchObject({ status: 403 });
    expect(await isPublished(documentId)).toBe(false);
  });

  it.each(roles)('unpublish and discard-draft in the Content Manager, used by %s, are refused', async (role) => {
    const documentId = await publishedArticle(`Bài đã đăng, thử gỡ (${role})`);
    const unpublish = await as(app, staff[role]).post(`${CM}/${documentId}/actions/unpublish?locale=vi`, {});
    expect(unpublish.status).toBe(403);
    const discard = await as(app, staff[role]).post(`${CM}/${documentId}/actions/discard?locale=vi`, {});
    expect(discard.status).toBe(403);
    expect(await isPublished(documentId)).toBe(true);
  });

  it('deleting a published item is refused; unpublishing goes through the workflow with a reason', async () => {
    const documentId = await publishedArticle('Bài đã đăng, thử xóa');
    // A refusal is an answer, not a server fault: operators' error logs stay free of it.
    const errorLog = jest.spyOn(app.strapi.log, 'error');
    try {
      await as(app, staff['super-admin']).del(`${CM}/${documentId}?locale=vi`).expect(409);
      expect(errorLog).not.toHaveBeenCalled();
    } finally {
      errorLog.mockRestore();
    }
    expect(await isPublished(documentId)).toBe(true);
    await as(app, staff['ew-board']).transition(ARTICLE, documentId, {
      transition: 'unpublish', reasonCode: 'R07', reasonText: 'Thông tin không còn tính thời sự nữa',
    }).expect(200);
    expect(await isPublished(documentId)).toBe(false);
  });
});
