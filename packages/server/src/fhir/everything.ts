import type { Bundle, BundleEntry, Patient as FhirPatient, Resource } from '@medplum/fhirtypes';
import { CodeSystem } from '@pj/shared';
import { codeKey } from '../codes/codes-loaders.js';
import type { DiagnosisCode, HospitalProcedure } from '../codes/codes.types.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Patient } from '../patients/patient.entity.js';
import { appointmentResource } from './appointment.mapper.js';
import { dischargeConditionResources, encounterResource } from './encounter.mapper.js';
import { carePlanResource, medicationAdministrationResource, oncologyConditionResource, toxicityResource, wasGiven } from './oncology.mapper.js';
import { patientResource } from './patient.mapper.js';
import { complicationResource, procedureResource, type TeamMember } from './procedure.mapper.js';
import { ref, type MappingContext } from './reference.js';
import { serviceRequestResource } from './service-request.mapper.js';

/** The MRNs of the records merged into this patient (their tombstones). */
async function mergedMrns(ctx: GraphQLContext, patient: Patient): Promise<string[]> {
  const tombstones = await ctx.em.find(Patient, { mergedInto: patient.id }, { fields: ['mrn'], orderBy: { mrn: 'asc' } });
  return tombstones.map((p) => p.mrn);
}

/** The Patient resource of a patient kept (not merged away). */
export async function keptPatientResource(ctx: GraphQLContext, patient: Patient): Promise<FhirPatient> {
  return patientResource(patient, { access: ctx }, { oldMrns: await mergedMrns(ctx, patient) });
}

/**
 * Everything of a patient's journey, as the resources of `Patient/$everything`, read through the
 * request's DataLoaders, as the GraphQL fields of a Patient read them (referrals, operations
 * with their team and complications, admissions with their discharges, cancer diagnoses, treatment
 * plans with their doses and toxicities, follow-ups): a merge has moved every record to the
 * kept patient, so its journey is all there. Patient first, then by kind, each kind oldest first.
 */
