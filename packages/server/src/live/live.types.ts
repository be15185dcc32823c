import { Field, ObjectType } from 'type-graphql';
import type { JourneyEventView } from '../journey/journey.service.js';
import { JourneyEventBase } from '../journey/journey.types.js';

@ObjectType({ description: 'One new event on a patient\'s timeline, with the cursor to resume after it.' })
export class TimelineUpdate {
  @Field(() => String, {
    description: 'Resume here: pass it as `after` when subscribing again, to receive only the events recorded since, each once.',
  })
  cursor!: string;

  @Field(() => JourneyEventBase, { description: 'The event, as the timeline serves it.' })
  event!: JourneyEventView;

  /** The patient whose timeline it is (for the audit trail). */
  patientId!: string;
}
