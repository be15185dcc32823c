import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { parse, visit, type NameNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaLintConfig } from '../../schema/schema-lint.config.js';

// The schema linter (`schema/schema-lint.config.js`, also run by `pnpm lint`) on the committed schema.
// A failure lists each problem as a schema coordinate (`Type.field(argument:)`, `Enum.VALUE`) and
// the rule, so a missing description is found in the code at once.

const root = fileURLToPath(new URL('../..', import.meta.url));
const schemaPath = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

/** Schema coordinates of every definition, keyed by the line:column where its name starts. */
function coordinatesByPosition(sdl: string): Map<string, string> {
  const found = new Map<string, string>();
  const path: string[] = [];
  const at = (node: { readonly name?: NameNode }, coordinate: string): void => {
    const token = node.name?.loc?.startToken;
    if (token) found.set(`${token.line}:${token.column}`, coordinate);
  };
  const enterType = (node: { readonly name: NameNode }): void => {
    path.push(node.name.value);
    at(node, node.name.value);
  };
  const leave = (): void => void path.pop();
  visit(parse(sdl), {
    ObjectTypeDefinition: { enter: enterType, leave },
    InterfaceTypeDefinition: { enter: enterType, leave },
    InputObjectTypeDefinition: { enter: enterType, leave },
    EnumTypeDefinition: { enter: enterType, leave },
    UnionTypeDefinition: { enter: enterType, leave },
    ScalarTypeDefinition: { enter: enterType, leave },
    DirectiveDefinition: { enter: (node) => { path.push(`@${node.name.value}`); at(node, `@${node.name.value}`); }, leave },
    FieldDefinition: {
      enter: (node) => {
        path.push(`${path[path.length - 1]}.${node.name.value}`);
        at(node, path[path.length - 1]);
      },
      leave,
    },
    InputValueDefinition: (node) => {
      const parent = path[path.length - 1];
      // An argument of a field or directive, or a field of an input type.
      at(node, parent.includes('.') || parent.startsWith('@') ? `${parent}(${node.name.value}:)` : `${parent}.${node.name.value}`);
    },
    EnumValueDefinition: (node) => at(node, `${path[path.length - 1]}.${node.name.value}`),
  });
  return found;
}

function describeProblems(sdl: string, messages: Linter.LintMessage[]): string[] {
  const coordinates = coordinatesByPosition(sdl);
  return messages.map((m) => {
    const where = coordinates.get(`${m.line}:${m.column}`) ?? `line ${m.line}:${m.column}`;
    return `${where}  ${m.ruleId ?? 'parse error'}  (${m.message.split('\n')[0]})`;
  });
}

async function lint(text?: string): Promise<{ sdl: string; problems: string[] }> {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [schemaLintConfig] });
  const sdl = text ?? readFileSync(schemaPath, 'utf8');
  const [result] = await eslint.lintText(sdl, { filePath: schemaPath });
  return { sdl, problems: describeProblems(sdl, result.messages) };
}

describe('schema linter', () => {
  it('finds no problem in the committed schema: every type, field, argument, input field and enum value is described', async () => {
    const { problems } = await lint();
    expect(problems.length, `${problems.length} problems in schema/schema.graphql:\n${problems.join("\n")}\n`).toBe(0);
  });

  it('names the coordinates of what lacks a description', async () => {
    const { problems } = await lint(
      [
        '"""A ward of the hospital."""',
        'type Query {',
        '  """Wards, by name."""',
        '  wards(first: Int): [Ward!]!',
        '}',
        '"""A ward."""',
        'type Ward {',
        '  name: String!',
        '  """Its kind."""',
        '  kind: WardKind!',
        '}',
        '"""What a ward is for."""',
        'enum WardKind {',
        '  SURGICAL',
        '  """Children."""',
        '  PAEDIATRIC',
        '}',
        '"""Open a ward."""',
        'input OpenWardInput {',
        '  name: String!',
        '}',
        '',
      ].join('\n'),
    );
    const missing = problems.filter((p) => p.includes('@graphql-eslint/require-description')).map((p) => p.split('  ')[0]);
    expect(missing).toEqual(['Query.wards(first:)', 'Ward.name', 'WardKind.SURGICAL', 'OpenWardInput.name']);
  });
});
