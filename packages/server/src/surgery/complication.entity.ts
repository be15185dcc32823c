import { randomUUID } from 'node:crypto';
import { CLINICAL_TEXT } from '../auth/clinical-text.js';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { ClavienDindoGrade, Permission } from '@pj/shared';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { DateTime } from '../graphql/scalars.js';
import { Node, toGlobalId } from '../graphql/relay.js';
import type { Patient } from '../patients/patient.entity.js';
import type { Surgery } from './surgery.entity.js';
import { Reads } from '../graphql/reads.js';

@ObjectType({ implements: Node, description: 'A post-operative complication, graded by Clavien-Dindo.' })
@Entity({ tableName: 'complication' })
export class Complication {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('Complication', this.id);
  }

  @ManyToOne({ entity: 'Surgery', index: true })
  surgery!: Rel<Surgery>;

  @ManyToOne({ entity: 'Patient', index: true })
  patient!: Rel<Patient>;

  @Field(() => ClavienDindoGrade, { description: 'Clavien-Dindo grade; V is the death of the patient.' })
  @Enum({ items: () => ClavienDindoGrade })
  grade!: ClavienDindoGrade;

  @Field(() => Boolean, { description: 'Suffix "d": the patient still has a disability at discharge.' })
  @Property({ type: 'boolean' })
  disabilityAtDischarge: boolean & Opt = false;

  @Field(() => String, { description: 'Grade with its suffix, e.g. "IIIb-d".' })
  get gradeLabel(): string & Opt {
    const label = this.grade.replace(/([IV]+)([AB])$/, (_m, roman: string, letter: string) => `${roman}${letter.toLowerCase()}`);
    return this.disabilityAtDischarge ? `${label}-d` : label;
  }

  @Authorized(Permission.READ_PATIENTS)
  @Field(() => String, { nullable: true, description: `What happened. ${CLINICAL_TEXT}` })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => DateTime, { description: 'When it happened (an instant, after the operation).' })
  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => Boolean, { description: 'A surgical-site infection (under surveillance for 30 days after the operation).' })
  @Property({ type: 'boolean' })
  surgicalSiteInfection: boolean & Opt = false;

  @Field(() => DateTime, { description: 'When it was written down.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date & Opt = new Date();

  @Field(() => String, { nullable: true, description: 'Who recorded it.' })
  @Property({ type: 'text', nullable: true })
  recordedBy: string | null = null;
}
