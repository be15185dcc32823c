import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Specialty } from '@pj/shared';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * Procedures that call for the same skills, trained and entrusted together, with the hospital's
 * rule before independent practice. The groups come from codes/lists/procedure-groups.ts; the
 * rule is data.
 */
@ObjectType({ description: 'Procedures trained and entrusted together, with the hospital\'s rule before independent practice.' })
@Entity({ tableName: 'procedure_group' })
export class ProcedureGroup {
  @Field({ description: 'The group\'s code, e.g. "GEN-HERNIA".' })
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Field(() => Specialty, { description: 'The specialty that performs it.' })
  @Enum({ items: () => Specialty, type: 'text' })
  specialty!: Specialty;

  @Field({ description: 'The group\'s name in English.' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'The group\'s name in Khmer.' })
  @Property({ type: 'text', fieldName: 'title_km' })
  titleKhmer!: string;

  @Field({ description: 'The group\'s name in Japanese.' })
  @Property({ type: 'text', fieldName: 'title_ja' })
  titleJapanese!: string;

  @Field(() => Int, { description: 'Cases performed under supervision (trainer scrubbed or unscrubbed) before a trainee may be entrusted to perform it independently.' })
  @Property({ type: 'integer' })
  requiredSupervisedCases!: number;

  @Field({ description: 'True when independent practice also needs a supervisor\'s recorded entrustment decision (always, today).' })
  @Property({ type: 'boolean' })
  requiresSignOff!: boolean;
}
