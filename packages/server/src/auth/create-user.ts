import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Role } from '@pj/shared';
import { DomainError } from '../common/domain-error.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { createUser } from './auth.service.js';

/**
 * `pnpm create-user --username dara --name "Dara Ly" --roles ADMINISTRATOR`
 * Creates an account; the password is read from the environment variable NEW_USER_PASSWORD
 * (so it stays out of shell history and process lists).
 */
const { values } = parseArgs({
  options: { username: { type: 'string' }, name: { type: 'string' }, roles: { type: 'string' } },
});
const password = process.env.NEW_USER_PASSWORD ?? '';
const roles = (values.roles ?? '').split(',').map((r) => r.trim().toUpperCase()).filter(Boolean);
const unknown = roles.filter((r) => !(r in Role));
if (!values.username || !values.name || roles.length === 0 || unknown.length > 0 || !password) {
  console.error(
    'Usage: NEW_USER_PASSWORD=… pnpm create-user --username NAME --name "Display Name" --roles ROLE[,ROLE]\n' +
      `Roles: ${Object.values(Role).join(', ')}${unknown.length ? `\nUnknown: ${unknown.join(', ')}` : ''}`,
  );
  process.exit(2);
}
const database = await openDatabase(loadConfig(), () => undefined);
try {
  const user = await createUser(database.orm.em.fork(), {
    username: values.username,
    displayName: values.name,
    roles: roles as Role[],
    password,
  });
  console.log(`Created ${user.username} (${user.roles.join(', ')})`);
} catch (error) {
  console.error(error instanceof DomainError ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
