import { Role, addDays, bodySurfaceArea, hospitalDate } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import type { HttpApp } from '../support/http-app.js';

/**
 * The oncologist keeps the protocol library on screen: a child with Burkitt lymphoma has no
 * protocol, so the oncologist adds one from "Start a treatment plan", starts the child's plan
 * from it with a height and weight, sees the doses the formula gives, and the missed first
 * doses raise the abandonment warning at 21 days. Then the protocol is retired.
 */
describe('the protocol library in a real browser', () => {
  let app: BrowserApp;
  let api: HttpApp;
  let page: Page;
  let patientPath = '';
  const today = hospitalDate(new Date());
  // Day 0 of the plan, 21 days ago: its first doses, never given, are 21 days past.
  const startDate = addDays(today, -21);
  const heightCm = 120;
  const weightKg = 22;
  const user = 'browser.protocols';
  const consoleErrors: string[] = [];

  // The protocol typed on screen, and the doses its formula gives this child.
  const cyclophosphamidePerKg = 40;
  const vincristinePerM2 = 1.5;
  const vincristineCap = 2;
  const bsa = bodySurfaceArea(heightCm, weightKg);
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const expectedCyclophosphamide = round2(cyclophosphamidePerKg * weightKg);
  const expectedVincristine = round2(Math.min(vincristinePerM2 * bsa, vincristineCap));

  async function selectByText(testId: string, text: string) {
    const select = page.getByTestId(testId);
    const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
    if (!value) throw new Error(`${testId} has no option “${text}”`);
    await select.selectOption(value);
  }

  /** Fills dose `i` of the form. */
  async function fillDose(i: number, dose: { drug: string; day: number; amount: number; basis: 'PER_M2' | 'PER_KG'; cap?: number }) {
    const row = page.getByTestId('protocol-form-dose').nth(i);
    await row.getByTestId('dose-drug').fill(dose.drug);
    await row.getByTestId('dose-day').fill(String(dose.day));
    await row.getByTestId('dose-amount').fill(String(dose.amount));
    await row.getByTestId('dose-basis').selectOption(dose.basis);
    if (dose.cap !== undefined) await row.getByTestId('dose-cap').fill(String(dose.cap));
  }

  /** The planned dose of the first dose of `drug`, as the record form shows it before anything is typed. */
  async function plannedDoseOf(drug: string): Promise<number> {
    await page.locator(`button[data-testid="dose-chip"][data-drug="${drug}"]`).first().click();
    const form = page.getByTestId('record-administration-form');
    await form.waitFor();
    const value = Number(await page.getByTestId('record-dose').inputValue());
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    return value;
  }

  beforeAll(async () => {
    app = await startBrowserApp({ errors: consoleErrors });
    ({ api } = app);
    await api.userWithRoles([Role.ONCOLOGY], user);
    const registered = await api.gql<{ registerPatient: { id: string } }>(
      `mutation { registerPatient(input: {
         familyName: "Chea", givenName: "Vanna", familyNameKhmer: "ជា", givenNameKhmer: "វណ្ណា",
         sex: FEMALE, birthDate: "2019-02-11", provinceCode: 3, phones: [],
         guardian: { name: "Chea Sokha", relation: MOTHER, phones: ["097 765 4321"] } }) { id } }`,
    );
    expect(registered.errors).toBeUndefined();
    const patientId = registered.data!.registerPatient.id;
    const diagnosed = await api.gql(
      `mutation ($id: ID!, $on: LocalDate!) { recordOncologyDiagnosis(input: {
         patientId: $id, cancerType: BURKITT_LYMPHOMA, basis: HISTOLOGY, diagnosedOn: $on, stageScheme: TORONTO_TIER_1, stage: "Limited" }) { id } }`,
      { id: patientId, on: addDays(today, -25) },
    );
    expect(diagnosed.errors).toBeUndefined();
    patientPath = `/patients/${encodeURIComponent(patientId)}`;
  });

  afterAll(() => app?.close());

  it('no protocol fits the child\'s cancer: "Start a treatment plan" leads to a new protocol for it', async () => {
    page = await app.signIn(user, { path: patientPath });
    await page.waitForURL(`**${patientPath}`);
    await page.getByTestId('plan-open').click();
    await page.getByTestId('plan-no-protocol').waitFor();
    await page.getByTestId('plan-add-protocol').click();
    await page.waitForURL('**/oncology/protocols/new?cancerType=BURKITT_LYMPHOMA');
    await page.getByTestId('protocol-form').waitFor();
    expect(await page.getByTestId('protocol-form-cancer').inputValue()).toBe('BURKITT_LYMPHOMA');
    await expectAccessible(page, 'new protocol form');
  });

  it('creates the protocol on screen; a dose outside its phase is refused next to its day', async () => {
    await page.getByTestId('protocol-form-name').fill('Burkitt: cyclophosphamide and vincristine');
    await page.getByTestId('protocol-form-code').fill('test-burkitt-cv');
    await page.getByTestId('phase-name').first().fill('Treatment');
    await page.getByTestId('phase-start').first().fill('0');
    await page.getByTestId('phase-end').first().fill('13');
    await fillDose(0, { drug: 'Cyclophosphamide', day: 0, amount: cyclophosphamidePerKg, basis: 'PER_KG' });
    await page.getByTestId('phase-add-dose').first().click();
    await fillDose(1, { drug: 'Vincristine', day: 0, amount: vincristinePerM2, basis: 'PER_M2', cap: vincristineCap });
    await page.getByTestId('phase-add-dose').first().click();
    await fillDose(2, { drug: 'Vincristine', day: 20, amount: vincristinePerM2, basis: 'PER_M2', cap: vincristineCap });

    await page.getByTestId('protocol-form-submit').click();
    const day = page.getByTestId('protocol-form-dose').nth(2).getByTestId('dose-day');
    await expect.poll(() => day.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('protocol-form').innerText()).toContain('Vincristine on day 20 is outside phase 1 (days 0–13)');

    await day.fill('7');
    await page.getByTestId('protocol-form-submit').click();
    await page.getByTestId('protocol-name').waitFor();
    expect(await page.getByTestId('protocol-name').innerText()).toBe('Burkitt: cyclophosphamide and vincristine');
    expect(await page.getByTestId('protocol-state').first().getAttribute('data-state')).toBe('CURRENT');
    expect(await page.getByTestId('protocol-doses').innerText()).toMatch(/Cyclophosphamide[\s\S]*40 mg\/kg[\s\S]*Vincristine[\s\S]*1\.5 mg\/m²/);
    await expectAccessible(page, 'protocol');

    // The library lists it as current, beside the examples.
    await page.getByTestId('oncology-nav-protocols').click();
    const row = page.locator('[data-testid="protocol-row"][data-code="TEST-BURKITT-CV"]');
    await row.waitFor();
    expect(await row.getByTestId('protocol-state').getAttribute('data-state')).toBe('CURRENT');
    expect(await row.getByTestId('protocol-example').count()).toBe(0);
    expect(await page.locator('[data-testid="protocol-row"][data-code="SIOP-WILMS-LOCALISED-PREOP"]').getByTestId('protocol-example').count()).toBe(1);
  });

  it('starts the child\'s plan from it and plans the doses the formula gives for the height and weight', async () => {
    await page.goto(`${api.url}${patientPath}`);
    await page.getByTestId('plan-open').click();
    expect(await page.getByTestId('plan-no-protocol').count()).toBe(0);
    await selectByText('plan-protocol', 'TEST-BURKITT-CV');
    await page.getByTestId('plan-start-date').fill(startDate);
    await page.getByTestId('plan-height').fill(String(heightCm));
    await page.getByTestId('plan-weight').fill(String(weightKg));
    await expect.poll(() => page.getByTestId('plan-bsa').innerText()).toContain(bsa.toFixed(2));
    await page.getByTestId('plan-review').click();
    await page.getByTestId('plan-confirm-submit').click();
    await page.getByTestId('treatment-calendar').waitFor();

    expect(await plannedDoseOf('Cyclophosphamide')).toBe(expectedCyclophosphamide);
    expect(await plannedDoseOf('Vincristine')).toBe(expectedVincristine);
  });

  it('the missed first doses raise the abandonment warning at 21 days', async () => {
    await page.getByTestId('nav-oncology-alerts').click();
    await page.waitForURL('**/oncology/alerts');
    const row = page.getByTestId('alert-row').filter({ hasText: 'Vanna' });
    await row.waitFor();
    expect(await row.getAttribute('data-level')).toBe('WARNING');
    expect(await row.getByTestId('alert-days').innerText()).toContain('21');
  });

  it('retires the protocol after confirmation: no longer offered, the child\'s plan goes on', async () => {
    await page.getByTestId('oncology-nav-protocols').click();
    await page.locator('[data-testid="protocol-row"][data-code="TEST-BURKITT-CV"]').getByRole('link').click();
    await page.getByTestId('protocol-retire').click();
    await page.getByTestId('retire-confirm').click();
    expect(await page.getByTestId('retire-reason').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('retire-reason').fill('Replaced by the hospital\'s own regimen');
    await page.getByTestId('retire-confirm').click();
    await page.getByTestId('protocol-retired').waitFor();
    expect(await page.getByTestId('protocol-state').first().getAttribute('data-state')).toBe('RETIRED');

    await page.getByTestId('oncology-nav-protocols').click();
    await page.getByTestId('protocol-row').first().waitFor();
    // The list may show what it held before the retirement for a moment, until its refetch lands.
    await page.locator('[data-testid="protocol-row"][data-code="TEST-BURKITT-CV"]').waitFor({ state: 'detached' });
    // The switch keeps its state in the address (a navigation, so it turns on a moment later).
    await page.getByTestId('protocol-show-retired').click({ force: true });
    await page.waitForURL('**/oncology/protocols?retired=1');
    await page.locator('[data-testid="protocol-row"][data-code="TEST-BURKITT-CV"]').waitFor();

    await page.goto(`${api.url}${patientPath}`);
    await page.getByTestId('treatment-calendar').waitFor();
    expect(await page.locator('[data-testid="dose-chip"][data-drug="Vincristine"]').count()).toBe(2);
    expect(consoleErrors).toEqual([]);
  });
});
