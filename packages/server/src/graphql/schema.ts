import 'reflect-metadata';
import './enums.js';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { auditFields } from '../audit/audit.fields.js';
import { AuditResolver, PatientAccessLogResolver } from '../audit/audit.resolver.js';
import { authChecker } from '../auth/auth-checker.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { PatientEpisodesResolver } from '../episodes/episode.resolver.js';
import {
  AdmissionResolver,
  BedResolver,
  DischargeResolver,
  PatientAdmissionsResolver,
  WardResolver,
} from '../inpatient/inpatient.resolver.js';
import { AdmissionLengthOfStayResolver, BedStayResolver, CensusResolver } from '../inpatient/census.resolver.js';
import { JobRunResolver, ScheduledJobResolver } from '../jobs/jobs.resolver.js';
import { PatientJourneyResolver } from '../journey/journey.resolver.js';
import { journeyEventTypes } from '../journey/journey.types.js';
import {
  DischargeFollowUpsResolver,
  FollowUpResolver,
  PatientFollowUpsResolver,
} from '../follow-up/follow-up.resolver.js';
import {
  ChemoAdministrationResolver,
  OncologyDiagnosisResolver,
  ResponseAssessmentResolver,
  ToxicityResolver,
  PatientOncologyResolver,
  ProtocolPhaseResolver,
  ProtocolResolver,
  TreatmentPlanResolver,
} from '../oncology/oncology.resolver.js';
import { DeathResolver } from '../patients/death.resolver.js';
import { PatientResolver, PatientsMergedEventResolver } from '../patients/patient.resolver.js';
import { PatientReferralsResolver, ReferralResolver } from '../referrals/referral.resolver.js';
import { MissionReferralResolver, MissionResolver, StaffResolver } from '../surgery/mission.resolver.js';
import { ComplicationResolver, PatientSurgeriesResolver, SurgeryResolver, SurgeryTeamMemberResolver } from '../surgery/surgery.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { DateTime } from './scalars.js';

/**
 * Plain fields — a property read, with no @Authorized rule, no middleware and the same name
 * in the schema — resolve with graphql-js's default resolver. type-graphql would otherwise
 * wrap each in a closure that builds a middleware chain per value, which on a page of 50
 * rows is most of the time spent outside the database.
 */
function resolvePlainFieldsByDefault(): void {
  const storage = getMetadataStorage();
  const guarded = new Set([...storage.authorizedFields, ...storage.middlewares].map((m) => m.target.name + '.' + m.fieldName));
  for (const field of storage.fields) {
    if (field.simple === undefined && field.name === field.schemaName && !guarded.has(field.target.name + '.' + field.name)) {
      field.simple = true;
    }
  }
}

export async function createSchema(): Promise<GraphQLSchema> {
  resolvePlainFieldsByDefault();
  const schema = await buildSchema({
    resolvers: [
      AuthResolver,
      AuditResolver,
      PatientAccessLogResolver,
      NodeResolver,
      PatientResolver,
      PatientsMergedEventResolver,
      DeathResolver,
      PatientEpisodesResolver,
      PatientReferralsResolver,
      PatientSurgeriesResolver,
      PatientAdmissionsResolver,
      PatientJourneyResolver,
      OncologyDiagnosisResolver,
      PatientOncologyResolver,
      ProtocolResolver,
      ProtocolPhaseResolver,
      TreatmentPlanResolver,
      ChemoAdministrationResolver,
      ToxicityResolver,
      ResponseAssessmentResolver,
      FollowUpResolver,
      PatientFollowUpsResolver,
      DischargeFollowUpsResolver,
      ReferralResolver,
      SurgeryResolver,
      SurgeryTeamMemberResolver,
      ComplicationResolver,
      MissionResolver,
      MissionReferralResolver,
      StaffResolver,
      WardResolver,
      BedResolver,
      AdmissionResolver,
      DischargeResolver,
      CensusResolver,
      BedStayResolver,
      AdmissionLengthOfStayResolver,
      ScheduledJobResolver,
      JobRunResolver,
    ],
    orphanedTypes: journeyEventTypes,
    scalarsMap: [{ type: Date, scalar: DateTime }],
    authChecker,
    // Inputs are checked by the services, which know the domain rules and name the field.
    validate: false,
    emitSchemaFile: false,
  });
  return auditFields(schema);
}
