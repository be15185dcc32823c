import type { EntityManager } from '@mikro-orm/postgresql';
import { IndicatorKind, MAX_INDICATOR_DIMENSIONS } from '@pj/shared';
import { badInput } from '../common/domain-error.js';
import { decodeCursor, encodeCursor, isUuid, pageSize, type Page } from '../graphql/relay.js';
import { bindPeriod } from './indicator.js';
import { checkGroupBy, dimensionSql, periodOf, specsFor, storedValue } from './indicator.service.js';
import { IndicatorCase, type IndicatorCasesInput } from './indicator.types.js';

interface CaseRow {
  patient_id: string;
  surgery_id: string | null;
  referral_id: string | null;
  treatment_plan_id: string | null;
  on_day: string;
  case_id: string;
  in_numerator: boolean;
}

/**
 * The cases behind one figure (drill-down), oldest first: the same SQL as the figure, narrowed
 * to the row's groups (and to the numerator when asked), paged by (day, case) keyset.
 */
export async function indicatorCases(
  em: EntityManager,
  input: IndicatorCasesInput,
  paging: { first?: number | null; after?: string | null },
  today: string,
): Promise<Page<IndicatorCase>> {
  const period = periodOf(input.from, input.to, today);
  const [spec] = specsFor([input.key]);
  const groups = input.groups ?? [];
  if (groups.length > MAX_INDICATOR_DIMENSIONS) throw badInput('groups', `At most ${MAX_INDICATOR_DIMENSIONS} groupings at once`, 'TOO_MANY');
  checkGroupBy([spec], groups.map((g) => g.dimension));
  const size = pageSize(paging.first);
  const after = paging.after ? decodeCursor(paging.after, 2) : null;
  // A cursor is (day, case key): anything else was not given by this list.
  if (after && !(typeof after[0] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(after[0]) && typeof after[1] === 'string' && isUuid(after[1]))) {
    throw badInput('after', 'The cursor is not valid; start again from the first page', 'INVALID_CURSOR');
  }

  const filters = groups.map((g) => `${dimensionSql(g.dimension)} = ?`);
  const filterValues = groups.map((g, i) => storedValue(g.dimension, g.value, `groups[${i}].value`));
  if (input.numeratorOnly && spec.kind === IndicatorKind.PROPORTION) filters.push('c.num > 0');
  const base = (select: string) =>
    `select ${select}
       from (${spec.drillDownCases ?? spec.cases}) c left join patient p on p.id = c.patient_id
      where c.patient_id is not null${filters.map((f) => ` and ${f}`).join('')}`;
  const inNumerator = spec.kind === IndicatorKind.PROPORTION ? 'c.num > 0' : 'true';
  const list = bindPeriod(
    `select * from (${base(`c.patient_id, c.surgery_id, c.referral_id, c.treatment_plan_id, c.on_day::text as on_day, ${inNumerator} as in_numerator,
                             coalesce(c.surgery_id, c.referral_id, c.treatment_plan_id, c.patient_id) as case_id`)}) x
      ${after ? 'where (x.on_day, x.case_id) > (?, ?::uuid)' : ''}
      order by x.on_day, x.case_id limit ${size + 1}`,
    period,
  );
  const rows = await em.getConnection().execute<CaseRow[]>(list.sql, [...list.params, ...filterValues, ...(after ?? [])]);
  const nodes = rows.slice(0, size).map((row) =>
    Object.assign(new IndicatorCase(), {
      patientId: row.patient_id,
      surgeryId: row.surgery_id,
      referralId: row.referral_id,
      treatmentPlanId: row.treatment_plan_id,
      on: row.on_day,
      inNumerator: row.in_numerator,
      caseId: row.case_id,
    }),
  );
  return {
    nodes,
    hasNextPage: rows.length > size,
    hasPreviousPage: after !== null,
    cursorOf: (node) => encodeCursor([node.on, node.caseId]),
    count: async () => {
      const count = bindPeriod(`select count(*)::int as n from (${base('1')}) x`, period);
      const [row] = await em.getConnection().execute<{ n: number }[]>(count.sql, [...count.params, ...filterValues]);
      return row?.n ?? 0;
    },
  };
}
