import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { addRouteMiddleware } from '../lib/route-middleware';

/**
 * The public site has no accounts: Users & Permissions' sign-up (POST /api/auth/local/register, and sign-up
 * through a login provider) is off unless PUBLIC_REGISTRATION=true.
 */
export const publicRegistration = (): boolean => process.env.PUBLIC_REGISTRATION === 'true';

interface Route {
  handler: string;
  config?: { middlewares?: unknown[] };
}

const REFUSAL = 'Trang thông tin điện tử của phường không mở đăng ký tài khoản. Người dân gửi câu hỏi, tra cứu hồ sơ mà không cần tài khoản.';

/** In register(), before the routes are built: the sign-up route refuses in Vietnamese while registration is off. */
export function guardRegistrationRoute(strapi: Core.Strapi): void {
  const routes = (strapi.plugin('users-permissions').routes as unknown as Record<string, { routes: Route[] }>)['content-api']?.routes ?? [];
  const register = routes.find((route) => route.handler === 'auth.register');
  if (!register) throw new Error('users-permissions has no auth.register route to guard.');
  const refuse = async (_ctx: unknown, next: () => Promise<unknown>) => {
    // A PolicyError keeps its message through Strapi's authorize step (any other ForbiddenError becomes "Forbidden").
    if (!publicRegistration()) throw new errors.PolicyError(REFUSAL);
    return next();
  };
  addRouteMiddleware(register, 'registration-closed', refuse, 'first');
}

/**
 * At every start, the plugin's own "Enable sign-ups" setting follows PUBLIC_REGISTRATION, so sign-up through
 * a login provider (which creates the account on first login) is closed too.
 */
export async function applyRegistrationSetting(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== publicRegistration()) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: publicRegistration() } });
  }
}
