import { Permission } from '@pj/shared';

/**
 * What each route of the router asks of the user (the permission of its `RequirePermission`;
 * null for the start page and a page not found, open to anyone signed in). It must match
 * router.tsx: route-access.test.ts reads the router and compares. Links decide by it, so no
 * link leads a role to a page it may not open.
 */
export const ROUTE_PERMISSIONS: Readonly<Record<string, Permission | null>> = {
  '/': null,
  '/patients': Permission.READ_PATIENTS,
  '/patients/new': Permission.REGISTER_PATIENTS,
  '/patients/:id': Permission.READ_PATIENTS,
  '/patients/:id/discharges/:dischargeId/print': Permission.READ_PATIENTS,
  '/wards': Permission.READ_WORKLISTS,
  '/oncology/alerts': Permission.READ_PATIENTS,
  '/follow-ups': Permission.READ_PATIENTS,
  '/referrals': Permission.READ_WORKLISTS,
  '/audit': Permission.READ_AUDIT_LOG,
  '/admin/jobs': Permission.READ_SCHEDULED_JOBS,
  '/missions': Permission.MANAGE_MISSIONS,
  '/missions/:id': Permission.MANAGE_MISSIONS,
  '/theatre': Permission.READ_WORKLISTS,
  '/surgeries/:id/checklist': Permission.RECORD_CHECKLIST,
  '/surgeries/:id/record': Permission.RECORD_SURGERY,
  '/staff/:id': Permission.READ_WORKLISTS,
  '/oncology/protocols': Permission.READ_PATIENTS,
  '/oncology/protocols/new': Permission.MANAGE_PROTOCOLS,
  '/oncology/protocols/:id': Permission.READ_PATIENTS,
  '/oncology/protocols/:id/revise': Permission.MANAGE_PROTOCOLS,
  '/admin/users': Permission.MANAGE_USERS,
  '/admin/users/new': Permission.MANAGE_USERS,
  '/admin/users/:id': Permission.MANAGE_USERS,
  '/reports': Permission.READ_REPORTS,
  '/reports/referrals': Permission.READ_WORKLISTS,
  '/training/handover': Permission.READ_TRAINING,
  '/referrals/receive': Permission.MANAGE_REFERRALS,
  '/patients/:id/edit': Permission.REGISTER_PATIENTS,
  '/patients/:id/merge': Permission.MERGE_PATIENTS,
  '/theatre/book': Permission.BOOK_SURGERY,
  '/staff': Permission.READ_WORKLISTS,
  '/account/tokens': null,
  '/training/logbook': null,
  '/training/countersign': Permission.SUPERVISE_TRAINING,
  '/training/progress': null,
  '/training/entrustment': Permission.SUPERVISE_TRAINING,
};

/** The route an address belongs to (`/patients/abc` → `/patients/:id`); null when none (a page not found). */
export function routeOf(path: string): string | null {
  const pathname = path.split(/[?#]/)[0].replace(/(.)\/+$/, '$1');
  if (pathname === '/' || pathname === '') return '/';
  const parts = pathname.split('/');
  // Literal routes first: '/patients/new' is not a patient called "new".
  const routes = Object.keys(ROUTE_PERMISSIONS).sort((a, b) => a.split(':').length - b.split(':').length);
  return (
    routes.find((route) => {
      const pattern = route.split('/');
      return pattern.length === parts.length && pattern.every((p, i) => p.startsWith(':') || p === parts[i]);
    }) ?? null
  );
}

/** Whether a user holding `permissions` may open the page at `path` (an address of the app). */
export function mayOpen(path: string, permissions: ReadonlySet<Permission>): boolean {
  const route = routeOf(path);
  if (route === null) return true;
  const needed = ROUTE_PERMISSIONS[route];
  return needed === null || needed === undefined || permissions.has(needed);
}
