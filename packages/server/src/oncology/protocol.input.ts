import { CancerType, DoseBasis } from '@pj/shared';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'One dose of a drug in a protocol phase.' })
export class ProtocolDoseInput {
  @Field({ description: 'The drug, as the ward writes it (e.g. Vincristine).' })
  drug!: string;

  @Field({ description: 'Route: IV, PO, IT, IM or SC.' })
  route!: string;

  @Field({ description: 'Unit of the dose and its cap: mg, µg, g or IU.' })
  unit!: string;

  @Field(() => Int, { description: 'Day given, counted from the start of treatment (day 0); within its phase\'s days.' })
  day!: number;

  @Field(() => DoseBasis, { description: 'Whether `dose` is per m² of body surface area or per kg of body weight.' })
  basis!: DoseBasis;

  @Field(() => Float, { description: 'The dose per m² or per kg, in `unit`; more than 0.' })
  dose!: number;

  @Field(() => Float, { nullable: true, description: 'Cap on a single dose, in `unit` (vincristine: 2 mg); more than 0.' })
  maxDose?: number | null;

  @Field(() => Float, { nullable: true, description: 'Below this weight (kg) the dose is `smallChildDosePerKg` per kg instead; give both or neither.' })
  smallChildWeightKg?: number | null;

  @Field(() => Float, { nullable: true, description: 'Dose per kg for a child under `smallChildWeightKg`; give both or neither.' })
  smallChildDosePerKg?: number | null;
}

@InputType({ description: 'A phase of a protocol: its days and the doses given in them.' })
export class ProtocolPhaseInput {
  @Field({ description: 'The phase\'s name (e.g. Induction).' })
  name!: string;

  @Field(() => Int, { description: 'First day of the phase, counted from the start of treatment (day 0); after the previous phase\'s last day.' })
  startDay!: number;

  @Field(() => Int, { description: 'Last day of the phase; not before `startDay`.' })
  endDay!: number;

  @Field(() => String, { nullable: true, description: 'A non-drug milestone at the start of the phase, e.g. nephrectomy.' })
  milestone?: string | null;

  @Field(() => [ProtocolDoseInput], { description: 'The doses of the phase (a milestone phase may have none).' })
  doses!: ProtocolDoseInput[];
}

/** What a protocol revision says (the fields both inputs share). */
@InputType({ description: 'What a protocol revision says.' })
export abstract class ProtocolContentInput {
  @Field({ description: 'The protocol\'s name.' })
  name!: string;

  @Field(() => CancerType, { description: 'The cancer the protocol treats.' })
  cancerType!: CancerType;

  @Field(() => String, { nullable: true, description: 'What the protocol is for and how it runs, in words (up to 2000 characters).' })
  description?: string | null;

  @Field({ description: 'An example to be checked by the hospital\'s oncologists before use (shown on every screen that offers it).' })
  example!: boolean;

  @Field(() => [ProtocolPhaseInput], { description: 'The phases, in order; at least one drug in all.' })
  phases!: ProtocolPhaseInput[];
}

@InputType({ description: 'Add a protocol to the library (its revision 1).' })
export class CreateProtocolInput extends ProtocolContentInput {
  @Field({ description: 'Short stable code, capitals, digits and hyphens (e.g. SIOP-PODC-BURKITT); unused by any other protocol.' })
  code!: string;
}

@InputType({ description: 'Revise a protocol: its next revision, which new plans start from; plans already started keep theirs.' })
export class ReviseProtocolInput extends ProtocolContentInput {
  @Field(() => ID, { description: 'The revision revised; must be the current one (PROTOCOL_REVISED otherwise).' })
  protocolId!: string;

  @Field({ description: 'What changed, and why.' })
  revisionNote!: string;
}

@InputType({ description: 'Retire a protocol: no new plans start from it; plans already started go on.' })
export class RetireProtocolInput {
  @Field(() => ID, { description: 'Any revision of the protocol to retire.' })
  protocolId!: string;

  @Field({ description: 'Why it is retired.' })
  reason!: string;
}
