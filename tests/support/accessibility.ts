import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** What the definition of done asks for: WCAG 2.0–2.2 levels A and AA, and axe's best practices. */
export const AUDIT_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** One readable block per rule: id, impact, what it asks, and each offending element's selector. */
export function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`)
        .join('\n');
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

export interface AuditOptions {
  /** CSS selectors of elements to leave out, each with the reason in the calling code. */
  exclude?: string[];
}

/** Impacts that fail an audit: what the definition of done names (no serious or critical violation). */
export const FAILING_IMPACTS = ['serious', 'critical'] as const;

/**
 * Runs axe-core (bundled with the tests, never from a CDN) on the page as it is now and returns
 * every violation, whatever its impact.
 */
export async function auditPage(page: Page, options: AuditOptions = {}): Promise<Violation[]> {
  // Let fonts and transitions settle so colours and names are the final ones: the fonts loaded,
  // every finite animation or transition running now at its end (a drawer sliding in, a fade;
  // at most 2 s), and a frame painted after that. Waiting on these instead of a fixed pause
  // waits as long as the page needs and no longer.
  await page.evaluate(async () => {
    await document.fonts.ready;
    const finite = document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
    const settled = Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 2_000))]);
  });
  await paintedFrames(page, 100);
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  // Evaluated by the browser's debugging protocol, as the test's own code: the page's policy
  // refuses inline <script> tags (addScriptTag), as it should.
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ tags, exclude }) => {
      const axeRun = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axeRun.run(
        (exclude.length ? { exclude: exclude.map((selector) => [selector]) } : document) as never,
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      );
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    },
    { tags: [...AUDIT_TAGS], exclude: options.exclude ?? [] },
  );
}

/**
 * Waits until the page has painted two frames (a layout after a change done), or `maxMs`: a page
 * the browser stops painting (throttled under load) would never run them.
 */
export async function paintedFrames(page: Page, maxMs: number): Promise<void> {
  await page.evaluate((ms) => new Promise<void>((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    setTimeout(resolve, ms);
  }), maxMs);
}

/** Runs axe-core on the page as it is now and fails with the list of violations. `context` names the screen in the failure message. */
export async function expectAccessible(page: Page, context = page.url(), options: AuditOptions = {}): Promise<void> {
  const violations = await auditPage(page, options);
  if (violations.length > 0) {
    throw new Error(`Accessibility violations on ${context} (${violations.length} rules):\n${describeViolations(violations)}`);
  }
}
