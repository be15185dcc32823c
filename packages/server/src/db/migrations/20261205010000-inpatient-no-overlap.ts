import { Migration } from '@mikro-orm/migrations';

/** A period as a range, open-ended while `to` is null. */
const period = (from: string, to: string) => `tstzrange("${from}", coalesce("${to}", 'infinity'), '[)')`;

/**
 * The rows that break the rule "one thing at a time" are repaired first, by one rule for every
 * kind: the record that began first keeps its period; one that began inside it is made to begin
 * when it ended (an empty period when it had ended by then too). Only start times move, so no
 * repair can create a new overlap, and discharges (with their summaries and follow-ups) keep
 * their times. Every changed value is logged in "inpatient_repair" with its old and new value.
 *
 * 1. a patient's admissions: one that began inside an earlier admission of the same patient
 *    (a back-dated admission inside a finished stay) begins when that one ended;
 * 2. the bed stays of admissions moved by (1) begin no earlier than their admission;
 * 3. the stays of one bed (the demo hospital had past stays inside other patients' stays, which
 *    hid the present occupant from the census): the later one begins when the earlier ended;
 * 4. the stays of one admission (a patient is in one bed at a time): likewise.
 */
export const INPATIENT_REPAIR_SQL: readonly string[] = [
  `with ordered as (
     select id, admitted_at, discharged_at,
            max(coalesce(discharged_at, 'infinity')) over (partition by patient_id order by admitted_at, id
              rows between unbounded preceding and 1 preceding) as earlier_end
       from admission
   ), moved as (
     select id, admitted_at as old_value, least(earlier_end, coalesce(discharged_at, 'infinity')) as new_value
       from ordered
      where earlier_end > admitted_at and least(earlier_end, coalesce(discharged_at, 'infinity')) > admitted_at
        and least(earlier_end, coalesce(discharged_at, 'infinity')) < 'infinity'
   ), logged as (
     insert into inpatient_repair (table_name, row_id, column_name, old_value, new_value, note)
     select 'admission', id, 'admitted_at', old_value, new_value,
            'began inside an earlier admission of the same patient; now begins when that one ended'
       from moved
   )
   update admission a set admitted_at = m.new_value, version = a.version + 1 from moved m where a.id = m.id`,
  `with moved as (
     select s.id, s.from_at as old_value, least(a.admitted_at, coalesce(s.to_at, 'infinity')) as new_value
       from bed_stay s join admission a on a.id = s.admission_id
      where least(a.admitted_at, coalesce(s.to_at, 'infinity')) > s.from_at
   ), logged as (
     insert into inpatient_repair (table_name, row_id, column_name, old_value, new_value, note)
     select 'bed_stay', id, 'from_at', old_value, new_value, 'began before its admission (moved above); now begins with it'
       from moved
   )
   update bed_stay s set from_at = m.new_value from moved m where s.id = m.id`,
  ...(
    [
      ['bed_id', 'began inside an earlier stay in the same bed; now begins when that one ended'],
      ['admission_id', 'began inside an earlier stay of the same admission; now begins when that one ended'],
    ] as const
  ).map(
    ([key, note]) => `with ordered as (
       select id, from_at, to_at,
              max(coalesce(to_at, 'infinity')) over (partition by ${key} order by from_at, id
                rows between unbounded preceding and 1 preceding) as earlier_end
         from bed_stay
     ), moved as (
       select id, from_at as old_value, least(earlier_end, coalesce(to_at, 'infinity')) as new_value
         from ordered
        where earlier_end > from_at and least(earlier_end, coalesce(to_at, 'infinity')) > from_at
          and least(earlier_end, coalesce(to_at, 'infinity')) < 'infinity'
     ), logged as (
       insert into inpatient_repair (table_name, row_id, column_name, old_value, new_value, note)
       select 'bed_stay', id, 'from_at', old_value, new_value, '${note}' from moved
     )
     update bed_stay s set from_at = m.new_value from moved m where s.id = m.id`,
  ),
  `do $$
     declare admissions int; stays int;
     begin
       select count(distinct row_id) filter (where table_name = 'admission'),
              count(distinct row_id) filter (where table_name = 'bed_stay')
         into admissions, stays from inpatient_repair;
       if admissions + stays > 0 then
         raise notice 'Overlapping inpatient records repaired: % admissions and % bed stays now begin later (see table inpatient_repair)', admissions, stays;
       end if;
     end $$`,
];

/**
 * What the database guarantees from now on, whatever a service or a raw write does (btree_gist
 * is installed by the surgery migration): a bed holds one stay at a time, a patient has one
 * admission at a time, and an admission is in one bed at a time, at every instant, past ones
 * included (so back-dated admissions and transfers cannot overlap history either).
 */
export const INPATIENT_CONSTRAINTS_SQL: readonly string[] = [
  `alter table "bed_stay" add constraint "bed_stay_bed_no_overlap" exclude using gist ("bed_id" with =, ${period('from_at', 'to_at')} with &&)`,
  `alter table "bed_stay" add constraint "bed_stay_admission_no_overlap" exclude using gist ("admission_id" with =, ${period('from_at', 'to_at')} with &&)`,
  `alter table "admission" add constraint "admission_patient_no_overlap" exclude using gist ("patient_id" with =, ${period('admitted_at', 'discharged_at')} with &&)`,
];

/** No bed, patient or admission holds two inpatient periods at once, at any instant. */
export class Migration20261205010000InpatientNoOverlap extends Migration {
  override up(): void {
    // What the repair below changed, value by value (append-only in spirit: nothing updates it).
    this.addSql(`create table "inpatient_repair" ("id" bigserial primary key, "repaired_at" timestamptz not null default now(), "table_name" text not null, "row_id" uuid not null, "column_name" text not null, "old_value" timestamptz null, "new_value" timestamptz null, "note" text not null);`);
    for (const sql of INPATIENT_REPAIR_SQL) this.addSql(`${sql};`);
    for (const sql of INPATIENT_CONSTRAINTS_SQL) this.addSql(`${sql};`);
  }
}
