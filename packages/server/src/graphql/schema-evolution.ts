import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CriticalityLevel, diff, DiffRule, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/** The schema of the last release: what integrators' queries were written against. */
export const RELEASED_SCHEMA_FILE = fileURLToPath(new URL('../../../../schema/released.graphql', import.meta.url));
/** The schema as the code builds it now (written by `pnpm schema`). */
export const CURRENT_SCHEMA_FILE = fileURLToPath(new URL('../../../../schema/schema.graphql', import.meta.url));
/**
 * Breaking changes made on purpose, each with its reason (a field a role may be refused made
 * nullable, so that the refusal nulls the field alone). Reviewed like code; emptied at a release.
 */
export const APPROVED_BREAKING_FILE = fileURLToPath(new URL('../../../../schema/approved-breaking-changes.json', import.meta.url));
/** What changed since the last release, written by `pnpm schema:changelog`. */
export const CHANGELOG_FILE = fileURLToPath(new URL('../../../../schema/CHANGELOG.md', import.meta.url));

export interface SchemaChange {
  level: 'BREAKING' | 'DANGEROUS' | 'SAFE';
  /** Where in the schema (`Patient.mrn`, `Referral.status`), when the change is about one place. */
  path: string | null;
  message: string;
  /** Why GraphQL Inspector judges it so (breaking and dangerous changes). */
  reason: string | null;
  /** Only a description was added or changed. */
  descriptionOnly: boolean;
  /** For a breaking change approved in `schema/approved-breaking-changes.json`: why it was made. */
  approval: string | null;
}

/** One approved breaking change: the exact change (path and GraphQL Inspector's message) and why. */
export interface ApprovedBreakingChange {
  path: string;
  message: string;
  reason: string;
}

export function readApprovals(file = APPROVED_BREAKING_FILE): ApprovedBreakingChange[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { changes: ApprovedBreakingChange[] }).changes;
}

const approvalOf = (approvals: readonly ApprovedBreakingChange[], path: string | null, message: string) =>
  approvals.find((approval) => approval.path === path && approval.message === message) ?? null;

const LEVEL: Record<CriticalityLevel, SchemaChange['level']> = {
  [CriticalityLevel.Breaking]: 'BREAKING',
  [CriticalityLevel.Dangerous]: 'DANGEROUS',
  [CriticalityLevel.NonBreaking]: 'SAFE',
};

/**
 * Every change from the released SDL to the current one, as GraphQL Inspector judges it, except
 * that removing a field, enum value or input field the released schema had deprecated is not
 * breaking (integrators were told; it is listed as dangerous). Sorted by level, then path.
 */
export async function schemaChanges(
  releasedSdl: string,
  currentSdl: string,
  approvals: readonly ApprovedBreakingChange[] = [],
): Promise<SchemaChange[]> {
  const changes: Change[] = await diff(buildSchema(releasedSdl), buildSchema(currentSdl), [DiffRule.suppressRemovalOfDeprecatedField]);
  const order = { BREAKING: 0, DANGEROUS: 1, SAFE: 2 };
  // A new field's or type's description is part of its addition, not a change of its own.
  const kind = (change: Change): string => String(change.type);
  const isDescription = (change: Change) => kind(change).includes('DESCRIPTION');
  const added = changes.filter((change) => kind(change).endsWith('_ADDED') && !isDescription(change) && change.path).map((change) => change.path!);
  const partOfAddition = (change: Change) =>
    isDescription(change) && change.path !== undefined && added.some((path) => change.path === path || change.path!.startsWith(`${path}.`));
  return changes
    .filter((change) => !partOfAddition(change))
    .map((change) => ({
      level: LEVEL[change.criticality.level],
      path: change.path ?? null,
      message: change.message,
      reason: change.criticality.reason ?? null,
      descriptionOnly: isDescription(change),
      approval:
        change.criticality.level === CriticalityLevel.Breaking ? (approvalOf(approvals, change.path ?? null, change.message)?.reason ?? null) : null,
    }))
    .sort((a, b) => order[a.level] - order[b.level] || (a.path ?? '').localeCompare(b.path ?? '') || a.message.localeCompare(b.message));
}

/** One line naming a change: `Field 'mrn' was removed from object type 'Patient' (Patient.mrn)`. */
export function describeChange(change: SchemaChange): string {
  return change.path ? `${change.message} (${change.path})` : change.message;
}

