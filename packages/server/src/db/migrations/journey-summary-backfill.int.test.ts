import { readFileSync } from 'node:fs';
import { CancellationCategory, JourneyEventKind, Specialty, type SummaryParamType } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hydroceleJourney } from '../../../../../tests/support/journey-seed.js';
import { patientInput, serviceContext, sessionSlot, surgeryInput, testClock } from '../../../../../tests/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../../../tests/support/test-database.js';
import { registerPatient } from '../../patients/patient.service.js';
import { cancelSurgery, scheduleSurgery } from '../../surgery/surgery.service.js';
import { BACKFILL } from './20261209030000-journey-summary-backfill.js';

type Param = NonNullable<Row['summary_params']>[number];
type Event = { kind: string; summary: string; summaryVariant: string | null; summaryParams: Param[] | null };

/**
 * What the web app's timeline writes for an event (modules/journey/summary-text.ts, in short):
 * the sentence `timeline.<KIND>.<variant>` of the language with its values (enum values by
 * their label), or the stored English when the event has no sentence.
 */
function summaryText(event: Event, t: (key: string, values?: Record<string, unknown>) => unknown): { text: string; translated: boolean } {
  if (!event.summaryVariant || !event.summaryParams) return { text: event.summary, translated: false };
  const values: Record<string, unknown> = {};
  for (const param of event.summaryParams) {
    values[param.name] = param.type === 'ENUM' ? t(`enums.${param.enumName ?? ''}.${param.value}`) : param.value;
  }
  const key = `timeline.${event.kind}.${event.summaryVariant}`;
  const text = t(key, values);
  return text === key ? { text: event.summary, translated: false } : { text: String(text), translated: true };
}

interface Row {
  id: string;
  kind: string;
  summary: string;
  summary_variant: string | null;
  summary_params: { name: string; value: string; type: SummaryParamType; enumName?: string | null }[] | null;
}

/** The kinds the backfill writes (from the records they point at). */
const BACKFILLED = new Set<string>([
  JourneyEventKind.REFERRAL_RECEIVED,
  JourneyEventKind.REFERRAL_STATUS_CHANGED,
  JourneyEventKind.SURGERY_SCHEDULED,
  JourneyEventKind.SURGERY_PERFORMED,
  JourneyEventKind.SURGERY_CANCELLED,
  JourneyEventKind.CHECKLIST_PHASE_RECORDED,
  JourneyEventKind.DISCHARGED,
  JourneyEventKind.FOLLOW_UP_SCHEDULED,
  JourneyEventKind.FOLLOW_UP_RECORDED,
]);

