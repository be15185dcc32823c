import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Correcting a death recorded in error.' })
export class CorrectRecordedDeathInput {
  @Field(() => ID, { description: 'The patient whose death was recorded in error.' })
  patientId!: string;

  @Field({ description: 'Why the death was recorded in error (required; kept on the timeline and in the audit trail).' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'The patient `version` the administrator saw; a newer stored version is CONFLICT STALE_VERSION.' })
  expectedVersion?: number | null;
}

