import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { AssessmentMethod, ResponseCategory, ToxicityTerm, toxicityTermInfo } from '@pj/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import type { Patient } from '../patients/patient.entity.js';
import type { ChemoAdministration, TreatmentPlan } from './treatment-plan.entity.js';
import { Reads } from '../graphql/reads.js';

@ObjectType({ implements: Node, description: 'An adverse event of chemotherapy: a CTCAE v5 term and grade (5 = death).' })
@Entity({ tableName: 'toxicity' })
export class Toxicity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('Toxicity', this.id);
  }

  @ManyToOne({ entity: 'Patient', index: true })
  patient!: Rel<Patient>;

  @ManyToOne({ entity: 'TreatmentPlan', index: true })
  plan!: Rel<TreatmentPlan>;

  @ManyToOne({ entity: 'ChemoAdministration', nullable: true })
  administration: Rel<ChemoAdministration> | null = null;

  @Field(() => ToxicityTerm, { description: 'The CTCAE v5 term (OTHER: see `ctcaeTerm`).' })
  @Enum({ items: () => ToxicityTerm })
  term!: ToxicityTerm;

  @Field(() => String, { nullable: true, description: 'The CTCAE term written out, for term OTHER only.' })
  @Property({ type: 'text', nullable: true })
  otherTerm: string | null = null;

  @Field(() => Int, { description: 'CTCAE grade 1–5 (within what CTCAE allows for the term); 5 is death.' })
  @Property({ type: 'smallint' })
  grade!: number;

  @Field(() => LocalDate, { description: 'Day of onset.' })
  @Property({ type: 'date' })
  onsetOn!: string;

  @Field(() => String, { nullable: true, description: 'Clinical note.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => DateTime, { description: 'When it was written down.' })
  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}

/** The CTCAE v5 term of a toxicity: the written-out term for OTHER (GraphQL's `Toxicity.ctcaeTerm`, FHIR's AdverseEvent.event). */
export function ctcaeTermOf(toxicity: Pick<Toxicity, 'term' | 'otherTerm'>): string {
  return toxicity.otherTerm ?? toxicityTermInfo(toxicity.term).ctcaeTerm;
}

@ObjectType({ implements: Node, description: 'An assessment of how the cancer responds to treatment.' })
@Entity({ tableName: 'response_assessment' })
export class ResponseAssessment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('ResponseAssessment', this.id);
  }

  @ManyToOne({ entity: 'Patient', index: true })
  patient!: Rel<Patient>;

  @ManyToOne({ entity: 'TreatmentPlan', index: true })
  plan!: Rel<TreatmentPlan>;

  @Field(() => LocalDate, { description: 'The day assessed (Phnom Penh calendar date).' })
  @Property({ type: 'date' })
  assessedOn!: string;

  @Field(() => AssessmentMethod, { description: 'How the response was assessed.' })
  @Enum({ items: () => AssessmentMethod })
  method!: AssessmentMethod;

  @Field(() => ResponseCategory, { description: 'The response found.' })
  @Enum({ items: () => ResponseCategory })
  response!: ResponseCategory;

  @Field(() => String, { nullable: true, description: 'Clinical note.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => DateTime, { description: 'When it was written down.' })
  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}
