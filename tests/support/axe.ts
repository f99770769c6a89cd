/**
 * axe-core in jsdom with the WCAG 2.1 A/AA rules. Colour contrast needs a layout engine, so it
 * is off here and checked in the browser tests.
 */
import axe from 'axe-core';

/** The WCAG 2.1 A/AA violations in `context` (the whole document by default), one line each. */
export async function wcagViolations(context: Element = document.body): Promise<string[]> {
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } }
  });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
