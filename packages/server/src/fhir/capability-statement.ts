import type { CapabilityStatement, ResourceType } from '@medplum/fhirtypes';
import { CODE_SYSTEMS } from './systems.js';

/** The resource types `$everything` returns, with the record each one stands for. */
export const JOURNEY_RESOURCES: readonly { type: ResourceType; documentation: string }[] = [
  { type: 'ServiceRequest', documentation: 'A referral to the hospital.' },
  { type: 'Encounter', documentation: 'An admission to a ward (inpatient), with its discharge.' },
  {
    type: 'Procedure',
    documentation:
      `An operation: booked, performed or cancelled. code.coding: the hospital's procedure-list entry (system ${CODE_SYSTEMS.hospitalProcedure}, ` +
      `the hospital's own list, e.g. GEN-01) and the ICD-9-CM volume 3 code it maps to (${CODE_SYSTEMS.icd9cm}); the words as code.text.`,
  },
  {
    type: 'Condition',
    documentation:
      `A discharge diagnosis (one Condition per ICD-10 code, ${CODE_SYSTEMS.icd10}, ranked on the Encounter), or a cancer diagnosis with its stage: ` +
      `ICD-10 code, ICD-O-3 topography as bodySite and morphology as the mCODE histology-morphology-behavior extension (${CODE_SYSTEMS.icdo3}).`,
  },
  { type: 'CarePlan', documentation: 'A chemotherapy treatment plan.' },
  { type: 'MedicationAdministration', documentation: 'A chemotherapy dose given.' },
  { type: 'AdverseEvent', documentation: 'A post-operative complication (Clavien-Dindo) or a chemotherapy toxicity (CTCAE).' },
  { type: 'Appointment', documentation: 'A follow-up: wound check, suture removal, day-30 call, oncology review, clinic.' },
];

/** When this statement last changed (CapabilityStatement.date). */
const STATEMENT_DATE = '2026-12-06';

/**
 * What this server supports, for `GET /fhir/metadata`: read of Patient (its id is the MRN) and
 * Patient/$everything, in JSON, behind the same sign-in as the GraphQL API.
 */
export function capabilityStatement(base: string): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: STATEMENT_DATE,
    publisher: 'Patient journey',
    kind: 'instance',
    software: { name: 'Patient journey' },
    implementation: { description: 'Patient journey FHIR R4 API (read-only)', url: base },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'Read-only. A Patient\'s id is its medical record number (MRN, `NNNNNN-C`); the MRN of a record merged into another ' +
          'reads as an inactive Patient whose `link` (replaced-by) names the kept one, and has no $everything (404). ' +
          'Patient/{id}/$everything returns the journey: every resource below, referencing each other inside the Bundle.',
        security: {
          description:
            'The GraphQL API\'s sign-in: its session cookie, or an API token as `Authorization: Bearer <token>`. Reading needs the READ_PATIENTS ' +
            'permission; phones, national ID, address below the province and the guardian only appear with READ_CONTACT_DETAILS. Every read is audited.',
        },
        resource: [
          {
            type: 'Patient',
            documentation: 'A person registered at the hospital; id: the MRN.',
            interaction: [{ code: 'read' }],
            operation: [{ name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything', documentation: 'No parameters: the whole journey, as a searchset Bundle.' }],
          },
          ...JOURNEY_RESOURCES.map(({ type, documentation }) => ({ type, documentation: `${documentation} Returned by Patient/$everything only.` })),
        ],
      },
    ],
  };
}
