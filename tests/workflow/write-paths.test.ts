import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createRoster, createStaff, goodArticle, newsTargets, type RoleCode, type StaffMember } from '../helpers/staff';

/**
 * The attacks of issue 13, each over HTTP by the weakest role that can make it: every one is refused
 * with a Vietnamese message, and nothing public, no state row and no log row changes.
 */
const ARTICLE = 'api::article.article';
const PROCEDURE = 'api::procedure.procedure';
const FIELD = 'api::procedure-field.procedure-field';
const CATEGORY = 'api::category.category';
const cm = (uid: string) => `/content-manager/collection-types/${uid}`;
const UNIT = 'Hội Liên hiệp Phụ nữ phường';
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

// A 1×1 PNG, and another one with a different colour.
const PNG_A = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PNG_B = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

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

const stateRow = (uid: string, documentId: string, locale: string | null = 'vi') =>
  app.strapi.db.query('plugin::editorial-workflow.review-state').findOne({ where: { stateKey: `${uid}|${documentId}|${locale ?? ''}` } });
const logCount = () => app.strapi.db.query('plugin::editorial-workflow.log-entry').count();
const lastEvent = async (documentId: string) =>
  ((await app.strapi.db.query('plugin::editorial-workflow.log-entry').findMany({ where: { targetDocumentId: documentId }, orderBy: { seq: 'desc' }, limit: 1 })) as Array<{ event: string }>)[0]?.event;
const publicArticle = async (documentId: string) =>
  (await app.http().get(`/api/articles/${documentId}?populate[0]=category&populate[1]=cover.image`)).body.data as Record<string, unknown> | null;

async function approvedArticle(title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const created = await as(app, staff['ew-contributor']).post(`${cm(ARTICLE)}?locale=vi`, { ...goodArticle(unitId, categoryId, title), ...extra }).expect(201);
  const { documentId } = created.body.data;
  await as(app, staff['ew-contributor']).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
  await as(app, staff['ew-unit-head']).transition(ARTICLE, documentId, { transition: 'unit_approve' }).expect(200);
  await as(app, staff['ew-board']).transition(ARTICLE, documentId, { transition: 'board_approve' }).expect(200);
  return documentId;
}

async function publishedArticle(title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const documentId = await approvedArticle(title, extra);
  await as(app, staff['ew-publisher']).transition(ARTICLE, documentId, { transition: 'publish' }).expect(200);
  return documentId;
}

/** Everything the attack must leave as it was: the public read, the state row, the log. */
async function unchanged(uid: string, documentId: string, read: () => Promise<unknown>, locale: string | null = 'vi') {
  const before = { read: await read(), state: await stateRow(uid, documentId, locale), log: await logCount() };
  return async () => {
    expect(await read()).toEqual(before.read);
    expect(await stateRow(uid, documentId, locale)).toEqual(before.state);
    expect(await logCount()).toBe(before.log);
  };
}

function expectRefused(res: { status: number; body: { error?: { message?: string } } }, status = 409) {
  expect(res.status).toBe(status);
  expect(res.body.error?.message).toMatch(VIETNAMESE);
}

describe('1. wildcard deletes', () => {
  it('the contributor cannot delete their own published article with ?locale=* in the Content Manager', async () => {
    const documentId = await publishedArticle('Bài đã đăng, thử xóa mọi bản ngôn ngữ');
    const check = await unchanged(ARTICLE, documentId, () => publicArticle(documentId));
    expectRefused(await as(app, staff['ew-contributor']).del(`${cm(ARTICLE)}/${documentId}?locale=*`));
    await check();
    expect(await publicArticle(documentId)).not.toBeNull();
  });

  it('a full-access token cannot delete a published article with ?locale=* over REST', async () => {
    const documentId = await publishedArticle('Bài đã đăng, thử xóa qua REST mọi ngôn ngữ');
    const check = await unchanged(ARTICLE, documentId, () => publicArticle(documentId));
    const res = await app.http().delete(`/api/articles/${documentId}?locale=*`).set('Authorization', `Bearer ${token}`);
    expectRefused(res);
    await check();
  });

  it('bulk delete in the Content Manager is refused for a published article', async () => {
    const documentId = await publishedArticle('Bài đã đăng, thử xóa hàng loạt');
    const check = await unchanged(ARTICLE, documentId, () => publicArticle(documentId));
    const res = await as(app, staff['super-admin']).post(`${cm(ARTICLE)}/actions/bulkDelete?locale=*`, { documentIds: [documentId] });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    await check();
  });
});

