import { randomUUID } from 'node:crypto';
import { CLINICAL_TEXT } from '../auth/clinical-text.js';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { EpisodeStatus, Specialty, Permission } from '@pj/shared';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import type { Patient } from '../patients/patient.entity.js';
import { DateTime } from '../graphql/scalars.js';
import { Reads } from '../graphql/reads.js';

/**
 * An episode of care (FHIR EpisodeOfCare): one health problem, from its referral (or walk-in)
 * through surgery, admission and discharge. A patient may have several over the years.
 */
@ObjectType({ implements: Node, description: 'An episode of care: one problem, from referral to discharge and follow-up.' })
@Entity({ tableName: 'episode' })
export class Episode {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('Episode', this.id);
  }

  @ManyToOne({ entity: 'Patient', index: true })
  patient!: Rel<Patient>;

  @Authorized(Permission.READ_PATIENTS)
  @Field(() => String, { nullable: true, description: `A short title, e.g. "Right inguinal hernia" (from the referral's reason). ${CLINICAL_TEXT}` })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => Specialty, { nullable: true, description: 'The specialty caring for the patient in this episode, if known.' })
  @Enum({ items: () => Specialty, nullable: true })
  specialty: Specialty | null = null;

  @Field(() => EpisodeStatus, { description: 'Going on, finished or cancelled.' })
  @Enum({ items: () => EpisodeStatus })
  status: EpisodeStatus & Opt = EpisodeStatus.ACTIVE;

  @Field(() => DateTime, { description: 'When the episode began (an instant).' })
  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When it ended (an instant); null while it goes on.' })
  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;
}
