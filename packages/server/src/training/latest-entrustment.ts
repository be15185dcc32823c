/**
 * The latest entrustment decision of each (person, procedure group) among the decisions
 * `where` keeps: the one decided last, then recorded last (one statement for the progress
 * screen, the handover dashboard and the entrustments loader). `where` may hold `?`
 * placeholders, in order.
 */
export function latestEntrustmentsSql(where: string, columns = '*'): string {
  return `select distinct on ("staff_member_id", "procedure_group") ${columns}
      from "entrustment_decision" where ${where}
     order by "staff_member_id", "procedure_group", "decided_on" desc, "created_at" desc, "id" desc`;
}