describe('backfilling the summaries of events recorded before they were kept as sentence and values', () => {
  let db: TestDatabase;
  let khmer: (key: string, values?: Record<string, unknown>) => unknown;
  const events = async (): Promise<Row[]> =>
    db.orm.em.fork().getConnection().execute<Row[]>('select id, kind, summary, summary_variant, summary_params from journey_event order by id');
  /** An update of the timeline around its append-only trigger (only a migration may do that). */
  const asBefore = async (sql: string) => {
    const connection = db.orm.em.fork().getConnection();
    await connection.execute('alter table journey_event disable trigger journey_event_no_update');
    await connection.execute(sql);
    await connection.execute('alter table journey_event enable trigger journey_event_no_update');
  };
  const backfill = async () => {
    for (const statement of BACKFILL) await db.orm.em.fork().getConnection().execute(statement);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    // The Khmer translations as the web app has them, looked up and filled in as i18next does.
    const km = JSON.parse(readFileSync(new URL('../../../../web/src/app/i18n/km.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const lookup = (key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], km);
    khmer = (key: string, values: Record<string, unknown> = {}) => {
      const template = lookup(key);
      if (typeof template !== 'string') return key;
      return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String((values[name] as string | number | undefined) ?? ''));
    };
  });

  afterAll(async () => {
    await db?.close();
  });

  it('writes the same sentence and values a new event has, for events whose columns are null, once', async () => {
    // A whole hydrocele journey, and an operation booked and cancelled, recorded as today.
    await hydroceleJourney(db.orm);
    const clock = testClock(new Date().toISOString());
    const other = await registerPatient(serviceContext(db.orm, clock), patientInput({ familyName: 'Chan', givenName: 'Dara', confirmNotDuplicate: true }));
    const booked = await scheduleSurgery(
      serviceContext(db.orm, clock),
      { patientId: other.id, referralId: null, episodeId: null },
      surgeryInput(other.id, sessionSlot(clock(), 0, 3), { specialty: Specialty.UROLOGY, procedure: 'Circumcision' }),
    );
    await cancelSurgery(serviceContext(db.orm, clock), booked.id, { surgeryId: booked.id, category: CancellationCategory.PATIENT, reason: 'Family travelled to Thailand for work' });
    const recorded = await events();
    for (const kind of BACKFILLED) expect(recorded.some((e) => e.kind === kind), kind).toBe(true);

    // The same events as written before the sentence was kept: English text only.
    await asBefore('update journey_event set summary_variant = null, summary_params = null');
    await backfill();
    const backfilled = await events();
    for (const [i, event] of backfilled.entries()) {
      const original = recorded[i];
      expect(event.id).toBe(original.id);
      if (BACKFILLED.has(event.kind)) {
        expect([event.kind, event.summary_variant, event.summary_params], event.summary).toEqual([original.kind, original.summary_variant, original.summary_params]);
      } else {
        // Kinds the records cannot rebuild keep their English text.
        expect([event.summary_variant, event.summary_params]).toEqual([null, null]);
      }
    }

    // Idempotent: a second run changes nothing; an event that has its sentence is never touched.
    await asBefore(`update journey_event set summary_params = '[]'::jsonb, summary_variant = 'default' where kind = 'SURGERY_SCHEDULED'`);
    await backfill();
    const again = await events();
    expect(again.filter((e) => e.kind !== 'SURGERY_SCHEDULED')).toEqual(backfilled.filter((e) => e.kind !== 'SURGERY_SCHEDULED'));
    expect(again.filter((e) => e.kind === 'SURGERY_SCHEDULED').map((e) => e.summary_params)).toEqual([[], []]);
    // The timeline is append-only again afterwards.
    await expect(db.orm.em.fork().getConnection().execute(`update journey_event set summary_variant = null`)).rejects.toThrow(/append-only/);
  });

  it('an old event then reads in Khmer like a new one', async () => {
    const rows = await events();
    for (const kind of [JourneyEventKind.SURGERY_PERFORMED, JourneyEventKind.DISCHARGED, JourneyEventKind.FOLLOW_UP_RECORDED, JourneyEventKind.SURGERY_CANCELLED]) {
      const event = rows.find((e) => e.kind === kind)!;
      const old = { kind: event.kind, summary: event.summary, summaryVariant: event.summary_variant, summaryParams: event.summary_params };
      const written = summaryText(old, khmer);
      expect(written.translated, kind).toBe(true);
      expect(written.text).not.toBe(event.summary);
      expect(written.text).toMatch(/[\u1780-\u17FF]/);
    }
    // Before the backfill, the same event fell back to the stored English.
    const performed = rows.find((e) => e.kind === JourneyEventKind.SURGERY_PERFORMED)!;
    expect(summaryText({ kind: performed.kind, summary: performed.summary, summaryVariant: null, summaryParams: null }, khmer)).toEqual({
      text: performed.summary,
      translated: false,
    });
    expect(summaryText({ kind: performed.kind, summary: performed.summary, summaryVariant: performed.summary_variant, summaryParams: performed.summary_params }, khmer).text).toContain(
      'Hydrocelectomy (Jaboulay)',
    );
  });
});
