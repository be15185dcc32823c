import { createHash } from 'node:crypto';

// Deterministic benchmark data: patients, referrals with their status history, surgeries,
// admissions with bed stays and discharges, oncology courses (diagnosis, plan, hundreds of
// chemotherapy doses, admission cycles) and every timeline event, generated inside
// PostgreSQL with set-based INSERT … SELECT (no ORM, no per-row round trips). Every value is
// a hash of the row's number, so a scale always produces the same rows.

/** Patients per scale; about 1% are oncology patients with 300+ timeline events each. */
export const SCALES = {
  small: { patients: 400 },
  medium: { patients: 10_000 },
  large: { patients: 100_000 },
};

/** The instant the data is anchored on (the generator's "now"). */
export const ANCHOR = '2026-11-24T00:00:00Z';
/** The theatre day with a full list (the day after the anchor, Phnom Penh). */
export const BUSY_DAY = '2026-11-25';
/** The account the benchmark signs in as (API token, CASE_MANAGER + CLINICIAN). */
export const BENCH_USERNAME = 'bench';
export const BENCH_TOKEN = 'pj_benchmark-token-for-generated-data-only';
/** One patient in a hundred follows an oncology course. */
export const isOncology = (n) => n % 100 === 50;

const FAMILY = [
  ['Sok', 'សុខ'], ['Chan', 'ចាន់'], ['Kim', 'គីម'], ['Keo', 'កែវ'], ['Meas', 'មាស'],
  ['Heng', 'ហេង'], ['Ly', 'លី'], ['Chea', 'ជា'], ['Sam', 'សំ'], ['Nhem', 'ញឹម'],
  ['Prak', 'ប្រាក់'], ['Phan', 'ផាន'], ['Seng', 'សេង'], ['Touch', 'ទូច'], ['Mao', 'ម៉ៅ'],
  ['Pen', 'ប៉ែន'], ['Yim', 'យឹម'], ['Ouk', 'អ៊ុក'], ['Long', 'ឡុង'], ['Vong', 'វង្ស'],
  ['Hem', 'ហែម'], ['Nuon', 'នួន'], ['Som', 'សំ'], ['Khun', 'ឃុន'], ['Tep', 'ទេព'],
];
const FEMALE = [
  ['Sreymom', 'ស្រីមុំ'], ['Sophea', 'សុភា'], ['Channary', 'ចាន់ណារី'], ['Bopha', 'បុប្ផា'],
  ['Kanha', 'កញ្ញា'], ['Malis', 'ម្លិះ'], ['Sokha', 'សុខា'], ['Pisey', 'ពិសី'],
  ['Leakhena', 'លក្ខិណា'], ['Sreyneang', 'ស្រីនាង'], ['Thida', 'ធីតា'], ['Raksmey', 'រស្មី'],
  ['Chantha', 'ចន្ថា'], ['Kolab', 'កុលាប'], ['Navy', 'ណាវី'],
];
const MALE = [
  ['Vannak', 'វណ្ណៈ'], ['Sovann', 'សុវណ្ណ'], ['Rithy', 'រិទ្ធី'], ['Visal', 'វិសាល'],
  ['Piseth', 'ពិសិដ្ឋ'], ['Sopheak', 'សុភ័ក្រ'], ['Vuthy', 'វុឌ្ឍី'], ['Makara', 'មករា'],
  ['Chamroeun', 'ចំរើន'], ['Kosal', 'កុសល'], ['Dara', 'ដារា'], ['Bunthoeun', 'ប៊ុនធឿន'],
  ['Samnang', 'សំណាង'], ['Veasna', 'វាសនា'], ['Sambath', 'សម្បត្តិ'],
];
const SURGICAL = ['BREAST_SURGERY', 'ENT', 'OBSTETRICS_GYNAECOLOGY', 'GENERAL_SURGERY', 'PAEDIATRIC_SURGERY', 'PLASTIC_SURGERY', 'UROLOGY'];
const PROCEDURES = [
  'Mastectomy', 'Thyroidectomy', 'Abdominal hysterectomy', 'Open inguinal hernia repair (Lichtenstein)',
  'Cleft lip repair', 'Burn contracture release', 'Transurethral resection of the prostate',
];

