// The six benchmark queries (eight cells: the worklist three ways), for each contender:
// this server (GraphQL, signed in with an API token), PostGraphile (GraphQL, its generated
// schema) and the raw floor (one hand-written SQL per query, see raw-server.mjs).
import { randomUUID } from 'node:crypto';
import { BENCH_TOKEN, BUSY_DAY } from './generate.mjs';

const gql = (path, query, variables, headers = {}) => ({
  method: 'POST',
  path,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ query, variables }),
});
const server = (query, variables) => gql('/graphql', query, variables, { authorization: `Bearer ${BENCH_TOKEN}` });
const postgraphile = (query, variables) => gql('/graphql', query, variables);
const raw = (name, params) => ({
  method: 'POST',
  path: `/q/${name}`,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(params),
});
const globalId = (type, key) => Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
const fromGlobalId = (id) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1];

const SERVER_TIMELINE = `query Timeline($id: ID!, $first: Int!) { patient(id: $id) { mrn stage familyName givenName
  journey(first: $first) { edges { node { __typename id kind occurredAt summary episode { title status }
    ... on ReferralReceivedEvent { referral { sourceName specialty priority dueDate } }
    ... on ReferralStatusChangedEvent { fromStatus toStatus note }
    ... on SurgeryPerformedEvent { surgery { procedure theatre { name } startedAt endedAt } }
    ... on AdmittedEvent { admission { admittedAt bed { label ward { name nameKhmer } } } }
    ... on DischargedEvent { discharge { disposition diagnosis instructions } }
    ... on ChemoAdministeredEvent { chemoAdministration { drug actualDose unit actualDate } } } }
  pageInfo { hasNextPage endCursor } } } }`;
const PGL_TIMELINE = `query Timeline($id: UUID!, $first: Int!) { patientByRowId(rowId: $id) { mrn stage familyName givenName
  journeyEventsByPatientId(first: $first, orderBy: [TIMELINE_AT_DESC, ROW_ID_DESC]) { nodes { rowId kind occurredAt summary
    fromStatus toStatus note episodeByEpisodeId { title status }
    referralByReferralId { sourceName specialty priority dueDate }
    surgeryBySurgeryId { procedure theatreByTheatreId { name } startedAt endedAt }
    admissionByAdmissionId { admittedAt bedByBedId { label wardByWardId { name nameKhmer } } }
    dischargeByDischargeId { disposition diagnosis instructions }
    chemoAdministrationByChemoAdministrationId { drug actualDose unit actualDate } }
  pageInfo { hasNextPage endCursor } } } }`;

const SERVER_WORKLIST = (count) => `query Worklist($filter: ReferralFilter, $after: String, $first: Int!) {
  referrals(filter: $filter, orderBy: { field: RECEIVED_AT, direction: DESC }, first: $first, after: $after) {
    ${count ? 'totalCount' : ''}
    edges { node { id status priority specialty receivedAt dueDate patient { mrn familyName givenName } } }
    pageInfo { hasNextPage endCursor } } }`;
const PGL_WORKLIST = (count) => `query Worklist($filter: ReferralFilter, $after: Cursor, $first: Int!) {
  allReferrals(filter: $filter, orderBy: [RECEIVED_AT_DESC, ROW_ID_DESC], first: $first, after: $after) {
    ${count ? 'totalCount' : ''}
    edges { node { rowId status priority specialty receivedAt dueDate patientByPatientId { mrn familyName givenName } } }
    pageInfo { hasNextPage endCursor } } }`;

