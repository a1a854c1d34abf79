import type { Core } from '@strapi/strapi';

interface Route {
  method: string;
  path: string;
  config?: { policies?: unknown[] };
}

/**
 * The media dialog asks GET /upload/settings each time it opens, and Strapi guards that with the settings
 * page's permission: staff who may upload got a 403 in their console on every photo. In register(), the
 * read (not the PUT beside it, which keeps its guard) is opened to those who may upload. The settings are
 * image-processing switches, nothing private.
 */
export function openUploadSettingsToUploaders(strapi: Core.Strapi): void {
  const { admin } = strapi.plugin('upload').routes as unknown as { admin: { routes: Route[] } };
  const route = admin.routes.find((r) => r.method === 'GET' && r.path === '/settings');
  if (!route) throw new Error('upload: no GET /settings admin route to open to uploaders.');
  const others = (route.config?.policies ?? []).filter((policy) => (policy as { name?: string }).name !== 'admin::hasPermissions');
  route.config = { ...route.config, policies: [...others, 'global::may-read-upload-settings'] };
}