/** Tables the generator fills (their secondary indexes are rebuilt after the load). */
const LOADED_TABLES = [
  'patient', 'episode', 'referral', 'referral_status_change', 'surgery', 'surgery_team_member', 'surgery_checklist_phase',
  'staff_member', 'admission', 'bed_stay',
  'discharge', 'follow_up', 'oncology_diagnosis', 'treatment_plan', 'chemo_administration', 'journey_event',
];

const FUNCTIONS = `
create function pg_temp.h(salt text, n bigint) returns bigint language sql immutable parallel safe
  as $$ select ('x' || substr(md5(salt || n::text), 1, 12))::bit(48)::bigint $$;
create function pg_temp.u(salt text, n bigint) returns uuid language sql immutable parallel safe
  as $$ select overlay(overlay(md5(salt || n::text) placing '4' from 13) placing '8' from 17)::uuid $$;
create function pg_temp.dbl(x int) returns int language sql immutable parallel safe
  as $$ select x * 2 - 9 * (x >= 5)::int $$;
-- Luhn check digit of a six-digit serial (see formatMrn in the shared package).
create function pg_temp.luhn(n int) returns int language sql immutable parallel safe
  as $$ select (10 - (pg_temp.dbl(n % 10) + n / 10 % 10 + pg_temp.dbl(n / 100 % 10) + n / 1000 % 10
                     + pg_temp.dbl(n / 10000 % 10) + n / 100000 % 10) % 10) % 10 $$;
`;

/**
 * The load, one set-based statement per step. $1 = number of patients, $2 = anchor instant;
 * name lists as further parameters where used.
 */
