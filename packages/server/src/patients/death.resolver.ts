import { Permission } from '@pj/shared';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { keyOf } from '../graphql/relay.js';
import { correctRecordedDeath } from './death.service.js';
import { Patient } from './patient.entity.js';

@InputType({ description: 'Correcting a death recorded in error.' })
export class CorrectRecordedDeathInput {
  @Field(() => ID)
  patientId!: string;

  @Field({ description: 'Why the death was recorded in error (required; kept on the timeline and in the audit trail).' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'The patient `version` the administrator saw; a newer stored version is CONFLICT STALE_VERSION.' })
  expectedVersion?: number | null;
}

@Resolver()
export class DeathResolver {
  @Authorized(Permission.CORRECT_RECORDED_DEATH)
  @Mutation(() => Patient, {
    description:
      'Correct a death recorded in error (administrators; audited). The patient gets back the stage their journey was in before the death ' +
      '(taking into account what the death ended), and the timeline records DEATH_CORRECTED with the reason. What the death cancelled — ' +
      'booked operations, referrals, treatment plans, follow-ups, an admission — is not brought back: book again what is still needed. ' +
      'CONFLICT PATIENT_NOT_DECEASED when no death is recorded.',
  })
  correctRecordedDeath(@Arg('input') input: CorrectRecordedDeathInput, @Ctx() ctx: GraphQLContext): Promise<Patient> {
    return correctRecordedDeath(ctx, keyOf(input.patientId, 'Patient', 'patientId'), input);
  }
}
