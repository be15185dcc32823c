import type { Permission } from '@pj/shared';
import type { ReactNode } from 'react';
import { NotAvailablePage } from './NotAvailablePage';
import { useSignedInSession } from './session/session-store';

/** Shows `children` only to roles holding `permission`; others get a friendly explanation. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { permissions } = useSignedInSession();
  return permissions.has(permission) ? children : <NotAvailablePage />;
}
