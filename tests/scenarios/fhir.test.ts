import { readFileSync } from 'node:fs';
import type { Bundle, CapabilityStatement, Condition, Encounter, OperationOutcome, Patient as FhirPatient, Procedure, Resource } from '@medplum/fhirtypes';
import { Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUsers } from '../../packages/server/src/db/seed/demo-users.js';
import { journeyResources } from '../../packages/server/src/fhir/everything.js';
import { createContext } from '../../packages/server/src/graphql/context.js';
import { Patient } from '../../packages/server/src/patients/patient.entity.js';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { mergePatients } from '../../packages/server/src/patients/patient-merge.service.js';
import { registerPatient } from '../../packages/server/src/patients/patient.service.js';
import { receiveReferral } from '../../packages/server/src/referrals/referral.service.js';
import { childGuardian, patientInput, referralInput, serviceContext, testUser } from '../support/factories.js';
import { fhirValidator } from '../support/fhir-validator.js';
import { httpAppForTests, startHttpApp, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** The resource types $everything gives, each found in some demo patient's journey. */
const JOURNEY_TYPES = ['Patient', 'ServiceRequest', 'Encounter', 'Procedure', 'Condition', 'CarePlan', 'MedicationAdministration', 'AdverseEvent', 'Appointment'];

interface FhirAnswer<T> {
  status: number;
  type: string | null;
  headers: Headers;
  body: T;
}

/** A GET of the FHIR API with a client's session cookie, a bearer token, or nothing. */
async function fhirGet<T = Resource>(url: string, path: string, auth: { cookie?: string | null; token?: string; accept?: string } = {}): Promise<FhirAnswer<T>> {
  const headers: Record<string, string> = { accept: auth.accept ?? 'application/fhir+json' };
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  const response = await fetch(`${url}/fhir/${path}`, { headers });
  return { status: response.status, type: response.headers.get('content-type'), headers: response.headers, body: (await response.json()) as T };
}

/** Every `reference` in a resource, with where it is. */
function referencesIn(value: unknown, path = ''): { path: string; reference: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => referencesIn(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'reference' && typeof inner === 'string' ? [{ path, reference: inner }] : referencesIn(inner, path ? `${path}.${key}` : key),
  );
}

describe('FHIR R4 over the demo hospital (production configuration)', () => {
  let db: TestDatabase;
  let api: HttpApp;
  let clinician: GraphQLClient;
  let administrator: GraphQLClient;
  let analyst: GraphQLClient;
  let mrns: { mrn: string; id: string }[];
  /** Every demo patient's $everything, as the clinician gets it. */
  const bundles = new Map<string, FhirAnswer<Bundle>>();
  const validator = fhirValidator();

  beforeAll(async () => {
    // The validators compile each type's rules on first use, for seconds: done here, before any
    // request, so that no test leaves a kept-alive connection idle long enough for the server to
    // close it under the next request.
    for (const resourceType of [...JOURNEY_TYPES, 'Bundle', 'CapabilityStatement', 'OperationOutcome']) validator.problems({ resourceType } as Resource);
    db = await createTestDatabase({ demoHospitalAt: new Date('2026-11-24T05:00:00Z') });
    api = await startHttpApp(db, { production: true });
    [clinician, administrator, analyst] = await Promise.all([api.userWithRoles([Role.CLINICIAN]), api.userWithRoles([Role.ADMINISTRATOR]), api.userWithRoles([Role.ANALYST])]);
    mrns = await db.orm.em.fork().getConnection().execute<{ mrn: string; id: string }[]>(`select mrn, id from patient where merged_into_id is null order by mrn`);
  });

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  const expectValid = (resource: Resource, what: string) => expect(validator.problems(resource), what).toEqual([]);

  it('describes itself at /fhir/metadata to anyone: a valid CapabilityStatement of FHIR 4.0.1', async () => {
    const { status, type, body } = await fhirGet<CapabilityStatement>(api.url, 'metadata');
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/fhir\+json/);
    expect(body.fhirVersion).toBe('4.0.1');
    expectValid(body, 'CapabilityStatement');
    const resources = body.rest![0].resource!;
    expect(resources.find((r) => r.type === 'Patient')).toMatchObject({ interaction: [{ code: 'read' }], operation: [{ name: 'everything' }] });
    expect(resources.map((r) => r.type).sort()).toEqual([...JOURNEY_TYPES].sort());
    expect(body.rest![0].documentation).toContain('MRN');
  });

  it("gives every demo patient's $everything as a searchset Bundle that the validators pass, every reference resolved inside it", async () => {
    expect(mrns.length).toBeGreaterThan(20);
    const typesSeen = new Set<string>();
    for (const { mrn } of mrns) {
      const answer = await fhirGet<Bundle>(api.url, `Patient/${mrn}/$everything`, { cookie: clinician.cookie });
      bundles.set(mrn, answer);
      const { status, type, body } = answer;
      expect(status, mrn).toBe(200);
      expect(type).toMatch(/^application\/fhir\+json/);
      expect(body.type).toBe('searchset');
      // The Bundle with every resource in it.
      expectValid(body, `Bundle of ${mrn}`);
      const entries = body.entry ?? [];
      expect(entries[0].resource).toMatchObject({ resourceType: 'Patient', id: mrn });
      const fullUrls = new Set<string>();
      for (const entry of entries) {
        const resource = entry.resource!;
        expect(entry.fullUrl).toBe(`${api.url}/fhir/${resource.resourceType}/${resource.id}`);
        expect(fullUrls.has(entry.fullUrl!), `${entry.fullUrl} once`).toBe(false);
        fullUrls.add(entry.fullUrl!);
        typesSeen.add(resource.resourceType);
      }
      for (const entry of entries) {
        for (const { path, reference } of referencesIn(entry.resource)) {
          expect(fullUrls.has(`${api.url}/fhir/${reference}`), `${mrn}: ${entry.resource!.resourceType}.${path} → ${reference}`).toBe(true);
        }
      }
    }
    expect([...typesSeen].sort()).toEqual([...JOURNEY_TYPES].sort());
  }, 300_000);

  it("runs the README's FHIR examples as written: the demo clinician signs in, makes a token, reads with it", async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('\n## FHIR R4\n');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const lines = /```sh\n([\s\S]*?)```/.exec(section)![1].replace(/\\\n\s*/g, ' ').split('\n').filter((line) => line.startsWith('curl '));
    expect(lines.filter((line) => line.includes('/fhir/'))).toHaveLength(3);
    const [{ count }] = await db.orm.em.fork().getConnection().execute<{ count: number }[]>(`select count(*)::int as count from app_user where username = 'clinician'`);
    if (count === 0) await seedDemoUsers(db.orm.em.fork());
    let jar = '';
    let token = '';
    for (const line of lines) {
      const url = /(?:'|\s)localhost:4000(\/[^\s']*)/.exec(line)![1];
      if (url === '/graphql') {
        const body = /-d '([^']*)'/.exec(line)![1];
        const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: jar }, body });
        const answer = (await response.json()) as { data?: { createApiToken?: { token: string } }; errors?: unknown };
        expect(answer.errors, line).toBeUndefined();
        if (line.includes('-c jar')) jar = response.headers.get('set-cookie')!.split(';')[0];
        token = answer.data?.createApiToken?.token ?? token;
      } else {
        const answer = await fhirGet(api.url, url.replace(/^\/fhir\//, ''), line.includes('$TOKEN') ? { token } : {});
        expect(answer.status, line).toBe(200);
        expectValid(answer.body, line);
      }
    }
  });

  it('has validators that do find faults in such a Bundle', () => {
    const [mrn, answer] = [...bundles.entries()].find(([, b]) => b.body.entry!.some((e) => e.resource!.resourceType === 'Appointment'))!;
    const broken = structuredClone(answer.body);
    const appointment = broken.entry!.find((e) => e.resource!.resourceType === 'Appointment')!.resource as { end?: string };
    delete appointment.end;
    (broken.entry![0].resource as { gender: string }).gender = 'woman';
    const problems = validator.problems(broken);
    expect(problems.some((p) => p.startsWith('medplum /entry/') && p.includes('app-2')), `${mrn}: ${problems.join('\n')}`).toBe(true);
    expect(problems.some((p) => p.startsWith('schema /entry/0/resource/gender')), problems.join('\n')).toBe(true);
  });

  it('reads a journey in a fixed number of statements, however long it is (one per kind of record, batched)', async () => {
    const largest = [...bundles.entries()].sort(([, a], [, b]) => (b.body.entry?.length ?? 0) - (a.body.entry?.length ?? 0)).slice(0, 3);
    expect(largest[0][1].body.entry!.length).toBeGreaterThan(15);
    for (const [mrn, answer] of largest) {
      const context = createContext(db.orm.em, () => new Date('2026-11-24T05:00:00Z'), { user: testUser([Role.CLINICIAN]) });
      const patient = await context.em.findOneOrFail(Patient, { mrn });
      db.resetQueries();
      const resources = await journeyResources(context, patient);
      expect(resources).toHaveLength(answer.body.entry!.length);
      // Merged-away MRNs, the six kinds a patient has, then complications, teams, discharges, protocols, doses and
      // toxicities, then the teams' staff: 14; and the code reads, one statement each: the booked and the performed
      // procedure-list entries, the cancer diagnoses' codes, the discharges' diagnosis codes: 18.
      expect(db.queries.length, `${mrn}: the counter sees the reads`).toBeGreaterThanOrEqual(7);
      expect(db.queries.length, mrn).toBeLessThanOrEqual(18);
    }
  });

  it('links the journey: operations based on referrals, complications on their operation, doses on their plan', () => {
    expect(bundles.size).toBe(mrns.length);
    const resources = [...bundles.values()].flatMap((b) => (b.body.entry ?? []).map((e) => e.resource!));
    const of = <T extends Resource['resourceType']>(type: T) => resources.filter((r) => r.resourceType === type) as Extract<Resource, { resourceType: T }>[];
    expect(of('Procedure').some((p) => p.basedOn?.[0].reference?.startsWith('ServiceRequest/'))).toBe(true);
    expect(of('AdverseEvent').some((e) => e.suspectEntity?.[0].instance.reference?.startsWith('Procedure/'))).toBe(true);
    expect(of('CarePlan').some((p) => p.activity?.[0].outcomeReference?.length)).toBe(true);
    expect(of('Encounter').some((e) => e.diagnosis?.[0].condition.reference?.startsWith('Condition/'))).toBe(true);
    for (const condition of of('Condition')) expect(condition.code?.text, 'a diagnosis always has its words').toBeTruthy();
    for (const procedure of of('Procedure')) expect(procedure.code?.text).toBeTruthy();
    expect(of('Procedure').some((p) => p.performer?.some((m) => m.function?.text === 'Primary surgeon' && m.actor.display))).toBe(true);
  });

  it("codes demo journeys: ICD-10 and ICD-O-3 on a Wilms tumour, the procedure list and ICD-9-CM on a hernia repair, ICD-10 on each discharge diagnosis", async () => {
    const sql = db.orm.em.fork().getConnection();
    // The demo seeds nephroblastoma as ICD-10 C64, topography C64.9, morphology 8960/3 (db/seed/demo-data.ts).
    const [wilms] = await sql.execute<{ id: string; mrn: string }[]>(
      `select d.id, p.mrn from oncology_diagnosis d join patient p on p.id = d.patient_id where d.icd10_code = 'C64' and p.merged_into_id is null order by p.mrn limit 1`,
    );
    expect(wilms, 'a Wilms tumour in the demo').toBeDefined();
    const resources = bundles.get(wilms.mrn)!.body.entry!.map((e) => e.resource!);
    const cancer = resources.find((r) => r.id === wilms.id) as Condition;
    expect(cancer.code).toEqual({ coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'C64', display: expect.stringMatching(/kidney/i) }], text: 'Wilms tumour' });
    expect(cancer.bodySite).toEqual([{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/icd-o-3', code: 'C64.9', display: expect.stringMatching(/kidney/i) }], text: expect.any(String) }]);
    expect(cancer.extension).toContainEqual({
      url: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-histology-morphology-behavior',
      valueCodeableConcept: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/icd-o-3', code: '8960/3', display: expect.stringMatching(/nephroblastoma/i) }], text: expect.any(String) },
    });

    // A Lichtenstein hernia repair, booked and performed as GEN-01 → ICD-9-CM 53.05, discharged as K40.9 (demo-data.ts).
    const [hernia] = await sql.execute<{ id: string; mrn: string; admission_id: string }[]>(
      `select s.id, p.mrn, a.id as admission_id from surgery s join patient p on p.id = s.patient_id
         join surgery_procedure_code c on c.surgery_id = s.id and c.procedure_code = 'GEN-01'
         join admission a on a.episode_id = s.episode_id join discharge d on d.admission_id = a.id
        where s.status = 'COMPLETED' and p.merged_into_id is null order by p.mrn limit 1`,
    );
    expect(hernia, 'a Lichtenstein repair in the demo, with its discharge').toBeDefined();
    const journey = bundles.get(hernia.mrn)!.body.entry!.map((e) => e.resource!);
    const repair = journey.find((r) => r.id === hernia.id) as Procedure;
    expect(repair.code).toEqual({
      coding: [
        { system: 'urn:patient-journey:procedure-list', code: 'GEN-01', display: 'Open inguinal hernia repair (Lichtenstein)' },
        { system: 'http://hl7.org/fhir/sid/icd-9-cm', code: '53.05' },
      ],
      text: 'Open inguinal hernia repair (Lichtenstein)',
    });
    const encounter = journey.find((r) => r.id === hernia.admission_id) as Encounter;
    const [primary] = encounter.diagnosis!;
    expect(primary.rank).toBe(1);
    const diagnosis = journey.find((r) => `Condition/${r.id}` === primary.condition.reference) as Condition;
    expect(diagnosis.code?.coding).toEqual([{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'K40.9', display: expect.stringMatching(/inguinal hernia/i) }]);
    expect(diagnosis.code?.text).toMatch(/^Right inguinal hernia, repaired/);

    // Every coded discharge diagnosis of the demo: a Condition of its own, the primary keeping the summary's words, ranked on its Encounter.
    const codes = await sql.execute<{ mrn: string; discharge_id: string; admission_id: string; diagnosis: string; position: number; code: string; title: string }[]>(
      `select p.mrn, d.id as discharge_id, d.admission_id, d.diagnosis, c.position, c.code, i.title from discharge d join patient p on p.id = d.patient_id
         join discharge_diagnosis_code c on c.discharge_id = d.id join icd10_code i on i.code = c.code where p.merged_into_id is null`,
    );
    expect(codes.length, 'coded discharges').toBeGreaterThan(0);
    for (const row of codes) {
      const all = bundles.get(row.mrn)!.body.entry!.map((e) => e.resource!);
      const id = row.position === 0 ? row.discharge_id : `${row.discharge_id}-${row.position + 1}`;
      const condition = all.find((r) => r.resourceType === 'Condition' && r.id === id) as Condition;
      expect(condition.code, id).toEqual({ coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: row.code, display: row.title }], text: row.position === 0 ? row.diagnosis : row.title });
      const admission = all.find((r) => r.id === row.admission_id) as Encounter;
      expect(admission.diagnosis, id).toContainEqual(expect.objectContaining({ condition: { reference: `Condition/${id}` }, rank: row.position + 1 }));
    }
  });

  it('reads a Patient by MRN with its contact details for the care team, and without them for an administrator', async () => {
    const ctx = serviceContext(db.orm, () => new Date('2026-11-24T05:00:00Z'));
    const child = await registerPatient(ctx, patientInput({ familyName: 'Chan', givenName: 'Vanna', birthDate: '2019-03-01', phones: ['012 345 678'], guardian: childGuardian, district: 'Bati', village: 'Trapeang', nationalId: 'N0123' }));

    const care = await fhirGet<FhirPatient>(api.url, `Patient/${child.mrn}`, { cookie: clinician.cookie });
    expect(care.status).toBe(200);
    expectValid(care.body, 'Patient (care team)');
    expect(care.body).toMatchObject({ id: child.mrn, active: true, gender: 'female', birthDate: '2019-03-01' });
    expect(care.body.telecom).toEqual([{ system: 'phone', value: '+85512345678' }]);
    expect(care.body.contact?.[0]).toMatchObject({ name: { text: 'Chan Sophea' }, telecom: [{ system: 'phone', value: '+85597765432' + '1' }] });
    expect(care.body.address?.[0]).toMatchObject({ district: 'Bati', line: ['Trapeang'], country: 'KH' });
    expect(care.body.identifier?.map((i) => i.value)).toEqual([child.mrn, 'N0123']);

    const admin = await fhirGet<FhirPatient>(api.url, `Patient/${child.mrn}`, { cookie: administrator.cookie });
    expect(admin.status).toBe(200);
    expectValid(admin.body, 'Patient (administrator)');
    expect(admin.body.name?.[0]).toEqual({ use: 'official', family: 'Chan', given: ['Vanna'] });
    expect(admin.body.telecom).toBeUndefined();
    expect(admin.body.contact).toBeUndefined();
    expect(admin.body.address).toEqual([{ use: 'home', state: care.body.address![0].state, country: 'KH' }]);
    expect(admin.body.identifier?.map((i) => i.value)).toEqual([child.mrn]);
    // The same in $everything: no phone anywhere in the administrator's bundle.
    const bundle = await fhirGet<Bundle>(api.url, `Patient/${child.mrn}/$everything`, { cookie: administrator.cookie });
    expect(JSON.stringify(bundle.body)).not.toContain('+855');
  });

  it('answers an API token as it answers a session', async () => {
    const { mrn } = mrns[0];
    const created = await clinician.gql<{ createApiToken: { token: string } }>(`mutation { createApiToken(input: { name: "FHIR export" }) { token } }`);
    const token = created.data!.createApiToken.token;
    const byToken = await fhirGet<FhirPatient>(api.url, `Patient/${mrn}`, { token });
    expect(byToken.status).toBe(200);
    expect(byToken.body.id).toBe(mrn);
    const revoked = await fhirGet<OperationOutcome>(api.url, `Patient/${mrn}`, { token: `${token}x` });
    expect(revoked.status).toBe(401);
    expect(revoked.body.issue[0]).toMatchObject({ severity: 'error', code: 'login', diagnostics: 'INVALID_TOKEN' });
  });

  it('refuses with an OperationOutcome: 401 signed out, 403 without READ_PATIENTS, 400 for what is no MRN, 404 for an MRN of nobody', async () => {
    const { mrn, id } = mrns[0];
    const cases: [string, string | null | undefined, number, string][] = [
      [`Patient/${mrn}`, null, 401, 'login'],
      [`Patient/${mrn}/$everything`, null, 401, 'login'],
      [`Patient/${mrn}`, analyst.cookie, 403, 'forbidden'],
      [`Patient/${mrn}/$everything`, analyst.cookie, 403, 'forbidden'],
      [`Patient/${toGlobalId('Patient', id)}`, clinician.cookie, 400, 'invalid'],
      [`Patient/${mrn.slice(0, 7)}${(Number(mrn.at(-1)) + 1) % 10}`, clinician.cookie, 400, 'invalid'],
      ['Patient/999998-8/$everything', clinician.cookie, 404, 'not-found'],
      [`Patient/${mrn}/$summary`, clinician.cookie, 404, 'not-supported'],
      ['Observation/1', clinician.cookie, 404, 'not-supported'],
      ['Patient/%E0%A4%A', clinician.cookie, 400, 'invalid'],
    ];
    for (const [path, cookie, status, code] of cases) {
      const answer = await fhirGet<OperationOutcome>(api.url, path, { cookie });
      expect(answer.status, path).toBe(status);
      expect(answer.type, path).toMatch(/^application\/fhir\+json/);
      expect(answer.body.resourceType, path).toBe('OperationOutcome');
      expect(answer.body.issue[0], path).toMatchObject({ severity: 'error', code });
      expectValid(answer.body, path);
      expect(JSON.stringify(answer.body), path).not.toMatch(/\bat \S+\.(?:ts|js):\d+/);
    }
    expect((await fhirGet(api.url, `Patient/${mrn}`)).headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await fhirGet<OperationOutcome>(api.url, `Patient/${mrn}?_format=xml`, { cookie: clinician.cookie })).status).toBe(406);
    expect((await fhirGet<OperationOutcome>(api.url, `Patient/${mrn}`, { cookie: clinician.cookie, accept: 'application/fhir+xml' })).status).toBe(406);
    expect((await fhirGet<OperationOutcome>(api.url, `Patient/${mrn}?_format=application/fhir+json`, { cookie: clinician.cookie, accept: '*/*' })).status).toBe(200);
  });

  it('writes each read and each refusal to the audit trail, as GraphQL writes a read of the record', async () => {
    const { mrn, id } = mrns[1];
    await fhirGet(api.url, `Patient/${mrn}/$everything`, { cookie: clinician.cookie });
    await fhirGet(api.url, `Patient/${mrn}`, { cookie: analyst.cookie });
    const rows = await db.orm.em.fork().getConnection().execute<{ action: string; outcome: string; patient_id: string | null; username: string; detail: string }[]>(
      `select action, outcome, patient_id, username, detail from audit_entry where detail like ? order by id`,
      [`FHIR Patient/${mrn}%`],
    );
    expect(rows.slice(-2)).toEqual([
      { action: 'read:patient', outcome: 'OK', patient_id: id, username: expect.stringMatching(/^tester/), detail: `FHIR Patient/${mrn}/$everything` },
      { action: 'read:patient', outcome: 'FORBIDDEN', patient_id: null, username: expect.stringMatching(/^tester/), detail: `FHIR Patient/${mrn}` },
    ]);
    // The record's access log (GraphQL) shows the FHIR read.
    const log = await api.gql<{ patient: { accessLog: { edges: { node: { action: string; detail: string | null } }[] } } }>(
      `query ($id: ID!) { patient(id: $id) { accessLog(first: 5) { edges { node { action detail } } } } }`,
      { id: toGlobalId('Patient', id) },
    );
    expect(log.data?.patient.accessLog.edges.map((e) => e.node)).toContainEqual({ action: 'read:patient', detail: `FHIR Patient/${mrn}/$everything` });
  });

  it('reads a merged-away MRN as an inactive Patient replaced by the kept one, whose $everything holds both journeys', async () => {
    const ctx = () => serviceContext(db.orm, () => new Date('2026-11-24T05:00:00Z'));
    const keep = await registerPatient(ctx(), patientInput({ familyName: 'Keo', givenName: 'Sreyneang' }));
    const remove = await registerPatient(ctx(), patientInput({ familyName: 'Keo', givenName: 'Sreyneang' }));
    const referral = await receiveReferral(ctx(), remove.id, referralInput(remove.id), null);
    await mergePatients(ctx(), keep.id, remove.id, { keepId: '', removeId: '' });

    const merged = await fhirGet<FhirPatient>(api.url, `Patient/${remove.mrn}`, { cookie: clinician.cookie });
    expect(merged.status).toBe(200);
    expectValid(merged.body, 'merged-away Patient');
    expect(merged.body).toMatchObject({ id: remove.mrn, active: false, link: [{ type: 'replaced-by', other: { reference: `Patient/${keep.mrn}` } }] });

    const gone = await fhirGet<OperationOutcome>(api.url, `Patient/${remove.mrn}/$everything`, { cookie: clinician.cookie });
    expect(gone.status).toBe(404);
    expect(gone.body.issue[0].details?.text).toContain(`Patient/${keep.mrn}`);

    const kept = await fhirGet<Bundle>(api.url, `Patient/${keep.mrn}/$everything`, { cookie: clinician.cookie });
    expect(kept.status).toBe(200);
    expectValid(kept.body, 'kept Bundle');
    const patient = kept.body.entry![0].resource as FhirPatient;
    expect(patient.identifier).toContainEqual({ use: 'old', system: patient.identifier![0].system, value: remove.mrn });
    expect(kept.body.entry!.map((e) => e.resource!.id)).toContain(referral.id);
  });
});

describe('FHIR rate limit', () => {
  const app = httpAppForTests({ production: true, rateLimit: { perMinute: 1, burst: 2 } });

  it('takes FHIR requests from the same bucket as GraphQL: 429 with Retry-After once it is empty', async () => {
    const { db, api } = app;
    const ctx = serviceContext(db.orm, () => new Date());
    const patient = await registerPatient(ctx, patientInput());
    // Two requests a minute at most: one GraphQL, one FHIR, then the bucket is empty for both.
    expect((await api.gql('{ me { username } }')).errors).toBeUndefined();
    expect((await fhirGet(api.url, `Patient/${patient.mrn}`, { cookie: api.cookie })).status).toBe(200);
    const refused = await fhirGet<OperationOutcome>(api.url, `Patient/${patient.mrn}`, { cookie: api.cookie });
    expect(refused.status).toBe(429);
    expect(refused.body.issue[0].code).toBe('throttled');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
