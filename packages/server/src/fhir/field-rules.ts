import type { Permission } from '@pj/shared';
import { getMetadataStorage } from 'type-graphql';
import { checkPermissions } from '../auth/auth-checker.js';
import { DomainError } from '../common/domain-error.js';
import type { GraphQLContext } from '../graphql/context.js';

type Class = { name: string };

let rules: Map<string, Permission[]> | null = null;

/** The `@Authorized(...)` rule of every field, as type-graphql published it: `Class.field` → permissions. */
function fieldRules(): Map<string, Permission[]> {
  // The decorators have all run once the entity classes are imported: read them once.
  rules ??= new Map(getMetadataStorage().authorizedFields.map((a) => [`${(a.target as Class).name}.${a.fieldName}`, a.roles as Permission[]]));
  return rules;
}

/**
 * Whether this request may see the GraphQL field `type.field` (e.g. `Patient.phones`): its
 * `@Authorized` rule, checked by the function the schema checks it with (`checkPermissions`),
 * so FHIR leaves out exactly what GraphQL refuses. A field without a rule is open to whoever
 * may read the record.
 */
export function mayReadField(context: Pick<GraphQLContext, 'user' | 'authProblem'>, type: Class, field: string): boolean {
  const permissions = fieldRules().get(`${type.name}.${field}`);
  if (!permissions?.length) return true;
  try {
    checkPermissions(context, permissions);
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

/** `value` when the request may see `type.field`, else undefined (left out of the resource). */
export function gated<T>(context: Pick<GraphQLContext, 'user' | 'authProblem'>, type: Class, field: string, value: T): T | undefined {
  return mayReadField(context, type, field) ? value : undefined;
}
