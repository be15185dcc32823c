import { DevelopmentKind, LogbookLevel } from '@pj/shared';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../graphql/scalars.js';

@InputType({ description: 'A supervisor\'s entrustment decision for a trainee in a procedure group.' })
export class RecordEntrustmentInput {
  @Field(() => ID, { description: 'The trainee (a StaffMember ID); never oneself.' })
  staffId!: string;

  @Field({ description: 'The procedure group\'s code, e.g. "GEN-HERNIA".' })
  procedureGroup!: string;

  @Field(() => LogbookLevel, { description: 'The level entrusted.' })
  level!: LogbookLevel;

  @Field({ description: 'Why, 1–1000 characters.' })
  reason!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day decided (Phnom Penh), not in the future; today when omitted.' })
  decidedOn?: string | null;
}

@InputType({ description: 'Development beyond the theatre, for a staff member\'s profile.' })
export class AddDevelopmentActivityInput {
  @Field(() => ID, { description: 'The staff member (a StaffMember ID): oneself, or anyone with MANAGE_MISSIONS.' })
  staffId!: string;

  @Field(() => DevelopmentKind, { description: 'What kind of activity.' })
  kind!: DevelopmentKind;

  @Field({ description: 'What it was, 1–200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Where (at most 200 characters).' })
  place?: string | null;

  @Field(() => LocalDate, { description: 'The first day.' })
  startsOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The last day, not before `startsOn`.' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What shows it: a certificate number, a link, who can confirm it (at most 1000 characters).' })
  evidence?: string | null;
}