/** The broad worklist (page 1 and page 1000): closed and waiting referrals, newest first. */
export const BROAD_STATUSES = ['WAITLISTED', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELLED'];
/** The case manager's filtered worklist. */
export const NARROW = {
  statuses: ['RECEIVED', 'TRIAGED', 'ACCEPTED', 'WAITLISTED'],
  priorities: ['URGENT', 'ASAP', 'STAT'],
  specialties: ['GENERAL_SURGERY', 'PAEDIATRIC_SURGERY', 'BREAST_SURGERY', 'PLASTIC_SURGERY'],
  receivedFrom: '2024-12-01',
};

/**
 * The queries. `ctx` holds what the harness looked up before the run: the timeline patient,
 * the deep page's position, the pool of referrals the write moves, today.
 */
export function queries(ctx) {
  const size = ctx.pageSize ?? 50;
  const narrowPgl = {
    status: { in: NARROW.statuses },
    priority: { in: NARROW.priorities },
    specialty: { in: NARROW.specialties },
    receivedAt: { greaterThanOrEqualTo: `${NARROW.receivedFrom}T00:00:00+07:00` },
    dueDate: { lessThan: ctx.today },
  };
  return [
    {
      name: 'timeline',
      label: '1. Timeline: patient with 300+ events, first 50 with linked records',
      server: () => server(SERVER_TIMELINE, { id: globalId('Patient', ctx.timelinePatient), first: size }),
      postgraphile: () => postgraphile(PGL_TIMELINE, { id: ctx.timelinePatient, first: size }),
      raw: () => raw('timeline', { id: ctx.timelinePatient, first: size }),
      ids: {
        server: (r) => r.data.patient.journey.edges.map((e) => fromGlobalId(e.node.id)),
        postgraphile: (r) => r.data.patientByRowId.journeyEventsByPatientId.nodes.map((n) => String(n.rowId)),
        raw: (r) => r.data.patient.journey.edges.map((e) => String(e.node.id)),
      },
    },
    {
      name: 'worklist-p1',
      label: '2a. Worklist page 1 (5 statuses, newest first, 50 with patient names)',
      server: () => server(SERVER_WORKLIST(false), { filter: { statuses: BROAD_STATUSES }, first: size }),
      postgraphile: () => postgraphile(PGL_WORKLIST(false), { filter: { status: { in: BROAD_STATUSES } }, first: size }),
      raw: () => raw('worklist', { statuses: BROAD_STATUSES, first: size }),
      ids: worklistIds,
    },
    {
      name: 'worklist-deep',
      label: `2b. Worklist page ${ctx.deepPage} (same filter, keyset cursor)`,
      server: () => server(SERVER_WORKLIST(false), { filter: { statuses: BROAD_STATUSES }, after: ctx.deepCursor.server, first: size }),
      postgraphile: () => postgraphile(PGL_WORKLIST(false), { filter: { status: { in: BROAD_STATUSES } }, after: ctx.deepCursor.postgraphile, first: size }),
      raw: () => raw('worklist', { statuses: BROAD_STATUSES, after: ctx.deepCursor.raw, first: size }),
      ids: worklistIds,
    },
    {
      name: 'worklist-filtered',
      label: '2c. Worklist filtered (statuses, priorities, specialties, received from, overdue) with totalCount',
      server: () => server(SERVER_WORKLIST(true), { filter: { ...NARROW, overdue: true }, first: size }),
      postgraphile: () => postgraphile(PGL_WORKLIST(true), { filter: narrowPgl, first: size }),
      raw: () => raw('worklist', { ...NARROW, overdue: true, today: ctx.today, count: true, first: size }),
      ids: worklistIds,
    },
    {
      name: 'theatre',
      label: `3. Theatre schedule for a busy day (${BUSY_DAY}): operations with theatre, patient, team and next checklist phase`,
      server: () => server(`query Theatre($date: LocalDate!) { theatreSchedule(date: $date) { id theatre { name } scheduledStart procedure status
        expectedDurationMinutes patient { mrn familyName givenName } team { role staffMember { name } } nextChecklistPhase } }`, { date: BUSY_DAY }),
      postgraphile: () => postgraphile(`query Theatre($from: Datetime!, $to: Datetime!) { allSurgeries(filter: { scheduledStart: { greaterThanOrEqualTo: $from, lessThan: $to } },
        orderBy: [THEATRE_ID_ASC, SCHEDULED_START_ASC, ROW_ID_ASC]) { nodes { rowId theatreByTheatreId { name } scheduledStart procedure status expectedDurationMinutes
        patientByPatientId { mrn familyName givenName } surgeryTeamMembersBySurgeryId { nodes { role staffMemberByStaffMemberId { name } } }
        surgeryChecklistPhasesBySurgeryId { nodes { phase } } } } }`, { from: `${BUSY_DAY}T00:00:00+07:00`, to: nextDay(BUSY_DAY) }),
      raw: () => raw('theatre', { date: BUSY_DAY }),
      ids: {
        server: (r) => r.data.theatreSchedule.map((s) => fromGlobalId(s.id)),
        postgraphile: (r) => r.data.allSurgeries.nodes.map((s) => s.rowId),
        raw: (r) => r.data.theatreSchedule.map((s) => s.id),
      },
    },
    {
      name: 'census',
      label: '4. Ward census: every bed with its current occupant',
      server: () => server(`{ census { bed { label ward { name } } occupant { mrn familyName givenName } since } }`, {}),
      postgraphile: () => postgraphile(`{ allBeds(orderBy: [WARD_ID_ASC, LABEL_ASC]) { nodes { label wardByWardId { name }
        bedStaysByBedId(filter: { toAt: { isNull: true } }) { nodes { fromAt admissionByAdmissionId { patientByPatientId { mrn familyName givenName } } } } } } }`, {}),
      raw: () => raw('census', {}),
      ids: {
        server: (r) => r.data.census.filter((b) => b.occupant).map((b) => b.occupant.mrn).sort(),
        postgraphile: (r) => r.data.allBeds.nodes.flatMap((b) => b.bedStaysByBedId.nodes.map((s) => s.admissionByAdmissionId.patientByPatientId.mrn)).sort(),
        raw: (r) => r.data.census.filter((b) => b.occupant).map((b) => b.occupant.mrn).sort(),
      },
    },
    {
      name: 'search',
      label: `5. Patient search "${ctx.search}", first 20`,
      server: () => server(`query Search($q: String!) { patients(search: $q, first: 20) { edges { node { id mrn familyName givenName
        familyNameKhmer givenNameKhmer stage } } } }`, { q: ctx.search }),
      postgraphile: () => postgraphile(`query Search($q: String!) { allPatients(first: 20, filter: { searchName: { includesInsensitive: $q } },
        orderBy: [FAMILY_NAME_ASC, GIVEN_NAME_ASC]) { nodes { rowId mrn familyName givenName familyNameKhmer givenNameKhmer stage } } }`, { q: ctx.search }),
      raw: () => raw('search', { q: ctx.search }),
      ids: null,
    },
    {
      name: 'write',
      label: '6. Write: referral RECEIVED → TRIAGED (update, history row, timeline event, one transaction)',
      pool: true,
      server: (i) => server(`mutation T($id: ID!) { transitionReferral(input: { referralId: $id, to: TRIAGED }) { id status version } }`,
        { id: globalId('Referral', ctx.writePool[i].id) }),
      postgraphile: (i) => {
        const r = ctx.writePool[i];
        return postgraphile(`mutation T($id: UUID!, $change: ReferralStatusChangeInput!, $event: JourneyEventInput!) {
          updateReferralByRowId(input: { rowId: $id, referralPatch: { status: "TRIAGED" } }) { referral { rowId status version } }
          createReferralStatusChange(input: { referralStatusChange: $change }) { clientMutationId }
          createJourneyEvent(input: { journeyEvent: $event }) { clientMutationId } }`, {
          id: r.id,
          change: { rowId: randomUUID(), referralId: r.id, fromStatus: 'RECEIVED', toStatus: 'TRIAGED', changedAt: new Date().toISOString(), changedBy: 'bench' },
          event: { patientId: r.patientId, episodeId: r.episodeId, kind: 'REFERRAL_STATUS_CHANGED', occurredAt: new Date().toISOString(),
            summary: 'Referral received → triaged', actor: 'bench', referralId: r.id, fromStatus: 'RECEIVED', toStatus: 'TRIAGED' },
        });
      },
      raw: (i) => raw('transition', { id: ctx.writePool[i].id }),
      ids: null,
    },
  ];
}

const worklistIds = {
  server: (r) => r.data.referrals.edges.map((e) => fromGlobalId(e.node.id)),
  postgraphile: (r) => r.data.allReferrals.edges.map((e) => e.node.rowId),
  raw: (r) => r.data.referrals.edges.map((e) => e.node.id),
};

function nextDay(day) {
  const d = new Date(`${day}T00:00:00+07:00`);
  return new Date(d.getTime() + 86_400_000).toISOString();
}
