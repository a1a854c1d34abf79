import type { TestApp } from './strapi';

export interface TestSite { id: number; documentId: string; code: string }

let counter = 0;

/** A second (third…) ward's site, with the fields the sites collection requires. */
export async function createSite(app: TestApp, wardName = 'Phường Thử Nghiệm'): Promise<TestSite> {
  counter += 1;
  const code = String(90000 + counter + (Date.now() % 9000)).slice(0, 5);
  const site = (await app.strapi.documents('api::site.site' as never).create({
    data: {
      code, wardName, siteTitle: `Trang thông tin điện tử ${wardName}`, address: `${counter} đường Thử`, phone: '0240000000',
      email: `phuong${counter}@thu.test`, personResponsible: 'Nguyễn Văn Thử', domains: `phuong${code}.thu.test`,
    } as never,
  })) as { documentId: string };
  const row = (await app.strapi.db.query('api::site.site').findOne({ where: { documentId: site.documentId }, select: ['id', 'documentId', 'code'] })) as TestSite;
  return row;
}

/** Makes a staff member a member of a site with the given roles there. */
export async function addMember(app: TestApp, userId: number, siteId: number, roles: string[]): Promise<void> {
  const memberships = app.strapi.plugin('editorial-workflow').service('memberships') as { addMember(userId: number, siteId: number, roles: string[]): Promise<void> };
  await memberships.addMember(userId, siteId, roles);
}
