import type { EntityManager } from '@mikro-orm/postgresql';
import { CancerType, DoseBasis } from '@pj/shared';
import type { ProtocolDoseInput, ProtocolPhaseInput } from '../../oncology/protocol.input.js';
import { validProtocolContent, writeRevision } from '../../oncology/protocol.service.js';

/** A dose on each of `days`. */
const on = (days: readonly number[], dose: Omit<ProtocolDoseInput, 'day'>): ProtocolDoseInput[] => days.map((day) => ({ ...dose, day }));
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const CHECK = 'Example to be checked by the hospital\'s oncologists before use.';

interface DemoProtocol {
  code: string;
  name: string;
  cancerType: CancerType;
  description: string;
  phases: ProtocolPhaseInput[];
}

/**
 * Example protocols for the cancers on the demo oncology ward (besides the Wilms and ALL ones
 * the oncology migration adds), after the regimens commonly published for children in
 * low-resource settings (SIOP PODC adapted treatment guidelines). Each is marked as an example
 * to be checked by the hospital's oncologists before use; intrathecal therapy, dosed by age, is
 * recorded apart.
 */
export const DEMO_PROTOCOLS: readonly DemoProtocol[] = [
  {
    code: 'PODC-BURKITT-CYCLO',
    name: 'Burkitt lymphoma: cyclophosphamide (SIOP PODC, low-resource)',
    cancerType: CancerType.BURKITT_LYMPHOMA,
    description: `Cyclophosphamide 40 mg/kg IV on days 0, 7, 17 and 27; intrathecal methotrexate and hydrocortisone by age, recorded apart. ${CHECK}`,
    phases: [{ name: 'Treatment', startDay: 0, endDay: 27, doses: on([0, 7, 17, 27], { drug: 'Cyclophosphamide', route: 'IV', unit: 'mg', basis: DoseBasis.PER_KG, dose: 40 }) }],
  },
  {
    code: 'PODC-RETINOBLASTOMA-CEV',
    name: 'Retinoblastoma: carboplatin, etoposide, vincristine (CEV), 2 cycles',
    cancerType: CancerType.RETINOBLASTOMA,
    description: `Every 21 days: vincristine 1.5 mg/m² (0.05 mg/kg under 10 kg, at most 2 mg) and carboplatin 560 mg/m² (18.6 mg/kg under 10 kg) on day 1, etoposide 150 mg/m² (5 mg/kg under 10 kg) on days 1–2. ${CHECK}`,
    phases: [0, 21].map((start, i) => ({
      name: `Cycle ${i + 1}`,
      startDay: start,
      endDay: start + 20,
      doses: [
        ...on([start], { drug: 'Vincristine', route: 'IV', unit: 'mg', basis: DoseBasis.PER_M2, dose: 1.5, maxDose: 2, smallChildWeightKg: 10, smallChildDosePerKg: 0.05 }),
        ...on([start], { drug: 'Carboplatin', route: 'IV', unit: 'mg', basis: DoseBasis.PER_M2, dose: 560, smallChildWeightKg: 10, smallChildDosePerKg: 18.6 }),
        ...on([start, start + 1], { drug: 'Etoposide', route: 'IV', unit: 'mg', basis: DoseBasis.PER_M2, dose: 150, smallChildWeightKg: 10, smallChildDosePerKg: 5 }),
      ],
    })),
  },
  {
    code: 'PODC-HEPATOBLASTOMA-CDDP',
    name: 'Hepatoblastoma (standard risk): pre-operative cisplatin',
    cancerType: CancerType.HEPATOBLASTOMA,
    description: `Cisplatin 80 mg/m² (2.7 mg/kg under 10 kg) over 24 h every 14 days ×4, then resection in week 9. ${CHECK}`,
    phases: [
      { name: 'Pre-operative chemotherapy', startDay: 0, endDay: 55, doses: on([0, 14, 28, 42], { drug: 'Cisplatin', route: 'IV', unit: 'mg', basis: DoseBasis.PER_M2, dose: 80, smallChildWeightKg: 10, smallChildDosePerKg: 2.7 }) },
      { name: 'Surgery', startDay: 56, endDay: 56, milestone: 'Liver resection (week 9)', doses: [] },
    ],
  },
  {
    code: 'PODC-NEUROBLASTOMA-CE-CADO',
    name: 'Neuroblastoma (intermediate risk): carboplatin–etoposide, then CADO',
    cancerType: CancerType.NEUROBLASTOMA,
    description: `Cycle 1: carboplatin 200 mg/m² and etoposide 150 mg/m² on days 1–3. Cycle 2 (day 22): vincristine 1.5 mg/m² (at most 2 mg) on days 1 and 5, cyclophosphamide 300 mg/m² on days 1–5, doxorubicin 30 mg/m² on days 4–5. ${CHECK}`,
    phases: [
      {
        name: 'Cycle 1: carboplatin–etoposide',
        startDay: 0,
        endDay: 20,
        doses: [
          ...on([0, 1, 2], { drug: 'Carboplatin', route: 'IV', unit: 'mg', basis: DoseBasis.PER_M2, dose: 200, smallChildWeightKg: 10, smallChildDosePerKg: 6.6 }),
          ...on([0, 1, 2], { drug: 'Etoposide', route: 'IV', unit: 'mg', basis: DoseBasis.PER_M2, dose: 150, smallChildWeightKg: 10, smallChildDosePerKg: 5 }),
        ],
      },
      {
        name: 'Cycle 2: CADO',
        startDay: 21,
        endDay: 41,
        doses: [
          ...on([21, 25], { drug: 'Vincristine', route: 'IV', unit: 'mg', basis: DoseBasis.PER_M2, dose: 1.5, maxDose: 2, smallChildWeightKg: 10, smallChildDosePerKg: 0.05 }),
          ...on(range(21, 25), { drug: 'Cyclophosphamide', route: 'IV', unit: 'mg', basis: DoseBasis.PER_M2, dose: 300 }),
          ...on([24, 25], { drug: 'Doxorubicin', route: 'IV', unit: 'mg', basis: DoseBasis.PER_M2, dose: 30 }),
        ],
      },
    ],
  },
  {
    code: 'PODC-HODGKIN-ABVD',
    name: 'Hodgkin lymphoma: ABVD, one cycle',
    cancerType: CancerType.HODGKIN_LYMPHOMA,
    description: `Days 1 and 15 of a 28-day cycle: doxorubicin 25 mg/m², bleomycin 10 IU/m², vinblastine 6 mg/m², dacarbazine 375 mg/m². ${CHECK}`,
    phases: [
      {
        name: 'Cycle 1',
        startDay: 0,
        endDay: 27,
        doses: [
          ...on([0, 14], { drug: 'Doxorubicin', route: 'IV', unit: 'mg', basis: DoseBasis.PER_M2, dose: 25 }),
          ...on([0, 14], { drug: 'Bleomycin', route: 'IV', unit: 'IU', basis: DoseBasis.PER_M2, dose: 10 }),
          ...on([0, 14], { drug: 'Vinblastine', route: 'IV', unit: 'mg', basis: DoseBasis.PER_M2, dose: 6 }),
          ...on([0, 14], { drug: 'Dacarbazine', route: 'IV', unit: 'mg', basis: DoseBasis.PER_M2, dose: 375 }),
        ],
      },
    ],
  },
];

/** Adds the example protocols to the library (each checked by the same rules as one written on screen). */
export async function seedDemoProtocols(em: EntityManager, now: Date): Promise<void> {
  for (const demo of DEMO_PROTOCOLS) {
    if (await em.count('Protocol', { code: demo.code })) continue;
    const content = validProtocolContent({ name: demo.name, cancerType: demo.cancerType, description: demo.description, example: true, phases: demo.phases });
    writeRevision(em, demo.code, 1, content, null, now);
  }
  await em.flush();
}
