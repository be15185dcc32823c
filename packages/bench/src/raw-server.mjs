// The raw floor: node:http + pg, one hand-written SQL statement per query that builds the
// whole JSON response in PostgreSQL (json_build_object / json_agg); Node only passes the
// text on. No authentication, no validation: the physical limit for a GraphQL-shaped answer.
import { createServer } from 'node:http';
import pg from 'pg';

// The search's word similarity threshold, as the server sets it on its sessions.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10),
  options: '-c pg_trgm.word_similarity_threshold=0.5' });

const SQL = {
  timeline: `select json_build_object('data', json_build_object('patient', json_build_object(
      'mrn', p.mrn, 'stage', p.stage, 'familyName', p.family_name, 'givenName', p.given_name,
      'journey', json_build_object(
        'edges', coalesce((select json_agg(json_build_object('node', json_build_object(
            'id', e.id, 'kind', e.kind, 'occurredAt', e.occurred_at, 'summary', e.summary,
            'fromStatus', e.from_status, 'toStatus', e.to_status, 'note', e.note,
            'episode', case when ep.id is not null then json_build_object('title', ep.title, 'status', ep.status) end,
            'referral', case when r.id is not null then json_build_object('sourceName', r.source_name, 'specialty', r.specialty, 'priority', r.priority, 'dueDate', r.due_date) end,
            'surgery', case when s.id is not null then json_build_object('procedure', s.procedure, 'theatre', json_build_object('name', th.name), 'startedAt', s.started_at, 'endedAt', s.ended_at) end,
            'admission', case when a.id is not null then json_build_object('admittedAt', a.admitted_at, 'bed', json_build_object('label', b.label, 'ward', json_build_object('name', w.name, 'nameKhmer', w.name_khmer))) end,
            'discharge', case when d.id is not null then json_build_object('disposition', d.disposition, 'diagnosis', d.diagnosis, 'instructions', d.instructions) end,
            'chemoAdministration', case when c.id is not null then json_build_object('drug', c.drug, 'actualDose', c.actual_dose, 'unit', c.unit, 'actualDate', c.actual_date) end
          )) order by e.timeline_at desc, e.id desc)
          from (select * from journey_event where patient_id = p.id order by timeline_at desc, id desc limit $2) e
          left join episode ep on ep.id = e.episode_id left join referral r on r.id = e.referral_id
          left join surgery s on s.id = e.surgery_id left join theatre th on th.id = s.theatre_id left join admission a on a.id = e.admission_id
          left join bed b on b.id = a.bed_id left join ward w on w.id = b.ward_id
          left join discharge d on d.id = e.discharge_id left join chemo_administration c on c.id = e.chemo_administration_id), '[]'),
        'pageInfo', json_build_object('hasNextPage', (select count(*) > $2 from (select 1 from journey_event where patient_id = p.id limit $2 + 1) x)))
    )))::text as body
    from patient p where p.id = $1`,
  worklist: `select json_build_object('data', json_build_object('referrals', json_build_object(
      'totalCount', case when $7::boolean then (select count(*) from referral r where r.status = any($1) and ($2::text[] is null or r.priority = any($2))
          and ($3::text[] is null or r.specialty = any($3)) and ($4::timestamptz is null or r.received_at >= $4)
          and ($5::date is null or r.due_date < $5)) end,
      'edges', coalesce(json_agg(json_build_object('node', json_build_object('id', x.id, 'status', x.status, 'priority', x.priority,
        'specialty', x.specialty, 'receivedAt', x.received_at, 'dueDate', x.due_date,
        'patient', json_build_object('mrn', x.mrn, 'familyName', x.family_name, 'givenName', x.given_name)),
        'cursor', x.received_at || '|' || x.id) order by x.received_at desc, x.id desc), '[]'))))::text as body
    from (select r.*, p.mrn, p.family_name, p.given_name from referral r join patient p on p.id = r.patient_id
      where r.status = any($1) and ($2::text[] is null or r.priority = any($2)) and ($3::text[] is null or r.specialty = any($3))
        and ($4::timestamptz is null or r.received_at >= $4) and ($5::date is null or r.due_date < $5)
        and ($6::text is null or (r.received_at, r.id) < (split_part($6, '|', 1)::timestamptz, split_part($6, '|', 2)::uuid))
      order by r.received_at desc, r.id desc limit $8) x`,
  theatre: `select json_build_object('data', json_build_object('theatreSchedule', coalesce(json_agg(json_build_object(
      'id', s.id, 'theatre', json_build_object('name', th.name), 'scheduledStart', s.scheduled_start, 'procedure', s.procedure, 'status', s.status,
      'expectedDurationMinutes', s.expected_duration_minutes,
      'patient', json_build_object('mrn', p.mrn, 'familyName', p.family_name, 'givenName', p.given_name),
      'team', (select coalesce(json_agg(json_build_object('role', tm.role, 'staffMember', json_build_object('name', sm.name)) order by tm.role), '[]')
        from surgery_team_member tm join staff_member sm on sm.id = tm.staff_member_id where tm.surgery_id = s.id),
      'nextChecklistPhase', (select ph from unnest(array['SIGN_IN', 'TIME_OUT', 'SIGN_OUT']) with ordinality u(ph, i)
        where not exists (select 1 from surgery_checklist_phase c where c.surgery_id = s.id and c.phase = u.ph) order by u.i limit 1))
      order by th.sort_order, th.name, s.scheduled_start, s.id), '[]')))::text as body
    from surgery s join theatre th on th.id = s.theatre_id join patient p on p.id = s.patient_id
    where s.scheduled_start >= ($1::date::timestamp at time zone 'Asia/Phnom_Penh')
      and s.scheduled_start < (($1::date + 1)::timestamp at time zone 'Asia/Phnom_Penh')`,
  census: `select json_build_object('data', json_build_object('census', json_agg(json_build_object(
      'bed', json_build_object('label', b.label, 'ward', json_build_object('name', w.name)),
      'occupant', case when p.id is not null then json_build_object('mrn', p.mrn, 'familyName', p.family_name, 'givenName', p.given_name) end,
      'since', bs.from_at) order by w.name, b.label)))::text as body
    from bed b join ward w on w.id = b.ward_id
    left join bed_stay bs on bs.bed_id = b.id and bs.to_at is null
    left join admission a on a.id = bs.admission_id left join patient p on p.id = a.patient_id`,
  // The server's plan for a one-word search (patients/patient-search.ts): the exact name; the
  // names holding the word whole, from the three word indexes; the rest nearest first from the
  // GiST index, read only when the word's names do not fill the page.
  search: `with word_hit as (
        (select id, 3 as tier, cardinality(show_trgm(search_key))::float8 as dist from patient where merged_into_id is null
          and split_part(search_key, ' ', 1) = patient_search_fold(patient_search_text($1)) and search_name <> patient_search_text($1)
          order by cardinality(show_trgm(search_key)), id limit 20)
        union all
        (select id, 3, cardinality(show_trgm(search_key))::float8 from patient where merged_into_id is null
          and split_part(search_key, ' ', 2) = patient_search_fold(patient_search_text($1)) and search_name <> patient_search_text($1)
          order by cardinality(show_trgm(search_key)), id limit 20)
        union all
        (select id, 3, cardinality(show_trgm(search_key))::float8 from patient where merged_into_id is null
          and split_part(search_key, ' ', 3) = patient_search_fold(patient_search_text($1)) and search_name <> patient_search_text($1)
          order by cardinality(show_trgm(search_key)), id limit 20))
    select json_build_object('data', json_build_object('patients', json_build_object('edges', coalesce(json_agg(json_build_object('node',
      json_build_object('id', x.id, 'mrn', x.mrn, 'familyName', x.family_name, 'givenName', x.given_name,
        'familyNameKhmer', x.family_name_khmer, 'givenNameKhmer', x.given_name_khmer, 'stage', x.stage))
      order by x.tier, x.dist, x.id), '[]'))))::text as body
    from (select p.*, h.tier, h.dist from (select distinct on (id) id, tier, dist from (
        (select id, 1 as tier, 0::float8 as dist from patient where merged_into_id is null and search_name = patient_search_text($1) order by id limit 20)
        union all
        select id, tier, dist from word_hit
        union all
        (select id, 4, (search_key <-> patient_search_fold(patient_search_text($1)))::float8 from patient
          where merged_into_id is null and search_key %> patient_search_fold(patient_search_text($1)) and search_name <> patient_search_text($1)
            and not coalesce(split_part(search_key, ' ', 1) = patient_search_fold(patient_search_text($1))
              or split_part(search_key, ' ', 2) = patient_search_fold(patient_search_text($1))
              or split_part(search_key, ' ', 3) = patient_search_fold(patient_search_text($1)), false)
            and (select count(distinct id) from word_hit) < 20
          order by search_key <-> patient_search_fold(patient_search_text($1)), id limit 20)) b order by id, tier, dist) h
      join patient p on p.id = h.id order by h.tier, h.dist, h.id limit 20) x`,
  transition: `with r as (update referral set status = 'TRIAGED', version = version + 1 where id = $1 and status = 'RECEIVED'
        returning id, patient_id, episode_id, status, version),
      c as (insert into referral_status_change (id, referral_id, from_status, to_status, changed_by, changed_at)
        select gen_random_uuid(), id, 'RECEIVED', 'TRIAGED', 'bench', now() from r),
      e as (insert into journey_event (patient_id, episode_id, kind, occurred_at, summary, actor, referral_id, from_status, to_status)
        select patient_id, episode_id, 'REFERRAL_STATUS_CHANGED', now(), 'Referral received → triaged', 'bench', id, 'RECEIVED', 'TRIAGED' from r),
      p as (update patient set stage = 'IN_ASSESSMENT', version = version + 1 where id = (select patient_id from r))
    select json_build_object('data', json_build_object('transitionReferral',
      json_build_object('id', id, 'status', status, 'version', version)))::text as body from r`,
};

const PARAMS = {
  timeline: (q) => [q.id, q.first ?? 50],
  worklist: (q) => [q.statuses, q.priorities ?? null, q.specialties ?? null,
    q.receivedFrom ? `${q.receivedFrom}T00:00:00+07:00` : null, q.overdue ? q.today : null, q.after ?? null, Boolean(q.count), q.first ?? 50],
  theatre: (q) => [q.date],
  census: () => [],
  search: (q) => [q.q],
  transition: (q) => [q.id],
};

const server = createServer((req, res) => {
  const name = req.url.slice(3);
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const sql = SQL[name];
    if (!sql) {
      res.writeHead(404).end();
      return;
    }
    const params = PARAMS[name](chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
    pool.query({ name, text: sql, values: params }).then(
      (result) => {
        const body = result.rows[0]?.body ?? '{"data":null,"errors":[{"message":"not found"}]}';
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      },
      (error) => {
        const body = JSON.stringify({ errors: [{ message: String(error.message) }] });
        res.writeHead(500, { 'content-type': 'application/json' }).end(body);
      },
    );
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 5679), '127.0.0.1', () => console.log('ready'));
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
