import type { CodeSystem, Specialty } from '../../generated/graphql';

/** A code picked or shown: what is sent (`code`) and its titles. */
export interface PickedCode {
  code: string;
  title: string;
  titleJapanese?: string | null;
  titleKhmer?: string | null;
}

/** A code's title in the reader's language, English where none is given. */
export function codeTitle(code: PickedCode, language: string): string {
  if (language === 'ja') return code.titleJapanese ?? code.title;
  if (language === 'km') return code.titleKhmer ?? code.title;
  return code.title;
}

/** "K40.9 Unilateral or unspecified inguinal hernia, …", in the reader's language. */
export const codeLabel = (code: PickedCode, language: string): string => `${code.code} ${codeTitle(code, language)}`;

/** The field a picker is for: its label is `codes.<label>` (the `codes` text loads with the picker). */
export type CodeField = 'primaryDiagnosis' | 'secondaryDiagnoses' | 'icd10' | 'topography' | 'morphology' | 'procedure' | 'performedProcedures';

export interface PickerProps {
  label: CodeField;
  value: PickedCode | null;
  onChange: (value: PickedCode | null) => void;
  /** ICD10, ICDO3_TOPOGRAPHY, ICDO3_MORPHOLOGY; PROCEDURE searches the procedure list. */
  system: CodeSystem;
  /** The procedure list of one specialty only. */
  specialty?: Specialty | null;
  error?: string;
  description?: string;
  required?: boolean;
  testId: string;
}

export type ListPickerProps = Omit<PickerProps, 'value' | 'onChange' | 'required'> & { values: readonly PickedCode[]; onChange: (values: PickedCode[]) => void };
