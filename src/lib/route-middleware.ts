/**
 * Adding a middleware to a route of another plugin (in register(), before the routes are built).
 *
 * The route objects belong to that plugin's module, which Node loads once per process: when Strapi starts
 * a second time in one process (the test suites; several instances in one process), a middleware merely
 * appended would stay from the first start, bound to its stopped database ("Unable to acquire a
 * connection"). So each is added under a name, in place of the one of that name the last start added.
 */
export interface RouteWithMiddlewares {
  config?: { middlewares?: unknown[]; policies?: unknown[] };
}

const NAME = Symbol.for('phuong.route-middleware');

type Named = { [NAME]?: string };

export function addRouteMiddleware<M extends object>(route: RouteWithMiddlewares, name: string, middleware: M, at: 'first' | 'last' = 'last'): void {
  Object.defineProperty(middleware, NAME, { value: name });
  const others = (route.config?.middlewares ?? []).filter((existing) => (existing as Named)[NAME] !== name);
  route.config = { ...route.config, middlewares: at === 'first' ? [middleware, ...others] : [...others, middleware] };
}
