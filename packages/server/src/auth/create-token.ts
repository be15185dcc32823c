import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '@pj/shared';
import { DomainError, notFound } from '../common/domain-error.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { createApiToken, toAuthUser } from './auth.service.js';
import { User } from './user.entity.js';

/**
 * An API token for an active account, made on the server's own machine: the way to give a
 * script a token when the server runs with TRUSTED_DOCUMENTS=enforce (a browser session may
 * then send only the web app's operations, and the web app has no token screen).
 */
export async function createTokenForUser(
  em: EntityManager,
  input: { username: string; name: string; roles?: Role[] | null },
  now: Date,
): Promise<{ token: string; roles: readonly Role[] }> {
  const user = await em.findOne(User, { username: input.username.toLowerCase(), active: true });
  if (!user) throw notFound('Active user', input.username);
  const owner = toAuthUser(user, user.roles, { kind: 'token', tokenId: 'command-line' });
  const { token, apiToken } = await createApiToken(em, owner, { name: input.name, roles: input.roles }, now);
  return { token, roles: apiToken.roles };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // `pnpm create-token --username dara --name "monthly report" [--roles ANALYST]`
  const { values } = parseArgs({ options: { username: { type: 'string' }, name: { type: 'string' }, roles: { type: 'string' } } });
  const roles = values.roles?.split(',').map((r) => r.trim().toUpperCase()).filter(Boolean);
  const unknown = (roles ?? []).filter((r) => !(r in Role));
  if (!values.username || !values.name || unknown.length > 0) {
    console.error(`Usage: pnpm create-token --username NAME --name "what it is for" [--roles ROLE[,ROLE]]\nRoles: ${Object.values(Role).join(', ')}`);
    process.exit(2);
  }
  const database = await openDatabase(loadConfig(), () => undefined);
  try {
    const { token, roles: granted } = await createTokenForUser(database.orm.em.fork(), { username: values.username, name: values.name, roles: roles as Role[] | undefined }, new Date());
    console.log(`Token for ${values.username} (${granted.join(', ')}), shown once:\n${token}`);
  } catch (error) {
    console.error(error instanceof DomainError ? error.message : error);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}