function steps(patients) {
  return [
    // Patients: 1% oncology children registered up to five years ago, the rest up to two.
    ['plan patients', `create temp table g_patient as
      select n, pg_temp.u('patient', n) as id, (n % 100 = 50) as onc,
        case when n % 100 = 50 then $2::timestamptz - interval '1 day' * (1800 + pg_temp.h('reg', n) % 60)
             else $2::timestamptz - interval '1 minute' * (86400 + pg_temp.h('reg', n) % (700 * 1440)) end as reg_at,
        case when n % 100 = 50 then 1 else 1 + (pg_temp.h('nref', n) % 10 < 4)::int end as nref
      from generate_series(1, $1::int) n`, [patients, ANCHOR]],
    ['referral plan', `create temp table g_ref as
      select p.n, k, pg_temp.u('referral', p.n * 10 + k) as id, pg_temp.u('episode', p.n * 10 + k) as episode_id,
        p.id as patient_id, p.onc,
        -- A second referral comes halfway between the first and 35 days ago: every operation and
        -- discharge is in the past.
        p.reg_at + interval '2 hours' + (k - 1) * (($2::timestamptz - interval '35 days') - p.reg_at) / 2 as received_at,
        case when p.onc then 'ACCEPTED' else (case
          when r < 8 then 'RECEIVED' when r < 14 then 'TRIAGED' when r < 18 then 'ACCEPTED' when r < 23 then 'DECLINED'
          when r < 38 then 'WAITLISTED' when r < 43 then 'SCHEDULED' when r < 93 then 'COMPLETED' else 'CANCELLED' end) end as status,
        case when p.onc then 'PAEDIATRIC_ONCOLOGY' else ($1::text[])[1 + pg_temp.h('spec', p.n * 10 + k) % 7] end as specialty,
        (array['ROUTINE','ROUTINE','ROUTINE','ROUTINE','URGENT','URGENT','ASAP','STAT'])[1 + pg_temp.h('prio', p.n * 10 + k) % 8] as priority,
        (array['DAYS_30','DAYS_90','DAYS_365'])[1 + pg_temp.h('band', p.n * 10 + k) % 3] as band,
        (array['HEALTH_CENTRE','REFERRAL_HOSPITAL','NGO','OUTREACH_SCREENING','OTHER_HOSPITAL','SELF'])[1 + pg_temp.h('src', p.n * 10 + k) % 6] as source_type
      from g_patient p cross join lateral generate_series(1, p.nref) k
      cross join lateral (select pg_temp.h('status', p.n * 10 + k) % 100 as r) s`, [SURGICAL, ANCHOR]],
    ['referral paths', `alter table g_ref add column path text[]; update g_ref set path = case status
        when 'RECEIVED' then '{}'::text[] when 'TRIAGED' then '{TRIAGED}' when 'ACCEPTED' then '{TRIAGED,ACCEPTED}'
        when 'DECLINED' then '{TRIAGED,DECLINED}' when 'WAITLISTED' then '{TRIAGED,ACCEPTED,WAITLISTED}'
        when 'SCHEDULED' then '{TRIAGED,ACCEPTED,WAITLISTED,SCHEDULED}'
        when 'COMPLETED' then '{TRIAGED,ACCEPTED,WAITLISTED,SCHEDULED,COMPLETED}' else '{TRIAGED,CANCELLED}' end;
      create index on g_ref (n, k); analyze g_patient; analyze g_ref`],
    ['patients', `insert into patient (id, mrn, family_name, given_name, family_name_khmer, given_name_khmer, sex, birth_date,
        birth_date_estimated, phones, province_code, district, stage, created_at, version)
      select p.id, lpad(p.n::text, 6, '0') || '-' || pg_temp.luhn(p.n),
        ($1::text[])[1 + f], case when female then ($3::text[])[1 + g] else ($5::text[])[1 + g] end,
        ($2::text[])[1 + f], case when female then ($4::text[])[1 + g] else ($6::text[])[1 + g] end,
        case when female then 'FEMALE' else 'MALE' end,
        case when p.onc then (p.reg_at - interval '1 day' * (400 + pg_temp.h('age', p.n) % 3000))::date
             else (p.reg_at - interval '1 day' * (365 * 3 + pg_temp.h('age', p.n) % (365 * 70)))::date end,
        pg_temp.h('est', p.n) % 5 = 0,
        array['+8551' || (2 + pg_temp.h('ph', p.n) % 8)::text || lpad((pg_temp.h('ph2', p.n) % 1000000)::text, 6, '0')],
        1 + pg_temp.h('prov', p.n) % 25, null,
        case lr.status when 'RECEIVED' then 'REFERRED' when 'TRIAGED' then 'IN_ASSESSMENT'
            when 'ACCEPTED' then (case when p.onc then 'FOLLOW_UP' else 'IN_ASSESSMENT' end)
            when 'WAITLISTED' then 'WAITLISTED' when 'SCHEDULED' then 'SURGERY_SCHEDULED' when 'COMPLETED' then 'FOLLOW_UP'
            else 'CLOSED' end,
        p.reg_at, 1
      from g_patient p
      join (select distinct on (n) n, status from g_ref order by n, k desc) lr on lr.n = p.n
      cross join lateral (select pg_temp.h('fam', p.n) % 25 as f, pg_temp.h('giv', p.n) % 15 as g, pg_temp.h('sex', p.n) % 2 = 0 as female) x`,
      [FAMILY.map((x) => x[0]), FAMILY.map((x) => x[1]), FEMALE.map((x) => x[0]), FEMALE.map((x) => x[1]), MALE.map((x) => x[0]), MALE.map((x) => x[1])]],
    ['episodes', `insert into episode (id, patient_id, title, specialty, status, started_at, ended_at)
      select episode_id, patient_id, initcap(replace(specialty, '_', ' ')) || ' referral', specialty,
        case when status = 'COMPLETED' then 'FINISHED' when status in ('DECLINED', 'CANCELLED') then 'CANCELLED' else 'ACTIVE' end,
        received_at, case when status in ('COMPLETED', 'DECLINED', 'CANCELLED') then received_at + interval '30 days' end
      from g_ref`],
    ['referrals', `insert into referral (id, patient_id, episode_id, source_type, source_name, specialty, reason, priority,
        urgency_band, due_date, status, received_at, version)
      select id, patient_id, episode_id, source_type, 'Provincial Referral Hospital ' || (1 + pg_temp.h('srcn', n * 10 + k) % 25),
        specialty, 'Referred for ' || lower(replace(specialty, '_', ' ')) || ' assessment', priority, band,
        ((received_at at time zone 'Asia/Phnom_Penh')::date + case band when 'DAYS_30' then 30 when 'DAYS_90' then 90 else 365 end),
        status, received_at, 1 + cardinality(path)
      from g_ref`],
    ['referral history', `insert into referral_status_change (id, referral_id, from_status, to_status, reason, changed_by, changed_at)
      select pg_temp.u('rsc', (n * 10 + k) * 10), id, null, 'RECEIVED', null, 'casemanager', received_at from g_ref
      union all
      select pg_temp.u('rsc', (n * 10 + k) * 10 + i), id, case when i = 1 then 'RECEIVED' else path[i - 1] end, path[i],
        case when path[i] in ('DECLINED', 'CANCELLED') then 'Not suitable for surgery at this hospital' end,
        'casemanager', received_at + interval '5 days' * i
      from g_ref cross join lateral generate_subscripts(path, 1) i`],
    // The surgical staff: surgeons, anaesthetists and scrub nurses.
    ['staff', `insert into staff_member (id, name, role, specialty, visiting, created_at, version)
      select pg_temp.u('surgeon', i), 'Dr ' || ($1::text[])[i] || ' (surgeon)', 'SURGEON', ($2::text[])[1 + (i - 1) % 7], i % 5 = 0, $3::timestamptz, 1
      from generate_series(1, 25) i
      union all select pg_temp.u('anaesthetist', i), 'Dr ' || ($1::text[])[26 - i] || ' (anaesthetist)', 'ANAESTHETIST', null, false, $3::timestamptz, 1
      from generate_series(1, 10) i
      union all select pg_temp.u('nurse', i), 'Nurse ' || ($1::text[])[i] || ' ' || i, 'NURSE', null, false, $3::timestamptz, 1
      from generate_series(1, 20) i`, [FAMILY.map((x) => x[0]), SURGICAL, ANCHOR]],
    // Booked operations: 15 a day in three theatres from the day after the anchor (the busy
    // day is the first). Performed ones on the day 24 days after their referral (before the busy
    // day), six 90-minute slots a theatre from 08:00, a patient's on one day in consecutive slots:
    // performed operations hold their slot too, so no theatre or patient is ever used twice at
    // once (theatres beyond OT 3 are added for the busiest days).
    ['surgery plan', `create temp table g_surgery as
      select r.*, pg_temp.u('surgery', n * 10 + k) as surgery_id,
        case when status = 'SCHEDULED' then (rn - 1) / 15 else null end as day,
        case when status = 'SCHEDULED' then (rn - 1) % 3 else (rd - 1) / 6 end as t,
        case when status = 'SCHEDULED'
          then ($1::date + ((rn - 1) / 15)::int + time '08:00' + interval '90 minutes' * ((rn - 1) % 15 / 3)) at time zone 'Asia/Phnom_Penh'
          else (done_day + time '08:00' + interval '90 minutes' * ((rd - 1) % 6)) at time zone 'Asia/Phnom_Penh' end as start_at
      from (select *, row_number() over (partition by status order by k, id) as rn,
                   row_number() over (partition by status, done_day order by patient_id, id) as rd
            from (select *, least(((received_at + interval '24 days') at time zone 'Asia/Phnom_Penh')::date, $1::date - 1) as done_day
                  from g_ref where status in ('SCHEDULED', 'COMPLETED')) d) r`,
      [BUSY_DAY]],
    ['theatres for performed operations', `insert into theatre (id, name, sort_order)
      select pg_temp.u('theatre', i), 'OT ' || i, i from generate_series(4, (select coalesce(max(t), 0) + 1 from g_surgery)) i
      on conflict (name) do nothing`],
    ['surgeries', `insert into surgery (id, patient_id, episode_id, referral_id, procedure, specialty, theatre_id, scheduled_start, scheduled_end,
        expected_duration_minutes, urgency, status, started_at, ended_at, findings, procedures, version)
      select surgery_id, patient_id, episode_id, id, ($1::text[])[array_position($2::text[], specialty)], specialty,
        (select th.id from theatre th where th.name = 'OT ' || (1 + t)), start_at, start_at + interval '90 minutes',
        90, 'ELECTIVE', case when status = 'SCHEDULED' then 'SCHEDULED' else 'COMPLETED' end,
        case when status = 'COMPLETED' then start_at end, case when status = 'COMPLETED' then start_at + interval '90 minutes' end,
        case when status = 'COMPLETED' then 'As expected' end,
        case when status = 'COMPLETED' then jsonb_build_array(($1::text[])[array_position($2::text[], specialty)]) else '[]'::jsonb end, 1
      from g_surgery`, [PROCEDURES, SURGICAL]],
    // Each operation's team; a booked one's staff are never in two theatres at once.
    ['operation teams', `insert into surgery_team_member (id, surgery_id, staff_member_id, role, slot_start, slot_end, active)
      select pg_temp.u('team' || m.role, n * 10 + k), surgery_id,
        case m.role when 'PRIMARY_SURGEON' then pg_temp.u('surgeon', 1 + (coalesce(day, n) * 3 + t) % 25)
                    when 'ANAESTHETIST' then pg_temp.u('anaesthetist', 1 + (coalesce(day, n) * 3 + t) % 10)
                    else pg_temp.u('nurse', 1 + (coalesce(day, n) * 3 + t) % 20) end,
        m.role, start_at, start_at + interval '90 minutes', status = 'SCHEDULED'
      from g_surgery cross join (values ('PRIMARY_SURGEON'), ('ANAESTHETIST'), ('SCRUB_NURSE')) m(role)`],
    // The WHO checklist: sign-in done for every other booked operation.
    ['checklists', `insert into surgery_checklist_phase (id, surgery_id, phase, answers, recorded_by, recorded_at)
      select pg_temp.u('sign-in', n * 10 + k), surgery_id, 'SIGN_IN', '{}'::jsonb, 'bench', start_at - interval '30 minutes'
      from g_surgery where status = 'SCHEDULED' and (rn % 2) = 0`],
    // Admissions: around each operation; oncology courses every three weeks. A bed holds one
    // stay at a time (and a patient one admission): the stays of a ward, in time order, go round
    // its beds in turn, with as many beds as there are stays beginning within one stay's length
    // (every stay of a ward lasts as long), so a bed's next stay begins after its last one ended.
    // Beds beyond the hospital's own are added to the ward for the scale.
    ['admission plan', `create temp table g_adm as
      select (n * 10 + k) * 1000 as an, patient_id, episode_id, 'POST_OPERATIVE' as reason, 'A' as prefix,
        received_at + interval '23 days' as admitted_at, received_at + interval '27 days' as discharged_at
      from g_ref where status = 'COMPLETED'
      union all
      select (r.n * 10 + 1) * 1000 + 1 + c, r.patient_id, r.episode_id, 'ONCOLOGY', 'O',
        r.received_at + interval '14 days' + interval '21 days' * c, r.received_at + interval '17 days' + interval '21 days' * c
      from g_ref r cross join lateral generate_series(0, (250 + pg_temp.h('doses', r.n) % 500)::int / 9 - 1) c where r.onc;
      create temp table g_slot as
      select an, prefix, row_number() over (partition by prefix order by admitted_at, an) - 1 as i,
        count(*) over (partition by prefix order by admitted_at range between current row and interval '4 days' following) as c
      from g_adm where prefix = 'A'
      union all
      select an, prefix, row_number() over (partition by prefix order by admitted_at, an) - 1,
        count(*) over (partition by prefix order by admitted_at range between current row and interval '3 days' following)
      from g_adm where prefix = 'O';
      create temp table g_ward_beds as
      select prefix, ward_id, greatest(needed, seeded) as beds, seeded
      from (select s.prefix, w.id as ward_id, max(s.c) as needed,
              (select count(*) from bed b where b.ward_id = w.id and b.label like s.prefix || '%') as seeded
            from g_slot s join ward w on w.kind = case s.prefix when 'A' then 'ADULT_SURGICAL' else 'PAEDIATRIC_ONCOLOGY' end
            group by s.prefix, w.id) x;
      create temp table g_new_bed as
      select pg_temp.u('bed-' || g.prefix, i) as id, g.ward_id, g.prefix || lpad(i::text, greatest(2, length(i::text)), '0') as label
      from g_ward_beds g cross join lateral generate_series(g.seeded + 1, g.beds) i;
      insert into bed (id, ward_id, label) select id, ward_id, label from g_new_bed;
      alter table g_adm add column bed_id uuid;
      update g_adm a set bed_id = b.id
      from g_slot s, g_ward_beds g, bed b
      where s.an = a.an and g.prefix = s.prefix and b.ward_id = g.ward_id
        and b.label = s.prefix || lpad((1 + s.i % g.beds)::text, greatest(2, length((1 + s.i % g.beds)::text)), '0');
      analyze g_adm`],
    ['admissions', `insert into admission (id, patient_id, episode_id, bed_id, reason, status, admitted_at, discharged_at, version)
      select pg_temp.u('adm', an), patient_id, episode_id, bed_id, reason, 'DISCHARGED', admitted_at, discharged_at, 2 from g_adm`],
    ['bed stays', `insert into bed_stay (id, admission_id, bed_id, from_at, to_at)
      select pg_temp.u('stay', an), pg_temp.u('adm', an), bed_id, admitted_at, discharged_at from g_adm`],
    ['discharges', `insert into discharge (id, admission_id, patient_id, discharged_at, disposition, diagnosis, condition, instructions)
      select pg_temp.u('dis', an), pg_temp.u('adm', an), patient_id, discharged_at, 'HOME',
        case when reason = 'ONCOLOGY' then 'Chemotherapy cycle given' else 'Recovered after surgery' end, 'Stable',
        'Come back for the next visit' from g_adm`],
    // Follow-ups booked at each discharge: a wound check and a day-30 call after an operation,
    // an oncology review after each chemotherapy stay; those already due were attended.
    ['follow-ups', `insert into follow_up (id, patient_id, kind, due_date, status, discharge_id, automatic, scheduled_at,
        outcome_on, day30_status, recorded_at, version)
      select pg_temp.u('fu', a.an::bigint * 4 + f.i), a.patient_id, f.kind, d.due, case when d.past then 'ATTENDED' else 'SCHEDULED' end,
        pg_temp.u('dis', a.an), true, a.discharged_at, case when d.past then d.due end,
        case when d.past and f.kind = 'DAY_30_CALL' then 'ALIVE' end,
        case when d.past then d.due + time '10:00' end, case when d.past then 2 else 1 end
      from g_adm a
      cross join lateral (select * from (values (1, 'WOUND_CHECK', 10, 'POST_OPERATIVE'), (2, 'DAY_30_CALL', 30, 'POST_OPERATIVE'),
        (3, 'ONCOLOGY_REVIEW', 14, 'ONCOLOGY')) v(i, kind, days, reason) where v.reason = a.reason) f
      cross join lateral (select a.discharged_at::date + f.days as due, a.discharged_at::date + f.days < $1::timestamptz::date as past) d`, [ANCHOR]],
    // Patients waiting for their operation in a surgical bed now (the census).
    ['open admissions', `create temp table g_open as
      select r.n, r.patient_id, r.episode_id, b.id as bed_id, $1::timestamptz - interval '1 hour' * (2 + pg_temp.h('open', r.n) % 100) as admitted_at
      from (select *, row_number() over (order by id) as i from g_ref where status = 'SCHEDULED' and k = 1) r
      join (select id, row_number() over (order by label) as i from bed
             where (label like 'A%' or label like 'P%') and id not in (select id from g_new_bed)) b on b.i = r.i`, [ANCHOR]],
    ['open admission rows', `insert into admission (id, patient_id, episode_id, bed_id, reason, status, admitted_at, version)
      select pg_temp.u('open-adm', n), patient_id, episode_id, bed_id, 'PRE_OPERATIVE', 'ADMITTED', admitted_at, 1 from g_open;
      insert into bed_stay (id, admission_id, bed_id, from_at)
      select pg_temp.u('open-stay', n), pg_temp.u('open-adm', n), bed_id, admitted_at from g_open;
      update patient set stage = 'INPATIENT' where id in (select patient_id from g_open)`],
    // Oncology: diagnosis, a treatment plan and its doses (all given).
    ['oncology diagnoses', `insert into oncology_diagnosis (id, patient_id, cancer_type, basis, diagnosed_on, stage_scheme, stage, recorded_at)
      select pg_temp.u('dx', n), patient_id, case when n % 200 = 50 then 'WILMS_TUMOUR' else 'ACUTE_LYMPHOBLASTIC_LEUKAEMIA' end,
        'HISTOLOGY', (received_at + interval '10 days')::date, case when n % 200 = 50 then 'SIOP_WILMS' else 'TORONTO_TIER_2' end,
        case when n % 200 = 50 then 'II' else 'Standard risk' end, received_at + interval '10 days'
      from g_ref where onc`],
    ['treatment plans', `insert into treatment_plan (id, patient_id, protocol_id, start_date, height_cm, weight_kg, body_surface_area, status, created_at)
      select pg_temp.u('plan', n), patient_id,
        case when n % 200 = 50 then '0c010000-0000-4000-8000-000000000001'::uuid else '0c010000-0000-4000-8000-000000000002'::uuid end,
        (received_at + interval '14 days')::date, 110, 18, 0.74, 'ACTIVE', received_at + interval '14 days'
      from g_ref where onc`],
    ['chemotherapy', `insert into chemo_administration (id, plan_id, position, drug, route, unit, planned_date, planned_dose, status, actual_date, actual_dose, version)
      select pg_temp.u('chemo', n * 10000 + j), pg_temp.u('plan', n), j,
        (array['Vincristine','Dactinomycin','Dexamethasone'])[1 + j % 3], case when j % 3 = 2 then 'PO' else 'IV' end,
        case when j % 3 = 1 then 'µg' else 'mg' end,
        (received_at + interval '14 days' + interval '7 days' * (j / 3))::date, 1.1, 'GIVEN',
        (received_at + interval '14 days' + interval '7 days' * (j / 3))::date, 1.1, 2
      from g_ref cross join lateral generate_series(0, (250 + pg_temp.h('doses', n) % 500)::int - 1) j where onc`],
    // The timeline, oldest first.
    ['journey events', `insert into journey_event (patient_id, episode_id, kind, occurred_at, recorded_at, summary, actor, referral_id,
        from_status, to_status, note, surgery_id, admission_id, discharge_id, bed_stay_id, oncology_diagnosis_id, treatment_plan_id, chemo_administration_id, follow_up_id)
      select patient_id, episode_id, kind, at, at, summary, 'bench', referral_id, from_status, to_status, note,
        surgery_id, admission_id, discharge_id, bed_stay_id, dx_id, plan_id, chemo_id, fu_id
      from (
        select p.id as patient_id, null::uuid as episode_id, 'PATIENT_REGISTERED' as kind, p.reg_at as at, 'Registered' as summary,
          null::uuid as referral_id, null as from_status, null as to_status, null as note, null::uuid as surgery_id,
          null::uuid as admission_id, null::uuid as discharge_id, null::uuid as bed_stay_id, null::uuid as dx_id,
          null::uuid as plan_id, null::uuid as chemo_id, null::uuid as fu_id
        from g_patient p
        union all
        select c.patient_id, c.episode_id, case when c.from_status is null then 'REFERRAL_RECEIVED' else 'REFERRAL_STATUS_CHANGED' end,
          c.changed_at, case when c.from_status is null then 'Referral received' else 'Referral ' || lower(c.from_status) || ' → ' || lower(c.to_status) end,
          c.referral_id, c.from_status, c.to_status, c.reason, null, null, null, null, null, null, null, null
        from (select sc.*, r.patient_id, r.episode_id from referral_status_change sc join referral r on r.id = sc.referral_id) c
        union all
        select s.patient_id, s.episode_id, 'SURGERY_SCHEDULED', r.received_at + interval '20 days', 'Surgery booked: ' || s.procedure,
          null, null, null, null, s.id, null, null, null, null, null, null, null
        from surgery s join referral r on r.id = s.referral_id
        union all
        select patient_id, episode_id, 'SURGERY_PERFORMED', ended_at, 'Surgery performed: ' || procedure,
          null, null, null, null, id, null, null, null, null, null, null, null
        from surgery where status = 'COMPLETED'
        union all
        select a.patient_id, a.episode_id, 'ADMITTED', a.admitted_at, 'Admitted to ' || w.name || ', bed ' || b.label,
          null, null, null, null, null, a.id, null, null, null, null, null, null
        from admission a join bed b on b.id = a.bed_id join ward w on w.id = b.ward_id
        union all
        select d.patient_id, a.episode_id, 'DISCHARGED', d.discharged_at, 'Discharged home: ' || d.diagnosis,
          null, null, null, null, null, d.admission_id, d.id, null, null, null, null, null
        from discharge d join admission a on a.id = d.admission_id
        union all
        select patient_id, null, 'ONCOLOGY_DIAGNOSED', recorded_at, 'Diagnosed: ' || lower(replace(cancer_type, '_', ' ')),
          null, null, null, null, null, null, null, null, id, null, null, null
        from oncology_diagnosis
        union all
        select patient_id, null, 'TREATMENT_PLAN_STARTED', created_at, 'Treatment plan started',
          null, null, null, null, null, null, null, null, null, id, null, null
        from treatment_plan
        union all
        select t.patient_id, null, 'CHEMO_ADMINISTERED', c.actual_date + time '09:00' + interval '1 minute' * c.position,
          c.drug || ' ' || c.actual_dose || ' ' || c.unit || ' given',
          null, null, null, null, null, null, null, null, null, t.id, c.id, null
        from chemo_administration c join treatment_plan t on t.id = c.plan_id
        union all
        select f.patient_id, a.episode_id, 'FOLLOW_UP_SCHEDULED', f.scheduled_at + interval '1 second',
          'Follow-up booked: ' || lower(replace(f.kind, '_', ' ')) || ' on ' || f.due_date,
          null, null, null, null, null, null, null, null, null, null, null, f.id
        from follow_up f join discharge d on d.id = f.discharge_id join admission a on a.id = d.admission_id
        union all
        select f.patient_id, a.episode_id, 'FOLLOW_UP_RECORDED', f.recorded_at, 'Follow-up ' || lower(replace(f.kind, '_', ' ')) || ': attended',
          null, null, null, null, null, null, null, null, null, null, null, f.id
        from follow_up f join discharge d on d.id = f.discharge_id join admission a on a.id = d.admission_id where f.status = 'ATTENDED'
      ) e order by patient_id, at`],
    // The benchmark's account and its API token.
    ['account', `insert into app_user (id, username, display_name, roles, password_hash, active, created_at)
      values (pg_temp.u('user', 1), $1, 'Benchmark (case manager)', '{CASE_MANAGER,CLINICIAN}', $2, true, $3::timestamptz)`,
      // Nobody signs in with a password: the hash is of no password at all.
      [BENCH_USERNAME, 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$' + 'A'.repeat(86), ANCHOR]],
    ['api token', `insert into api_token (id, name, token_hash, prefix, user_id, roles, created_at)
      values (pg_temp.u('token', 1), 'benchmark', $1, left($2, 10), pg_temp.u('user', 1), '{CASE_MANAGER,CLINICIAN}', $3::timestamptz)`,
      [createHash('sha256').update(BENCH_TOKEN).digest('base64url'), BENCH_TOKEN, ANCHOR]],
  ];
}

/**
 * Loads the scale into an empty, migrated database through `client` (a connected pg.Client).
 * Secondary indexes of the loaded tables are dropped for the load and rebuilt after it, then
 * the tables are analysed. Returns row counts and the time taken.
 */
export async function generate(client, scale, { log = () => undefined } = {}) {
  const size = SCALES[scale];
  if (!size) throw new Error(`Unknown scale ${scale}; use ${Object.keys(SCALES).join(', ')}`);
  const { rows } = await client.query('select count(*)::int as n from patient');
  if (rows[0].n > 0) throw new Error('The database already has patients; generate into an empty, migrated database');
  const started = Date.now();

  const indexes = (
    await client.query(
      `select i.indexname, i.indexdef from pg_indexes i
       where i.schemaname = 'public' and i.tablename = any($1)
         and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
      [LOADED_TABLES],
    )
  ).rows;
  await client.query('begin');
  try {
    // Every row is consistent by construction: skip foreign-key and append-only triggers.
    await client.query(`set local session_replication_role = replica`);
    await client.query(`set local work_mem = '256MB'`);
    await client.query(`set local maintenance_work_mem = '512MB'`);
    for (const { indexname } of indexes) await client.query(`drop index "${indexname}"`);
    await client.query(FUNCTIONS);
    for (const [name, sql, params] of steps(size.patients)) {
      const t = Date.now();
      // Steps without parameters may hold several statements (simple protocol).
      if (params) await client.query(sql, params);
      else await client.query(sql);
      log(`${name}: ${Date.now() - t} ms`);
    }
    const t = Date.now();
    for (const { indexdef } of indexes) await client.query(indexdef);
    log(`indexes rebuilt: ${Date.now() - t} ms`);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  const t = Date.now();
  await client.query(`analyze ${LOADED_TABLES.map((x) => `"${x}"`).join(', ')}`);
  log(`analyze: ${Date.now() - t} ms`);
  const counts = (
    await client.query(
      `select (select count(*) from patient)::int as patients, (select count(*) from referral)::int as referrals,
              (select count(*) from journey_event)::int as events, (select count(*) from surgery)::int as surgeries,
              (select count(*) from admission)::int as admissions, (select count(*) from chemo_administration)::int as doses`,
    )
  ).rows[0];
  return { ...counts, ms: Date.now() - started };
}
