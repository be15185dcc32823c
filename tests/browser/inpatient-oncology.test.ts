import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Role, addDays, hospitalDate } from '@pj/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { startHttpApp, TEST_PASSWORD, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));
const KHMER = /[\u1780-\u17FF]/;

describe('inpatient and oncology care in a real browser', () => {
  let db: TestDatabase;
  let api: HttpApp;
  let browser: Browser;
  let page: Page;
  let patientPath = '';
  let bedLabel = '';
  const today = hospitalDate(new Date());
  const startDate = addDays(today, -14);
  const nurseName = 'browser.oncology';
  const consoleErrors: string[] = [];

  /** Chooses the option of a native select whose text contains `text`. */
  async function selectByText(testId: string, text: string) {
    const select = page.getByTestId(testId);
    const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
    if (!value) throw new Error(`${testId} has no option “${text}”`);
    await select.selectOption(value);
  }

  /** The state of every dose of a drug on the calendar, in the order shown. */
  const statesOf = (drug: string) =>
    page.locator(`[data-testid="dose-chip"][data-drug="${drug}"]`).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-state')));

  /** Opens "record administration" on the first dose of `drug` that may be recorded. */
  async function recordDose(drug: string, givenOn: string, delayReason?: string) {
    await page.locator(`button[data-testid="dose-chip"][data-drug="${drug}"]`).first().click();
    const form = page.getByTestId('record-administration-form');
    await form.waitFor();
    await page.getByTestId('record-given-on').fill(givenOn);
    if (delayReason !== undefined) {
      // Given late and no reason yet: the form says a reason is needed, next to the field.
      await page.getByTestId('record-submit').click();
      const reason = page.getByTestId('record-delay-reason');
      expect(await reason.getAttribute('aria-invalid')).toBe('true');
      await reason.fill(delayReason);
    } else {
      expect(await page.getByTestId('record-delay-reason').count()).toBe(0);
    }
    await page.getByTestId('record-submit').click();
    await form.waitFor({ state: 'detached' });
  }

  beforeAll(async () => {
    if (!existsSync(`${WEB_DIST}/index.html`)) throw new Error('The web app is not built: run `pnpm build` first');
    db = await createTestDatabase();
    api = await startHttpApp(db, { webDist: WEB_DIST });
    await api.userWithRoles([Role.ONCOLOGY], nurseName);
    const registered = await api.gql<{ registerPatient: { id: string } }>(
      `mutation { registerPatient(input: {
         familyName: "Sok", givenName: "Dara", familyNameKhmer: "សុខ", givenNameKhmer: "តារា",
         sex: MALE, birthDate: "2021-05-04", provinceCode: 3, phones: [],
         guardian: { name: "Sok Srey", relation: MOTHER, phones: ["097 765 4321"] } }) { id } }`,
    );
    expect(registered.errors).toBeUndefined();
    // Referred to the oncology ward: the patient page offers admission and the oncology panel.
    const referred = await api.gql(
      `mutation ($patientId: ID!) { receiveReferral(input: {
         patientId: $patientId, sourceType: REFERRAL_HOSPITAL, sourceName: "Takeo Provincial Referral Hospital",
         specialty: PAEDIATRIC_ONCOLOGY, reason: "Abdominal mass, suspected Wilms tumour", priority: URGENT, urgencyBand: DAYS_30 }) { id } }`,
      { patientId: registered.data!.registerPatient.id },
    );
    expect(referred.errors).toBeUndefined();
    patientPath = `/patients/${encodeURIComponent(registered.data!.registerPatient.id)}`;

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await db?.close();
  });

  it('signs in and admits the child to a free bed on the oncology ward', async () => {
    await page.goto(`${api.url}${patientPath}`);
    await page.getByTestId('login-username').fill(nurseName);
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${patientPath}`);
    await page.getByTestId('not-admitted').waitFor();

    await page.getByTestId('admit-open').click();
    await page.getByTestId('admit-form').waitFor();
    // Nothing chosen: the form says what is missing and sends nothing.
    await page.getByTestId('admit-submit').click();
    expect(await page.getByTestId('admit-reason').getAttribute('aria-invalid')).toBe('true');

    await page.getByTestId('admit-reason').selectOption('ONCOLOGY');
    await selectByText('bed-picker-ward', 'Paediatric Oncology');
    bedLabel = (await page.getByTestId('bed-picker-bed').locator('option').nth(1).innerText()).trim();
    expect(bedLabel).toMatch(/^[A-Z]\d{2}$/);
    await selectByText('bed-picker-bed', bedLabel);
    await page.getByTestId('admit-submit').click();

    await page.getByTestId('current-admission').waitFor();
    expect(await page.getByTestId('current-bed').innerText()).toContain(bedLabel);
  });

  it('shows the child in that bed on the ward census board, and other beds vacant', async () => {
    await page.getByTestId('nav-wards').click();
    await page.waitForURL('**/wards');
    const section = page.getByTestId('ward-section').filter({ hasText: 'Paediatric Oncology' });
    await section.waitFor();
    const card = section.locator(`[data-testid="bed-card"][data-bed="${bedLabel}"]`);
    expect(await card.getAttribute('data-occupied')).toBe('true');
    const occupant = card.getByTestId('bed-occupant');
    expect(await occupant.innerText()).toContain('សុខ តារា');
    expect(await occupant.innerText()).toContain('SOK Dara');
    expect(await section.locator('[data-testid="bed-card"][data-occupied="true"]').count()).toBe(1);
    expect(await section.locator('[data-testid="bed-card"][data-occupied="false"]').count()).toBeGreaterThan(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/ward-census.png` });

    // The ward filter leaves only that ward.
    await selectByText('census-ward', 'Paediatric Oncology');
    await expect.poll(() => page.getByTestId('ward-section').count()).toBe(1);

    // A census from before the admission: the bed was free then.
    await page.getByTestId('census-at').fill(`${addDays(today, -1)}T08:00`);
    await expect.poll(() => card.getAttribute('data-occupied'), { timeout: 10_000 }).toBe('false');
    expect(page.url()).toContain('at=');

    // The occupant's name is a link to the patient, reachable from the keyboard.
    await page.getByTestId('census-now').click();
    await expect.poll(() => card.getAttribute('data-occupied'), { timeout: 10_000 }).toBe('true');
    await occupant.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${patientPath}`);
  });

  it('records a diagnosis and starts a protocol, showing the BSA before confirming', async () => {
    await page.getByTestId('diagnosis-open').click();
    await page.getByTestId('diagnosis-cancer-type').selectOption('WILMS_TUMOUR');
    await page.getByTestId('diagnosis-basis').selectOption('HISTOLOGY');
    await page.getByTestId('diagnosis-date').fill(addDays(today, -16));
    await page.getByTestId('diagnosis-stage').selectOption('II');
    await page.getByTestId('diagnosis-submit').click();
    await page.getByTestId('diagnosis').first().waitFor();
    expect(await page.getByTestId('diagnosis').first().innerText()).toContain('Wilms tumour');

    await page.getByTestId('plan-open').click();
    await selectByText('plan-protocol', 'SIOP-WILMS-LOCALISED-PREOP');
    await page.getByTestId('plan-start-date').fill(startDate);
    await page.getByTestId('plan-height').fill('100');
    await page.getByTestId('plan-weight').fill('16');
    // √(100 × 16 / 3600) = 0.67 m²
    await expect.poll(() => page.getByTestId('plan-bsa').innerText()).toContain('0.67');
    await page.getByTestId('plan-review').click();
    expect(await page.getByTestId('plan-confirm').innerText()).toContain('0.67');
    await page.getByTestId('plan-confirm-submit').click();

    await page.getByTestId('treatment-calendar').waitFor();
    // Started 14 days ago: weeks 1 and 2 are overdue, day 14 is due today, day 21 is to come.
    expect(await statesOf('Vincristine')).toEqual(['overdue', 'overdue', 'due', 'planned']);
    expect(await statesOf('Dactinomycin')).toEqual(['overdue', 'due']);
  });

  it('records two doses on time and one late with a reason', async () => {
    await recordDose('Vincristine', startDate);
    await expect.poll(() => statesOf('Vincristine')).toEqual(['given', 'overdue', 'due', 'planned']);
    await recordDose('Dactinomycin', startDate);
    await expect.poll(() => statesOf('Dactinomycin')).toEqual(['given', 'due']);

    // Today's dactinomycin is left out, with a reason: omitted, not overdue.
    await page.locator('button[data-testid="dose-chip"][data-drug="Dactinomycin"]').click();
    await page.getByTestId('record-mode').getByText('Not given (omit)').click();
    await page.getByTestId('record-submit').click();
    expect(await page.getByTestId('record-omit-reason').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('record-omit-reason').fill('Neutropenia: count too low today');
    await page.getByTestId('record-submit').click();
    await page.getByTestId('record-administration-form').waitFor({ state: 'detached' });
    await expect.poll(() => statesOf('Dactinomycin')).toEqual(['given', 'omitted']);

    // Day 7 given today, a week late: it needs a reason, and the rest of the plan moves a week.
    await recordDose('Vincristine', today, 'Family could not travel: flooded road');
    await expect.poll(() => statesOf('Vincristine')).toEqual(['given', 'delayed', 'planned', 'planned']);
    expect(await page.getByTestId('calendar-count-given').innerText()).toContain('2');
    expect(await page.getByTestId('calendar-count-delayed').innerText()).toContain('1');
    expect(await page.getByTestId('calendar-count-omitted').innerText()).toContain('1');
    const late = page.locator('[data-testid="dose-chip"][data-state="delayed"]');
    expect(await late.getAttribute('title')).toContain('flooded road');

    // A toxicity and a response assessment on the same plan.
    await page.getByTestId('toxicity-open').click();
    await selectByText('toxicity-term', 'Nausea');
    await page.getByTestId('toxicity-grade').selectOption('2');
    await page.getByTestId('toxicity-form-submit').click();
    await page.getByTestId('toxicities').waitFor();
    expect(await page.getByTestId('toxicities').innerText()).toMatch(/Nausea[\s\S]*Grade 2/i);
    await page.getByTestId('response-open').click();
    await page.getByTestId('response-form').getByLabel('Response').selectOption('PR');
    await page.getByTestId('response-form').getByLabel('Assessed by').selectOption('IMAGING');
    await page.getByTestId('response-form-submit').click();
    await page.getByTestId('responses').waitFor();
    expect(await page.getByTestId('responses').innerText()).toContain('Partial response (PR)');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.getByTestId('oncology-panel').screenshot({ path: `${ARTIFACTS}/treatment-calendar.png` });
  });

  it('discharges with a summary and prints the family copy in Khmer', async () => {
    await page.getByTestId('discharge-open').click();
    await page.getByTestId('discharge-form').waitFor();
    // Required fields are named next to the field, and nothing is sent.
    await page.getByTestId('discharge-submit').click();
    expect(await page.getByTestId('discharge-diagnosis').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('discharge-disposition').getAttribute('aria-invalid')).toBe('true');

    await page.getByTestId('discharge-disposition').selectOption('HOME');
    await page.getByTestId('discharge-diagnosis').fill('Wilms tumour, stage II, on pre-operative chemotherapy');
    await page.getByTestId('discharge-reasonForAdmission').fill('Pre-operative chemotherapy');
    await page.getByTestId('discharge-clinician').fill('Dr Chan Vuthy');
    await page.getByTestId('discharge-add-medication').click();
    await page.getByTestId('discharge-medication-name-0').fill('Paracetamol');
    await page.getByTestId('discharge-medication-dose-0').fill('240 mg');
    await page.getByTestId('discharge-medication-reconciled-0').check();
    await page.getByTestId('discharge-instructions').fill('ផឹកទឹកឱ្យបានច្រើន');
    await page.getByTestId('discharge-warningSigns').fill('គ្រុនក្ដៅលើស 38°C');
    await page.getByTestId('discharge-followUpPlan').fill('ត្រឡប់មកវិញថ្ងៃទី 21 សម្រាប់ថ្នាំបន្ទាប់');
    await page.getByTestId('discharge-submit').click();

    await page.waitForURL(/\/discharges\/[^/]+\/print/);
    const summary = page.getByTestId('discharge-summary');
    await summary.waitFor();
    expect(await summary.getAttribute('data-copy')).toBe('km');
    expect(await summary.getAttribute('lang')).toBe('km');
    const text = await summary.innerText();
    // The labels are Khmer (the interface language is still English).
    expect(text).toContain('សេចក្ដីសង្ខេបពេលចេញពីមន្ទីរពេទ្យ');
    expect(text).toContain('ច្បាប់ចម្លងសម្រាប់គ្រួសារ');
    expect(text).toContain('ផឹកទឹកឱ្យបានច្រើន');
    expect(text).toContain('Paracetamol');
    expect(text).not.toContain('Discharge summary');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    const khmerFontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return Array.from(document.fonts as unknown as Iterable<FontFace>).some((font) => /khmer/i.test(font.family) && font.status === 'loaded');
    });
    expect(khmerFontLoaded).toBe(true);
    // The summary's text is drawn with the Khmer face.
    const family = await summary.evaluate((el) => getComputedStyle(el).fontFamily);
    expect(family).toMatch(/Noto Sans Khmer/);

    // Printing hides the navigation and the buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByTestId('summary-print').isVisible()).toBe(false);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/discharge-summary-km.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // The record copy is in English.
    await page.getByTestId('summary-copy').getByText('Record copy (English)').click();
    await expect.poll(() => summary.getAttribute('data-copy')).toBe('en');
    const english = await summary.innerText();
    expect(english).toContain('Discharge summary');
    expect(english).toContain('Copy for the medical record');
    expect(english).not.toMatch(/ច្បាប់ចម្លង/);
    expect(KHMER.test(english)).toBe(true); // the child's Khmer name and the family's instructions stay

    // Back on the patient page the stay is over, with a link to its summary.
    await page.getByText('Back to the patient').click();
    await page.getByTestId('not-admitted').waitFor();
    expect(await page.getByTestId('discharge-summary-link').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });

  it('lists the follow-ups due today and records their outcomes in the list', async () => {
    for (const kind of ['WOUND_CHECK', 'DAY_30_CALL']) {
      const booked = await api.gql(
        `mutation ($input: ScheduleFollowUpInput!) { scheduleFollowUp(input: $input) { id } }`,
        { input: { patientId: decodeURIComponent(patientPath.split('/').pop()!), kind, dueDate: today } },
      );
      expect(booked.errors).toBeUndefined();
    }
    await page.getByTestId('nav-follow-ups').click();
    await page.waitForURL('**/follow-ups');
    const rows = page.getByTestId('follow-up-row').filter({ hasText: 'SOK Dara' });
    await expect.poll(() => rows.count()).toBe(2);

    const wound = rows.and(page.locator('[data-kind="WOUND_CHECK"]'));
    await wound.getByTestId('follow-up-attended').click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.getByTestId('follow-up-recorded').innerText()).toContain('Wound check');

    // A day-30 call that reached the family needs the child's status.
    const call = rows.and(page.locator('[data-kind="DAY_30_CALL"]'));
    await call.getByTestId('follow-up-reached').click();
    expect(await call.getByRole('alert').innerText()).toContain('status');
    await call.getByTestId('follow-up-day30').selectOption('ALIVE');
    await call.getByTestId('follow-up-notes').fill('Eating well, no fever');
    await call.getByTestId('follow-up-reached').click();
    await expect.poll(() => rows.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('lists children who missed treatment, abandonment before warning, in Khmer too', async () => {
    // Two more children on the Wilms protocol who never came back: 35 and 23 days since day 0.
    const protocols = await api.gql<{ protocols: { id: string; code: string }[] }>('{ protocols { id code } }');
    const wilms = protocols.data!.protocols.find((p) => p.code === 'SIOP-WILMS-LOCALISED-PREOP')!;
    for (const [given, daysAgo] of [['Vanna', 35], ['Pisey', 23]] as const) {
      const child = await api.gql<{ registerPatient: { id: string } }>(
        `mutation ($given: String!) { registerPatient(input: { familyName: "Chea", givenName: $given, sex: FEMALE,
           birthDate: "2020-02-02", provinceCode: 12, phones: [],
           guardian: { name: "Chea Sokha", relation: FATHER, phones: ["012 345 678"] } }) { id } }`,
        { given },
      );
      // A plan needs the child's oncology diagnosis first.
      const diagnosis = await api.gql(
        `mutation ($input: RecordOncologyDiagnosisInput!) { recordOncologyDiagnosis(input: $input) { id } }`,
        { input: { patientId: child.data!.registerPatient.id, cancerType: 'WILMS_TUMOUR', basis: 'HISTOLOGY', diagnosedOn: addDays(today, -daysAgo - 7), stageScheme: 'SIOP_WILMS', stage: 'II' } },
      );
      expect(diagnosis.errors).toBeUndefined();
      const plan = await api.gql(
        `mutation ($input: StartTreatmentPlanInput!) { startTreatmentPlan(input: $input) { id } }`,
        { input: { patientId: child.data!.registerPatient.id, protocolId: wilms.id, startDate: addDays(today, -daysAgo), heightCm: 95, weightKg: 14 } },
      );
      expect(plan.errors).toBeUndefined();
    }

    await page.getByTestId('nav-oncology-alerts').click();
    await page.waitForURL('**/oncology/alerts');
    const alerts = page.getByTestId('alert-row');
    await expect.poll(() => alerts.count()).toBe(2);
    expect(await alerts.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-level')))).toEqual(['ABANDONMENT', 'WARNING']);
    expect(await alerts.first().innerText()).toContain('CHEA Vanna');
    expect(await alerts.first().getByTestId('alert-days').innerText()).toBe('35 days');
    expect(await alerts.nth(1).getByTestId('alert-days').innerText()).toBe('23 days');

    await page.getByTestId('language-switch').selectOption('km');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('km');
    expect(await alerts.first().innerText()).toContain('បោះបង់ការព្យាបាល');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(KHMER);
    await page.getByTestId('nav-wards').click();
    await page.getByTestId('ward-section').first().waitFor();
    expect(await page.getByTestId('ward-section').filter({ hasText: 'ផ្នែកជំងឺមហារីកកុមារ' }).count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}/ward-census-km.png` });
    await page.getByTestId('language-switch').selectOption('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(consoleErrors).toEqual([]);
  });
});
