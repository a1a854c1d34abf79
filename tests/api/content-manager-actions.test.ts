import type { Schema } from '@strapi/strapi';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * A generated matrix: every content type the Content Manager shows (api:: collection and single types,
 * from strapi.contentTypes) × every Content Manager admin route that names a model (from the plugin's own
 * route table), called by a super admin on a real document of the demo data. Refusals (400, 403, 404, 409)
 * are fine; a 5xx is a crash the editor sees as "Đã có lỗi xảy ra", and fails the test.
 */
let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startStrapi();
  token = await app.superAdminToken();
});
afterAll(async () => {
  await app.stop();
});

interface Route {
  method: string;
  path: string;
  handler: string;
}

type Kind = Schema.ContentType['kind'];

/** The routes that act on one model, in an order that keeps the document alive until the deletes. */
function modelRoutes(kind: Kind): Route[] {
  const { admin } = app.strapi.plugin('content-manager').routes as unknown as { admin: { routes: Route[] } };
  const prefix = kind === 'singleType' ? '/single-types/:model' : '/collection-types/:model';
  const perType = admin.routes.filter(
    (route) => route.path.startsWith(prefix) || route.path.startsWith('/relations/:model') || route.path.startsWith('/content-types/:uid'),
  );
  const destructive = (route: Route) => route.method === 'DELETE' || route.handler.endsWith('.bulkDelete');
  return [...perType.filter((route) => !destructive(route)), ...perType.filter(destructive)];
}

const relationFields = (ct: Schema.ContentType) =>
  Object.entries(ct.attributes).filter(([, attribute]) => attribute.type === 'relation').map(([name]) => name);

const localized = (ct: Schema.ContentType) => (ct.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;

/** Each route's path filled in for one type: one call per relation field for the relations routes. */
function calls(ct: Schema.ContentType, route: Route, documentId: string): string[] {
  const base = route.path.replace(':model', ct.uid).replace(':uid', ct.uid).replace(':id', documentId).replace(':sourceId', documentId);
  if (!base.includes(':targetField')) return [base];
  return relationFields(ct).map((field) => base.replace(':targetField', field));
}

/** What the admin panel would send with each action: the document's id where the route takes a list. */
function body(route: Route, documentId: string): Record<string, unknown> {
  if (/\.bulk\w+$/.test(route.handler)) return { documentIds: [documentId] };
  return {};
}

describe('the actions that crashed, each answered in Vietnamese', () => {
  it('publish on a site (no Draft & Publish) is 400 and changes nothing', async () => {
    const before = await app.strapi.db.query('api::site.site').findMany({});
    expect(before.length).toBeGreaterThan(0);
    for (const action of ['publish', 'unpublish', 'discard']) {
      const res = await app.http().post(`/content-manager/collection-types/api::site.site/${before[0].documentId}/actions/${action}`)
        .set('Authorization', `Bearer ${token}`).send({}).expect(400);
      expect(res.body.error.message).toBe('"Phường, xã (trang)" không có bản nháp và bản đăng: thay đổi có hiệu lực ngay khi lưu, không cần đăng, gỡ hay hủy bản nháp.');
    }
    expect(await app.strapi.db.query('api::site.site').findMany({})).toEqual(before);
  });

  it('bulk publish of categories (no Draft & Publish) is 400', async () => {
    const category = await app.strapi.documents('api::category.category').findFirst({ locale: 'vi' });
    const res = await app.http().post('/content-manager/collection-types/api::category.category/actions/bulkPublish')
      .set('Authorization', `Bearer ${token}`).send({ documentIds: [category!.documentId] }).expect(400);
    expect(res.body.error.message).toMatch(/không có bản nháp và bản đăng/);
  });

  it('the relation picker on a field the editor may not read (createdBy) is 403, not 500', async () => {
    const res = await app.http().get('/content-manager/relations/api::article.article/createdBy')
      .set('Authorization', `Bearer ${token}`).query({ locale: 'vi' }).expect(403);
    expect(res.body.error.message).toMatch(/^Không xem được trường "createdBy" của "/);
  });
});

it('no Content Manager action on any content type answers 5xx', async () => {
  const types = Object.values(app.strapi.contentTypes).filter(
    (ct) => ct.uid.startsWith('api::') && (ct.pluginOptions as { 'content-manager'?: { visible?: boolean } } | undefined)?.['content-manager']?.visible !== false,
  ) as Schema.ContentType[];
  // Types without Draft & Publish (the sites, categories) get the publish actions too, and must refuse them.
  expect(types.some((ct) => !ct.options?.draftAndPublish)).toBe(true);

  const failures: string[] = [];
  let size = 0;
  for (const ct of types) {
    const locale = localized(ct) ? 'vi' : undefined;
    for (const route of modelRoutes(ct.kind)) {
      // A fresh look each time: an earlier delete may have removed the first document.
      const document = await app.strapi.documents(ct.uid as never).findFirst({ ...(locale ? { locale } : {}) } as never) as { documentId?: string } | null;
      const documentId = document?.documentId ?? 'khongtontai000000000000000';
      for (const path of calls(ct, route, documentId)) {
        size += 1;
        const query = {
          ...(locale ? { locale } : {}),
          ...(route.handler.endsWith('countManyEntriesDraftRelations') ? { documentIds: [documentId] } : {}),
        };
        const call = app.http()[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](`/content-manager${path}`)
          .set('Authorization', `Bearer ${token}`)
          .query(query);
        const res = route.method === 'GET' || route.method === 'DELETE' ? await call : await call.send(body(route, documentId));
        if (res.status >= 500) failures.push(`${route.method} ${path} (${route.handler}) → ${res.status} ${JSON.stringify(res.body?.error?.message ?? res.text).slice(0, 160)}`);
      }
    }
  }
  process.stdout.write(`Content Manager matrix: ${types.length} types, ${size} calls\n`);
  expect(failures).toEqual([]);
}, 360_000); // every action on every type, each a real request: minutes on a shared 2-core machine
