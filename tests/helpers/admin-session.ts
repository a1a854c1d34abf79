import type { TestApp } from './strapi';

/** A super admin's refresh cookie (`name=value`), as the admin panel's browser holds it after logging in. */
export async function adminRefreshCookie(app: TestApp): Promise<string> {
  await app.superAdminToken();
  const login = await app.http().post('/admin/login').send({ email: 'quantri@phulam.test', password: 'Quantri-2026-test' }).expect(200);
  const cookie = ([] as string[]).concat(login.headers['set-cookie'] ?? []).find((c) => c.startsWith('strapi_admin_refresh='));
  if (!cookie) throw new Error('POST /admin/login set no strapi_admin_refresh cookie');
  return cookie.split(';')[0]!;
}
