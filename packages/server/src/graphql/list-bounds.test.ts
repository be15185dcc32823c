import {
  type GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIST_BOUNDS } from './list-bounds.js';
import { MAX_QUERY_COST, costLimit, estimateCost, queryLimitRules } from './limits.js';
import { createSchema } from './schema.js';

/** Every `[X]` field of objects: `Type.field`, the connections' `edges` and paged lists aside. */
function plainObjectLists(schema: GraphQLSchema): string[] {
  const out: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type)) || isLeafType(getNamedType(field.type))) continue;
      if (field.name === 'edges' && type.name.endsWith('Connection')) continue;
      if (field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) continue;
      out.push(`${type.name}.${field.name}`);
    }
  }
  return out.sort();
}

/** Every scalar field of a type, for a query selecting all of it. */
const scalars = (schema: GraphQLSchema, name: string): string => {
  const type = schema.getType(name) as GraphQLNamedType;
  if (!isObjectType(type)) throw new Error(name);
  return Object.values(type.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => getNullableType(a.type) === a.type))
    .map((f) => f.name)
    .join(' ');
};

const reasons = (errors: readonly GraphQLError[]) => errors.map((e) => e.extensions.reason);

describe('list bounds for the cost limit', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await createSchema();
  });

  it('declare a bound for every plain list of objects, and only for those', () => {
    const lists = plainObjectLists(schema);
    expect(lists.filter((name) => !(name in LIST_BOUNDS)), 'lists without a bound in LIST_BOUNDS').toEqual([]);
    expect(Object.keys(LIST_BOUNDS).filter((name) => !lists.includes(name)), 'bounds of no plain list').toEqual([]);
    for (const [name, bound] of Object.entries(LIST_BOUNDS)) {
      expect(Number.isInteger(bound.max) && bound.max > 0 && bound.why.length > 0, name).toBe(true);
    }
  });

  it('accept the whole library with every phase, and one protocol with its phases and doses, every field of each', () => {
    // The library is kept on screen (at most PROTOCOL_LIMITS.protocols protocols): the start-plan
    // form's list (phases, doses by drug and day) and one protocol in full stay within the limit.
    const library = `{ protocols { ${scalars(schema, 'Protocol')} phases { ${scalars(schema, 'ProtocolPhase')} doses { drug dayOffset } } } }`;
    expect(validate(schema, parse(library), [...specifiedRules, ...queryLimitRules])).toEqual([]);
    const one = `query ($id: ID!) { node(id: $id) { ... on Protocol { ${scalars(schema, 'Protocol')} revisions { ${scalars(schema, 'Protocol')} } phases { ${scalars(schema, 'ProtocolPhase')} doses { ${scalars(schema, 'ProtocolDose')} } } } } }`;
    expect(validate(schema, parse(one), [...specifiedRules, ...queryLimitRules])).toEqual([]);
  });

  it('cost a plain list by its bound and a connection by its first or last', () => {
    const cost = (source: string) => {
      let value = 0;
      validate(schema, parse(source), [
        (context) => ({
          OperationDefinition(operation) {
            value = estimateCost(context, operation);
          },
        }),
      ]);
      return value;
    };
    // protocols (1) + protocols × (phases (1) + phases × name (1)); a page: the connection (1)
    // + size × (edges (1) + node (1) + mrn (1)).
    const { max: protocols } = LIST_BOUNDS['Query.protocols'];
    const { max: phases } = LIST_BOUNDS['Protocol.phases'];
    expect(cost('{ protocols { phases { name } } }')).toBe(1 + protocols * (1 + phases));
    expect(cost('{ patients(last: 7) { edges { node { mrn } } } }')).toBe(1 + 7 * 3);
    expect(cost('{ patients(first: 3) { edges { node { mrn } } } }')).toBe(1 + 3 * 3);
    expect(cost('{ patients { edges { node { mrn } } } }')).toBe(1 + 20 * 3);
  });

  it('still refuse a genuinely huge query', () => {
    const huge = `{ patients(last: 100) { edges { node { admissions { bed { ward { beds { label currentAdmission { admittedAt patient { mrn } } } } } } } } } }`;
    expect(reasons(validate(schema, parse(huge), [costLimit(MAX_QUERY_COST)]))).toEqual(['QUERY_TOO_COSTLY']);
    const wards = `{ wards { beds { label currentAdmission { patient { referralsConnection(last: 100) { edges { node { id reason } } } } } } } }`;
    expect(reasons(validate(schema, parse(wards), [costLimit(MAX_QUERY_COST)]))).toEqual(['QUERY_TOO_COSTLY']);
  });
});
