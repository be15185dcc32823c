/**
 * Said of every field that carries free clinical text (reasons, notes, findings, diagnoses)
 * or leads to a clinical record: such a field is guarded by READ_PATIENTS like a patient's
 * record, so a role that reads work lists only (ANALYST) gets null and FORBIDDEN at its
 * path, and the rest of the row.
 */
export const CLINICAL_TEXT = 'Only for roles that may open patient records (READ_PATIENTS); null with FORBIDDEN otherwise.';
