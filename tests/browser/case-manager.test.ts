import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addDays, hospitalDate, Role } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPatient } from '../../packages/server/src/patients/patient.service.js';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import { patientInput, serviceContext, waitlistedPatient } from '../support/factories.js';
import type { HttpApp } from '../support/http-app.js';
import { ok } from '../support/screen-fixture.js';
import type { TestDatabase } from '../support/test-database.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));
const realClock = () => new Date();

/**
 * The case manager's day, on screen and in Khmer: receive a referral for a new patient who looks
 * like one already registered, triage it, put it on a mission's list, correct a phone number
 * (meeting a colleague's change made meanwhile), merge two records of one person, and book,
 * move and cancel a follow-up. The test itself sends no request to the API: what it needs is
 * seeded before the browser starts, and what the screens did is read back from the database.
 */
describe('the case manager, in Khmer, in a real browser', () => {
  let app: BrowserApp;
  let db: TestDatabase;
  let api: HttpApp;
  let page: Page;
  const consoleErrors: string[] = [];
  const today = hospitalDate(new Date());
  const seeded = { lookalikeMrn: '', dara: '', daraId: '', keepMrn: '', duplicate: '', duplicateMrn: '' };
  const sql = <T>(query: string, params: unknown[] = []) => db.orm.em.fork().getConnection().execute<T[]>(query, params);

  const signedIn = (): Promise<Page> => app.signIn('browser.cases', { language: 'km', viewport: { width: 1280, height: 1000 } });

  beforeAll(async () => {
    app = await startBrowserApp({ errors: consoleErrors });
    ({ db, api } = app);
    await api.userWithRoles([Role.CASE_MANAGER], 'browser.cases');
    const surgeon = await api.userWithRoles([Role.SURGEON], 'browser.cases.surgeon');
    const ctx = () => serviceContext(db.orm, realClock);

    // Someone already registered, whom the new patient resembles (same names, phone, province).
    const lookalike = await registerPatient(ctx(), patientInput({
      familyName: 'Chea', givenName: 'Sokha', familyNameKhmer: 'ជា', givenNameKhmer: 'សុខា', birthDate: '1990-03-04', provinceCode: 17, phones: ['012 555 444'],
    }));
    seeded.lookalikeMrn = lookalike.mrn;
    // A patient whose phone is corrected and who gets a follow-up.
    const { patient: dara } = await waitlistedPatient(db.orm, realClock, { familyName: 'Sok', givenName: 'Dara', phones: ['012 345 678'], village: 'Prey Kdei' });
    seeded.dara = toGlobalId('Patient', dara.id);
    seeded.daraId = dara.id;
    // One person registered twice.
    const keep = await registerPatient(ctx(), patientInput({ familyName: 'Keo', givenName: 'Malis', familyNameKhmer: 'កែវ', givenNameKhmer: 'ម្លិះ', birthDate: '1975-01-20', provinceCode: 8, phones: ['015 222 333'] }));
    const twice = await registerPatient(ctx(), patientInput({ familyName: 'Keo', givenName: 'Malis', familyNameKhmer: 'កែវ', givenNameKhmer: 'ម្លិះ', birthDate: '1975-01-20', provinceCode: 8, phones: ['015 222 333'] }));
    seeded.keepMrn = keep.mrn;
    seeded.duplicate = twice.id;
    seeded.duplicateMrn = twice.mrn;
    // A mission still to come in general surgery.
    const { theatres } = ok(await surgeon.gql<{ theatres: { id: string }[] }>('{ theatres { id } }'));
    ok(
      await surgeon.gql(`mutation($input: CreateMissionInput!) { createMission(input: $input) { id } }`, {
        input: {
          name: 'Osaka general surgery team', institution: 'Osaka University Hospital', startDate: addDays(today, 3), endDate: addDays(today, 6),
          dailyCapacityMinutes: 360, specialties: ['GENERAL_SURGERY'], theatreIds: [theatres[0].id],
        },
      }),
    );

    page = await signedIn();
  }, 120_000);

  afterAll(() => app?.close());

  it('receives a referral for a new patient who looks like another, triages it and puts it on a mission list', async () => {
    await page.goto(`${api.url}/referrals`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('km');
    await page.getByTestId('receive-referral').click();
    await page.waitForURL('**/referrals/receive');
    await page.getByRole('heading', { level: 1, name: 'ទទួលការបញ្ជូនអ្នកជំងឺ' }).waitFor();
    await page.getByTestId('receive-register-new').click();
    await page.waitForURL((url) => url.pathname === '/patients/new' && url.searchParams.get('then') === 'referral');

    await page.getByTestId('register-familyName').fill('Chea');
    await page.getByTestId('register-givenName').fill('Sokha');
    await page.getByTestId('register-familyNameKhmer').fill('ជា');
    await page.getByTestId('register-givenNameKhmer').fill('សុខា');
    await page.getByTestId('register-sex').selectOption('FEMALE');
    await page.getByTestId('register-birthDate').fill('1992-07-01');
    await page.getByTestId('register-phones-0').fill('012 555 444');
    await page.getByTestId('register-province').selectOption('17');
    // The duplicate check shows the patient already registered, with its reasons.
    const candidate = page.locator(`[data-testid="duplicate-candidate"][data-mrn="${seeded.lookalikeMrn}"]`);
    await candidate.waitFor();
    expect(await candidate.locator('[data-reason="SAME_PHONE"]').count()).toBe(1);
    // "Different person": registering then goes on without a second confirmation.
    await candidate.getByTestId('duplicate-different').click();
    await candidate.getByTestId('duplicate-marked-different').waitFor();
    await page.getByTestId('register-submit').click();
    await page.waitForURL((url) => url.pathname === '/referrals/receive' && Boolean(url.searchParams.get('patient')));
    const newMrn = await page.getByTestId('receive-patient').getAttribute('data-mrn');
    expect(newMrn).not.toBe(seeded.lookalikeMrn);

    // What the referral says; the reason is required.
    await page.getByTestId('receive-submit').click();
    await expect.poll(() => page.getByTestId('receive-reason').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('receive-sourceType').selectOption('REFERRAL_HOSPITAL');
    await page.getByTestId('receive-sourceName').fill('Siem Reap Provincial Referral Hospital');
    await page.getByTestId('receive-cpaGrade').selectOption('CPA_3');
    await page.getByTestId('receive-specialty').selectOption('GENERAL_SURGERY');
    await page.getByTestId('receive-priority').selectOption('URGENT');
    await page.getByTestId('receive-reason').fill('Right inguinal hernia, painful for 3 months');
    await page.getByTestId('receive-submit').click();
    await page.waitForURL((url) => url.pathname === '/referrals' && Boolean(url.searchParams.get('referral')));
    const drawer = page.getByTestId('referral-drawer-body');
    await expect.poll(() => drawer.getAttribute('data-status')).toBe('RECEIVED');

    // Triage with a note, accept, waitlist.
    const move = async (to: string, note: string) => {
      await drawer.getByTestId(`transition-${to}`).click();
      await drawer.getByTestId('transition-reason').fill(note);
      await drawer.getByTestId('transition-confirm').click();
      await expect.poll(() => drawer.getAttribute('data-status')).toBe(to);
    };
    await move('TRIAGED', 'Seen by the case manager; fit for surgery');
    await move('ACCEPTED', 'Accepted for the next general surgery mission');
    await move('WAITLISTED', 'Waiting for the Osaka team');
    expect(await drawer.getByTestId('referral-history').innerText()).toContain('Seen by the case manager; fit for surgery');

    // On the mission's list, then off it, then on again.
    const mission = drawer.getByTestId('referral-mission');
    await mission.getByTestId('referral-mission-form').waitFor();
    const missionOption = await mission.getByTestId('referral-mission-select').locator('option').nth(1).getAttribute('value');
    await mission.getByTestId('referral-mission-select').selectOption(missionOption);
    await mission.getByTestId('referral-mission-procedure').fill('Open inguinal hernia repair');
    await mission.getByTestId('referral-mission-duration').fill('90');
    await mission.getByTestId('referral-mission-add').click();
    await mission.getByTestId('referral-mission-listing').waitFor();
    expect(await mission.getByTestId('referral-mission-listing').innerText()).toContain('Osaka general surgery team');
    await mission.getByTestId('referral-mission-remove').click();
    await mission.getByTestId('referral-mission-form').waitFor();
    await mission.getByTestId('referral-mission-select').selectOption(missionOption);
    await mission.getByTestId('referral-mission-procedure').fill('Open inguinal hernia repair');
    await mission.getByTestId('referral-mission-add').click();
    await mission.getByTestId('referral-mission-listing').waitFor();

    const [row] = await sql<{ status: string; source_name: string; procedure: string; minutes: number; history: string[] }>(
      `select r.status, r.source_name, mr.procedure, mr.expected_duration_minutes as minutes,
              array(select h.reason from referral_status_change h where h.referral_id = r.id and h.reason is not null order by h.changed_at) as history
       from referral r join patient p on p.id = r.patient_id join mission_referral mr on mr.referral_id = r.id where p.mrn = ?`,
      [newMrn],
    );
    expect(row).toMatchObject({ status: 'WAITLISTED', source_name: 'Siem Reap Provincial Referral Hospital', procedure: 'Open inguinal hernia repair', minutes: 90 });
    expect(row.history).toEqual(['Seen by the case manager; fit for surgery', 'Accepted for the next general surgery mission', 'Waiting for the Osaka team']);
  }, 120_000);

  it('corrects a phone number, meeting a colleague\'s change made meanwhile, and saves on top of it', async () => {
    await page.goto(`${api.url}/patients/${seeded.dara}`);
    await page.getByTestId('patient-edit').click();
    await page.waitForURL('**/edit');
    await page.getByTestId('edit-form').waitFor();
    await page.getByTestId('edit-phone1').fill('099 888 777');

    // A colleague changes the village on another screen and saves first.
    const colleague = await signedIn();
    await colleague.goto(`${api.url}/patients/${seeded.dara}/edit`);
    await colleague.getByTestId('edit-village').fill('Trapeang Veng');
    await colleague.getByTestId('edit-save').click();
    await colleague.waitForURL((url) => !url.pathname.endsWith('/edit'));
    await colleague.context().close();

    // The stale save shows what changed: their village, the user's phone.
    await page.getByTestId('edit-save').click();
    const stale = page.getByTestId('edit-stale');
    await stale.waitFor();
    const rows: Record<string, string> = Object.fromEntries(
      await Promise.all((await stale.getByTestId('edit-stale-row').all()).map(async (r) => [(await r.getAttribute('data-field')) ?? '', await r.innerText()] as const)),
    );
    expect(Object.keys(rows).sort()).toEqual(['phone1', 'village']);
    expect(rows['village']).toContain('Trapeang Veng');
    expect(rows['phone1']).toContain('099 888 777');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/case-manager-stale-edit.png`, fullPage: false });
    await page.getByTestId('edit-reapply').click();
    await page.waitForURL((url) => url.pathname === `/patients/${seeded.dara}`);
    const [stored] = await sql<{ phones: string[]; village: string }>(`select phones, village from patient where id = ?`, [seeded.daraId]);
    expect(stored).toEqual({ phones: ['+85599888777'], village: 'Trapeang Veng' });
  }, 120_000);

  it('merges two records of the same person from the patient page', async () => {
    const [keep] = await sql<{ id: string }>(`select id from patient where mrn = ?`, [seeded.keepMrn]);
    await page.goto(`${api.url}/patients/${toGlobalId('Patient', keep.id)}`);
    await page.getByTestId('patient-merge').click();
    const candidate = page.locator(`[data-testid="merge-candidate"][data-mrn="${seeded.duplicateMrn}"]`);
    await candidate.waitFor();
    await candidate.getByTestId('merge-compare').click();
    await page.getByTestId('merge-comparison').waitFor();
    await page.getByTestId(`merge-keep-${seeded.keepMrn}`).check();
    await page.getByTestId('merge-confirm').click();
    await page.waitForURL((url) => url.pathname === `/patients/${toGlobalId('Patient', keep.id)}`);
    const [removed] = await sql<{ merged_into_id: string }>(`select merged_into_id from patient where id = ?`, [seeded.duplicate]);
    expect(removed.merged_into_id).toBe(keep.id);
  }, 120_000);

  it('books, moves and cancels a follow-up from the patient page', async () => {
    await page.goto(`${api.url}/patients/${seeded.dara}`);
    const panel = page.getByTestId('patient-follow-up-booking');
    await panel.getByTestId('follow-up-book-open').click();
    await panel.getByTestId('follow-up-book-kind').selectOption('CLINIC');
    await panel.getByTestId('follow-up-book-date').fill(addDays(today, 7));
    await panel.getByTestId('follow-up-book-confirm').click();
    const booked = panel.locator(`[data-testid="patient-follow-up"][data-kind="CLINIC"]`);
    await expect.poll(() => booked.getAttribute('data-due')).toBe(addDays(today, 7));

    await booked.getByTestId('follow-up-move').click();
    await booked.getByTestId('follow-up-new-date').fill(addDays(today, 10));
    await booked.getByTestId('follow-up-reason').fill('The family asked for a later day');
    await booked.getByTestId('follow-up-change-confirm').click();
    await expect.poll(() => booked.getAttribute('data-due')).toBe(addDays(today, 10));

    await booked.getByTestId('follow-up-cancel').click();
    await booked.getByTestId('follow-up-reason').fill('Seen at the provincial hospital instead');
    await booked.getByTestId('follow-up-change-confirm').click();
    await panel.getByTestId('patient-follow-ups-empty').waitFor();

    const [followUp] = await sql<{ status: string; due_date: string; cancel_reason: string }>(
      `select status, to_char(due_date, 'YYYY-MM-DD') as due_date, cancel_reason from follow_up where patient_id = ? and kind = 'CLINIC'`,
      [seeded.daraId],
    );
    expect(followUp).toEqual({ status: 'CANCELLED', due_date: addDays(today, 10), cancel_reason: 'Seen at the provincial hospital instead' });
    const audited = await sql<{ action: string }>(
      `select action from audit_entry where action in ('mutation:scheduleFollowUp', 'mutation:moveFollowUp', 'mutation:cancelFollowUp') and outcome = 'OK' order by id`,
    );
    expect(audited.map((a) => a.action)).toEqual(['mutation:scheduleFollowUp', 'mutation:moveFollowUp', 'mutation:cancelFollowUp']);
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
