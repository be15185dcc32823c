import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CareInstruction,
  FollowUpKind,
  PROVINCES,
  GuardianRelation,
  ReferralPriority,
  Role,
  Sex,
  Specialty,
  UrgencyBand,
  addDays,
  hospitalDate,
} from '@pj/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { scheduleFollowUp } from '../../packages/server/src/follow-up/follow-up.service.js';
import { startTreatmentPlan } from '../../packages/server/src/oncology/treatment-plan.service.js';
import { registerPatient } from '../../packages/server/src/patients/patient.service.js';
import { receiveReferral } from '../../packages/server/src/referrals/referral.service.js';
import { launchChromium } from '../support/chromium.js';
import { englishWordsOn } from '../support/english-check.js';
import { diagnoseWilms, patientInput, referralInput, serviceContext } from '../support/factories.js';
import { startHttpApp, TEST_PASSWORD, type HttpApp } from '../support/http-app.js';
import { WILMS_PROTOCOL } from '../support/journey-seed.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));
const KM_TEXTS = JSON.parse(readFileSync(new URL('../../packages/web/src/app/i18n/km.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const KHMER = /[\u1780-\u17FF]/;
const realClock = () => new Date();

/** A Khmer text of the web app, with its `{{params}}` filled in. */
function km(key: string, params: Record<string, string | number> = {}): string {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], KM_TEXTS);
  if (typeof text !== 'string') throw new Error(`No Khmer text ${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]));
}

/**
 * The ward nurse's day on the paediatric oncology ward, with the interface in Khmer: admit a
 * child to a bed, see the census, record doses (on time, left out, late with a reason), discharge
 * with the family's texts in Khmer and coded care instructions, print the family's Khmer copy,
 * record follow-up outcomes and see the abandonment alerts. The oncologist records the diagnosis
 * and starts the plan, also in Khmer. The test itself sends no request to the API: what it needs
 * is seeded through the services before the browser starts, and what the screens did is read
 * back from the database.
 */
describe('the nurse on the oncology ward, in Khmer, in a real browser', { timeout: 120_000 }, () => {
  let db: TestDatabase;
  let api: HttpApp;
  let browser: Browser;
  let nurseContext: BrowserContext;
  let page: Page;
  let patientPath = '';
  let bedLabel = '';
  let wardKhmer = '';
  const today = hospitalDate(new Date());
  const startDate = addDays(today, -14);
  const nurseName = 'browser.ward.nurse';
  const oncologistName = 'browser.oncologist';
  const consoleErrors: string[] = [];
  const seeded = { daraId: '' };
  const sql = <T>(query: string, params: unknown[] = []) => db.orm.em.fork().getConnection().execute<T[]>(query, params);
  /** Names and clinical data the pages show as written (not interface text). */
  const allowed = [
    'SOK Dara', 'CHEA Vanna', 'CHEA Pisey', 'KEO Sophal', 'Sok Srey', 'Chea Sokha', 'Keo Sophea',
    'Vincristine', 'Dactinomycin', 'Paracetamol', 'Nausea', 'Takeo Provincial Referral Hospital',
    'Abdominal mass, suspected Wilms tumour', 'SIOP localised Wilms tumour: pre-operative AV', 'LOCALISED PREOP',
    // What the nurse types in English into the discharge form (the record copy's texts), and °C.
    'Wilms tumour, stage II, on pre-operative chemotherapy', 'Pre-operative chemotherapy', 'Dr Chan Vuthy', 'every 6 hours', 'C',
  ];

  /** A browser context signed in as `username`, with the interface in Khmer from the first page. */
  async function khmerContext(username: string): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => window.localStorage.setItem('pj.language', 'km'));
    const login = await context.newPage();
    await login.goto(`${api.url}/login`);
    await login.getByTestId('login-username').fill(username);
    await login.getByTestId('login-password').fill(TEST_PASSWORD);
    await login.getByTestId('login-submit').click();
    await login.getByTestId('current-user').waitFor();
    await login.close();
    return context;
  }

  async function watchedPage(context: BrowserContext): Promise<Page> {
    const opened = await context.newPage();
    opened.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    opened.on('pageerror', (error) => consoleErrors.push(error.message));
    return opened;
  }

  /** Chooses the option of a native select whose text contains `text`. */
  async function selectByText(on: Page, testId: string, text: string) {
    const select = on.getByTestId(testId);
    const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
    if (!value) throw new Error(`${testId} has no option “${text}”`);
    await select.selectOption(value);
  }

  /** No English word on the page outside names, codes and clinical data. */
  async function expectNoEnglish(on: Page) {
    expect(await on.evaluate(() => document.documentElement.lang)).toBe('km');
    expect(await englishWordsOn(on, allowed)).toEqual([]);
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
    await api.userWithRoles([Role.NURSE], nurseName);
    await api.userWithRoles([Role.ONCOLOGY], oncologistName);
    const ctx = () => serviceContext(db.orm, realClock);

    // The child referred to the oncology ward: the patient page offers admission and the oncology panel.
    const dara = await registerPatient(ctx(), patientInput({
      familyName: 'Sok', givenName: 'Dara', familyNameKhmer: 'សុខ', givenNameKhmer: 'តារា', sex: Sex.MALE, birthDate: '2021-05-04',
      provinceCode: 3, phones: [], guardian: { name: 'Sok Srey', relation: GuardianRelation.MOTHER, phones: ['097 765 4321'] },
    }));
    await receiveReferral(ctx(), dara.id, referralInput(dara.id, {
      sourceName: 'Takeo Provincial Referral Hospital', specialty: Specialty.PAEDIATRIC_ONCOLOGY,
      reason: 'Abdominal mass, suspected Wilms tumour', priority: ReferralPriority.URGENT, urgencyBand: UrgencyBand.DAYS_30,
    }));
    seeded.daraId = dara.id;
    patientPath = `/patients/${encodeURIComponent(toGlobalId('Patient', dara.id))}`;

    // Two more children on the Wilms protocol who never came back: 35 and 23 days since day 0.
    for (const [given, givenKhmer, daysAgo] of [['Vanna', 'វណ្ណា', 35], ['Pisey', 'ពិសី', 23]] as const) {
      const child = await registerPatient(ctx(), patientInput({
        familyName: 'Chea', givenName: given, familyNameKhmer: 'ជា', givenNameKhmer: givenKhmer, sex: Sex.FEMALE, birthDate: '2020-02-02',
        provinceCode: 12, phones: [], guardian: { name: 'Chea Sokha', relation: GuardianRelation.FATHER, phones: ['012 345 678'] },
      }));
      await diagnoseWilms(db.orm, realClock, child.id, addDays(today, -daysAgo - 7));
      await startTreatmentPlan(ctx(), { patientId: child.id, protocolId: WILMS_PROTOCOL }, {
        patientId: child.id, protocolId: WILMS_PROTOCOL, startDate: addDays(today, -daysAgo), heightCm: 95, weightKg: 14,
      });
    }

    // A patient whose wound check and day-30 call are due today.
    const keo = await registerPatient(ctx(), patientInput({
      familyName: 'Keo', givenName: 'Sophal', familyNameKhmer: 'កែវ', givenNameKhmer: 'សុផល', birthDate: '1979-09-09', phones: ['015 222 333'],
    }));
    for (const kind of [FollowUpKind.WOUND_CHECK, FollowUpKind.DAY_30_CALL]) {
      await scheduleFollowUp(ctx(), { patientId: keo.id, dischargeId: null, surgeryId: null, treatmentPlanId: null }, { patientId: keo.id, kind, dueDate: today });
    }

    wardKhmer = (await sql<{ name_khmer: string }>(`select name_khmer from ward where name = 'Paediatric Oncology'`))[0].name_khmer;
    // Data the pages show as written: staff and patient names, places, wards, provinces.
    const names = await sql<{ name: string | null }>(
      `select name from ward union all select display_name from app_user
       union all select family_name || ' ' || given_name from patient
       union all select concat_ws(' ', district, commune, village) from patient`,
    );
    allowed.push(...names.flatMap((r) => (r.name ? [r.name] : [])), ...PROVINCES.map((p) => p.name));

    browser = await launchChromium();
    nurseContext = await khmerContext(nurseName);
    page = await watchedPage(nurseContext);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await db?.close();
  });

  it('admits the child to a free bed on the oncology ward', async () => {
    await page.goto(`${api.url}${patientPath}`);
    await page.getByTestId('not-admitted').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('km');

    await page.getByTestId('admit-open').click();
    await page.getByTestId('admit-form').waitFor();
    // Nothing chosen: the form says what is missing and sends nothing.
    await page.getByTestId('admit-submit').click();
    expect(await page.getByTestId('admit-reason').getAttribute('aria-invalid')).toBe('true');

    await page.getByTestId('admit-reason').selectOption('ONCOLOGY');
    await selectByText(page, 'bed-picker-ward', wardKhmer);
    bedLabel = (await page.getByTestId('bed-picker-bed').locator('option').nth(1).innerText()).trim();
    expect(bedLabel).toMatch(/^[A-Z]\d{2}$/);
    await selectByText(page, 'bed-picker-bed', bedLabel);
    await expectNoEnglish(page);
    await page.getByTestId('admit-submit').click();

    await page.getByTestId('current-admission').waitFor();
    expect(await page.getByTestId('current-bed').innerText()).toContain(bedLabel);
  });

  it('shows the child in that bed on the ward census board, and other beds vacant', async () => {
    await page.getByTestId('nav-wards').click();
    await page.waitForURL('**/wards');
    const section = page.getByTestId('ward-section').filter({ hasText: wardKhmer });
    await section.waitFor();
    const card = section.locator(`[data-testid="bed-card"][data-bed="${bedLabel}"]`);
    expect(await card.getAttribute('data-occupied')).toBe('true');
    const occupant = card.getByTestId('bed-occupant');
    expect(await occupant.innerText()).toContain('សុខ តារា');
    expect(await occupant.innerText()).toContain('SOK Dara');
    expect(await section.locator('[data-testid="bed-card"][data-occupied="true"]').count()).toBe(1);
    expect(await section.locator('[data-testid="bed-card"][data-occupied="false"]').count()).toBeGreaterThan(0);
    await expectNoEnglish(page);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/ward-census-km.png` });

    // The ward filter leaves only that ward.
    await selectByText(page, 'census-ward', wardKhmer);
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

  it('the oncologist records the diagnosis and starts the protocol, seeing the BSA before confirming', async () => {
    const oncologist = await watchedPage(await khmerContext(oncologistName));
    await oncologist.goto(`${api.url}${patientPath}`);
    await oncologist.getByTestId('diagnosis-open').click();
    await oncologist.getByTestId('diagnosis-cancer-type').selectOption('WILMS_TUMOUR');
    await oncologist.getByTestId('diagnosis-basis').selectOption('HISTOLOGY');
    await oncologist.getByTestId('diagnosis-date').fill(addDays(today, -16));
    await oncologist.getByTestId('diagnosis-stage').selectOption('II');
    await oncologist.getByTestId('diagnosis-submit').click();
    await oncologist.getByTestId('diagnosis').first().waitFor();
    expect(await oncologist.getByTestId('diagnosis').first().innerText()).toContain(km('enums.CancerType.WILMS_TUMOUR'));

    await oncologist.getByTestId('plan-open').click();
    await selectByText(oncologist, 'plan-protocol', 'SIOP-WILMS-LOCALISED-PREOP');
    await oncologist.getByTestId('plan-start-date').fill(startDate);
    await oncologist.getByTestId('plan-height').fill('100');
    await oncologist.getByTestId('plan-weight').fill('16');
    // √(100 × 16 / 3600) = 0.67 m²
    await expect.poll(() => oncologist.getByTestId('plan-bsa').innerText()).toContain('0.67');
    await oncologist.getByTestId('plan-review').click();
    expect(await oncologist.getByTestId('plan-confirm').innerText()).toContain('0.67');
    await oncologist.getByTestId('plan-confirm-submit').click();
    await oncologist.getByTestId('treatment-calendar').waitFor();
    await oncologist.context().close();

    // The nurse's page shows the plan once reloaded.
    await page.reload();
    await page.getByTestId('treatment-calendar').waitFor();
    // Started 14 days ago: weeks 1 and 2 are overdue, day 14 is due today, day 21 is to come.
    expect(await statesOf('Vincristine')).toEqual(['overdue', 'overdue', 'due', 'planned']);
    expect(await statesOf('Dactinomycin')).toEqual(['overdue', 'due']);
  });

  it('records two doses on time, one left out and one late with a reason', async () => {
    await recordDose('Vincristine', startDate);
    await expect.poll(() => statesOf('Vincristine')).toEqual(['given', 'overdue', 'due', 'planned']);
    await recordDose('Dactinomycin', startDate);
    await expect.poll(() => statesOf('Dactinomycin')).toEqual(['given', 'due']);

    // Today's dactinomycin is left out, with a reason: omitted, not overdue.
    await page.locator('button[data-testid="dose-chip"][data-drug="Dactinomycin"]').click();
    await page.getByTestId('record-mode').locator('label').nth(1).click();
    await page.getByTestId('record-submit').click();
    expect(await page.getByTestId('record-omit-reason').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('record-omit-reason').fill('គ្រាប់ឈាមសទាបពេក ថ្ងៃនេះមិនអាចឱ្យថ្នាំបាន');
    await page.getByTestId('record-submit').click();
    await page.getByTestId('record-administration-form').waitFor({ state: 'detached' });
    await expect.poll(() => statesOf('Dactinomycin')).toEqual(['given', 'omitted']);

    // Day 7 given today, a week late: it needs a reason, and the rest of the plan moves a week.
    await recordDose('Vincristine', today, 'គ្រួសារមិនអាចធ្វើដំណើរបាន ដោយសារផ្លូវលិចទឹក');
    await expect.poll(() => statesOf('Vincristine')).toEqual(['given', 'delayed', 'planned', 'planned']);
    expect(await page.getByTestId('calendar-count-given').innerText()).toContain('2');
    expect(await page.getByTestId('calendar-count-delayed').innerText()).toContain('1');
    expect(await page.getByTestId('calendar-count-omitted').innerText()).toContain('1');
    const late = page.locator('[data-testid="dose-chip"][data-state="delayed"]');
    expect(await late.getAttribute('title')).toContain('ផ្លូវលិចទឹក');

    // A toxicity and a response assessment on the same plan.
    await page.getByTestId('toxicity-open').click();
    await page.getByTestId('toxicity-term').selectOption('NAUSEA');
    await page.getByTestId('toxicity-grade').selectOption('2');
    await page.getByTestId('toxicity-form-submit').click();
    await page.getByTestId('toxicities').waitFor();
    expect(await page.getByTestId('toxicities').innerText()).toContain(km('oncology.toxicity.gradeBadge', { grade: 2 }));
    await page.getByTestId('response-open').click();
    await page.getByTestId('response-form').locator('select').nth(0).selectOption('PR');
    await page.getByTestId('response-form').locator('select').nth(1).selectOption('IMAGING');
    await page.getByTestId('response-form-submit').click();
    await page.getByTestId('responses').waitFor();
    expect(await page.getByTestId('responses').innerText()).toContain(km('enums.ResponseCategory.PR'));

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.getByTestId('oncology-panel').screenshot({ path: `${ARTIFACTS}/treatment-calendar-km.png` });
  });

  it('discharges with the Khmer texts and coded instructions, warned once about English left untranslated', async () => {
    await page.getByTestId('discharge-open').click();
    const form = page.getByTestId('discharge-form');
    await form.waitFor();
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
    await page.getByTestId('discharge-medication-frequency-0').fill('every 6 hours');
    await page.getByTestId('discharge-medication-reconciled-0').check();
    await page.getByTestId('discharge-warningSigns').fill('គ្រុនក្ដៅលើស 38°C');
    await page.getByTestId('discharge-followUpPlan').fill('ត្រឡប់មកវិញថ្ងៃទី 21 សម្រាប់ថ្នាំបន្ទាប់');

    // "Khmer" text in Latin letters is refused on the form, next to the field.
    await page.getByTestId('discharge-diagnosisForFamilyKhmer').fill('Wilms tumour');
    // No heavy lifting needs its weeks.
    for (const code of [CareInstruction.RETURN_IF_FEVER_OR_BLEEDING, CareInstruction.NO_HEAVY_LIFTING, CareInstruction.TAKE_ALL_MEDICINES, CareInstruction.COME_TO_FOLLOW_UP]) {
      await page.getByTestId(`discharge-care-${code}`).check();
    }
    await page.getByTestId('discharge-submit').click();
    await expect.poll(() => page.getByTestId('discharge-diagnosisForFamilyKhmer').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('discharge-noHeavyLiftingWeeks').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('discharge-diagnosisForFamilyKhmer').fill('ដុំសាច់ក្នុងតម្រងនោម ដំណាក់កាលទី II កំពុងព្យាបាលដោយថ្នាំគីមីមុនវះកាត់');
    await page.getByTestId('discharge-careInstructionsKhmer').fill('ផឹកទឹកឱ្យបានច្រើន ហើយលាងដៃមុនពេលញ៉ាំ');
    await page.getByTestId('discharge-noHeavyLiftingWeeks').fill('4');

    // The reason for admission is English only: the form says so once, and saves on the next press.
    await page.getByTestId('discharge-submit').click();
    const warning = page.getByTestId('discharge-khmer-missing');
    await warning.waitFor();
    expect(await warning.locator('[data-field]').evaluateAll((items) => items.map((i) => i.getAttribute('data-field')))).toEqual(['reasonForAdmission']);
    expect(await page.getByTestId('discharge-submit').innerText()).toBe(km('discharge.saveWithoutKhmer'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('discharge-khmer-missing');
    await expectNoEnglish(page);
    await page.getByTestId('discharge-submit').click();

    await page.waitForURL(/\/discharges\/[^/]+\/print/);
    const [stored] = await sql<{ diagnosis_for_family_khmer: string; care_instructions_khmer: string; care_instructions: string[]; no_heavy_lifting_weeks: number }>(
      'select diagnosis_for_family_khmer, care_instructions_khmer, care_instructions, no_heavy_lifting_weeks from discharge where patient_id = ?',
      [seeded.daraId],
    );
    expect(stored).toEqual({
      diagnosis_for_family_khmer: 'ដុំសាច់ក្នុងតម្រងនោម ដំណាក់កាលទី II កំពុងព្យាបាលដោយថ្នាំគីមីមុនវះកាត់',
      care_instructions_khmer: 'ផឹកទឹកឱ្យបានច្រើន ហើយលាងដៃមុនពេលញ៉ាំ',
      care_instructions: ['RETURN_IF_FEVER_OR_BLEEDING', 'NO_HEAVY_LIFTING', 'TAKE_ALL_MEDICINES', 'COME_TO_FOLLOW_UP'],
      no_heavy_lifting_weeks: 4,
    });
  });

  it('prints the family copy in Khmer: Khmer diagnosis and instructions, English marked as untranslated', async () => {
    const summary = page.getByTestId('discharge-summary');
    await summary.waitFor();
    expect(await summary.getAttribute('data-copy')).toBe('km');
    expect(await summary.getAttribute('lang')).toBe('km');
    const text = await summary.innerText();
    expect(text).toContain(km('summary.title'));
    expect(text).toContain(km('summary.familyCopy'));
    expect(await page.getByTestId('summary-diagnosis').innerText()).toContain('ដុំសាច់ក្នុងតម្រងនោម ដំណាក់កាលទី II');
    expect(text).not.toContain('Wilms tumour, stage II');
    expect(await page.getByTestId('summary-instructions').innerText()).toContain('ផឹកទឹកឱ្យបានច្រើន');
    expect(await page.getByTestId('summary-frequency').innerText()).toBe(km('medicine.frequency.EVERY_6_HOURS'));
    // The coded instructions, in Khmer and in the list's order.
    const instructions = page.getByTestId('summary-care-instructions').locator('li');
    expect(await instructions.evaluateAll((items) => items.map((i) => i.getAttribute('data-code')))).toEqual([
      'RETURN_IF_FEVER_OR_BLEEDING', 'NO_HEAVY_LIFTING', 'TAKE_ALL_MEDICINES', 'COME_TO_FOLLOW_UP',
    ]);
    expect(await instructions.allInnerTexts()).toEqual([
      km('enums.CareInstruction.RETURN_IF_FEVER_OR_BLEEDING'),
      km('enums.CareInstruction.NO_HEAVY_LIFTING_other', { count: 4 }),
      km('enums.CareInstruction.TAKE_ALL_MEDICINES'),
      km('enums.CareInstruction.COME_TO_FOLLOW_UP'),
    ]);
    // The one English passage is printed marked, in Khmer, as not translated, and tagged English.
    const untranslated = page.getByTestId('summary-untranslated');
    expect(await untranslated.count()).toBe(1);
    expect(await untranslated.innerText()).toContain(km('summary.untranslated'));
    expect(await untranslated.locator('[lang="en"]').innerText()).toBe('Pre-operative chemotherapy');
    // Nothing else on the page is English: names, drug names and codes aside.
    await expectNoEnglish(page);

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

    // The record copy is in English, with the family's Khmer texts beside the English ones.
    await page.getByTestId('summary-copy').locator('label').nth(1).click();
    await expect.poll(() => summary.getAttribute('data-copy')).toBe('en');
    const english = await summary.innerText();
    expect(english).toContain('Discharge summary');
    expect(english).toContain('Wilms tumour, stage II, on pre-operative chemotherapy');
    expect(english).toContain('No heavy lifting or hard work for 4 weeks.');
    expect(english).not.toMatch(/ច្បាប់ចម្លង/);
    expect(await page.getByTestId('summary-diagnosis-khmer').innerText()).toContain('ដុំសាច់ក្នុងតម្រងនោម');
    expect(await page.getByTestId('summary-untranslated').count()).toBe(0);

    // Back on the patient page the stay is over, with a link to its summary.
    await page.getByTestId('summary-back').click();
    await page.getByTestId('not-admitted').waitFor();
    expect(await page.getByTestId('discharge-summary-link').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });

  it('lists the follow-ups due today and records their outcomes in the list', async () => {
    await page.getByTestId('nav-follow-ups').click();
    await page.waitForURL('**/follow-ups');
    const rows = page.getByTestId('follow-up-row').filter({ hasText: 'KEO Sophal' });
    await expect.poll(() => rows.count()).toBe(2);
    await expectNoEnglish(page);

    const wound = rows.and(page.locator('[data-kind="WOUND_CHECK"]'));
    await wound.getByTestId('follow-up-attended').click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.getByTestId('follow-up-recorded').innerText()).toContain(km('enums.FollowUpKind.WOUND_CHECK'));

    // A day-30 call that reached the family needs the patient's status.
    const call = rows.and(page.locator('[data-kind="DAY_30_CALL"]'));
    await call.getByTestId('follow-up-reached').click();
    expect(await call.getByRole('alert').innerText()).toMatch(KHMER);
    await call.getByTestId('follow-up-day30').selectOption('ALIVE');
    await call.getByTestId('follow-up-notes').fill('ញ៉ាំបាយបានល្អ គ្មានគ្រុនក្ដៅ');
    await call.getByTestId('follow-up-reached').click();
    await expect.poll(() => rows.count()).toBe(0);
    const outcomes = await sql<{ kind: string; status: string; day30_status: string | null }>(
      `select f.kind, f.status, f.day30_status from follow_up f join patient p on p.id = f.patient_id where p.family_name = 'Keo' order by f.kind`,
    );
    expect(outcomes).toEqual([
      { kind: 'DAY_30_CALL', status: 'ATTENDED', day30_status: 'ALIVE' },
      { kind: 'WOUND_CHECK', status: 'ATTENDED', day30_status: null },
    ]);
    expect(consoleErrors).toEqual([]);
  });

  it('lists children who missed treatment, abandonment before warning, with the family to call', async () => {
    await page.getByTestId('nav-oncology-alerts').click();
    await page.waitForURL('**/oncology/alerts');
    const alerts = page.getByTestId('alert-row');
    await expect.poll(() => alerts.count()).toBe(2);
    expect(await alerts.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-level')))).toEqual(['ABANDONMENT', 'WARNING']);
    expect(await alerts.first().innerText()).toContain('CHEA Vanna');
    expect(await alerts.first().innerText()).toContain(km('enums.OncologyAlertLevel.ABANDONMENT'));
    expect(await alerts.first().getByTestId('alert-days').innerText()).toBe(km('alerts.days_other', { count: 35 }));
    expect(await alerts.nth(1).getByTestId('alert-days').innerText()).toBe(km('alerts.days_other', { count: 23 }));
    expect(await alerts.first().getByTestId('alert-phone').count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(KHMER);
    await expectNoEnglish(page);
    await page.screenshot({ path: `${ARTIFACTS}/oncology-alerts-km.png` });
    expect(consoleErrors).toEqual([]);
  });
});
