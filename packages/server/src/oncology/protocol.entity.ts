import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { CancerType } from '@pj/shared';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import { DateTime } from '../graphql/scalars.js';
import { Reads } from '../graphql/reads.js';

/**
 * One revision of a chemotherapy protocol, kept as data: never changed once written (a change is
 * a new revision with the same code); the current revision is the highest one.
 */
@ObjectType({
  implements: Node,
  description: 'A revision of a chemotherapy protocol: phases, and drugs by day from the start of treatment. A revision never changes; revising a protocol writes a new one, and a plan keeps the revision it started from.',
})
@Entity({ tableName: 'protocol' })
export class Protocol {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('Protocol', this.id);
  }

  @Field({ description: 'Short stable code, e.g. SIOP-WILMS-LOCALISED-PREOP: the same for every revision of the protocol.' })
  @Property({ type: 'text' })
  code!: string;

  @Field(() => Int, { description: 'Revision number within the code, from 1; the highest is the current one.' })
  @Property({ type: 'integer' })
  revision!: number;

  @Field({ description: 'An example protocol, to be checked by the hospital\'s oncologists before use.' })
  @Property({ type: 'boolean' })
  example!: boolean;

  @Field(() => String, { nullable: true, description: 'What changed in this revision, and why (null for the first).' })
  @Property({ type: 'text', nullable: true })
  revisionNote: string | null = null;

  @Field(() => DateTime, { description: 'When this revision was written.' })
  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Field({ description: 'The protocol\'s name.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => CancerType, { description: 'The cancer the protocol treats.' })
  @Enum({ items: () => CancerType })
  cancerType!: CancerType;

  @Field(() => String, { nullable: true, description: 'What the protocol is for and how it runs, in words.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;
}

@ObjectType({ description: 'A phase of a protocol (e.g. pre-operative chemotherapy, surgery, induction).' })
@Entity({ tableName: 'protocol_phase' })
export class ProtocolPhase {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => Protocol, index: true })
  protocol!: Rel<Protocol>;

  @Field(() => Int, { description: 'Order within the protocol, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field({ description: 'The phase\'s name.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Int, { description: 'Day the phase starts, counted from the start of treatment (day 0).' })
  @Property({ type: 'integer' })
  startDay!: number;

  @Field(() => Int, { description: 'Last day of the phase, counted from the start of treatment; its doses fall between `startDay` and `endDay`.' })
  @Property({ type: 'integer' })
  endDay!: number;

  @Field(() => String, { nullable: true, description: 'A non-drug milestone at the start of the phase, e.g. nephrectomy.' })
  @Property({ type: 'text', nullable: true })
  milestone: string | null = null;
}

@ObjectType({ description: 'One planned dose of a drug in a protocol phase.' })
@Entity({ tableName: 'protocol_dose' })
export class ProtocolDose {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => ProtocolPhase, index: true })
  phase!: Rel<ProtocolPhase>;

  @Field({ description: 'The drug.' })
  @Property({ type: 'text' })
  drug!: string;

  @Field({ description: 'IV, PO, IT, …' })
  @Property({ type: 'text' })
  route!: string;

  @Field({ description: 'Unit of the dose: mg, µg, g or IU.' })
  @Property({ type: 'text' })
  unit!: string;

  @Field(() => Int, { description: 'Day given, counted from the start of treatment (day 0).' })
  @Property({ type: 'integer' })
  dayOffset!: number;

  @Field(() => Float, { nullable: true, description: 'Dose per m² of body surface area.' })
  @Property({ type: 'double', nullable: true })
  dosePerM2: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Dose per kg of body weight (when not per m²).' })
  @Property({ type: 'double', nullable: true })
  dosePerKg: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Below this weight (kg) the dose is per kg instead (smallChildDosePerKg).' })
  @Property({ type: 'double', nullable: true })
  smallChildWeightKg: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Dose per kg of body weight for a child under `smallChildWeightKg`.' })
  @Property({ type: 'double', nullable: true })
  smallChildDosePerKg: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Cap on a single dose (vincristine: 2 mg).' })
  @Property({ type: 'double', nullable: true })
  maxDose: number | null = null;
}

/** A protocol retired from the library: no new plans start from any of its revisions. */
@Entity({ tableName: 'protocol_retirement' })
export class ProtocolRetirement {
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'timestamptz' })
  retiredAt!: Date;

  @Property({ type: 'text' })
  reason!: string;
}