describe('2. revise, then delete', () => {
  it('taking "Sửa lại" does not open a live item to deletion', async () => {
    const documentId = await publishedArticle('Bài đã đăng, sửa lại rồi thử xóa');
    await as(app, staff['ew-contributor']).transition(ARTICLE, documentId, { transition: 'revise' }).expect(200);
    const check = await unchanged(ARTICLE, documentId, () => publicArticle(documentId));
    const res = await as(app, staff['ew-contributor']).del(`${cm(ARTICLE)}/${documentId}?locale=vi`);
    expectRefused(res);
    expect(res.body.error.message).toContain('bản đã đăng vẫn đang hiển thị');
    await check();
    expect(await lastEvent(documentId)).toBe('revise');
  });
});

describe('3. a relation written from its other side', () => {
  async function liveProcedure(code: string) {
    const workflow = app.strapi.plugin('editorial-workflow').service('workflow');
    const field = await app.strapi.documents(FIELD as never).create({ data: { name: `Lĩnh vực thử ${code}`, code: `LV-${code}` } } as never) as unknown as { documentId: string };
    const procedure = await app.strapi.documents(PROCEDURE as never).create({ data: { code, name: `Thủ tục thử ${code}`, field: field.documentId } } as never) as unknown as { documentId: string };
    await workflow.publishAsImport({ uid: PROCEDURE, documentId: procedure.documentId }, 'test');
    return { procedureId: procedure.documentId, fieldId: field.documentId };
  }
  const publicProcedure = async (documentId: string) =>
    (await app.http().get(`/api/procedures/${documentId}?populate=field`)).body.data as Record<string, unknown> | null;

  it('the one-stop desk cannot move a live procedure to another field through the field', async () => {
    const { procedureId } = await liveProcedure('9.000901');
    const other = await as(app, staff['ew-one-stop']).post(cm(FIELD), { name: 'Lĩnh vực khác', code: 'LV-KHAC' }).expect(201);
    const check = await unchanged(PROCEDURE, procedureId, () => publicProcedure(procedureId), null);
    const res = await as(app, staff['ew-one-stop']).put(`${cm(FIELD)}/${other.body.data.documentId}`, { procedures: { connect: [{ documentId: procedureId }] } });
    expectRefused(res);
    await check();
  });

  it('nor detach it from its field, nor set the field\'s list', async () => {
    const { procedureId, fieldId } = await liveProcedure('9.000902');
    const check = await unchanged(PROCEDURE, procedureId, () => publicProcedure(procedureId), null);
    expectRefused(await as(app, staff['ew-one-stop']).put(`${cm(FIELD)}/${fieldId}`, { procedures: { disconnect: [{ documentId: procedureId }] } }));
    expectRefused(await as(app, staff['ew-one-stop']).put(`${cm(FIELD)}/${fieldId}`, { procedures: { set: [] } }));
    await check();
  });

  it('nor delete the field a live procedure belongs to', async () => {
    const { procedureId, fieldId } = await liveProcedure('9.000903');
    const check = await unchanged(PROCEDURE, procedureId, () => publicProcedure(procedureId), null);
    expectRefused(await as(app, staff['ew-one-stop']).del(`${cm(FIELD)}/${fieldId}`));
    await check();
  });

  it('the same change made on the procedure itself is refused too (it is live)', async () => {
    const { procedureId } = await liveProcedure('9.000904');
    const other = await as(app, staff['ew-one-stop']).post(cm(FIELD), { name: 'Lĩnh vực khác 2', code: 'LV-KHAC-2' }).expect(201);
    expectRefused(await as(app, staff['ew-one-stop']).put(`${cm(PROCEDURE)}/${procedureId}`, { field: other.body.data.documentId }));
  });

  it('a full-access token cannot move a live article to another category through category.articles', async () => {
    const documentId = await publishedArticle('Bài đã đăng, thử chuyển chuyên mục từ phía chuyên mục');
    const other = await app.strapi.db.query(CATEGORY).findOne({ where: { locale: 'vi', documentId: { $ne: categoryId } } });
    const check = await unchanged(ARTICLE, documentId, () => publicArticle(documentId));
    const res = await app.http().put(`/api/categories/${other.documentId}?locale=vi`).set('Authorization', `Bearer ${token}`)
      .send({ data: { articles: { connect: [documentId] } } });
    expectRefused(res);
    await check();
    expect(((await publicArticle(documentId))!.category as { documentId: string }).documentId).toBe(categoryId);
  });

  it('deleting a non-governed item is allowed when no live item holds it', async () => {
    const field = await as(app, staff['ew-one-stop']).post(cm(FIELD), { name: 'Lĩnh vực trống', code: 'LV-TRONG' }).expect(201);
    await as(app, staff['ew-one-stop']).del(`${cm(FIELD)}/${field.body.data.documentId}`).expect(200);
  });
});

