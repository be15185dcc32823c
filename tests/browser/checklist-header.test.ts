import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addDays, ageInYears, AllergySeverity, AllergyStatus, hospitalDate, OperationSide, Role, Specialty, SurgicalUrgency } from '@pj/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import km from '../../packages/web/src/app/i18n/km.json' with { type: 'json' };
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { PatientAllergy, WeightMeasurement } from '../../packages/server/src/patients/allergy-weight.entity.js';
import { Patient } from '../../packages/server/src/patients/patient.entity.js';
import { registerPatient } from '../../packages/server/src/patients/patient.service.js';
import { THEATRE_KEYS } from '../../packages/server/src/surgery/staff.entity.js';
import { scheduleSurgery } from '../../packages/server/src/surgery/surgery.service.js';
import { auditPage, describeViolations, FAILING_IMPACTS } from '../support/accessibility.js';
import { launchChromium } from '../support/chromium.js';
import { childGuardian, patientInput, serviceContext, surgeryInput } from '../support/factories.js';
import { startHttpApp, TEST_PASSWORD, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** The interface language of this test: the theatre nurse works in Khmer. Every expectation is read from its translation file. */
const LANGUAGE = 'km' as const;

function tr(key: string, values: Record<string, string | number> = {}): string {
  const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], km);
  if (typeof template !== 'string') throw new Error(`no translation ${LANGUAGE}:${key}`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));
const realClock = () => new Date();
const pp = (day: string, time: string) => new Date(`${day}T${time}:00+07:00`);

async function expectNoSeriousViolation(page: Page, screen: string): Promise<void> {
  const violations = await auditPage(page);
  const failing = violations.filter((v) => (FAILING_IMPACTS as readonly string[]).includes(v.impact ?? ''));
  console.log(`axe ${screen} (${LANGUAGE}, 390×844): ${violations.length} violations, ${failing.length} serious or critical`);
  expect(failing, describeViolations(failing)).toEqual([]);
}

