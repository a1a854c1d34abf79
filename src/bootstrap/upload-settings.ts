import type { Core } from '@strapi/strapi';
import { addRouteMiddleware } from '../lib/route-middleware';

interface Route {
  method: string;
  path: string;
  config?: { policies?: unknown[]; middlewares?: unknown[] };
}

interface Ctx {
  state: { userAbility?: { can(action: string, subject?: string): boolean } };
  body: unknown;
  forbidden(): void;
}

const FILE = 'plugin::upload.file';
const READ_SETTINGS = 'plugin::upload.settings.read';
const UPLOAD = 'plugin::upload.assets.create';

/**
 * The media dialog asks GET /upload/settings each time it opens (how many files it may send at once,
 * whether to optimise), and Strapi answers only whoever may open the settings page: staff who may upload
 * got a 403 in their console on every photo. In register(): the read (not the PUT beside it, which keeps
 * its guard) also answers those who may upload, with the same body Strapi gives. The settings are
 * image-processing switches, nothing private.
 */
export function openUploadSettingsToUploaders(strapi: Core.Strapi): void {
  const { admin } = strapi.plugin('upload').routes as unknown as { admin: { routes: Route[] } };
  const route = admin.routes.find((r) => r.method === 'GET' && r.path === '/settings');
  if (!route) throw new Error('upload: no GET /settings admin route to open to uploaders.');
  const forUploaders = async (ctx: Ctx, next: () => Promise<unknown>) => {
    const ability = ctx.state.userAbility;
    if (ability?.can(READ_SETTINGS, FILE)) return next(); // Strapi's own answer
    if (!ability?.can(UPLOAD)) return ctx.forbidden();
    const settings = (await strapi.plugin('upload').service('upload').getSettings()) as Record<string, unknown>;
    const { concurrentUploadRequests = 1 } = strapi.config.get('plugin::upload') as { concurrentUploadRequests?: number };
    ctx.body = { data: { ...settings, concurrentUploadRequests } };
    return undefined;
  };
  route.config = {
    ...route.config,
    policies: (route.config?.policies ?? []).filter((policy) => (policy as { name?: string }).name !== 'admin::hasPermissions'),
  };
  addRouteMiddleware(route, 'upload-settings-for-uploaders', forUploaders);
}
