import { readFileSync } from 'node:fs';
import {
  Kind,
  parse,
  print,
  visit,
  type ConstDirectiveNode,
  type EnumTypeDefinitionNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  breakingChanges,
  CHANGELOG_FILE,
  changelogMarkdown,
  currentChangelog,
  CURRENT_SCHEMA_FILE,
  describeChange,
  readApprovals,
  RELEASED_SCHEMA_FILE,
  schemaChanges,
  staleApprovals,
} from './schema-evolution.js';

const released = readFileSync(RELEASED_SCHEMA_FILE, 'utf8');
const current = readFileSync(CURRENT_SCHEMA_FILE, 'utf8');
const approvals = readApprovals();

type Definition = ObjectTypeDefinitionNode | EnumTypeDefinitionNode;

/** The SDL with one definition's fields or values changed (edited as a syntax tree, so descriptions do not matter). */
function editType(sdl: string, typeName: string, edit: (node: Definition) => Definition): string {
  let found = false;
  const document = visit(parse(sdl), {
    ObjectTypeDefinition(node) {
      if (node.name.value !== typeName) return undefined;
      found = true;
      return edit(node);
    },
    EnumTypeDefinition(node) {
      if (node.name.value !== typeName) return undefined;
      found = true;
      return edit(node);
    },
  });
  if (!found) throw new Error(`the schema has no type ${typeName}`);
  return print(document);
}

function fieldsOf(node: Definition, edit: (field: FieldDefinitionNode) => FieldDefinitionNode | null): Definition {
  if (node.kind !== Kind.OBJECT_TYPE_DEFINITION) throw new Error(`${node.name.value} is not an object type`);
  const fields = (node.fields ?? []).map(edit).filter((field): field is FieldDefinitionNode => field !== null);
  return { ...node, fields };
}

const removeField = (sdl: string, typeName: string, fieldName: string) =>
  editType(sdl, typeName, (node) => fieldsOf(node, (field) => (field.name.value === fieldName ? null : field)));

const deprecateField = (sdl: string, typeName: string, fieldName: string) =>
  editType(sdl, typeName, (node) =>
    fieldsOf(node, (field) =>
      field.name.value === fieldName ? { ...field, directives: [...(field.directives ?? []), parseDirective('@deprecated(reason: "Use another field.")')] } : field,
    ),
  );

function parseDirective(text: string): ConstDirectiveNode {
  const type = parse(`type T { f: Int ${text} }`).definitions[0] as ObjectTypeDefinitionNode;
  return type.fields![0].directives![0];
}

const nonNull = (type: TypeNode): TypeNode => (type.kind === Kind.NON_NULL_TYPE ? type : { kind: Kind.NON_NULL_TYPE, type });
const nullable = (type: TypeNode): TypeNode => (type.kind === Kind.NON_NULL_TYPE ? type.type : type);

describe('schema evolution against schema/released.graphql', () => {
  it('has no breaking change that was not first deprecated (run `pnpm schema:check` to list them)', async () => {
    const breaking = await breakingChanges(released, current, approvals);
    expect(breaking.map(describeChange)).toEqual([]);
  });

  it('keeps no approval that matches no breaking change (it would approve a later one by accident)', async () => {
    expect(await staleApprovals(released, current, approvals)).toEqual([]);
  });

  it('accepts an approved breaking change only as approved (same place, same change), and names its reason in the changelog', async () => {
    const changed = editType(released, 'Patient', (node) =>
      fieldsOf(node, (field) => (field.name.value === 'familyName' ? { ...field, type: nullable(field.type) } : field)),
    );
    const [change] = await breakingChanges(released, changed);
    expect(change.path).toBe('Patient.familyName');
    const approval = { path: change.path!, message: change.message, reason: 'A test reason.' };
    expect(await breakingChanges(released, changed, [approval])).toEqual([]);
    expect(await breakingChanges(released, changed, [{ ...approval, path: 'Patient.givenName' }])).toHaveLength(1);
    expect(await breakingChanges(released, changed, [{ ...approval, message: 'Another change' }])).toHaveLength(1);
    expect(changelogMarkdown(await schemaChanges(released, changed, [approval]))).toContain('(approved: A test reason.)');
  });

  it('fails on a removed field that was not deprecated, naming it', async () => {
    const withoutMrn = removeField(released, 'Patient', 'mrn');
    const breaking = (await breakingChanges(released, withoutMrn)).map(describeChange);
    expect(breaking.length).toBeGreaterThan(0);
    expect(breaking.some((line) => line.includes("'mrn'") && line.includes('Patient'))).toBe(true);
  });

  it('fails on an argument that became required and on a field that became nullable, naming each', async () => {
    let changed = editType(released, 'Query', (node) =>
      fieldsOf(node, (field) =>
        field.name.value === 'patients'
          ? { ...field, arguments: field.arguments?.map((arg) => (arg.name.value === 'first' ? { ...arg, type: nonNull(arg.type) } : arg)) }
          : field,
      ),
    );
    changed = editType(changed, 'Patient', (node) =>
      fieldsOf(node, (field) => (field.name.value === 'familyName' ? { ...field, type: nullable(field.type) } : field)),
    );
    const breaking = (await breakingChanges(released, changed)).map(describeChange);
    expect(breaking).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Query\.patients\.first/),
        expect.stringMatching(/Patient\.familyName/),
      ]),
    );
  });

  it('fails on a removed enum value that was not deprecated', async () => {
    const withoutUrgent = editType(released, 'ReferralPriority', (node) =>
      node.kind === Kind.ENUM_TYPE_DEFINITION ? { ...node, values: node.values?.filter((value) => value.name.value !== 'URGENT') } : node,
    );
    const breaking = (await breakingChanges(released, withoutUrgent)).map(describeChange);
    expect(breaking).toEqual([expect.stringMatching(/URGENT.*ReferralPriority/)]);
  });

  it('allows removing a field the released schema had deprecated, and lists it as dangerous', async () => {
    const deprecated = deprecateField(released, 'Patient', 'mrn');
    const removed = removeField(released, 'Patient', 'mrn');
    expect(await breakingChanges(deprecated, removed)).toEqual([]);
    const changes = await schemaChanges(deprecated, removed);
    expect(changes.filter((change) => change.path === 'Patient.mrn').map((change) => change.level)).toEqual(['DANGEROUS']);
  });

  it('counts an added field as safe', async () => {
    const extra = (parse('type T { "A test field." nickname: String }').definitions[0] as ObjectTypeDefinitionNode).fields![0];
    const added = editType(released, 'Patient', (node) => ({ ...node, fields: [...((node as ObjectTypeDefinitionNode).fields ?? []), extra] }));
    const changes = await schemaChanges(released, added);
    expect(changes).toEqual([expect.objectContaining({ level: 'SAFE', path: 'Patient.nickname' })]);
    expect(changelogMarkdown(changes)).toContain('## Safe (1)');
  });

  it('keeps schema/CHANGELOG.md current (run `pnpm schema:changelog` after `pnpm schema`)', async () => {
    expect(readFileSync(CHANGELOG_FILE, 'utf8')).toBe(await currentChangelog());
  });
});
