/**
 * The WHO Surgical Safety Checklist (2009): 19 items in three phases. Each item lists the
 * answers it allows: confirmations are ticked YES (or NOT_APPLICABLE where the form offers
 * it); risk questions are answered YES or NO.
 */

export enum ChecklistPhase {
  /** Before induction of anaesthesia. */
  SIGN_IN = 'SIGN_IN',
  /** Before skin incision. */
  TIME_OUT = 'TIME_OUT',
  /** Before the patient leaves the operating room. */
  SIGN_OUT = 'SIGN_OUT',
}

export const CHECKLIST_PHASE_ORDER: readonly ChecklistPhase[] = [ChecklistPhase.SIGN_IN, ChecklistPhase.TIME_OUT, ChecklistPhase.SIGN_OUT];

export enum ChecklistAnswer {
  YES = 'YES',
  NO = 'NO',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

export enum ChecklistItemKey {
  // Sign In
  IDENTITY_SITE_PROCEDURE_CONSENT = 'IDENTITY_SITE_PROCEDURE_CONSENT',
  SITE_MARKED = 'SITE_MARKED',
  ANAESTHESIA_CHECK_COMPLETE = 'ANAESTHESIA_CHECK_COMPLETE',
  PULSE_OXIMETER_WORKING = 'PULSE_OXIMETER_WORKING',
  KNOWN_ALLERGY = 'KNOWN_ALLERGY',
  DIFFICULT_AIRWAY_RISK = 'DIFFICULT_AIRWAY_RISK',
  BLOOD_LOSS_RISK = 'BLOOD_LOSS_RISK',
  // Time Out
  TEAM_INTRODUCED = 'TEAM_INTRODUCED',
  PATIENT_PROCEDURE_INCISION_CONFIRMED = 'PATIENT_PROCEDURE_INCISION_CONFIRMED',
  ANTIBIOTIC_PROPHYLAXIS = 'ANTIBIOTIC_PROPHYLAXIS',
  SURGEON_CRITICAL_EVENTS_REVIEWED = 'SURGEON_CRITICAL_EVENTS_REVIEWED',
  ANAESTHETIST_CONCERNS_REVIEWED = 'ANAESTHETIST_CONCERNS_REVIEWED',
  NURSING_STERILITY_EQUIPMENT_CONFIRMED = 'NURSING_STERILITY_EQUIPMENT_CONFIRMED',
  ESSENTIAL_IMAGING_DISPLAYED = 'ESSENTIAL_IMAGING_DISPLAYED',
  // Sign Out
  PROCEDURE_NAME_RECORDED = 'PROCEDURE_NAME_RECORDED',
  COUNTS_COMPLETE = 'COUNTS_COMPLETE',
  SPECIMENS_LABELLED = 'SPECIMENS_LABELLED',
  EQUIPMENT_PROBLEMS = 'EQUIPMENT_PROBLEMS',
  RECOVERY_CONCERNS_REVIEWED = 'RECOVERY_CONCERNS_REVIEWED',
}

export interface ChecklistItem {
  key: ChecklistItemKey;
  phase: ChecklistPhase;
  /** The question as the WHO form puts it, in English. */
  text: string;
  allowed: readonly ChecklistAnswer[];
}

const { YES, NO, NOT_APPLICABLE } = ChecklistAnswer;
const CONFIRM = [YES] as const;
const CONFIRM_OR_NA = [YES, NOT_APPLICABLE] as const;
const QUESTION = [YES, NO] as const;
const K = ChecklistItemKey;
const P = ChecklistPhase;

export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [
  { key: K.IDENTITY_SITE_PROCEDURE_CONSENT, phase: P.SIGN_IN, text: 'Patient has confirmed identity, site, procedure and consent', allowed: CONFIRM },
  { key: K.SITE_MARKED, phase: P.SIGN_IN, text: 'Site marked', allowed: CONFIRM_OR_NA },
  { key: K.ANAESTHESIA_CHECK_COMPLETE, phase: P.SIGN_IN, text: 'Anaesthesia machine and medication check complete', allowed: CONFIRM },
  { key: K.PULSE_OXIMETER_WORKING, phase: P.SIGN_IN, text: 'Pulse oximeter on the patient and functioning', allowed: CONFIRM },
  { key: K.KNOWN_ALLERGY, phase: P.SIGN_IN, text: 'Does the patient have a known allergy?', allowed: QUESTION },
  { key: K.DIFFICULT_AIRWAY_RISK, phase: P.SIGN_IN, text: 'Difficult airway or aspiration risk? (if yes: equipment and assistance available)', allowed: QUESTION },
  { key: K.BLOOD_LOSS_RISK, phase: P.SIGN_IN, text: 'Risk of >500 ml blood loss (7 ml/kg in children)? (if yes: two IVs or central access and fluids planned)', allowed: QUESTION },
  { key: K.TEAM_INTRODUCED, phase: P.TIME_OUT, text: 'All team members have introduced themselves by name and role', allowed: CONFIRM },
  { key: K.PATIENT_PROCEDURE_INCISION_CONFIRMED, phase: P.TIME_OUT, text: 'Surgeon, anaesthetist and nurse confirm patient, site and procedure', allowed: CONFIRM },
  { key: K.ANTIBIOTIC_PROPHYLAXIS, phase: P.TIME_OUT, text: 'Antibiotic prophylaxis given within the last 60 minutes', allowed: CONFIRM_OR_NA },
  { key: K.SURGEON_CRITICAL_EVENTS_REVIEWED, phase: P.TIME_OUT, text: 'Surgeon reviews critical or unexpected steps, operative duration and anticipated blood loss', allowed: CONFIRM },
  { key: K.ANAESTHETIST_CONCERNS_REVIEWED, phase: P.TIME_OUT, text: 'Anaesthesia team reviews any patient-specific concerns', allowed: CONFIRM },
  { key: K.NURSING_STERILITY_EQUIPMENT_CONFIRMED, phase: P.TIME_OUT, text: 'Nursing team confirms sterility and reviews equipment issues', allowed: CONFIRM },
  { key: K.ESSENTIAL_IMAGING_DISPLAYED, phase: P.TIME_OUT, text: 'Essential imaging displayed', allowed: CONFIRM_OR_NA },
  { key: K.PROCEDURE_NAME_RECORDED, phase: P.SIGN_OUT, text: 'Nurse confirms the name of the procedure recorded', allowed: CONFIRM },
  { key: K.COUNTS_COMPLETE, phase: P.SIGN_OUT, text: 'Instrument, sponge and needle counts are complete', allowed: CONFIRM },
  { key: K.SPECIMENS_LABELLED, phase: P.SIGN_OUT, text: 'Specimens labelled (including patient name)', allowed: CONFIRM },
  { key: K.EQUIPMENT_PROBLEMS, phase: P.SIGN_OUT, text: 'Are there equipment problems to be addressed?', allowed: QUESTION },
  { key: K.RECOVERY_CONCERNS_REVIEWED, phase: P.SIGN_OUT, text: 'Surgeon, anaesthetist and nurse review key concerns for recovery and management', allowed: CONFIRM },
];

export const checklistItemsOf = (phase: ChecklistPhase): readonly ChecklistItem[] => CHECKLIST_ITEMS.filter((item) => item.phase === phase);

export type ChecklistProblem =
  | { kind: 'MISSING_ITEM'; item: ChecklistItemKey }
  | { kind: 'ITEM_OF_OTHER_PHASE'; item: ChecklistItemKey }
  | { kind: 'DUPLICATE_ITEM'; item: ChecklistItemKey }
  | { kind: 'ANSWER_NOT_ALLOWED'; item: ChecklistItemKey; answer: ChecklistAnswer };

/** What is wrong with the answers given for one phase (every item of the phase exactly once, allowed answers only), or null. */
export function checklistAnswersProblem(
  phase: ChecklistPhase,
  answers: readonly { item: ChecklistItemKey; answer: ChecklistAnswer }[],
): ChecklistProblem | null {
  const items = new Map(CHECKLIST_ITEMS.map((item) => [item.key, item]));
  const seen = new Set<ChecklistItemKey>();
  for (const { item: key, answer } of answers) {
    const item = items.get(key);
    if (!item || item.phase !== phase) return { kind: 'ITEM_OF_OTHER_PHASE', item: key };
    if (seen.has(key)) return { kind: 'DUPLICATE_ITEM', item: key };
    seen.add(key);
    if (!item.allowed.includes(answer)) return { kind: 'ANSWER_NOT_ALLOWED', item: key, answer };
  }
  const missing = checklistItemsOf(phase).find((item) => !seen.has(item.key));
  return missing ? { kind: 'MISSING_ITEM', item: missing.key } : null;
}

/**
 * Whether a phase may be recorded now, given the phases already recorded: each phase once,
 * in order (Sign In, then Time Out, then Sign Out), never before the phase it follows.
 */
export function checklistOrderProblem(
  recorded: readonly { phase: ChecklistPhase; recordedAt: Date }[],
  phase: ChecklistPhase,
  at: Date,
): 'ALREADY_RECORDED' | 'PREVIOUS_PHASE_MISSING' | 'BEFORE_PREVIOUS_PHASE' | null {
  if (recorded.some((r) => r.phase === phase)) return 'ALREADY_RECORDED';
  const index = CHECKLIST_PHASE_ORDER.indexOf(phase);
  if (index === 0) return null;
  const previous = recorded.find((r) => r.phase === CHECKLIST_PHASE_ORDER[index - 1]);
  if (!previous) return 'PREVIOUS_PHASE_MISSING';
  if (at.getTime() < previous.recordedAt.getTime()) return 'BEFORE_PREVIOUS_PHASE';
  return null;
}

/** The next phase to record, or null when the checklist is complete. */
export function nextChecklistPhase(recorded: readonly { phase: ChecklistPhase }[]): ChecklistPhase | null {
  return CHECKLIST_PHASE_ORDER.find((phase) => !recorded.some((r) => r.phase === phase)) ?? null;
}
