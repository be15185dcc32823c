import { CodeSystem, Specialty } from '@pj/shared';
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { Discharge } from '../inpatient/admission.entity.js';
import { OncologyDiagnosis } from '../oncology/oncology-diagnosis.entity.js';
import { Surgery } from '../surgery/surgery.entity.js';
import { codeKey } from './codes-loaders.js';
import { CODE_SEARCH_DEFAULT, CODE_SEARCH_MAX, searchDiagnosisCodes, searchProcedures } from './codes.service.js';
import { DiagnosisCode, HospitalProcedure, PerformedProcedure } from './codes.types.js';

const FIRST = `How many to return, from 1 to ${CODE_SEARCH_MAX}; ${CODE_SEARCH_DEFAULT} when omitted.`;

/** The code lists, searched (reference data: any signed-in user). */
@Resolver()
export class CodeListResolver {
  @Authorized()
  @Query(() => [DiagnosisCode], {
    description:
      'Diagnosis codes of one system for a picker: those whose code starts with `search` ("K40", "k409"), then those whose code or title (any language) holds every word of it, case and accents ignored. An empty search finds none.',
  })
  diagnosisCodes(
    @Ctx() ctx: GraphQLContext,
    @Arg('search', () => String, { description: 'A code or its beginning, or words of the title; at most 100 characters.' }) search: string,
    @Arg('system', () => CodeSystem, { nullable: true, defaultValue: CodeSystem.ICD10, description: 'ICD10 (the default), ICDO3_TOPOGRAPHY or ICDO3_MORPHOLOGY.' }) system: CodeSystem,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null,
  ): Promise<DiagnosisCode[]> {
    return searchDiagnosisCodes(ctx.em, system, search, first);
  }

  @Authorized()
  @Query(() => [HospitalProcedure], {
    description: 'The hospital\'s procedure list for a picker: entries whose code starts with `search` or whose name holds every word of it (all when it is empty), of `specialty` when given.',
  })
  procedures(
    @Ctx() ctx: GraphQLContext,
    @Arg('search', () => String, { nullable: true, description: 'A code or words of the name; at most 100 characters.' }) search: string | null,
    @Arg('specialty', () => Specialty, { nullable: true, description: 'Only this specialty\'s procedures.' }) specialty: Specialty | null,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null,
  ): Promise<HospitalProcedure[]> {
    return searchProcedures(ctx.em, search, specialty, first);
  }
}

@Resolver(() => Discharge)
export class DischargeCodesResolver {
  @FieldResolver(() => [DiagnosisCode], { description: 'The ICD-10 codes of the diagnoses at discharge, the primary diagnosis first; empty when not coded (`diagnosis` keeps the words).' })
  diagnosisCodes(@Root() discharge: Discharge, @Ctx() ctx: GraphQLContext): Promise<DiagnosisCode[]> {
    return ctx.loaders.diagnosisCodesByDischarge.load(discharge.id);
  }
}

@Resolver(() => OncologyDiagnosis)
export class OncologyDiagnosisCodesResolver {
  @FieldResolver(() => DiagnosisCode, { nullable: true, description: 'The ICD-10 code of the cancer; null when not coded.' })
  diagnosisCode(@Root() diagnosis: OncologyDiagnosis, @Ctx() ctx: GraphQLContext): Promise<DiagnosisCode | null> | null {
    return diagnosis.icd10Code ? ctx.loaders.diagnosisCode.load(codeKey(CodeSystem.ICD10, diagnosis.icd10Code)) : null;
  }

  @FieldResolver(() => DiagnosisCode, { nullable: true, description: 'The ICD-O-3 topography (primary site); null when not known.' })
  topography(@Root() diagnosis: OncologyDiagnosis, @Ctx() ctx: GraphQLContext): Promise<DiagnosisCode | null> | null {
    return diagnosis.topographyCode ? ctx.loaders.diagnosisCode.load(codeKey(CodeSystem.ICDO3_TOPOGRAPHY, diagnosis.topographyCode)) : null;
  }

  @FieldResolver(() => DiagnosisCode, { nullable: true, description: 'The ICD-O-3 morphology (histology and behaviour); null when not known.' })
  morphology(@Root() diagnosis: OncologyDiagnosis, @Ctx() ctx: GraphQLContext): Promise<DiagnosisCode | null> | null {
    return diagnosis.morphologyCode ? ctx.loaders.diagnosisCode.load(codeKey(CodeSystem.ICDO3_MORPHOLOGY, diagnosis.morphologyCode)) : null;
  }
}

@Resolver(() => Surgery)
export class SurgeryCodesResolver {
  @FieldResolver(() => HospitalProcedure, { nullable: true, description: 'The planned procedure\'s entry in the procedure list; null when it was booked as free text (uncoded).' })
  plannedProcedure(@Root() surgery: Surgery, @Ctx() ctx: GraphQLContext): Promise<HospitalProcedure | null> | null {
    return surgery.procedureCode ? ctx.loaders.hospitalProcedure.load(surgery.procedureCode) : null;
  }

  @FieldResolver(() => [PerformedProcedure], { description: 'The procedures performed (`procedures`), each with its procedure-list entry when coded; empty until the operation is recorded.' })
  async performedProcedures(@Root() surgery: Surgery, @Ctx() ctx: GraphQLContext): Promise<PerformedProcedure[]> {
    if (surgery.procedures.length === 0) return [];
    const coded = await ctx.loaders.procedureCodesBySurgery.load(surgery.id);
    return surgery.procedures.map((description, position) => {
      const procedure = coded.get(position) ?? null;
      return Object.assign(new PerformedProcedure(), { description, procedure, coded: procedure !== null });
    });
  }
}
