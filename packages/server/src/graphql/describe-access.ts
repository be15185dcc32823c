import { isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * Descriptions written from the code rather than beside it, so they cannot drift from it:
 * the root types (type-graphql has no option for them), and who may read or call each field,
 * taken from its `@Authorized` rule. A field whose description already names its permissions
 * keeps its words (the free clinical text, for one, says what a role without them gets).
 */
export function describeAccess(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query) {
    query.description =
      'What can be read. Every field needs a signed-in user (a session cookie or an API token), and most a permission of the user\'s roles, named on the field: anonymous requests get UNAUTHENTICATED, a role without the permission FORBIDDEN.';
  }
  if (mutation) {
    mutation.description =
      'What can be changed. Every mutation but `login` needs a signed-in user, and most a permission of the user\'s roles, named on the field (FORBIDDEN without it). Each runs in one transaction: a failed mutation changes nothing. Clinical changes also append their event to the patient\'s timeline in that transaction.';
  }

  if (subscription) {
    subscription.description =
      'What can be followed live, over the GraphQL over WebSocket protocol (`graphql-ws`) at `/graphql`: signed in when connecting (the session cookie, or `connectionParams.authorization` = `Bearer <API token>`; anything else is refused with close code 4403), and closed with 4403 when the session or token ends. Each event is served with the permissions of the query that reads it.';
  }

  const storage = getMetadataStorage();
  for (const [type, handlers] of [
    [query, storage.queries],
    [mutation, storage.mutations],
    [subscription, storage.subscriptions],
  ] as const) {
    if (!type) continue;
    const fields = type.getFields();
    for (const handler of handlers) {
      const field = fields[handler.schemaName];
      if (field) addAccess(field, handler.roles as string[] | undefined, true);
    }
  }

  // Object fields: a field resolver's rule, or a property's rule on its class or a class it extends.
  type Class = { name: string };
  const typeNamesOf = new Map<Class, string[]>();
  for (const objectType of storage.objectTypes) {
    for (let c: unknown = objectType.target; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
      typeNamesOf.set(c, [...(typeNamesOf.get(c) ?? []), objectType.name]);
    }
  }
  const objectField = (typeName: string, fieldName: string): GraphQLField<unknown, unknown> | undefined => {
    const type = schema.getType(typeName);
    return isObjectType(type) ? type.getFields()[fieldName] : undefined;
  };
  for (const rule of storage.authorizedFields) {
    for (const typeName of typeNamesOf.get(rule.target) ?? []) {
      const field = objectField(typeName, rule.fieldName);
      if (field) addAccess(field, rule.roles as string[], false);
    }
  }
  for (const resolver of storage.fieldResolvers) {
    const roles = resolver.roles as string[] | undefined;
    const target = resolver.getObjectType?.() as Class | undefined;
    if (!roles || !target) continue;
    for (const typeName of typeNamesOf.get(target) ?? []) {
      const field = objectField(typeName, resolver.schemaName);
      if (field) addAccess(field, roles, false);
    }
  }
  return schema;
}

function addAccess(field: { description?: string | null }, permissions: readonly string[] | undefined, root: boolean): void {
  const text = field.description ?? '';
  let access: string;
  if (permissions === undefined) {
    if (!root) return;
    access = 'Open to anyone: no sign-in needed.';
  } else if (permissions.length === 0) {
    if (!root) return;
    access = 'Needs a signed-in user.';
  } else {
    if (permissions.every((permission) => text.includes(permission))) return;
    access = `Needs the ${permissions.join(' and ')} permission${permissions.length > 1 ? 's' : ''}.`;
  }
  if (!text.includes(access)) field.description = text ? `${text} ${access}` : access;
}
