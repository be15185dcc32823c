/**
 * The identifier systems of this hospital's own numbers. A receiving system matches a patient
 * on `system` + `value`; the URIs only have to stay the same (they need not resolve).
 */
export const IDENTIFIER_SYSTEMS = {
  /** The hospital's medical record number, `NNNNNN-C`. */
  mrn: 'urn:patient-journey:mrn',
  /** The Cambodian national identity card number. */
  nationalId: 'urn:patient-journey:kh-national-id',
} as const;

/**
 * The code systems of the codings sent. ICD-10, ICD-O-3 and ICD-9-CM are HL7's canonical URIs;
 * the hospital's procedure list (codes/lists/procedures.ts) is the hospital's own, named here:
 * like the identifier systems it need not resolve, only stay the same.
 */
export const CODE_SYSTEMS = {
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  icdo3: 'http://terminology.hl7.org/CodeSystem/icd-o-3',
  icd9cm: 'http://hl7.org/fhir/sid/icd-9-cm',
  icd10pcs: 'http://www.cms.gov/Medicare/Coding/ICD10',
  hospitalProcedure: 'urn:patient-journey:procedure-list',
} as const;
