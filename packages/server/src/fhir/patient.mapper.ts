import type { Address, ContactPoint, Identifier, Patient as FhirPatient, PatientContact } from '@medplum/fhirtypes';
import { GuardianRelation, JourneyStage, provinceByCode, Sex } from '@pj/shared';
import { Patient } from '../patients/patient.entity.js';
import { gated, mayReadField } from './field-rules.js';
import type { MappingContext } from './reference.js';
import { IDENTIFIER_SYSTEMS } from './systems.js';

const GENDER: Record<Sex, NonNullable<FhirPatient['gender']>> = {
  [Sex.FEMALE]: 'female',
  [Sex.MALE]: 'male',
  [Sex.OTHER]: 'other',
  [Sex.UNKNOWN]: 'unknown',
};

/** The guardian's relation as HL7 v3 RoleCode (Patient.contact.relationship); OTHER has none. */
const RELATION: Record<GuardianRelation, { code: string; display: string } | null> = {
  [GuardianRelation.MOTHER]: { code: 'MTH', display: 'mother' },
  [GuardianRelation.FATHER]: { code: 'FTH', display: 'father' },
  [GuardianRelation.GRANDPARENT]: { code: 'GRPRN', display: 'grandparent' },
  [GuardianRelation.SIBLING]: { code: 'SIB', display: 'sibling' },
  [GuardianRelation.AUNT_UNCLE]: { code: 'EXT', display: 'extended family member' },
  [GuardianRelation.SPOUSE]: { code: 'SPS', display: 'spouse' },
  [GuardianRelation.OTHER]: null,
};

const phones = (numbers: readonly string[]): ContactPoint[] => numbers.map((value) => ({ system: 'phone', value }));

/**
 * A patient as a FHIR Patient, its id the MRN. Contact details (phones, national ID, district,
 * commune and village, the guardian) appear only where GraphQL would show the same fields
 * (`@Authorized(READ_CONTACT_DETAILS)` on the entity, checked by `mayReadField`).
 * `oldMrns` are the MRNs of records merged into this one (identifiers of use `old`);
 * `replacedBy` is the MRN of the patient a merged-away record was merged into.
 */
export function patientResource(patient: Patient, { access }: Pick<MappingContext, 'access'>, merge: { oldMrns?: readonly string[]; replacedBy?: string } = {}): FhirPatient {
  const identifier: Identifier[] = [
    { use: merge.replacedBy ? 'old' : 'usual', system: IDENTIFIER_SYSTEMS.mrn, value: patient.mrn },
    ...(merge.oldMrns ?? []).map((value): Identifier => ({ use: 'old', system: IDENTIFIER_SYSTEMS.mrn, value })),
  ];
  const nationalId = gated(access, Patient, 'nationalId', patient.nationalId);
  if (nationalId) identifier.push({ use: 'official', system: IDENTIFIER_SYSTEMS.nationalId, value: nationalId });

  const names: FhirPatient['name'] = [{ use: 'official', family: patient.familyName, given: [patient.givenName] }];
  if (patient.familyNameKhmer || patient.givenNameKhmer) {
    // The name in Khmer script: a second official name of the same person.
    names.push({
      use: 'official',
      ...(patient.familyNameKhmer ? { family: patient.familyNameKhmer } : {}),
      ...(patient.givenNameKhmer ? { given: [patient.givenNameKhmer] } : {}),
    });
  }

  const province = provinceByCode(patient.provinceCode);
  const village = gated(access, Patient, 'village', patient.village);
  const commune = gated(access, Patient, 'commune', patient.commune);
  const district = gated(access, Patient, 'district', patient.district);
  const line = [village, commune].filter((part): part is string => Boolean(part));
  const address: Address = {
    use: 'home',
    ...(line.length ? { line } : {}),
    ...(district ? { district } : {}),
    ...(province ? { state: province.name } : {}),
    country: 'KH',
  };

  const telecom = gated(access, Patient, 'phones', patient.phones) ?? [];
  const guardian = mayReadField(access, Patient, 'guardian') ? patient.guardian : null;
  const contact: PatientContact[] = guardian
    ? [
        {
          relationship: [
            { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0131', code: 'N', display: 'Next-of-Kin' }], text: 'Guardian' },
            ...(RELATION[guardian.relation] ? [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', ...RELATION[guardian.relation]! }] }] : []),
          ],
          name: { text: guardian.name },
          ...(guardian.phones.length ? { telecom: phones(guardian.phones) } : {}),
        },
      ]
    : [];

  return {
    resourceType: 'Patient',
    id: patient.mrn,
    identifier,
    active: !merge.replacedBy,
    name: names,
    ...(telecom.length ? { telecom: phones(telecom) } : {}),
    gender: GENDER[patient.sex],
    birthDate: patient.birthDate,
    ...(patient.stage === JourneyStage.DECEASED ? { deceasedBoolean: true } : {}),
    address: [address],
    ...(contact.length ? { contact } : {}),
    ...(merge.replacedBy ? { link: [{ other: { reference: `Patient/${merge.replacedBy}` }, type: 'replaced-by' }] } : {}),
  };
}
