/**
 * What the browser bundle of the browser test exposes: the report module and one demo plan,
 * bundled by esbuild for the browser platform (tests/reports/browser.test.ts).
 */
import { createSeed002 } from '../../local/demo/seed002-amn-2024';
import { buildReport, builtInShape, renderReportDocx } from '../../src/reports';

/** Builds seed 002's report and renders it as a fragment, as the Word task pane would. */
export async function renderSeed002(): Promise<{ bytes: Uint8Array; summary: string; rows: number }> {
  const demo = createSeed002();
  const shape = builtInShape('granskningssammanfattning');
  if (shape === undefined) {
    throw new Error('shape missing');
  }
  const report = buildReport(demo.data, demo.reportPeriodKey, shape, { datum: '2024-09-10' });
  const bytes = await renderReportDocx(report, { layout: 'fragment', includeSummary: true });
  return { bytes, summary: report.summary.text, rows: report.tables[0].dataRowCount };
}
