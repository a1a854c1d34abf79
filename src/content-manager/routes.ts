import type { Core } from '@strapi/strapi';
import { addRouteMiddleware } from '../lib/route-middleware';

export interface AdminRoute {
  method: string;
  path: string;
  handler: string;
  config?: { middlewares?: unknown[] };
}

export type RouteMiddleware = (ctx: never, next: () => Promise<unknown>) => Promise<unknown>;

/**
 * Adds `middleware` (named `name`, see lib/route-middleware) after the Content Manager's own ones on every
 * admin route whose action (the part of the handler after the dot) is in `actions`; in register(), before
 * the routes are built, so it runs after admin authentication and the permission policies.
 */
export function attachToActions(strapi: Core.Strapi, name: string, actions: readonly string[], middleware: RouteMiddleware): void {
  const { admin } = strapi.plugin('content-manager').routes as unknown as { admin: { routes: AdminRoute[] } };
  const routes = admin.routes.filter((route) => actions.includes(route.handler.split('.')[1] ?? ''));
  const missing = actions.filter((action) => !routes.some((route) => route.handler.endsWith(`.${action}`)));
  if (missing.length > 0) throw new Error(`content-manager guards: no Content Manager route for ${missing.join(', ')}.`);
  for (const route of routes) addRouteMiddleware(route, name, middleware);
}
