import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { LogbookEntryStatus, LogbookLevel, LogbookSource, TeamRole } from '@pj/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import type { StaffMember } from '../surgery/staff.entity.js';
import type { Surgery } from '../surgery/surgery.entity.js';
import { Reads } from '../graphql/reads.js';

/**
 * What one person did in one operation (or, TRANSCRIBED, in an operation of their paper
 * logbook): made when the operation is completed, confirmed by its owner, countersigned by the
 * supervisor. Final once countersigned (or confirmed, when nobody supervises it): a change is a
 * new entry that corrects it (`correctionOf`), the old one kept beside it, superseded. The
 * database refuses any other change of a final entry (migrations 20261214010000, 20261214020000).
 */
@ObjectType({ implements: Node, description: 'What one person did in one operation: their level on the scale from observed to taught, the supervisor, the procedure and its outcome. Confirmed by its owner, countersigned by the supervisor; final after that, changed only by a correction.' })
@Entity({ tableName: 'logbook_entry' })
export class LogbookEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('LogbookEntry', this.id);
  }

  /** Whose logbook it is in. Served by LogbookEntryResolver. */
  @ManyToOne({ entity: 'StaffMember' })
  staffMember!: Rel<StaffMember>;

  /** The operation (OPERATION entries); served only with READ_PATIENTS. */
  @ManyToOne({ entity: 'Surgery', nullable: true, deleteRule: 'restrict' })
  surgery: Rel<Surgery> | null = null;

  @Field(() => LogbookSource, { description: 'Made from an operation record, or copied from a paper logbook.' })
  @Enum({ items: () => LogbookSource, type: 'text' })
  source!: LogbookSource;

  @Field(() => LocalDate, { description: 'The day of the operation (Phnom Penh calendar date).' })
  @Property({ type: 'date' })
  performedOn!: string;

  @Field(() => TeamRole, { nullable: true, description: 'The role on the operation\'s team; null for a transcribed entry.' })
  @Enum({ items: () => TeamRole, type: 'text', nullable: true })
  teamRole: TeamRole | null = null;

  @Field(() => LogbookLevel, { description: 'What the person did, on the scale from observed to taught.' })
  @Enum({ items: () => LogbookLevel, type: 'text' })
  level!: LogbookLevel;

  /** Who countersigns it; null when nobody supervises (final once confirmed). */
  @ManyToOne({ entity: 'StaffMember', nullable: true, fieldName: 'supervisor_id' })
  supervisor: Rel<StaffMember> | null = null;

  /** The procedure's entry in the hospital's procedure list; null: uncoded. */
  @Property({ type: 'text', nullable: true })
  procedureCode: string | null = null;

  /** The procedure group the entry counts in; null: uncoded. */
  @Property({ type: 'text', nullable: true, fieldName: 'procedure_group' })
  procedureGroupCode: string | null = null;

  @Field({ description: 'The procedure in words, as the operation record (or the paper logbook) has it.' })
  @Property({ type: 'text' })
  procedureText!: string;

  @Field(() => String, { nullable: true, description: 'The owner\'s note (no patient details).' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => DateTime, { nullable: true, description: 'When its owner confirmed it; null until then.' })
  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;

  @Field(() => DateTime, { nullable: true, description: 'When the supervisor countersigned it; null until then (and for an entry nobody supervises).' })
  @Property({ type: 'timestamptz', nullable: true })
  countersignedAt: Date | null = null;

  /** Who countersigned it. Served by LogbookEntryResolver. */
  @ManyToOne({ entity: 'StaffMember', nullable: true, fieldName: 'countersigned_by' })
  countersignedBy: Rel<StaffMember> | null = null;

  /** The entry this one corrects. Served by LogbookEntryResolver. */
  @ManyToOne({ entity: () => LogbookEntry, nullable: true, fieldName: 'correction_of' })
  correctionOf: Rel<LogbookEntry> | null = null;

  @Field(() => String, { nullable: true, description: 'Why the entry it corrects was corrected; null for an entry that corrects none.' })
  @Property({ type: 'text', nullable: true })
  correctionReason: string | null = null;

  @Field(() => DateTime, { nullable: true, description: 'When a correction replaced it; null while it is current.' })
  @Property({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Int, { description: 'Optimistic-lock version: send it as `expectedVersion`.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;

  /**
   * Final: countersigned, or confirmed when nobody supervises it. A final entry is changed only
   * by a correction.
   */
  get final(): boolean & Opt {
    return this.countersignedAt !== null || (this.confirmedAt !== null && this.supervisor === null);
  }

  @Field(() => LogbookEntryStatus, {
    description:
      'Where the entry is: AWAITING_CONFIRMATION by its owner; AWAITING_COUNTERSIGNATURE by its supervisor; COUNTERSIGNED, final ' +
      '(also an entry nobody supervises, once its owner confirmed it); CORRECTED, replaced by a correction.',
  })
  get status(): LogbookEntryStatus & Opt {
    if (this.supersededAt) return LogbookEntryStatus.CORRECTED;
    if (this.final) return LogbookEntryStatus.COUNTERSIGNED;
    return this.confirmedAt ? LogbookEntryStatus.AWAITING_COUNTERSIGNATURE : LogbookEntryStatus.AWAITING_CONFIRMATION;
  }
}
