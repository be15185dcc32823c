import { permissionsOf, Role } from '@pj/shared';
import { describe, expect, it } from 'vitest';
import { routePermissions } from '../../../../tests/support/routes';
import { mayOpen, routeOf, ROUTE_PERMISSIONS } from './route-access';

describe('which pages a role may open (links decide by it)', () => {
  it('asks of each route what the router asks', () => {
    const fromRouter = Object.fromEntries([...routePermissions()].filter(([route, p]) => route !== '*' && p !== 'signed-out'));
    expect(ROUTE_PERMISSIONS).toEqual(fromRouter);
  });

  it('finds the route of an address', () => {
    expect(routeOf('/patients/new')).toBe('/patients/new');
    expect(routeOf('/patients/UGF0aWVudDox')).toBe('/patients/:id');
    expect(routeOf('/surgeries/abc/checklist?x=1')).toBe('/surgeries/:id/checklist');
    expect(routeOf('/theatre?date=2026-12-06')).toBe('/theatre');
    expect(routeOf('/')).toBe('/');
    expect(routeOf('/no-such-page')).toBeNull();
  });

  it('offers no dead ends: a case manager is not led to a checklist, an analyst not to a record', () => {
    const caseManager = permissionsOf([Role.CASE_MANAGER]);
    expect(mayOpen('/theatre?date=2026-12-06', caseManager)).toBe(true);
    expect(mayOpen('/surgeries/abc/checklist', caseManager)).toBe(false);
    expect(mayOpen('/surgeries/abc/record', caseManager)).toBe(false);
    expect(mayOpen('/surgeries/abc/checklist', permissionsOf([Role.NURSE]))).toBe(true);
    const analyst = permissionsOf([Role.ANALYST]);
    expect(mayOpen('/referrals', analyst)).toBe(true);
    expect(mayOpen('/patients/abc', analyst)).toBe(false);
    expect(mayOpen('/audit', analyst)).toBe(false);
    expect(mayOpen('/', analyst)).toBe(true);
  });
});
