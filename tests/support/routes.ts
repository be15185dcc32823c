import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Permission, Role, ROLE_PERMISSIONS } from '@pj/shared';

/** The web app's routes and who may open each, read from its router (no server code: the web tests use it too). */

const ROUTER = fileURLToPath(new URL('../../packages/web/src/app/router.tsx', import.meta.url));

/** Every route of the web app, read from the router itself: a walk that misses a new page fails. */
export function routesOfRouter(): string[] {
  const source = readFileSync(ROUTER, 'utf8');
  const paths = [...source.matchAll(/path:\s*'([^']+)'/g)].map((m) => m[1]).filter((p) => p !== '/');
  return [...(/index:\s*true/.test(source) ? ['/'] : []), ...paths.map((p) => (p === '*' ? '*' : `/${p}`))];
}

/**
 * What each route of the router asks of the user, read from the router itself: the permission of
 * its `RequirePermission`, `null` for a route any signed-in user opens (the start page, a page
 * not found), `'signed-out'` for the sign-in page.
 */
export function routePermissions(): Map<string, Permission | null | 'signed-out'> {
  const source = readFileSync(ROUTER, 'utf8');
  const found = new Map<string, Permission | null | 'signed-out'>();
  const marks = [...source.matchAll(/path:\s*'([^']+)'|index:\s*true/g)];
  marks.forEach((mark, i) => {
    const raw = mark[1];
    if (raw === '/') return;
    const route = raw === undefined ? '/' : raw === '*' ? '*' : `/${raw}`;
    const block = source.slice(mark.index, marks[i + 1]?.index ?? source.length);
    const permission = /permission=\{Permission\.(\w+)\}/.exec(block)?.[1] as Permission | undefined;
    found.set(route, route === '/login' ? 'signed-out' : (permission ?? null));
  });
  return found;
}

/** Every role that may open `route` (by the router's permission and ROLE_PERMISSIONS); `[null]` for the sign-in page. */
export function rolesOfRoute(route: string): (Role | null)[] {
  const permission = routePermissions().get(route);
  if (permission === undefined) throw new Error(`${route} is not a route of the router`);
  if (permission === 'signed-out') return [null];
  return Object.values(Role).filter((role) => permission === null || ROLE_PERMISSIONS[role].includes(permission));
}

/** The router route an address belongs to (`/patients/abc` → `/patients/:id`), or `*`. */
export function routeOfPath(pathname: string): string {
  const routes = routesOfRouter().filter((r) => r !== '*');
  const parts = pathname.replace(/\/+$/, '').split('/');
  const match = routes.find((route) => {
    const pattern = route === '/' ? [''] : route.split('/');
    if (pathname === '/' || pathname === '') return route === '/';
    return pattern.length === parts.length && pattern.every((p, i) => p.startsWith(':') || p === parts[i]);
  });
  return match ?? '*';
}

