/** A patient's names, in both scripts (the Khmer ones when recorded). */
export interface PatientNames {
  familyName: string;
  givenName: string;
  familyNameKhmer: string | null;
  givenNameKhmer: string | null;
}

/** A patient as a list names them: both scripts and the MRN, with the key to open the record. */
export interface NamedPatient extends PatientNames {
  id: string;
  mrn: string;
}

/** Latin name as the hospital writes it on records: FAMILY Given. */
export function latinName(p: PatientNames): string {
  return `${p.familyName.toLocaleUpperCase('en')} ${p.givenName}`;
}

/** Khmer name (family name first, as in Khmer), or null when none was recorded. */
export function khmerName(p: PatientNames): string | null {
  const parts = [p.familyNameKhmer, p.givenNameKhmer].filter(
    (s): s is string => typeof s === 'string' && s.trim() !== '',
  );
  return parts.length > 0 ? parts.join(' ') : null;
}
