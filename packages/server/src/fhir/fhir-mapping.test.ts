import { GuardianRelation, Permission, permissionsOf, Role, Sex } from '@pj/shared';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { Patient } from '../patients/patient.entity.js';
import { mayReadField } from './field-rules.js';
import { patientResource } from './patient.mapper.js';
import { ref } from './reference.js';
import { appointmentResource } from './appointment.mapper.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { dischargeDiagnosisCode, oncologyDiagnosisCode, procedureCode } from './codes.js';

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

describe('codes', () => {
  it('carry the words of each record kind (codings come later, from these functions alone)', () => {
    expect(dischargeDiagnosisCode({ diagnosis: 'Carcinoma of the right breast' })).toEqual({ text: 'Carcinoma of the right breast' });
    expect(oncologyDiagnosisCode({ cancerType: 'WILMS_TUMOUR' as never })).toEqual({ text: 'Wilms tumour' });
    expect(procedureCode({ procedure: 'Booked', procedures: [] })).toEqual({ text: 'Booked' });
    expect(procedureCode({ procedure: 'Booked', procedures: ['Mastectomy', 'Axillary clearance'] })).toEqual({ text: 'Mastectomy; Axillary clearance' });
  });
});
