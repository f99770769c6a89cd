/**
 * `npm run render:report-image`: draws the first page of seed 002's demo report in the
 * `granskningssammanfattning` shape, as a bilaga, to docs/images/granskningssammanfattning.png
 * (the picture in the README), through the same LibreOffice and poppler steps the render tests
 * take.
 */
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createSeed002 } from '../local/demo';
import { buildReport, builtInShape, renderReportDocx } from '../src/reports';
import { convertToPdf, missingRenderTools, pdfPageToPng } from './libreoffice';

/** Where the picture goes. */
export const REPORT_IMAGE = resolve(__dirname, '..', 'docs', 'images', 'granskningssammanfattning.png');

async function main(): Promise<void> {
  const missing = missingRenderTools();
  if (missing.length > 0) {
    throw new Error(`saknar ${missing.join(', ')}: apt-get install libreoffice-writer-nogui poppler-utils`);
  }
  const demo = createSeed002();
  const shape = builtInShape('granskningssammanfattning');
  if (shape === undefined) {
    throw new Error('rapportformen granskningssammanfattning saknas');
  }
  const report = buildReport(demo.data, demo.reportPeriodKey, shape, { datum: demo.report.datum });
  const dir = mkdtempSync(join(tmpdir(), 'ik-image-'));
  try {
    const docx = join(dir, 'granskningssammanfattning.docx');
    writeFileSync(docx, await renderReportDocx(report, { layout: 'bilaga', handlaggare: demo.report.handlaggare }));
    const [pdf] = await convertToPdf([docx], dir);
    renameSync(pdfPageToPng(pdf, 1, join(dir, 'page'), 80), REPORT_IMAGE);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Skrev ${REPORT_IMAGE}`);
}

main().catch((error: unknown) => {
  console.error(`Kunde inte rita bilden / could not draw the image: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
