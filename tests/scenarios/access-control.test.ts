import { Role } from '@pj/shared';
import {
  buildSchema as parseSdl,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApp, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The role matrix, written out independently of the code that enforces it: for every root
 * field, the roles that may use it. (`ALL` = any signed-in user; `PUBLIC` = no sign-in.)
 * A root field missing here fails the test, so a new field must be placed in the matrix.
 */
const { CLINICIAN, SURGEON, NURSE, CASE_MANAGER, ONCOLOGY, ADMINISTRATOR, ANALYST, DIRECTOR } = Role;
const ALL = Object.values(Role);
const CARE = [CLINICIAN, SURGEON, NURSE, CASE_MANAGER, ONCOLOGY];
/** Root fields that end or lock the session that uses them. */
const ENDS_THE_SESSION = ['Mutation.logout', 'Mutation.signOutEverywhere', 'Mutation.lockSession'];
const MATRIX: Record<string, Role[] | 'PUBLIC'> = {
  'Query.me': ALL,
  'Query.myApiTokens': ALL,
  'Query.provinces': ALL,
  // Code lists (ICD-10, ICD-O-3, the procedure list) are public reference data: any signed-in user.
  'Query.diagnosisCodes': ALL,
  'Query.procedures': ALL,
  'Query.procedureGroups': ALL,
  // The logbook: one's own with no permission (through one's staff record); others' with READ_TRAINING.
  'Query.myLogbook': ALL,
  'Query.logbook': [SURGEON, CASE_MANAGER, ANALYST, DIRECTOR],
  'Query.logbookCsv': [SURGEON, CASE_MANAGER, ANALYST, DIRECTOR],
  'Query.countersignQueue': [SURGEON],
  'Mutation.confirmLogbookEntry': ALL,
  'Mutation.countersignLogbookEntry': [SURGEON],
  'Mutation.correctLogbookEntry': ALL,
  'Mutation.setUserStaffMember': [ADMINISTRATOR],
  'Query.node': [...CARE, ADMINISTRATOR, DIRECTOR],
  'Query.patient': [...CARE, ADMINISTRATOR, DIRECTOR],
  'Query.patientByMrn': [...CARE, ADMINISTRATOR, DIRECTOR],
  'Query.patients': [...CARE, ADMINISTRATOR, DIRECTOR],
  'Query.possibleDuplicates': [...CARE, ADMINISTRATOR, DIRECTOR],
  'Query.referrals': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.theatreSchedule': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.wards': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.census': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.inpatients': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.inpatientsConnection': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.auditLog': [ADMINISTRATOR],
  'Query.scheduledJobs': [ADMINISTRATOR],
  'Query.caseManagers': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.referralStats': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.protocols': [...CARE, ADMINISTRATOR, DIRECTOR],
  'Query.oncologyAlerts': [...CARE, ADMINISTRATOR, DIRECTOR],
  'Query.toxicityTerms': [...CARE, ADMINISTRATOR, DIRECTOR],
  'Query.followUps': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.theatreBoard': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.checklistItems': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.theatres': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.staffMembers': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.staffMembersConnection': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.staffMember': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.missions': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.mission': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.staffTrainingLog': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.localPrimarySurgeonShare': [...CARE, ADMINISTRATOR, ANALYST, DIRECTOR],
  'Query.indicatorDefinitions': [ANALYST, DIRECTOR],
  'Query.indicators': [ANALYST, DIRECTOR],
  'Query.indicatorCsv': [ANALYST, DIRECTOR],
  'Query.dhis2DataValueSet': [ANALYST, DIRECTOR],
  'Query.indicatorCases': [DIRECTOR],
  'Query.proposeMissionSchedule': [SURGEON, CASE_MANAGER],
  'Query.theatreFreeSlots': [SURGEON, CASE_MANAGER],
  // Training progress: one's own with no permission (the test users have no staff record), anyone's with READ_TRAINING.
  'Query.trainingProgress': [SURGEON, CASE_MANAGER, ANALYST, DIRECTOR],
  'Query.myTrainingProgress': ALL,
  'Query.entrustmentCandidates': [SURGEON],
  'Mutation.login': 'PUBLIC',
  'Mutation.logout': ALL,
  'Query.mySession': ALL,
  'Mutation.lockSession': ALL,
  'Mutation.unlockSession': ALL,
  'Mutation.signOutEverywhere': ALL,
  'Mutation.signOutUser': [ADMINISTRATOR],
  'Mutation.createApiToken': ALL,
  'Mutation.revokeApiToken': ALL,
  'Query.users': [ADMINISTRATOR],
  'Query.user': [ADMINISTRATOR],
  'Query.userApiTokens': [ADMINISTRATOR],
  'Mutation.createUser': [ADMINISTRATOR],
  'Mutation.updateUser': [ADMINISTRATOR],
  'Mutation.deactivateUser': [ADMINISTRATOR],
  'Mutation.reactivateUser': [ADMINISTRATOR],
  'Mutation.resetUserPassword': [ADMINISTRATOR],
  'Mutation.revokeUserApiToken': [ADMINISTRATOR],
  'Mutation.setMyLanguage': ALL,
  'Mutation.registerPatient': [CLINICIAN, NURSE, CASE_MANAGER],
  'Mutation.updatePatient': [CLINICIAN, NURSE, CASE_MANAGER],
  'Mutation.mergePatients': [CASE_MANAGER],
  'Mutation.receiveReferral': [CLINICIAN, SURGEON, CASE_MANAGER, ONCOLOGY],
  'Mutation.transitionReferral': [CLINICIAN, SURGEON, CASE_MANAGER, ONCOLOGY],
  'Mutation.assignReferral': [CLINICIAN, SURGEON, CASE_MANAGER, ONCOLOGY],
  'Mutation.scheduleSurgery': [SURGEON, CASE_MANAGER],
  'Mutation.cancelSurgery': [SURGEON, CASE_MANAGER],
  'Mutation.completeSurgery': [SURGEON],
  'Mutation.rescheduleSurgery': [SURGEON, CASE_MANAGER],
  'Mutation.recordChecklistPhase': [SURGEON, NURSE],
  'Mutation.recordComplication': [SURGEON],
  'Mutation.createStaffMember': [SURGEON, CASE_MANAGER],
  'Mutation.createMission': [SURGEON, CASE_MANAGER],
  'Mutation.assignReferralToMission': [SURGEON, CASE_MANAGER],
  'Mutation.unassignReferralFromMission': [SURGEON, CASE_MANAGER],
  'Mutation.confirmMissionSchedule': [SURGEON, CASE_MANAGER],
  'Mutation.admitPatient': [CLINICIAN, SURGEON, NURSE, ONCOLOGY],
  'Mutation.dischargePatient': [CLINICIAN, SURGEON, NURSE, ONCOLOGY],
  'Mutation.transferPatient': [CLINICIAN, SURGEON, NURSE, ONCOLOGY],
  'Mutation.recordOncologyDiagnosis': [CLINICIAN, SURGEON, NURSE, ONCOLOGY],
  'Mutation.startTreatmentPlan': [CLINICIAN, SURGEON, NURSE, ONCOLOGY],
  'Mutation.recordChemoAdministration': [CLINICIAN, SURGEON, NURSE, ONCOLOGY],
  'Mutation.omitChemoAdministration': [CLINICIAN, SURGEON, NURSE, ONCOLOGY],
  'Mutation.recordToxicity': [CLINICIAN, SURGEON, NURSE, ONCOLOGY],
  'Mutation.recordResponseAssessment': [CLINICIAN, SURGEON, NURSE, ONCOLOGY],
  'Mutation.recordTreatmentRefusal': [CLINICIAN, SURGEON, NURSE, ONCOLOGY],
  'Mutation.completeTreatmentPlan': [CLINICIAN, SURGEON, NURSE, ONCOLOGY],
  'Mutation.scheduleFollowUp': [CLINICIAN, SURGEON, NURSE, CASE_MANAGER, ONCOLOGY],
  'Mutation.recordFollowUp': [CLINICIAN, SURGEON, NURSE, CASE_MANAGER, ONCOLOGY],
  'Mutation.markLostToFollowUp': [CLINICIAN, SURGEON, NURSE, CASE_MANAGER, ONCOLOGY],
  'Mutation.moveFollowUp': [CLINICIAN, SURGEON, NURSE, CASE_MANAGER, ONCOLOGY],
  'Mutation.cancelFollowUp': [CLINICIAN, SURGEON, NURSE, CASE_MANAGER, ONCOLOGY],
  'Mutation.correctRecordedDeath': [ADMINISTRATOR],
  'Mutation.createProtocol': [ONCOLOGY],
  'Mutation.reviseProtocol': [ONCOLOGY],
  'Mutation.retireProtocol': [ONCOLOGY],
  'Mutation.recordAllergies': [CLINICIAN, SURGEON, NURSE, ONCOLOGY],
  'Mutation.recordWeight': [CLINICIAN, SURGEON, NURSE, ONCOLOGY],
  // Entrustment (SUPERVISE_TRAINING); development: one's own, or anyone's with MANAGE_MISSIONS.
  'Mutation.recordEntrustment': [SURGEON],
  'Mutation.addDevelopmentActivity': [SURGEON, CASE_MANAGER],
  'Mutation.removeDevelopmentActivity': [SURGEON, CASE_MANAGER],
  // The handover dashboard: READ_TRAINING (Mission.teachingPlan is guarded by it too).
  'Query.handoverDashboard': [SURGEON, CASE_MANAGER, ANALYST, DIRECTOR],
};

const schema = parseSdl(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
const unknownPatient = Buffer.from('Patient:00000000-0000-4000-8000-000000000000').toString('base64url');

/** A value of the right type for an argument, so the request passes validation. */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type, f.name)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID': return unknownPatient;
      case 'Int': return 1;
      case 'Float': return 1.5;
      case 'Boolean': return false;
      case 'DateTime': return '2026-01-01T00:00:00.000Z';
      case 'LocalDate': return '2026-01-01';
      default: return name === 'password' ? 'not-the-password' : 'x';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const variables = Object.fromEntries(required.map((a) => [a.name, sample(a.type, a.name)]));
  const params = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${kind}${params ? ` (${params})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables,
  };
}

const rootFields = [
  ...Object.values(schema.getQueryType()!.getFields()).map((f) => ({ key: `Query.${f.name}`, kind: 'query' as const, field: f })),
  ...Object.values(schema.getMutationType()!.getFields()).map((f) => ({ key: `Mutation.${f.name}`, kind: 'mutation' as const, field: f })),
];

async function codeOf(client: GraphQLClient, key: string): Promise<string> {
  const root = rootFields.find((r) => r.key === key)!;
  const { query, variables } = operationFor(root.kind, root.field);
  const body = await client.gql(query, variables);
  const extensions = body.errors?.[0]?.extensions;
  if (!extensions) return 'OK';
  return extensions.code === 'UNAUTHENTICATED' ? `${extensions.code}/${extensions.reason}` : (extensions.code ?? 'NO_CODE');
}

describe('who may use what', () => {
  let db: TestDatabase;
  let api: HttpApp;
  const clients = new Map<Role, GraphQLClient>();

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startHttpApp(db);
    for (const role of ALL) clients.set(role, await api.userWithRoles([role]));
  });

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('places every root field of the schema in the role matrix', () => {
    expect(rootFields.map((r) => r.key).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('answers every root field with UNAUTHENTICATED to an anonymous request (login aside)', async () => {
    const codes: Record<string, string> = {};
    for (const { key } of rootFields) codes[key] = await codeOf(api.anonymous, key);
    for (const { key } of rootFields) {
      // Signing in with a wrong password is refused too, but for that reason, not for being anonymous.
      if (MATRIX[key] === 'PUBLIC') expect(codes[key], key).toBe('UNAUTHENTICATED/INVALID_CREDENTIALS');
      else expect(codes[key], key).toBe('UNAUTHENTICATED/NOT_SIGNED_IN');
    }
  });

  it('answers FORBIDDEN exactly where the matrix says, for every role and root field', async () => {
    let checked = 0;
    // logout, signOutEverywhere and lockSession would end (or lock) the session the rest of the
    // loop needs; they are checked on their own below.
    for (const { key } of rootFields.filter((r) => !ENDS_THE_SESSION.includes(r.key))) {
      const allowed = MATRIX[key];
      // The roles ask at once (their own sessions); the fields one after another.
      const codes = await Promise.all(ALL.map((role) => codeOf(clients.get(role)!, key)));
      for (const [index, role] of ALL.entries()) {
        const code = codes[index];
        const mayUse = allowed === 'PUBLIC' || allowed.includes(role);
        expect([key, role, code === 'FORBIDDEN'], `${key} as ${role} got ${code}`).toEqual([key, role, !mayUse]);
        if (allowed !== 'PUBLIC') expect(code, `${key} as ${role}`).not.toMatch(/^UNAUTHENTICATED/);
        expect(code, `${key} as ${role}`).not.toBe('INTERNAL_SERVER_ERROR');
        checked++;
      }
    }
    expect(checked).toBe((rootFields.length - ENDS_THE_SESSION.length) * ALL.length);
  }, 120_000);

  it('signs a user out: the same cookie is refused afterwards', async () => {
    const nurse = await api.userWithRoles([NURSE]);
    expect(await codeOf(nurse, 'Query.me')).toBe('OK');
    expect(await codeOf(nurse, 'Mutation.logout')).toBe('OK');
    const after = await nurse.gql('{ me { username } }');
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
  });

  it('lets every role lock its screen and sign itself out everywhere', async () => {
    for (const role of ALL) {
      const [locking, leaving] = [await api.userWithRoles([role]), await api.userWithRoles([role])];
      expect(await codeOf(locking, 'Mutation.lockSession'), role).toBe('OK');
      expect(await codeOf(locking, 'Query.me'), role).toBe('UNAUTHENTICATED/SESSION_LOCKED');
      expect(await codeOf(leaving, 'Mutation.signOutEverywhere'), role).toBe('OK');
      expect(await codeOf(leaving, 'Query.me'), role).toBe('UNAUTHENTICATED/SESSION_EXPIRED');
    }
  });

  it('shows contact details only to the care team', async () => {
    const registered = await api.gql<{ registerPatient: { id: string } }>(
      `mutation { registerPatient(input: { familyName: "Keo", givenName: "Malis", sex: FEMALE, birthDate: "1990-04-01",
         phones: ["012 345 678"], nationalId: "010203040", provinceCode: 8, district: "Ta Khmau", village: "Phum 3" }) { id } }`,
    );
    const id = registered.data!.registerPatient.id;
    const read = (client: GraphQLClient) =>
      client.gql<{ patient: { mrn: string; phones: string[] | null; nationalId: string | null; village: string | null } }>(
        `query ($id: ID!) { patient(id: $id) { mrn phones nationalId village } }`,
        { id },
      );

    const nurse = await read(clients.get(NURSE)!);
    expect(nurse.errors).toBeUndefined();
    expect(nurse.data!.patient).toMatchObject({ phones: ['+85512345678'], nationalId: '010203040', village: 'Phum 3' });

    const admin = await read(clients.get(ADMINISTRATOR)!);
    expect(admin.data!.patient).toMatchObject({ mrn: expect.stringMatching(/^\d{6}-\d$/), phones: null, nationalId: null, village: null });
    expect(admin.errors!.map((e) => [e.path!.join('.'), e.extensions!.code]).sort()).toEqual([
      ['patient.nationalId', 'FORBIDDEN'],
      ['patient.phones', 'FORBIDDEN'],
      ['patient.village', 'FORBIDDEN'],
    ]);

    // An analyst reaches patients through no back door: the referral worklist hides them too.
    const analyst = await clients.get(ANALYST)!.gql<{ referrals: unknown }>('{ referrals(first: 5) { edges { node { status patient { mrn } } } } }');
    const leaked = (analyst.data?.referrals as { edges: { node: { patient: unknown } }[] } | null)?.edges.some((e) => e.node.patient);
    expect(leaked ?? false).toBe(false);
  });
});
