import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '@pj/shared';
import { createUser } from '../../auth/auth.service.js';

/** Demo password of every demo account (listed in the README); demo data only. */
export const DEMO_PASSWORD = 'journey-demo';

export const DEMO_USERS: readonly { username: string; displayName: string; roles: Role[] }[] = [
  { username: 'clinician', displayName: 'Dr Sreymom Heng', roles: [Role.CLINICIAN] },
  // The coming mission's visiting surgeon, and a surgical resident, before `surgeon` (the roles'
  // demo clients are keyed by role: the senior surgeon's stays).
  { username: 'visiting', displayName: 'Dr Hiroshi Suzuki (visiting)', roles: [Role.SURGEON] },
  { username: 'resident', displayName: 'Dr Sopheak Lim (resident)', roles: [Role.SURGEON] },
  { username: 'surgeon', displayName: 'Dr Vannak Chea', roles: [Role.SURGEON] },
  { username: 'nurse', displayName: 'Nurse Bopha Kim', roles: [Role.NURSE] },
  { username: 'casemanager', displayName: 'Sokha Meas (case manager)', roles: [Role.CASE_MANAGER] },
  { username: 'oncology', displayName: 'Dr Piseth Sok (oncology)', roles: [Role.ONCOLOGY] },
  { username: 'admin', displayName: 'Dara Ly (administrator)', roles: [Role.ADMINISTRATOR] },
  { username: 'analyst', displayName: 'Kosal Prak (analyst)', roles: [Role.ANALYST] },
  { username: 'director', displayName: 'Dr Chanthy Ouk (director)', roles: [Role.DIRECTOR] },
];

/** One account per role, so every part of the product can be tried. */
export async function seedDemoUsers(em: EntityManager): Promise<number> {
  for (const user of DEMO_USERS) await createUser(em, { ...user, password: DEMO_PASSWORD });
  return DEMO_USERS.length;
}
