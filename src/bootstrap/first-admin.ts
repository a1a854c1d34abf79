import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const SUPER_ADMIN = 'strapi-super-admin';

type Attributes = Record<string, unknown>;

interface UserService {
  exists(attributes?: Attributes): Promise<boolean>;
  createFirstAdmin(attributes: Attributes): Promise<unknown>;
  sanitizeUser(user: unknown): unknown;
}

/** Whether an account holding the super admin role exists (active or not). */
async function superAdminExists(strapi: Core.Strapi): Promise<boolean> {
  return (await strapi.db.query('admin::user').count({ where: { roles: { code: SUPER_ADMIN } } })) > 0;
}

/**
 * Strapi opens its registration page (/admin/init → hasAdmin, POST /admin/register-admin) only while
 * there is no admin user at all; the demo staff would close it before anyone could become super admin.
 * Here "an admin exists" means "a super admin exists", at the two points that decide it:
 * `exists()` without criteria (read by /admin/init and by the start-up warning) and `createFirstAdmin`
 * (whose own check calls Strapi's internal `exists`, so it is redone here with the same row lock).
 * `exists({ email })` and every other method keep Strapi's behaviour.
 */
export function openRegistrationUntilSuperAdmin(strapi: Core.Strapi): void {
  strapi.get('services').extend('admin::user', (service: UserService) => ({
    ...service,
    exists: (attributes: Attributes = {}) =>
      Object.keys(attributes).length === 0 ? superAdminExists(strapi) : service.exists(attributes),
    async createFirstAdmin(attributes: Attributes) {
      const user = await strapi.db.transaction(async ({ trx }) => {
        // Serialises concurrent registrations, as Strapi does, by locking the super admin role row.
        const role = (await strapi.db.queryBuilder('admin::role').select(['id']).where({ code: SUPER_ADMIN })
          .first().transacting(trx).forUpdate().execute()) as { id: number } | undefined;
        if (!role) throw new errors.ApplicationError('Chưa có vai trò quản trị viên cao nhất (Super Admin); hãy khởi động lại Strapi.');
        if (await superAdminExists(strapi)) {
          throw new errors.ApplicationError('Đã có quản trị viên cao nhất: hãy đăng nhập, hoặc nhờ quản trị viên tạo tài khoản cho bạn.');
        }
        if (typeof attributes.email === 'string' && (await service.exists({ email: attributes.email }))) {
          const message = 'Địa chỉ e-mail này đã được dùng cho một tài khoản cán bộ; hãy dùng địa chỉ khác.';
          // With the path, the registration form shows the message under the e-mail field.
          throw new errors.ValidationError(message, { errors: [{ path: ['email'], message, name: 'ValidationError' }] });
        }
        // What Strapi's own createFirstAdmin writes. Not through `service.create`: that one starts queries
        // it does not wait for (metrics), which would run after this transaction has ended.
        const password = await (strapi.service('admin::auth') as { hashPassword(p: unknown): Promise<string> }).hashPassword(attributes.password);
        return strapi.db.query('admin::user').create({
          data: { username: null, ...attributes, password, registrationToken: null, isActive: true, roles: [role.id] },
          populate: ['roles'],
        });
      });
      void (strapi.service('admin::metrics') as { sendDidInviteUser(): Promise<void> }).sendDidInviteUser();
      strapi.eventHub.emit('user.create', { user: service.sanitizeUser(user) });
      return user;
    },
  }));
}