describe('allergies and weight recorded on the patient page show in the checklist header (Khmer, 390×844)', () => {
  let db: TestDatabase;
  let api: HttpApp;
  let browser: Browser;
  let context: BrowserContext;
  const consoleErrors: string[] = [];
  const today = hospitalDate(new Date());
  const birthDate = addDays(today, -(6 * 365 + 40));
  let patientId = '';
  let patientPath = '';
  let checklistPath = '';

  beforeAll(async () => {
    if (!existsSync(`${WEB_DIST}/index.html`)) throw new Error('The web app is not built: run `pnpm build` first');
    db = await createTestDatabase();
    const ctx = () => serviceContext(db.orm, realClock);
    const child = await registerPatient(
      ctx(),
      patientInput({ familyName: 'Chan', givenName: 'Sophea', familyNameKhmer: 'ចាន់', givenNameKhmer: 'សុភា', birthDate, phones: [], guardian: childGuardian }),
    );
    patientId = child.id;
    const tomorrow = addDays(today, 1);
    const surgery = await scheduleSurgery(
      ctx(),
      { patientId: child.id, referralId: null, episodeId: null },
      surgeryInput(child.id, pp(tomorrow, '09:00'), {
        procedure: 'Inguinal herniotomy',
        side: OperationSide.LEFT,
        specialty: Specialty.PAEDIATRIC_SURGERY,
        theatreId: THEATRE_KEYS['OT 1'],
        urgency: SurgicalUrgency.ELECTIVE,
      }),
    );
    patientPath = `/patients/${toGlobalId('Patient', child.id)}`;
    checklistPath = `/surgeries/${toGlobalId('Surgery', surgery.id)}/checklist`;
    api = await startHttpApp(db, { webDist: WEB_DIST });
    await api.userWithRoles([Role.NURSE], 'theatre.nurse');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript((lang) => window.localStorage.setItem('pj.language', lang), LANGUAGE);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.close();
    await db?.close();
  });

  let page: Page;

  it('a theatre nurse records an allergy and a weight on the patient page', async () => {
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(`${api.url}${patientPath}`);
    await page.waitForURL('**/login**');
    await page.getByTestId('login-username').fill('theatre.nurse');
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-user').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('km');

    // Nobody has asked yet: a warning, not silence.
    const allergies = page.getByTestId('allergies');
    await expect.poll(() => allergies.getAttribute('data-state')).toBe('NOT_RECORDED');
    expect(await allergies.textContent()).toContain(tr('allergyWeight.notRecorded'));
    expect(await page.getByTestId('latest-weight').textContent()).toContain(tr('allergyWeight.noWeight'));
    await expectNoSeriousViolation(page, 'patient page');

    // The allergy, by keyboard where it matters: the dialog's fields in order.
    await page.getByTestId('record-allergies-open').click();
    const allergyForm = page.getByTestId('allergies-form');
    await allergyForm.waitFor();
    await page.getByTestId('allergies-submit').click();
    await allergyForm.getByText(tr('allergyWeight.problems.choose')).waitFor();
    await page.getByTestId('allergies-list').check();
    await page.getByTestId('allergy-substance').fill('Penicillin');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Urticaria, wheeze');
    await page.getByTestId('allergy-severity').selectOption('ANAPHYLAXIS');
    await page.getByTestId('allergies-submit').click();
    await allergyForm.waitFor({ state: 'detached' });
    await expect.poll(() => allergies.getAttribute('data-state')).toBe('ALLERGIES');
    expect(await allergies.textContent()).toContain(`Penicillin (${tr('enums.AllergySeverity.ANAPHYLAXIS')}: Urticaria, wheeze)`);

    // The weight: 70 kg for a six-year-old is refused with the range for the age, in Khmer.
    await page.getByTestId('record-weight-open').click();
    const weightForm = page.getByTestId('weight-form');
    await weightForm.waitFor();
    await page.getByTestId('weight-kg').fill('700');
    await page.keyboard.press('Enter');
    await weightForm.getByText(tr('allergyWeight.problems.range', { min: 5, max: 200 })).waitFor();
    await page.getByTestId('weight-kg').fill('18,4');
    await page.keyboard.press('Enter');
    await weightForm.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('latest-weight').textContent()).toContain('18.4 គ.ក.');

    // What the database holds now (who recorded it: the actor's display name, as on every record).
    const em = db.orm.em.fork();
    expect((await em.findOneOrFail(Patient, { id: patientId })).allergyStatus).toBe(AllergyStatus.ALLERGIES);
    expect((await em.find(PatientAllergy, { patient: patientId })).map((a) => [a.substance, a.reaction, a.severity, a.recordedBy])).toEqual([
      ['Penicillin', 'Urticaria, wheeze', AllergySeverity.ANAPHYLAXIS, 'Test NURSE'],
    ]);
    expect((await em.find(WeightMeasurement, { patient: patientId })).map((w) => [w.weightKg, w.measuredOn, w.recordedBy])).toEqual([[18.4, today, 'Test NURSE']]);
  }, 60_000);

  it('then opens the checklist: both names, age, weight with its day, the allergy, the side and the procedure', async () => {

    // The checklist header: both scripts, age, weight with its day, the allergy, the side, the procedure.
    await page.goto(`${api.url}${checklistPath}`);
    const header = page.getByTestId('checklist-patient');
    await header.waitFor();
    expect(await page.getByTestId('checklist-name-khmer').textContent()).toBe('ចាន់ សុភា');
    expect(await page.getByTestId('checklist-name-latin').textContent()).toBe('CHAN Sophea');
    expect(await page.getByTestId('checklist-facts').textContent()).toContain(tr('age.years_other', { count: ageInYears(birthDate, today) }));
    expect(await page.getByTestId('checklist-weight').textContent()).toContain('18.4 គ.ក.');
    expect(await page.getByTestId('checklist-allergies').getAttribute('data-state')).toBe('ALLERGIES');
    expect(await page.getByTestId('checklist-allergies').textContent()).toContain('Penicillin');
    expect(await page.getByTestId('checklist-side').textContent()).toContain(tr('booking.sides.LEFT'));
    expect(await page.getByTestId('checklist-procedure').textContent()).toContain('Inguinal herniotomy');
    // "Known allergy?" shows what the record says, and warns when the answer says otherwise.
    const known = page.locator('[data-testid="checklist-item"][data-item="KNOWN_ALLERGY"]');
    expect(await known.getByTestId('known-allergy-record').getAttribute('data-expected')).toBe('YES');
    expect(await known.getByTestId('known-allergy-record').textContent()).toContain(tr('allergyWeight.checklist.recordSays', { what: `Penicillin (${tr('enums.AllergySeverity.ANAPHYLAXIS')}: Urticaria, wheeze)` }));
    await known.getByTestId('answer-NO').click();
    await known.getByText(tr('allergyWeight.checklist.disagrees')).waitFor();
    // Fits the phone's width: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/checklist-header-km.png`, fullPage: false });
    await expectNoSeriousViolation(page, 'checklist');
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
