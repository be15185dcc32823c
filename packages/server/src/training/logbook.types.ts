import { ClavienDindoGrade, Day30Status, LogbookLevel } from '@pj/shared';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { LogbookEntry } from './logbook-entry.entity.js';

@ObjectType({ description: 'What became of the patient after the operation, from the record: no patient details.' })
export class LogbookOutcome {
  @Field(() => Int, { description: 'Complications recorded after the operation.' })
  complications!: number;

  @Field(() => ClavienDindoGrade, { nullable: true, description: 'The highest Clavien-Dindo grade among them; null when there were none.' })
  highestClavienDindoGrade!: ClavienDindoGrade | null;

  @Field(() => Boolean, { description: 'True when the patient had another operation performed within 30 days after this one ended.' })
  returnedToTheatre!: boolean;

  @Field(() => Day30Status, { nullable: true, description: 'What the day-30 call after the operation found; null until it reached the family.' })
  day30Status!: Day30Status | null;
}

@InputType({ description: 'Confirm your own logbook entry, adjusting what the record got wrong.' })
export class ConfirmLogbookEntryInput {
  @Field(() => ID, { description: 'The entry (a LogbookEntry ID).' })
  entryId!: string;

  @Field(() => Int, { description: 'The entry\'s `version` as you saw it (CONFLICT STALE_VERSION when it changed since).' })
  expectedVersion!: number;

  @Field(() => LogbookLevel, { nullable: true, description: 'The level, if the record got it wrong (e.g. TAUGHT for the trainer of the primary surgeon).' })
  level?: LogbookLevel | null;

  @Field(() => ID, { nullable: true, description: 'The supervisor (a StaffMember ID), if the record got them wrong; explicitly null: nobody supervised. Required for the PERFORMED_TRAINER levels.' })
  supervisorId?: string | null;

  @Field(() => String, { nullable: true, description: 'A note for yourself (no patient details); up to 1000 characters.' })
  note?: string | null;
}

@InputType({ description: 'Countersign a confirmed logbook entry you supervised.' })
export class CountersignLogbookEntryInput {
  @Field(() => ID, { description: 'The entry (a LogbookEntry ID).' })
  entryId!: string;

  @Field(() => Int, { description: 'The entry\'s `version` as you saw it (CONFLICT STALE_VERSION when it changed since).' })
  expectedVersion!: number;
}

@InputType({ description: 'Correct a final logbook entry: a new entry replaces it, the old one is kept, superseded.' })
export class CorrectLogbookEntryInput {
  @Field(() => ID, { description: 'The entry to correct (a LogbookEntry ID).' })
  entryId!: string;

  @Field({ description: 'Why it is corrected (1–500 characters); kept with the correction.' })
  reason!: string;

  @Field(() => LogbookLevel, { nullable: true, description: 'The corrected level; omitted: unchanged.' })
  level?: LogbookLevel | null;

  @Field(() => ID, { nullable: true, description: 'The corrected supervisor (a StaffMember ID); omitted: unchanged; explicitly null: nobody.' })
  supervisorId?: string | null;

  @Field(() => String, { nullable: true, description: 'The corrected procedure\'s code in the hospital\'s procedure list; omitted: unchanged.' })
  procedureCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The corrected note; omitted: unchanged.' })
  note?: string | null;
}

/** A page of logbook entries. */
export const LogbookEntryConnection = Connection('LogbookEntry', LogbookEntry);
