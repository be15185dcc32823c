import { CodeSystem, ProcedureClassification, Specialty } from '@pj/shared';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A code of a diagnosis code list (ICD-10, ICD-O-3 topography or morphology) with its titles. `system` and `code` together name it.' })
export class DiagnosisCode {
  @Field(() => CodeSystem, { description: 'The code system: ICD10, ICDO3_TOPOGRAPHY or ICDO3_MORPHOLOGY.' })
  system!: CodeSystem;

  @Field({ description: 'The code, e.g. "K40.9", "C64.9" (topography) or "8960/3" (morphology).' })
  code!: string;

  @Field({ description: 'The title in English.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The title in Japanese; null where none is given (show `title`).' })
  titleJapanese!: string | null;

  @Field(() => String, { nullable: true, description: 'The title in Khmer; null where none is given (show `title`).' })
  titleKhmer!: string | null;
}

@ObjectType({ description: 'An entry of the hospital\'s own procedure list, mapped to a procedure classification.' })
export class HospitalProcedure {
  @Field(() => CodeSystem, { description: 'Always PROCEDURE: `code` is the hospital\'s own; `classification` and `classificationCode` are the standard code.' })
  system!: CodeSystem;

  @Field({ description: 'The hospital\'s code, e.g. "GEN-01".' })
  code!: string;

  @Field({ description: 'The procedure\'s name in English.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The name in Japanese; null where none is given.' })
  titleJapanese!: string | null;

  @Field(() => String, { nullable: true, description: 'The name in Khmer; null where none is given.' })
  titleKhmer!: string | null;

  @Field(() => Specialty, { description: 'The specialty that performs it.' })
  specialty!: Specialty;

  @Field(() => ProcedureClassification, { description: 'The classification the entry is mapped to.' })
  classification!: ProcedureClassification;

  @Field({ description: 'The code in that classification, e.g. "53.05".' })
  classificationCode!: string;

  @Field(() => String, { nullable: true, description: 'The code of the procedure group it is trained and entrusted in (`procedureGroups`), e.g. "GEN-HERNIA"; null for none.' })
  procedureGroupCode!: string | null;
}

@ObjectType({ description: 'A procedure performed in an operation: its text, and its procedure-list entry when it is coded.' })
export class PerformedProcedure {
  @Field({ description: 'The procedure as recorded.' })
  description!: string;

  @Field(() => HospitalProcedure, { nullable: true, description: 'Its entry in the procedure list; null when it was recorded as free text (uncoded).' })
  procedure!: HospitalProcedure | null;

  @Field({ description: 'True when the procedure has a procedure-list entry.' })
  coded!: boolean;
}

/** A code row as read from a code table. */
export interface CodeRecord {
  code: string;
  title: string;
  title_ja: string | null;
  title_km: string | null;
}

export interface ProcedureRecord extends CodeRecord {
  specialty: Specialty;
  classification: ProcedureClassification;
  classification_code: string;
  procedure_group: string | null;
}

export function toDiagnosisCode(system: CodeSystem, row: CodeRecord): DiagnosisCode {
  return Object.assign(new DiagnosisCode(), { system, code: row.code, title: row.title, titleJapanese: row.title_ja, titleKhmer: row.title_km });
}

export function toHospitalProcedure(row: ProcedureRecord): HospitalProcedure {
  return Object.assign(new HospitalProcedure(), {
    system: CodeSystem.PROCEDURE,
    code: row.code,
    title: row.title,
    titleJapanese: row.title_ja,
    titleKhmer: row.title_km,
    specialty: row.specialty,
    classification: row.classification,
    classificationCode: row.classification_code,
    procedureGroupCode: row.procedure_group,
  });
}
