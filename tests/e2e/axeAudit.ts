import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, read once. */
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One failing axe rule with the elements it failed on (CSS selectors) and why. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  /** axe's explanation for the first element (e.g. the contrast ratio found). */
  why: string;
}

/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on what the page shows now
 * and returns its serious and critical violations. axe is loaded with
 * `page.evaluate`, which the page's Content-Security-Policy does not govern
 * (the server allows no inline or injected scripts).
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
        why: v.nodes[0]?.failureSummary ?? '',
      }));
  });
}

/** How many elements fail, over all findings. */
export function failingElements(findings: readonly AxeFinding[]): number {
  return findings.reduce((sum, f) => sum + f.targets.length, 0);
}
