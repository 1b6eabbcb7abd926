import 'axe-core/axe.min.js';
import type * as Axe from 'axe-core';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules) on `el`, shadow roots included, and fails with
 * every violation and the nodes it found. `region` is off: a fixture is not a whole page.
 */
export async function expectAccessible(el: Element, options: Axe.RunOptions = {}): Promise<void> {
  const results = await window.axe.run(el, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    rules: { region: { enabled: false } },
    resultTypes: ['violations'],
    ...options,
  });
  if (results.violations.length === 0) return;
  const report = results.violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n` +
        v.nodes.map((n) => `  at ${n.target.join(' ')}\n    ${n.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
  throw new Error(`${results.violations.length} accessibility violation(s):\n${report}`);
}
