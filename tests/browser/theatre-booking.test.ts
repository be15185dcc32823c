import { Role, Specialty, SurgicalUrgency, addDays, hospitalDate } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ja from '../../packages/web/src/app/i18n/ja.json' with { type: 'json' };
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { registerPatient } from '../../packages/server/src/patients/patient.service.js';
import { THEATRE_KEYS } from '../../packages/server/src/surgery/staff.entity.js';
import { scheduleSurgery } from '../../packages/server/src/surgery/surgery.service.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import { patientInput, serviceContext, surgeryInput, waitlistedPatient } from '../support/factories.js';
import type { HttpApp } from '../support/http-app.js';
import type { TestDatabase } from '../support/test-database.js';

/**
 * The one language of this test, the visiting team's: every expectation is read from its
 * translation file.
 */
const LANGUAGE = 'ja' as const;
const RESOURCES: Record<typeof LANGUAGE, unknown> = { ja };

/** A Phnom Penh day and time as the Japanese interface writes it ("2026年5月9日 10:00"). */
const japaneseDateTime = (day: string, time: string): string => {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日 ${time}`;
};

/** A translation with its `{{values}}` filled in, as the app shows it. */
function tr(key: string, values: Record<string, string | number> = {}): string {
  const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], RESOURCES[LANGUAGE]);
  if (typeof template !== 'string') throw new Error(`no translation ${LANGUAGE}:${key}`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

const realClock = () => new Date();
const pp = (day: string, time: string) => new Date(`${day}T${time}:00+07:00`);

describe('booking operations, creating a mission and adding staff, on screen', () => {
  let app: BrowserApp;
  let db: TestDatabase;
  let api: HttpApp;
  const consoleErrors: string[] = [];
  const today = hospitalDate(new Date());
  const tomorrow = addDays(today, 1);
  const elective = { id: '', name: 'KEO Malis' };
  const mother = { id: '', name: 'CHAN Srey' };
  let blocker = { patient: '', from: '', to: '' };

  const signedIn = (username: string): Promise<Page> => app.signIn(username, { language: LANGUAGE });

  beforeAll(async () => {
    app = await startBrowserApp({ errors: consoleErrors, ignore: (text) => text.includes('409') });
    ({ db, api } = app);
    const ctx = () => serviceContext(db.orm, realClock);
    const { patient } = await waitlistedPatient(db.orm, realClock, { familyName: 'Keo', givenName: 'Malis' });
    elective.id = toGlobalId('Patient', patient.id);
    mother.id = (await registerPatient(ctx(), patientInput({ familyName: 'Chan', givenName: 'Srey' }))).id;
    // Tomorrow 10:00–12:00 in OT 3 is taken: the booking a clash will name.
    const other = await registerPatient(ctx(), patientInput({ familyName: 'Chea', givenName: 'Sophal' }));
    await scheduleSurgery(
      ctx(),
      { patientId: other.id, referralId: null, episodeId: null },
      surgeryInput(other.id, pp(tomorrow, '10:00'), { specialty: Specialty.GENERAL_SURGERY, theatreId: THEATRE_KEYS['OT 3'], expectedDurationMinutes: 120, urgency: SurgicalUrgency.ELECTIVE }),
    );
    blocker = { patient: `CHEA Sophal (${other.mrn})`, from: japaneseDateTime(tomorrow, '10:00'), to: japaneseDateTime(tomorrow, '12:00') };
    await api.userWithRoles([Role.SURGEON], 'visiting.surgeon');
    await api.userWithRoles([Role.CASE_MANAGER], 'case.manager');
  });

  afterAll(() => app?.close());

  it(`as the visiting surgeon (${LANGUAGE}): a clash names the other booking; then an elective operation booked via a free slot`, async () => {
    const page = await signedIn('visiting.surgeon');
    await page.goto(`${api.url}/patients/${encodeURIComponent(elective.id)}`);
    await page.getByTestId('patient-book-operation').click();
    await page.getByTestId('booking-form').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(tr('booking.title'));
    await page.getByTestId('booking-referral').selectOption({ index: 1 });
    await page.getByTestId('booking-procedure').fill('Open inguinal hernia repair (Lichtenstein)');
    await page.getByTestId('booking-side').selectOption('RIGHT');
    await page.getByTestId('booking-duration').fill('60');
    await page.getByTestId('booking-theatre').selectOption({ label: 'OT 3' });
    await page.getByTestId('booking-slot').first().waitFor();

    // A start typed inside the other booking: refused, and the refusal names it.
    await page.getByTestId('booking-start').fill(`${tomorrow}T10:30`);
    await page.getByTestId('booking-submit').click();
    const clash = page.getByTestId('booking-error');
    await clash.waitFor();
    expect(await clash.getAttribute('data-reason')).toBe('THEATRE_DOUBLE_BOOKED');
    expect(await clash.textContent()).toContain(tr('serverErrors.THEATRE_DOUBLE_BOOKED_detail', { theatre: 'OT 3', ...blocker }));

    // The first free slot offered, then booked.
    const slot = page.getByTestId('booking-slot').first();
    const start = (await slot.getAttribute('data-start'))!;
    await slot.click();
    expect(await slot.getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('booking-submit').click();
    await page.waitForURL(`**/theatre?date=${hospitalDate(new Date(start))}`);
    await expect.poll(() => page.getByTestId('board-case').filter({ hasText: elective.name }).count()).toBe(1);
  });

  it(`as the visiting surgeon (${LANGUAGE}): an emergency caesarean at 02:00 from the theatre board, marked as emergency`, async () => {
    const page = await signedIn('visiting.surgeon');
    await page.goto(`${api.url}/theatre?date=${tomorrow}`);
    await page.getByTestId('board-book').click();
    await page.getByTestId('booking-patient-search').fill('Chan Srey');
    await page.getByTestId('booking-pick-patient').first().click();
    await page.getByTestId('booking-form').waitFor();
    expect(await page.getByTestId('booking-patient').textContent()).toContain(mother.name);
    await page.getByTestId('booking-specialty').selectOption(Specialty.OBSTETRICS_GYNAECOLOGY);
    // The procedure picked from the hospital's list with the keyboard alone: type, ↓, Enter.
    const picker = page.getByTestId('booking-procedure-code');
    await picker.focus();
    await page.keyboard.type('caesarean');
    const options = page.getByTestId('booking-procedure-code-options').getByRole('option');
    await expect.poll(() => options.count()).toBe(2); // the obstetric entries only (the specialty chosen)
    expect(await picker.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await picker.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.inputValue()).toBe('OBG-01 帝王切開術'); // the list's Japanese name
    expect(await page.getByTestId('booking-procedure').inputValue()).toBe('Caesarean section');
    await page.getByTestId('booking-side').selectOption('NOT_APPLICABLE');
    await page.getByTestId('booking-duration').fill('60');
    await page.getByTestId('booking-theatre').selectOption({ label: 'OT 2' });
    await page.getByTestId('booking-start').fill(`${tomorrow}T02:00`);

    // Not an emergency: 02:00 is outside the usual session.
    await page.getByTestId('booking-submit').click();
    await expect.poll(() => page.getByText(tr('booking.problems.OUTSIDE_SESSION', { from: '08:00', to: '17:00' })).count()).toBe(1);

    await page.getByTestId('booking-emergency').check({ force: true });
    expect(await page.getByTestId('booking-urgency').inputValue()).toBe(SurgicalUrgency.IMMEDIATE);
    await page.getByTestId('booking-submit').click();
    await page.waitForURL(`**/theatre?date=${tomorrow}`);
    const emergency = page.getByTestId('board-case').filter({ hasText: mother.name });
    await emergency.waitFor();
    const badge = emergency.getByTestId('board-urgency');
    expect(await badge.getAttribute('data-urgency')).toBe(SurgicalUrgency.IMMEDIATE);
    expect(await badge.textContent()).toBe(tr('booking.emergencyBadge', { urgency: tr('enums.SurgicalUrgency.IMMEDIATE') }));
    expect(await emergency.textContent()).toContain('02:00–03:00');
    const [coded] = await db.orm.em.getConnection().execute<{ procedure_code: string }[]>('select procedure_code from surgery where patient_id = ?', [mother.id]);
    expect(coded.procedure_code).toBe('OBG-01');
  });

  it(`as the case manager (${LANGUAGE}): creates a mission and adds a visiting staff member on the way`, async () => {
    const page = await signedIn('case.manager');
    await page.goto(`${api.url}/missions`);
    await page.getByTestId('mission-create').click();
    const dialog = page.getByTestId('create-mission');
    await dialog.waitFor();
    await page.getByTestId('mission-name').fill('Kobe paediatric surgery mission');
    await page.getByTestId('mission-institution').fill('Kobe Children\'s Hospital');
    // The last day before the first: refused on the spot.
    await page.getByTestId('mission-start').fill(addDays(today, 20));
    await page.getByTestId('mission-end').fill(addDays(today, 19));
    await page.getByTestId('mission-specialty-PAEDIATRIC_SURGERY').check();
    await dialog.getByLabel('OT 1', { exact: true }).check();
    await page.getByTestId('create-mission-submit').click();
    await expect.poll(() => dialog.getByText(tr('missionCreate.problems.END_BEFORE_START')).count()).toBe(1);
    await page.getByTestId('mission-end').fill(addDays(today, 23));

    // A visiting surgeon who is not in the directory yet.
    await page.getByTestId('mission-add-staff').click();
    await page.getByTestId('add-staff').waitFor();
    await page.getByTestId('add-staff-name').fill('Dr Haruto Sato');
    await page.getByTestId('add-staff-name-japanese').fill('佐藤 陽翔');
    await page.getByTestId('add-staff-specialty').selectOption(Specialty.PAEDIATRIC_SURGERY);
    expect(await page.getByTestId('add-staff-institution').inputValue()).toBe('Kobe Children\'s Hospital');
    await page.getByTestId('add-staff-submit').click();
    await dialog.waitFor();
    await expect.poll(() => dialog.getByText(tr('booking.visitingStaff', { name: 'Dr Haruto Sato' })).count()).toBe(1);

    await page.getByTestId('create-mission-submit').click();
    await page.waitForURL(/\/missions\/[^/]+$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Kobe paediatric surgery mission');

    // The staff directory lists the new member among the visiting teams, with the Japanese name.
    await page.goto(`${api.url}/missions`);
    await page.getByTestId('open-staff-directory').click();
    await page.getByTestId('staff-filter-where').selectOption('visiting');
    const row = page.getByTestId('staff-row').filter({ hasText: 'Dr Haruto Sato' });
    await row.waitFor();
    expect(await row.textContent()).toContain('佐藤 陽翔');
    expect(await row.textContent()).toContain('Kobe Children\'s Hospital');
    expect(consoleErrors).toEqual([]);
  });
});
