import { GuardianRelation, Permission, permissionsOf, Role, Sex } from '@pj/shared';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { Patient } from '../patients/patient.entity.js';
import { mayReadField } from './field-rules.js';
import { patientResource } from './patient.mapper.js';
import { ref } from './reference.js';
import { appointmentResource } from './appointment.mapper.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { CodeSystem, ProcedureClassification, Specialty } from '@pj/shared';
import type { DiagnosisCode, HospitalProcedure } from '../codes/codes.types.js';
import { dischargeDiagnosisCodes, oncologyBodySite, oncologyDiagnosisCode, oncologyMorphology, procedureCode } from './codes.js';

/** A request's identity with these roles, as the field rules see it. */
const as = (roles: Role[]) => ({
  user: { id: 'u1', username: 'someone', displayName: 'Someone', roles, permissions: permissionsOf(roles), via: { kind: 'session' as const, sessionId: 's1' } },
  authProblem: null,
});

/** The Patient fields GraphQL refuses to roles without READ_CONTACT_DETAILS, from the entity's decorators. */
const contactFields = getMetadataStorage()
  .authorizedFields.filter((a) => a.target === Patient && (a.roles as Permission[]).includes(Permission.READ_CONTACT_DETAILS))
  .map((a) => a.fieldName);

function registered(): Patient {
  return Object.assign(new Patient(), {
    mrn: '000042-2',
    familyName: 'Chan',
    givenName: 'Vanna',
    familyNameKhmer: 'ចាន់',
    givenNameKhmer: null,
    sex: Sex.FEMALE,
    birthDate: '2019-03-01',
    phones: ['+85512345678'],
    guardian: { name: 'Chan Sophea', relation: GuardianRelation.MOTHER, phones: ['+85597765432'] },
    nationalId: 'N-998877',
    provinceCode: 21,
    district: 'Bati-district',
    commune: 'Trapeang-commune',
    village: 'Phum-village',
  });
}

describe('FHIR field rules', () => {
  it('are the GraphQL rules: contact details for the care team, not for an administrator, nothing signed out', () => {
    expect(contactFields).toEqual(expect.arrayContaining(['phones', 'guardian', 'nationalId', 'district', 'commune', 'village']));
    for (const field of contactFields) {
      expect(mayReadField(as([Role.CLINICIAN]), Patient, field), field).toBe(true);
      expect(mayReadField(as([Role.ADMINISTRATOR]), Patient, field), field).toBe(false);
      expect(mayReadField({ user: null, authProblem: null }, Patient, field), field).toBe(false);
    }
    expect(mayReadField(as([Role.ADMINISTRATOR]), Patient, 'familyName')).toBe(true);
  });

  it('leave every contact detail out of an administrator\'s Patient, and put each in the care team\'s', () => {
    const patient = registered();
    const secrets = ['+85512345678', 'Chan Sophea', '+85597765432', 'N-998877', 'Bati-district', 'Trapeang-commune', 'Phum-village'];
    const admin = JSON.stringify(patientResource(patient, { access: as([Role.ADMINISTRATOR]) }));
    const care = JSON.stringify(patientResource(patient, { access: as([Role.NURSE]) }));
    for (const secret of secrets) {
      expect(admin, secret).not.toContain(secret);
      expect(care, secret).toContain(secret);
    }
    expect(admin).toContain('Chan');
  });

  it('give a follow-up of a day the whole Phnom Penh day, as instants', () => {
    const followUp = Object.assign(new FollowUp(), { id: 'f1', kind: 'WOUND_CHECK', dueDate: '2026-11-09', status: 'SCHEDULED', scheduledAt: new Date('2026-11-04T04:52:00Z'), surgery: null, treatmentPlan: null, discharge: null, notes: null, cancelReason: null });
    const appointment = appointmentResource(followUp, null, { access: as([Role.CLINICIAN]), patient: ref('Patient', '000042-2') });
    expect(appointment).toMatchObject({ status: 'booked', start: '2026-11-08T17:00:00.000Z', end: '2026-11-09T17:00:00.000Z', appointmentType: { text: 'Wound check' } });
  });
});

