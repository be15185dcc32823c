import { isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from './schema.js';

/**
 * The fields of object types (not the root Query and Mutation) that may be refused to some
 * role: every field decorated `@Authorized(...)` with at least one permission, found in the
 * metadata type-graphql publishes, on the type that declares it and every type that inherits it.
 */
function gatedObjectFields(schema: GraphQLSchema): { coordinate: string; nonNull: boolean }[] {
  const storage = getMetadataStorage();
  type Class = { name: string };
  const gated = new Set(storage.authorizedFields.filter((a) => a.roles.length > 0).map((a) => `${(a.target as Class).name}.${a.fieldName}`));
  const found: { coordinate: string; nonNull: boolean }[] = [];
  const resolverTypes = new Map(storage.fieldResolvers.map((r) => [`${(r.target as Class).name}.${r.methodName}`, (r.getObjectType?.() as Class | undefined)?.name]));
  for (const objectType of storage.objectTypes) {
    for (let c: unknown = objectType.target; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
      for (const field of storage.fields.filter((f) => f.target === c)) {
        if (!gated.has(`${(c as Class).name}.${field.name}`)) continue;
        const built = schema.getType(objectType.name);
        if (!isObjectType(built)) continue;
        const schemaField = built.getFields()[field.schemaName];
        if (schemaField) found.push({ coordinate: `${objectType.name}.${field.schemaName}`, nonNull: isNonNullType(schemaField.type) });
      }
    }
  }
  // Field resolvers declared in a resolver class for an object type (`@FieldResolver` with `@Authorized`).
  for (const [key, typeName] of resolverTypes) {
    if (!gated.has(key) || !typeName) continue;
    const built = schema.getType(typeName);
    const resolver = storage.fieldResolvers.find((r) => `${(r.target as Class).name}.${r.methodName}` === key)!;
    const name = resolver.schemaName ?? resolver.methodName;
    const schemaField = isObjectType(built) ? built.getFields()[name] : undefined;
    if (schemaField) found.push({ coordinate: `${typeName}.${name}`, nonNull: isNonNullType(schemaField.type) });
  }
  return [...new Map(found.map((f) => [f.coordinate, f])).values()].sort((a, b) => a.coordinate.localeCompare(b.coordinate));
}

describe('fields that may be refused to some role', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  it('are found (Patient.accessLog among them)', () => {
    const coordinates = gatedObjectFields(schema).map((f) => f.coordinate);
    expect(coordinates).toContain('Patient.accessLog');
  });

  it('are all nullable, so a refusal nulls only that field', () => {
    expect(gatedObjectFields(schema).filter((f) => f.nonNull).map((f) => f.coordinate)).toEqual([]);
  });
});
