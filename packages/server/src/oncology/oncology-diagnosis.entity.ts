import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { CancerType, DiagnosisBasis, StageScheme } from '@pj/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import type { Patient } from '../patients/patient.entity.js';
import { Reads } from '../graphql/reads.js';

@ObjectType({ implements: Node, description: 'A cancer diagnosis: type, what it rests on, when, and its stage.' })
@Entity({ tableName: 'oncology_diagnosis' })
export class OncologyDiagnosis {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('OncologyDiagnosis', this.id);
  }

  @ManyToOne({ entity: 'Patient', index: true })
  patient!: Rel<Patient>;

  @Field(() => CancerType, { description: 'The cancer diagnosed.' })
  @Enum({ items: () => CancerType })
  cancerType!: CancerType;

  @Field(() => DiagnosisBasis, { description: 'What the diagnosis rests on.' })
  @Enum({ items: () => DiagnosisBasis })
  basis!: DiagnosisBasis;

  @Field(() => LocalDate, { description: 'Day of diagnosis (Phnom Penh).' })
  @Property({ type: 'date' })
  diagnosedOn!: string;

  @Field(() => StageScheme, { description: 'The staging system `stage` is written in.' })
  @Enum({ items: () => StageScheme })
  stageScheme!: StageScheme;

  @Field({ description: 'The stage in that scheme, e.g. "III" (SIOP Wilms) or "T2N0M0" (TNM).' })
  @Property({ type: 'text' })
  stage!: string;

  /** ICD-10 code (`icd10_code`, foreign key); served as `diagnosisCode`. Null: not coded. */
  @Property({ type: 'text', nullable: true, fieldName: 'icd10_code' })
  icd10Code: string | null = null;

  /** ICD-O-3 topography code (`icdo3_topography_code`); served as `topography`. */
  @Property({ type: 'text', nullable: true })
  topographyCode: string | null = null;

  /** ICD-O-3 morphology code (`icdo3_morphology_code`); served as `morphology`. */
  @Property({ type: 'text', nullable: true })
  morphologyCode: string | null = null;

  @Field(() => String, { nullable: true, description: 'Clinical notes.' })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field(() => DateTime, { description: 'When it was written down.' })
  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}
