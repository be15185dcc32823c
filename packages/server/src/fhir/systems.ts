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