describe('4. another locale', () => {
  it('the author cannot change a published Vietnamese item\'s shared fields by saving an English version', async () => {
    const documentId = await publishedArticle('Bài đã đăng, thử sửa qua bản tiếng Anh');
    const vietnameseDraft = () => app.strapi.documents(ARTICLE as never).findOne({ documentId, locale: 'vi', status: 'draft' } as never);
    const draftBefore = await vietnameseDraft();
    const check = await unchanged(ARTICLE, documentId, () => publicArticle(documentId));
    const res = await as(app, staff['ew-contributor']).put(`${cm(ARTICLE)}/${documentId}?locale=en`, {
      ...goodArticle(unitId, categoryId, 'An English version'), videoUrl: 'https://www.youtube.com/watch?v=chen-qua-ban-en', eventDate: '2020-01-01',
    });
    expectRefused(res);
    await check();
    expect(await vietnameseDraft()).toEqual(draftBefore);
  });

  it('the author cannot change their own approved item through another locale', async () => {
    const documentId = await approvedArticle('Bài đã duyệt, người viết thử sửa qua bản tiếng Anh');
    const check = await unchanged(ARTICLE, documentId, () => stateRow(ARTICLE, documentId));
    const res = await as(app, staff['ew-contributor']).put(`${cm(ARTICLE)}/${documentId}?locale=en`, {
      ...goodArticle(unitId, categoryId, 'An English version'), isOrientation: false, eventDate: '2020-01-01',
    });
    expectRefused(res);
    await check();
  });

  it('an administrator\'s change through another locale revokes the approvals, with a log row', async () => {
    const documentId = await approvedArticle('Bài đã duyệt, quản trị sửa qua bản tiếng Anh');
    await as(app, staff['super-admin']).put(`${cm(ARTICLE)}/${documentId}?locale=en`, {
      ...goodArticle(unitId, categoryId, 'An English version'), eventDate: '2020-01-02',
    }).expect(200);
    const row = await stateRow(ARTICLE, documentId);
    expect(row.state).toBe('submitted');
    expect(row.approvals).toEqual({});
    expect(await lastEvent(documentId)).toBe('approval_revoked');
  });
});