/** The breaking changes from the released schema to the current one, neither first deprecated nor approved. */
export async function breakingChanges(
  releasedSdl: string,
  currentSdl: string,
  approvals: readonly ApprovedBreakingChange[] = [],
): Promise<SchemaChange[]> {
  return (await schemaChanges(releasedSdl, currentSdl, approvals)).filter((change) => change.level === 'BREAKING' && change.approval === null);
}

/** Approvals that match no breaking change any more: stale, to be removed so they approve nothing later. */
export async function staleApprovals(
  releasedSdl: string,
  currentSdl: string,
  approvals: readonly ApprovedBreakingChange[],
): Promise<ApprovedBreakingChange[]> {
  const changes = await schemaChanges(releasedSdl, currentSdl, approvals);
  return approvals.filter((approval) => !changes.some((change) => change.level === 'BREAKING' && change.path === approval.path && change.message === approval.message));
}

/** `schema/CHANGELOG.md`: every change since the last release, breaking first. Deterministic. */
export function changelogMarkdown(changes: SchemaChange[]): string {
  const sections: [SchemaChange['level'], string, string][] = [
    [
      'BREAKING',
      'Breaking',
      'Queries written against the last release may fail. CI refuses these unless the field or value was deprecated first, or the change is approved with its reason in `schema/approved-breaking-changes.json`.',
    ],
    ['DANGEROUS', 'Dangerous', 'Existing queries still validate, but may behave differently (a new enum value a client does not know, a removed deprecated field, a changed default).'],
    ['SAFE', 'Safe', 'Additions and description changes; existing queries are unaffected.'],
  ];
  const lines = [
    '# Schema changelog',
    '',
    'Changes to the GraphQL API since the last release (`schema/released.graphql`), generated by',
    '`pnpm schema:changelog` from the difference between that file and `schema/schema.graphql`.',
    'Do not edit by hand.',
    '',
  ];
  if (changes.length === 0) lines.push('No changes since the last release.', '');
  for (const [level, title, meaning] of sections) {
    const ofLevel = changes.filter((change) => change.level === level);
    if (ofLevel.length === 0) continue;
    lines.push(`## ${title} (${ofLevel.length})`, '', meaning, '');
    // Descriptions added to existing elements are counted, not listed: they change no query.
    const described = ofLevel.filter((change) => change.level === 'SAFE' && change.descriptionOnly);
    for (const change of ofLevel) {
      if (described.includes(change)) continue;
      const where = change.path ? `\`${change.path}\`: ` : '';
      const why = change.approval ? ` (approved: ${change.approval})` : '';
      lines.push(`- ${where}${change.message}${why}`);
    }
    if (described.length > 0) lines.push(`- Descriptions added or changed on ${described.length} existing types, fields, arguments and enum values.`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The changelog for the schema files as they are on disk. */
export async function currentChangelog(): Promise<string> {
  return changelogMarkdown(await schemaChanges(readFileSync(RELEASED_SCHEMA_FILE, 'utf8'), readFileSync(CURRENT_SCHEMA_FILE, 'utf8'), readApprovals()));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2] ?? 'changelog';
  if (command === 'changelog') {
    writeFileSync(CHANGELOG_FILE, await currentChangelog());
    console.log(`Wrote ${CHANGELOG_FILE}`);
  } else if (command === 'check') {
    const [released, current, approvals] = [readFileSync(RELEASED_SCHEMA_FILE, 'utf8'), readFileSync(CURRENT_SCHEMA_FILE, 'utf8'), readApprovals()];
    const breaking = await breakingChanges(released, current, approvals);
    for (const change of breaking) console.error(`BREAKING: ${describeChange(change)}`);
    const stale = await staleApprovals(released, current, approvals);
    for (const approval of stale) console.error(`STALE APPROVAL: ${approval.message} (${approval.path})`);
    if (breaking.length > 0 || stale.length > 0) process.exit(1);
    console.log('No breaking change since the last release.');
  } else if (command === 'release') {
    // A release: what is served now becomes what integrators rely on.
    writeFileSync(RELEASED_SCHEMA_FILE, readFileSync(CURRENT_SCHEMA_FILE, 'utf8'));
    writeFileSync(APPROVED_BREAKING_FILE, `${JSON.stringify({ changes: [] }, null, 2)}\n`);
    writeFileSync(CHANGELOG_FILE, await currentChangelog());
    console.log(`Wrote ${RELEASED_SCHEMA_FILE} and ${CHANGELOG_FILE}`);
  } else {
    console.error('usage: schema-evolution.js [changelog|check|release]');
    process.exit(2);
  }
}