const icd10 = (code: string, title: string): DiagnosisCode => ({ system: CodeSystem.ICD10, code, title, titleJapanese: null, titleKhmer: null });
const entry = (code: string, title: string, classificationCode: string): HospitalProcedure => ({
  system: CodeSystem.PROCEDURE,
  code,
  title,
  titleJapanese: null,
  titleKhmer: null,
  specialty: Specialty.BREAST_SURGERY,
  classification: ProcedureClassification.ICD9CM_VOLUME_3,
  classificationCode,
  procedureGroupCode: null,
});

describe('codes', () => {
  it('keep the words of each record kind when it is not coded', () => {
    expect(dischargeDiagnosisCodes({ diagnosis: 'Carcinoma of the right breast' }, [])).toEqual([{ text: 'Carcinoma of the right breast' }]);
    expect(oncologyDiagnosisCode({ cancerType: 'WILMS_TUMOUR' as never }, null)).toEqual({ text: 'Wilms tumour' });
    expect(oncologyBodySite(null)).toBeNull();
    expect(oncologyMorphology(null)).toBeNull();
    expect(procedureCode({ procedure: 'Booked', procedures: [] }, null, new Map())).toEqual({ text: 'Booked' });
    expect(procedureCode({ procedure: 'Booked', procedures: ['Mastectomy', 'Axillary clearance'] }, null, new Map())).toEqual({ text: 'Mastectomy; Axillary clearance' });
  });

  it('give one CodeableConcept per coded discharge diagnosis, the primary keeping the words', () => {
    const codes = [icd10('C50.9', 'Malignant neoplasm of breast, unspecified'), icd10('I10', 'Essential (primary) hypertension')];
    expect(dischargeDiagnosisCodes({ diagnosis: 'Carcinoma of the right breast; hypertension' }, codes)).toEqual([
      { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'C50.9', display: 'Malignant neoplasm of breast, unspecified' }], text: 'Carcinoma of the right breast; hypertension' },
      { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'I10', display: 'Essential (primary) hypertension' }], text: 'Essential (primary) hypertension' },
    ]);
  });

  it('code a cancer with ICD-10, its site and morphology with ICD-O-3', () => {
    expect(oncologyDiagnosisCode({ cancerType: 'WILMS_TUMOUR' as never }, icd10('C64', 'Malignant neoplasm of kidney, except renal pelvis'))).toEqual({
      coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'C64', display: 'Malignant neoplasm of kidney, except renal pelvis' }],
      text: 'Wilms tumour',
    });
    const site = { system: CodeSystem.ICDO3_TOPOGRAPHY, code: 'C64.9', title: 'Kidney, NOS', titleJapanese: null, titleKhmer: null };
    expect(oncologyBodySite(site)).toEqual({ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/icd-o-3', code: 'C64.9', display: 'Kidney, NOS' }], text: 'Kidney, NOS' });
  });

  it('code an operation with its list entry and ICD-9-CM: the booked one until performed, then the one performed; not several', () => {
    const booked = entry('BRE-01', 'Modified radical mastectomy', '85.43');
    const done = entry('BRE-02', 'Simple mastectomy', '85.41');
    const codings = (e: HospitalProcedure) => [
      { system: 'urn:patient-journey:procedure-list', code: e.code, display: e.title },
      { system: 'http://hl7.org/fhir/sid/icd-9-cm', code: e.classificationCode },
    ];
    expect(procedureCode({ procedure: 'Booked', procedures: [] }, booked, new Map())).toEqual({ coding: codings(booked), text: 'Booked' });
    expect(procedureCode({ procedure: 'Booked', procedures: ['Simple mastectomy'] }, booked, new Map([[0, done]]))).toEqual({ coding: codings(done), text: 'Simple mastectomy' });
    // Performed as free text: uncoded, though it was booked from the list.
    expect(procedureCode({ procedure: 'Booked', procedures: ['Something else'] }, booked, new Map())).toEqual({ text: 'Something else' });
    expect(procedureCode({ procedure: 'Booked', procedures: ['A', 'B'] }, booked, new Map([[0, done]]))).toEqual({ text: 'A; B' });
  });
});