export async function journeyResources(ctx: GraphQLContext, patient: Patient): Promise<Resource[]> {
  const { loaders } = ctx;
  const [patientFhir, referrals, surgeries, admissions, diagnoses, plans, followUps] = await Promise.all([
    keptPatientResource(ctx, patient),
    loaders.referralsByPatient.load(patient.id),
    loaders.surgeriesByPatient.load(patient.id),
    loaders.admissionsByPatient.load(patient.id),
    loaders.diagnosesByPatient.load(patient.id),
    loaders.plansByPatient.load(patient.id),
    loaders.followUpsByPatient.load(patient.id),
  ]);
  // A code of a cancer diagnosis, when it has one (the three systems in one batch).
  const diagnosisCode = (system: CodeSystem, code: string | null): Promise<DiagnosisCode | null> => (code ? loaders.diagnosisCode.load(codeKey(system, code)) : Promise.resolve(null));
  const [complications, teams, discharges, protocols, doses, toxicities, planned, performed, cancerCodes] = await Promise.all([
    Promise.all(surgeries.map((s) => loaders.complicationsBySurgery.load(s.id))),
    Promise.all(surgeries.map((s) => loaders.teamBySurgery.load(s.id))),
    Promise.all(admissions.map(async (a) => (await loaders.dischargeByAdmission.load(a.id))[0] ?? null)),
    Promise.all(plans.map((p) => loaders.protocol.load(p.protocol.id))),
    Promise.all(plans.map((p) => loaders.administrationsByPlan.load(p.id))),
    Promise.all(plans.map((p) => loaders.toxicitiesByPlan.load(p.id))),
    // The codes, through the loaders GraphQL's `plannedProcedure`, `performedProcedures`,
    // `diagnosisCode`, `topography` and `morphology` use: one statement per loader.
    Promise.all(surgeries.map((s) => (s.procedureCode ? loaders.hospitalProcedure.load(s.procedureCode) : Promise.resolve(null)))),
    Promise.all(surgeries.map((s) => (s.procedures.length > 0 ? loaders.procedureCodesBySurgery.load(s.id) : Promise.resolve(new Map<number, HospitalProcedure>())))),
    Promise.all(
      diagnoses.map(async (d) => {
        const [icd10, topography, morphology] = await Promise.all([
          diagnosisCode(CodeSystem.ICD10, d.icd10Code),
          diagnosisCode(CodeSystem.ICDO3_TOPOGRAPHY, d.topographyCode),
          diagnosisCode(CodeSystem.ICDO3_MORPHOLOGY, d.morphologyCode),
        ]);
        return { icd10, topography, morphology };
      }),
    ),
  ]);
  // The teams' staff and the discharges' diagnosis codes, each in one batch (the loaders
  // `SurgeryTeamMember.staffMember` and `Discharge.diagnosisCodes` use).
  const [staff, dischargeCodes] = await Promise.all([
    Promise.all(teams.map((team) => Promise.all(team.map((member) => loaders.staffMember.load(member.staffMember.id))))),
    Promise.all(discharges.map((d) => (d ? loaders.diagnosisCodesByDischarge.load(d.id) : Promise.resolve([])))),
  ]);
  const teamOf = (i: number): TeamMember[] => teams[i].flatMap((member, j) => (staff[i][j] ? [{ role: member.role, name: staff[i][j].name }] : []));
  const context: MappingContext = { access: ctx, patient: ref('Patient', patient.mrn) };
  // Loaders give the newest first; a journey reads oldest first: each row's resources, oldest row
  // first, given the row's index in the loader's answer (where its reads above are).
  const oldestFirst = <T, R>(rows: readonly T[], resourcesOf: (row: T, i: number) => readonly R[]): R[] => {
    const resources: R[] = [];
    for (let i = rows.length - 1; i >= 0; i--) resources.push(...resourcesOf(rows[i], i));
    return resources;
  };

  // An admission is based on the referral that opened its episode of care: the episode's oldest
  // (newest first, so the one set last).
  const referralOfEpisode = new Map<string, string>();
  for (const referral of referrals) referralOfEpisode.set(referral.episode.id, referral.id);
  const admissionOfDischarge = new Map(discharges.flatMap((d) => (d ? [[d.id, d.admission.id] as const] : [])));
  const given = doses.map((planDoses) => planDoses.filter(wasGiven));
  const givenIds = new Set(given.flat().map((dose) => dose.id));

  return [
    patientFhir,
    ...oldestFirst(referrals, (r) => [serviceRequestResource(r, context)]),
    ...oldestFirst(admissions, (admission, i) => {
      const discharge = discharges[i];
      const conditions = discharge ? dischargeConditionResources(discharge, dischargeCodes[i], context) : [];
      return [encounterResource(admission, discharge, conditions, referralOfEpisode.get(admission.episode.id) ?? null, context), ...conditions];
    }),
    ...oldestFirst(surgeries, (surgery, i) => [
      procedureResource(surgery, teamOf(i), { planned: planned[i], performed: performed[i] }, context),
      ...complications[i].map((c) => complicationResource(c, context)),
    ]),
    ...oldestFirst(diagnoses, (d, i) => [oncologyConditionResource(d, cancerCodes[i], context)]),
    ...oldestFirst(plans, (plan, i) => [
      carePlanResource(plan, protocols[i], given[i], diagnoses, context),
      ...given[i].map((dose) => medicationAdministrationResource(dose, context)),
      ...oldestFirst(toxicities[i], (t) => [toxicityResource(t, givenIds, context)]),
    ]),
    ...oldestFirst(followUps, (f) => [appointmentResource(f, f.discharge ? (admissionOfDischarge.get(f.discharge.id) ?? null) : null, context)]),
  ];
}

/** A `searchset` Bundle of resources (what `$everything` answers), each entry with its absolute fullUrl. */
export function searchsetBundle(base: string, self: string, resources: readonly Resource[], now: Date): Bundle {
  const entry: BundleEntry[] = resources.map((resource) => ({
    fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
    resource,
    search: { mode: 'match' },
  }));
  return { resourceType: 'Bundle', type: 'searchset', timestamp: now.toISOString(), total: entry.length, link: [{ relation: 'self', url: self }], entry };
}