describe('5. media', () => {
  const adminPost = (url: string) => app.http().post(url).set('Authorization', `Bearer ${staff['super-admin'].token}`);
  async function uploaded(file: Buffer, name: string): Promise<{ id: number; url: string }> {
    const res = await adminPost('/upload').attach('files', file, name).expect(201);
    return res.body[0];
  }
  const bytesAt = async (url: string) => (await app.http().get(url)).body as Buffer;

  it('a file that a live article shows cannot be replaced, deleted or re-captioned', async () => {
    const file = await uploaded(PNG_A, 'anh-bia.png');
    const documentId = await publishedArticle('Bài đã đăng có ảnh bìa', {
      cover: { image: file.id, alt: 'Ảnh hội nghị', caption: 'Quang cảnh hội nghị' },
    });
    const check = await unchanged(ARTICLE, documentId, () => publicArticle(documentId));
    const before = await bytesAt(file.url);

    const replace = await adminPost(`/upload?id=${file.id}`).attach('files', PNG_B, 'anh-khac.png');
    expectRefused(replace);
    expect(Buffer.compare(await bytesAt(file.url), before)).toBe(0);

    expectRefused(await as(app, staff['super-admin']).del(`/upload/files/${file.id}`));
    expectRefused(await as(app, staff['super-admin']).post('/upload/actions/bulk-delete', { fileIds: [file.id] }));
    const recaption = await adminPost(`/upload?id=${file.id}`).field('fileInfo', JSON.stringify({ alternativeText: 'Chú thích chèn' }));
    expectRefused(recaption);
    await check();
  });

  it('a file of an approved item may be replaced, and the approvals are revoked', async () => {
    const file = await uploaded(PNG_A, 'anh-duyet.png');
    const documentId = await approvedArticle('Bài đã duyệt có ảnh bìa', {
      cover: { image: file.id, alt: 'Ảnh hội nghị', caption: 'Quang cảnh hội nghị' },
    });
    await adminPost(`/upload?id=${file.id}`).attach('files', PNG_B, 'anh-khac.png').expect(200);
    expect((await stateRow(ARTICLE, documentId)).state).toBe('submitted');
    expect(await lastEvent(documentId)).toBe('approval_revoked');
  });

  it('a file no governed item uses is replaced as usual', async () => {
    const file = await uploaded(PNG_A, 'anh-tu-do.png');
    await adminPost(`/upload?id=${file.id}`).attach('files', PNG_B, 'anh-khac.png').expect(200);
  });
});

describe('6. four eyes on content', () => {
  it('a board member who changed an item cannot approve it, even after the unit head approved it again', async () => {
    const documentId = await approvedArticle('Bài đã duyệt, Ban biên tập sửa rồi tự duyệt');
    await as(app, staff['ew-board']).put(`${cm(ARTICLE)}/${documentId}?locale=vi`, { title: 'Bài đã duyệt, Ban biên tập đã sửa tiêu đề' }).expect(200);
    expect((await stateRow(ARTICLE, documentId)).state).toBe('submitted');
    await as(app, staff['ew-unit-head']).transition(ARTICLE, documentId, { transition: 'unit_approve' }).expect(200);
    const res = await as(app, staff['ew-board']).transition(ARTICLE, documentId, { transition: 'board_approve' });
    expect(res.status).toBe(403);
    expect(res.body.error.details.code).toBe('OWN_CHANGES');
    const other = await createStaff(app, 'ew-board');
    await as(app, other).transition(ARTICLE, documentId, { transition: 'board_approve' }).expect(200);
  });

  it('a board member who changed a submitted item cannot approve it later', async () => {
    const created = await as(app, staff['ew-contributor']).post(`${cm(ARTICLE)}?locale=vi`, goodArticle(unitId, categoryId, 'Bài Ban biên tập góp sửa')).expect(201);
    const { documentId } = created.body.data;
    await as(app, staff['ew-contributor']).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
    await as(app, staff['ew-board']).put(`${cm(ARTICLE)}/${documentId}?locale=vi`, { summary: 'Tóm tắt do Ban biên tập sửa' }).expect(200);
    await as(app, staff['ew-unit-head']).transition(ARTICLE, documentId, { transition: 'unit_approve' }).expect(200);
    const res = await as(app, staff['ew-board']).transition(ARTICLE, documentId, { transition: 'board_approve' });
    expect(res.body.error.details.code).toBe('OWN_CHANGES');
  });
});
