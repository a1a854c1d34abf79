import type { TestApp } from './strapi';
import { SITE_SETTINGS } from '../../src/seed/data/site';

/** The suites work in the demo's first ward, Phú Lâm: its unit and category names repeat in the other wards. */
export const IN_DEMO_WARD = { site: { code: SITE_SETTINGS.code } };

export type RoleCode = 'ew-contributor' | 'ew-unit-head' | 'ew-board' | 'ew-propaganda' | 'ew-publisher' | 'ew-one-stop' | 'ew-office';

export interface StaffMember {
  id: number;
  email: string;
  /** Admin session token (POST /admin/login). */
  token: string;
}

const UNIT = 'api::contributor-unit.contributor-unit';
let counter = 0;

/** The id of the first site (the demo data's ward, the home site of a single-ward installation). */
export async function firstSiteId(app: TestApp): Promise<number> {
  const [site] = (await app.strapi.db.query('api::site.site').findMany({ select: ['id'], orderBy: { id: 'asc' }, limit: 1 })) as Array<{ id: number }>;
  if (!site) throw new Error('No site in the test database');
  return site.id;
}

/**
 * Creates an admin user with one of the workflow's roles, optionally as member or head of units
 * (by unit name), and logs them in through the real admin login.
 */
export async function createStaff(
  app: TestApp,
  role: RoleCode | 'ew-city' | 'super-admin',
  units: { memberOf?: string[]; headOf?: string[]; sites?: number[] } = {},
): Promise<StaffMember> {
  const { strapi } = app;
  counter += 1;
  const email = `${role}-${counter}-${Date.now()}@phulam.test`;
  const password = 'Matkhau-2026-test';
  const roleRow = role === 'super-admin'
    ? await strapi.service('admin::role').getSuperAdmin()
    : await strapi.db.query('admin::role').findOne({ where: { code: role } });
  if (!roleRow) throw new Error(`No admin role ${role}`);
  const user = await strapi.service('admin::user').create({
    email, firstname: `${counter}`, lastname: role, password, isActive: true, registrationToken: null, roles: [roleRow.id],
  });
  // Staff work at sites: by default at the first (home) site, with their role there.
  if (role !== 'super-admin') {
    const sites = units.sites ?? [await firstSiteId(app)];
    const memberships = strapi.plugin('editorial-workflow').service('memberships') as { addMember(userId: number, siteId: number, roles: string[]): Promise<void> };
    for (const site of sites) await memberships.addMember(user.id, site, [role]);
  }
  for (const [relation, names] of [['members', units.memberOf ?? []], ['heads', units.headOf ?? []]] as const) {
    for (const name of names) {
      const unit = await strapi.db.query(UNIT).findOne({ where: { name, ...IN_DEMO_WARD }, populate: { [relation]: { select: ['id'] } } });
      if (!unit) throw new Error(`No unit ${name}`);
      const ids = [...(unit[relation] as Array<{ id: number }>).map((u) => u.id), user.id];
      await strapi.db.query(UNIT).update({ where: { id: unit.id }, data: { [relation]: ids } });
    }
  }
  const res = await app.http().post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`Login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: user.id, email, token: res.body.data.token };
}

/** One staff member per workflow role, the contributor and the unit head in `unit`, and a super admin. */
export async function createRoster(app: TestApp, unit: string): Promise<Record<RoleCode | 'super-admin', StaffMember>> {
  return {
    'ew-contributor': await createStaff(app, 'ew-contributor', { memberOf: [unit] }),
    'ew-unit-head': await createStaff(app, 'ew-unit-head', { headOf: [unit] }),
    'ew-board': await createStaff(app, 'ew-board'),
    'ew-propaganda': await createStaff(app, 'ew-propaganda'),
    'ew-publisher': await createStaff(app, 'ew-publisher'),
    'ew-one-stop': await createStaff(app, 'ew-one-stop'),
    'ew-office': await createStaff(app, 'ew-office'),
    'super-admin': await createStaff(app, 'super-admin'),
  };
}

/** Requests as a staff member, through the admin API. */
export function as(app: TestApp, member: StaffMember) {
  const auth = (req: ReturnType<ReturnType<TestApp['http']>['get']>) => req.set('Authorization', `Bearer ${member.token}`);
  return {
    get: (url: string) => auth(app.http().get(url)),
    post: (url: string, body?: object) => auth(app.http().post(url)).send(body ?? {}),
    put: (url: string, body?: object) => auth(app.http().put(url)).send(body ?? {}),
    del: (url: string) => auth(app.http().delete(url)),
    /** POST /editorial-workflow/documents/:uid/:documentId/transitions */
    transition: (uid: string, documentId: string, body: Record<string, unknown>) =>
      auth(app.http().post(`/editorial-workflow/documents/${uid}/${documentId}/transitions`)).send(body),
    state: (uid: string, documentId: string) => auth(app.http().get(`/editorial-workflow/documents/${uid}/${documentId}`)),
  };
}

/** A news item that passes the submit rules: unit, category, 120 words, yesterday's event. */
export function goodArticle(unitDocumentId: string, categoryDocumentId: string, title = 'Hội nghị sơ kết công tác quý của phường') {
  const words = Array.from({ length: 120 }, (_, i) => `chữ${i}`).join(' ');
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  return {
    title,
    summary: 'Tóm tắt nội dung hội nghị',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: words }] }],
    unit: unitDocumentId,
    category: categoryDocumentId,
    eventDate: yesterday,
    eventPlace: 'Hội trường UBND phường',
  };
}

/** documentIds of a unit (by name) and of the news category most test items go to. */
export async function newsTargets(app: TestApp, unitName: string): Promise<{ unitId: string; categoryId: string }> {
  const unit = await app.strapi.db.query(UNIT).findOne({ where: { name: unitName, ...IN_DEMO_WARD } });
  const category = await app.strapi.db.query('api::category.category').findOne({ where: { name: 'Tin tức – Sự kiện', locale: 'vi', ...IN_DEMO_WARD } });
  if (!unit || !category) throw new Error(`No unit "${unitName}" or no news category in the demo data`);
  return { unitId: unit.documentId, categoryId: category.documentId };
}
