import 'reflect-metadata';
import './enums.js';
import { CodeListResolver, DischargeCodesResolver, OncologyDiagnosisCodesResolver, SurgeryCodesResolver } from '../codes/codes.resolver.js';
import type { Permission } from '@pj/shared';
import { isInterfaceType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { auditFields } from '../audit/audit.fields.js';
import { AuditResolver, PatientAccessLogResolver } from '../audit/audit.resolver.js';
import { authChecker, checkPermissions } from '../auth/auth-checker.js';
import { AccountsResolver } from '../auth/accounts.resolver.js';
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
import { LiveResolver } from '../live/live.resolver.js';
import { TheatreLiveResolver } from '../live/theatre.live.js';
import { ReferralLiveResolver } from '../live/referral.live.js';
import { FollowUpsLiveResolver } from '../live/follow-ups.live.js';
import { OncologyAlertsLiveResolver } from '../live/oncology-alerts.live.js';
import { livePubSub } from '../live/live-pubsub.js';
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
import { PatientAllergyWeightResolver } from '../patients/allergy-weight.resolver.js';
import { PatientResolver, PatientsMergedEventResolver } from '../patients/patient.resolver.js';
import { PatientReferralsResolver, ReferralResolver } from '../referrals/referral.resolver.js';
import { IndicatorCaseResolver, IndicatorResolver } from '../reports/indicator.resolver.js';
import { MissionReferralResolver, MissionResolver, ReferralMissionResolver, StaffResolver } from '../surgery/mission.resolver.js';
import { ComplicationResolver, PatientSurgeriesResolver, SurgeryResolver, SurgeryTeamMemberResolver } from '../surgery/surgery.resolver.js';
import type { GraphQLContext } from './context.js';
import { NodeResolver } from './node.resolver.js';
import { describeAccess } from './describe-access.js';
import { markPropertyRead } from './reads.js';
import { DateTime } from './scalars.js';
import { ProcedureGroupResolver } from '../training/procedure-group.resolver.js';
import {
  DevelopmentActivityResolver,
  EntrustmentDecisionResolver,
  StaffTrainingResolver,
  TrainingProgressResolver,
} from '../training/entrustment.resolver.js';
import { HandoverResolver, MissionTeachingPlanResolver } from '../training/handover.resolver.js';
import { LogbookEntryResolver, UserStaffMemberResolver } from '../training/logbook.resolver.js';

/**
 * Fields that are a property read — no field resolver, no middleware, no arguments and the
 * same name in the schema — resolve without type-graphql's per-value middleware chain (a
 * closure and a promise for every value; on a page of 50 rows, most of the time spent outside
 * the database):
 * - with no `@Authorized` rule, by graphql-js's default resolver (`source[name]`), which is
 *   what type-graphql's resolver for them returns too;
 * - with one, by the same check type-graphql would run (`checkPermissions`, which needs no I/O),
 *   synchronously, then the property.
 * Done on the built schema, from the decorators' metadata as type-graphql publishes it
 * (`getMetadataStorage`), so nothing inside type-graphql changes.
 */
function resolvePropertyFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  // A class, as type-graphql's metadata names it (`target`).
  type Class = { name: string };
  const key = (target: Class, name: string) => `${target.name}.${name}`;
  const withMiddleware = new Set(storage.middlewares.map((m) => key(m.target, m.fieldName)));
  const resolved = new Set(storage.fieldResolvers.map((r) => key(r.getObjectType!() as Class, r.methodName)));
  const rules = new Map(storage.authorizedFields.map((a) => [key(a.target, a.fieldName), a.roles as Permission[]]));
  // The object types that hold a class's fields: its own, and those of the classes extending it.
  const typesOf = new Map<Class, { target: Class; name: string }[]>();
  for (const objectType of storage.objectTypes) {
    for (let c: unknown = objectType.target; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
      const type = c as Class;
      typesOf.set(type, [...(typesOf.get(type) ?? []), objectType]);
    }
  }
  const special = (target: Class, name: string) => withMiddleware.has(key(target, name)) || resolved.has(key(target, name));
  for (const field of storage.fields) {
    if (field.name !== field.schemaName || field.params?.length || special(field.target, field.name)) continue;
    for (const objectType of typesOf.get(field.target) ?? []) {
      if (special(objectType.target, field.name)) continue;
      const type = schema.getType(objectType.name);
      const built = isObjectType(type) ? type.getFields()[field.schemaName] : undefined;
      if (!built) continue;
      const permissions = rules.get(key(objectType.target, field.name)) ?? rules.get(key(field.target, field.name));
      built.resolve = permissions ? authorizedProperty(field.name, permissions) : undefined;
      markPropertyRead(built, field.name);
    }
  }
  const typeNames = new Map(storage.objectTypes.map((t) => [t.target, t.name]));
  for (const resolver of storage.fieldResolvers) resolveFieldResolverDirectly(schema, resolver, typeNames);
  return schema;
}

type FieldResolverMetadata = ReturnType<typeof getMetadataStorage>['fieldResolvers'][number];

