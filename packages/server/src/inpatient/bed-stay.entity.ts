import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import { DateTime } from '../graphql/scalars.js';
import type { Admission } from './admission.entity.js';
import type { Bed } from './ward.entity.js';
import { Reads } from '../graphql/reads.js';

/**
 * One bed an admission occupied, from when to when (`to` is null while it still does). An
 * admission has one stay per bed it was in; a transfer closes one and opens the next. The
 * database keeps a bed's stays, and an admission's stays, from overlapping at any instant
 * (exclusion constraints `bed_stay_bed_no_overlap`, `bed_stay_admission_no_overlap`), so the
 * census at any past moment is the stays whose period contains it.
 */
@ObjectType({ implements: Node, description: 'A period an admission spent in one bed.' })
@Entity({ tableName: 'bed_stay' })
export class BedStay {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('BedStay', this.id);
  }

  @ManyToOne({ entity: 'Admission', index: true })
  admission!: Rel<Admission>;

  @ManyToOne({ entity: 'Bed' })
  bed!: Rel<Bed>;

  @Field(() => DateTime, { description: 'When the patient moved into the bed.' })
  @Property({ type: 'timestamptz', fieldName: 'from_at' })
  from!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When the patient left the bed; null while still in it.' })
  @Property({ type: 'timestamptz', fieldName: 'to_at', nullable: true })
  to: Date | null = null;
}
