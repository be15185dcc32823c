import type { GraphQLField } from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * What a field reads of the record it resolves on, for lean reads that take only the columns a
 * request needs (persistence/lean.ts, graphql/selection.ts). Declared on the field itself, next
 * to the code that reads:
 *
 * ```ts
 * @Reads<Referral>('status', 'dueDate')
 * @Field(() => Boolean)
 * get overdue(): boolean { … }
 * ```
 *
 * - A field that is a property read (`@Field() sourceName`) needs no declaration: it reads its
 *   own property (graphql/schema.ts marks it so).
 * - The keys are always read (the primary key, and the key of every relation), so a field that
 *   reads only them (a global `id`, a relation's field resolver) declares `@Reads()`.
 * - A field with no declaration reads every column of its record: a forgotten declaration costs
 *   speed, never an answer. A declaration that leaves out a property the field reads fails
 *   loudly (the property throws when read) and the single-field read test finds it.
 */
export function Reads<T = Record<string, unknown>>(...properties: (keyof T & string)[]): MethodDecorator & PropertyDecorator {
  return Extensions({ [READS]: properties });
}

const READS = 'reads';

/** The properties `field` declares it reads, or undefined when it declares nothing. */
export function readsOf(field: GraphQLField<unknown, unknown>): readonly string[] | undefined {
  return field.extensions[READS] as readonly string[] | undefined;
}

/** Marks a field that resolves as the read of `property` (unless it declares its reads itself). */
export function markPropertyRead(field: GraphQLField<unknown, unknown>, property: string): void {
  if (readsOf(field)) return;
  field.extensions = { ...field.extensions, [READS]: [property] };
}
