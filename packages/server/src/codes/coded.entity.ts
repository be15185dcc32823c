import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import type { Discharge } from '../inpatient/admission.entity.js';
import type { Surgery } from '../surgery/surgery.entity.js';

/**
 * An ICD-10 diagnosis of a discharge: position 0 is the primary diagnosis, the others are
 * secondary. `code` refers to `icd10_code` by foreign key.
 */
@Entity({ tableName: 'discharge_diagnosis_code' })
@Unique({ name: 'discharge_diagnosis_code_position_unique', properties: ['discharge', 'position'] })
export class DischargeDiagnosisCode {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Discharge', deleteRule: 'cascade' })
  discharge!: Rel<Discharge>;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  code!: string;
}

/**
 * The procedure-list entry of one performed procedure: the one at `position` in
 * `surgery.procedures` (the text, kept for every procedure). A procedure without a row is
 * uncoded (free text). `procedureCode` refers to `hospital_procedure` by foreign key.
 */
@Entity({ tableName: 'surgery_procedure_code' })
@Unique({ name: 'surgery_procedure_code_position_unique', properties: ['surgery', 'position'] })
export class SurgeryProcedureCode {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Surgery', deleteRule: 'cascade' })
  surgery!: Rel<Surgery>;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  procedureCode!: string;
}
