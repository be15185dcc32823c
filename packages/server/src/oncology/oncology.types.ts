import { AdministrationState, ToxicityTerm } from '@pj/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { LocalDate } from '../graphql/scalars.js';
import { Toxicity } from './oncology-outcome.entity.js';
import { ChemoAdministration } from './treatment-plan.entity.js';

@ObjectType({ description: 'A CTCAE v5 term the toxicity form offers, with the grades CTCAE defines for it.' })
export class ToxicityTermInfo {
  @Field(() => ToxicityTerm, { description: 'The term, as `recordToxicity` takes it.' })
  term!: ToxicityTerm;

  @Field({ description: 'The CTCAE v5 term as written there.' })
  ctcaeTerm!: string;

  @Field({ description: 'CTCAE system organ class.' })
  category!: string;

  @Field(() => Int, { description: 'The lowest grade CTCAE defines for the term.' })
  minGrade!: number;

  @Field(() => Int, { description: 'The highest grade CTCAE defines for the term; grade 5 is death.' })
  maxGrade!: number;
}

@ObjectType({ description: 'One day of a plan\'s calendar: the doses given (or planned) that day.' })
export class TreatmentCalendarDay {
  @Field(() => LocalDate, { description: 'The day given, or planned for a dose not given.' })
  date!: string;

  @Field(() => AdministrationState, {
    description: 'The most pressing state of the day\'s doses: OVERDUE, then DUE, UPCOMING, DELAYED, GIVEN, OMITTED.',
  })
  state!: AdministrationState;

  @Field(() => [ChemoAdministration], { description: 'The doses of the day.' })
  administrations!: ChemoAdministration[];
}


/** A page of one treatment plan's toxicities (TreatmentPlan.toxicitiesConnection). */
export const ToxicityConnection = Connection('Toxicity', Toxicity);
