import { Permission } from '@pj/shared';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { INPUT_ARG, keyOf } from '../graphql/relay.js';
import { CorrectRecordedDeathInput } from './death.input.js';
import { correctRecordedDeath } from './death.service.js';
import { Patient } from './patient.entity.js';

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
  correctRecordedDeath(@Arg('input', INPUT_ARG) input: CorrectRecordedDeathInput, @Ctx() ctx: GraphQLContext): Promise<Patient> {
    return correctRecordedDeath(ctx, keyOf(input.patientId, 'Patient', 'patientId'), input);
  }
}