/**
 * A field resolver method with no middleware, whose parameters are only `@Root()`, `@Ctx()`
 * and `@Info()`: behind `@Authorized(...permissions)`, the permission check, synchronously,
 * then the method; without one, the method alone; called as type-graphql calls it (on one
 * instance of its resolver class). type-graphql would run the check as a middleware (an async
 * chain of several promises for every value: `occupant` on each of the census's 800 beds),
 * and even without one builds each call's parameters generically (`bed { ward }` on each of
 * them). Anything else keeps type-graphql's resolver.
 */
function resolveFieldResolverDirectly(schema: GraphQLSchema, resolver: FieldResolverMetadata, typeNames: ReadonlyMap<unknown, string>): void {
  // Undefined without `@Authorized`; `[]` for `@Authorized()` (signed in, no permission named).
  const permissions = resolver.roles as Permission[] | undefined;
  if (resolver.kind !== 'external' || resolver.middlewares?.length) return;
  const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
  const simple = params.every(
    (param) => (param.kind === 'root' && !param.propertyName) || (param.kind === 'context' && !param.propertyName) || param.kind === 'info',
  );
  const typeName = typeNames.get(resolver.getObjectType?.());
  const type = typeName ? schema.getType(typeName) : undefined;
  const built = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
  if (!simple || !built) return;
  const instance = new (resolver.target as new () => Record<string, (...args: unknown[]) => unknown>)();
  const method = instance[resolver.methodName];
  const kinds = params.map((param) => param.kind);
  // type-graphql hands `@Root()` over as it is when it is an instance of the declared class
  // (every entity read, lean or managed); anything else it converts: that goes its way.
  const rootParam = params.find((param) => param.kind === 'root') as { getType?: () => unknown } | undefined;
  const rootClass = rootParam?.getType?.() as (abstract new (...args: never[]) => unknown) | undefined;
  const fallback = built.resolve!;
  built.resolve = (root: unknown, args, context: GraphQLContext, info) => {
    if (rootClass && root != null && !(root instanceof rootClass)) return fallback(root, args, context, info);
    if (permissions) checkPermissions(context, permissions);
    return method.apply(instance, kinds.map((kind) => (kind === 'root' ? root : kind === 'context' ? context : info)));
  };
}

/** A property read behind `@Authorized(...permissions)`: the check, then the property (as graphql-js reads it). */
function authorizedProperty(name: string, permissions: Permission[]): GraphQLFieldResolver<Record<string, unknown>, GraphQLContext> {
  return (source, args, context, info) => {
    checkPermissions(context, permissions);
    const value = source[name];
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).call(source, args, context, info) : value;
  };
}

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      AuthResolver,
      AccountsResolver,
      AuditResolver,
      PatientAccessLogResolver,
      NodeResolver,
      PatientResolver,
      PatientsMergedEventResolver,
      DeathResolver,
      PatientAllergyWeightResolver,
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
      ReferralMissionResolver,
      StaffResolver,
      WardResolver,
      BedResolver,
      AdmissionResolver,
      DischargeResolver,
      CensusResolver,
      CodeListResolver,
      DischargeCodesResolver,
      OncologyDiagnosisCodesResolver,
      SurgeryCodesResolver,
      BedStayResolver,
      AdmissionLengthOfStayResolver,
      ScheduledJobResolver,
      JobRunResolver,
      LiveResolver,
      TheatreLiveResolver,
      ReferralLiveResolver,
      OncologyAlertsLiveResolver,
      FollowUpsLiveResolver,
      IndicatorResolver,
      IndicatorCaseResolver,
      ProcedureGroupResolver,
      // Training: entrustment and development.
      TrainingProgressResolver,
      EntrustmentDecisionResolver,
      DevelopmentActivityResolver,
      StaffTrainingResolver,
      HandoverResolver,
      MissionTeachingPlanResolver,
      LogbookEntryResolver,
      UserStaffMemberResolver,
    ],
    orphanedTypes: journeyEventTypes,
    scalarsMap: [{ type: Date, scalar: DateTime }],
    authChecker,
    // Subscriptions read from the process's bus, which the database's announcements feed (live/).
    pubSub: livePubSub,
    // Inputs are checked by the services, which know the domain rules and name the field.
    validate: false,
    emitSchemaFile: false,
  });
  return auditFields(resolveTypesDirectly(resolvePropertyFieldsDirectly(describeAccess(schema))));
}

/**
 * An interface's `resolveType` as declared on its class, called directly. type-graphql wraps
 * a declared one in an async function (a promise for every event of a timeline); graphql-jit,
 * which runs operations (graphql/compiled-executor.ts), takes only a type name returned at
 * once, as graphql-js does too. The declared ones here (`Node`, `JourneyEvent`) return the
 * name; a class returned instead is named as type-graphql would name it.
 */
function resolveTypesDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const typeNames = new Map<unknown, string>(storage.objectTypes.map((t) => [t.target, t.name]));
  for (const declared of storage.interfaceTypes) {
    const resolveType = declared.resolveType as ((...args: unknown[]) => unknown) | undefined;
    const type = schema.getType(declared.name);
    if (!resolveType || !isInterfaceType(type)) continue;
    type.resolveType = (...args) => {
      const resolved = resolveType(...args);
      if (typeof resolved === 'string' || resolved == null) return resolved ?? undefined;
      if (typeof resolved === 'function') return typeNames.get(resolved);
      throw new Error(`${declared.name}.resolveType must return a type name or class at once`);
    };
  }
  return schema;
}
