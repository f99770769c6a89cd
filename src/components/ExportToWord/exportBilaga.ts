/**
 * The report of a plan, period and shape as a bilaga (.docx): the one report model rendered in
 * the `bilaga` layout, with nämnd, plan, period and diarienummer above the tables. This module
 * brings the docx library; the export dialog loads it on demand, so it is a chunk of its own.
 */
import type { PlanView } from '../../data/InternkontrollService';
import { buildReport } from '../../reports/build/buildReport';
import { renderReportDocx } from '../../reports/docx/renderReportDocx';
import type { ReportModel } from '../../reports/model/types';
import type { ReportShape } from '../../reports/shape/types';
import type { ReportApproval } from '../../approvals/reportApproval';

/** The MIME type of a .docx. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file to download. */
export interface BilagaFile {
  /** File name, e.g. "Socialnämnden 2022 Tertial 2 – Status per tertial.docx". */
  readonly name: string;
  /** The .docx. */
  readonly bytes: Uint8Array;
  /** The approval the bilaga states under its tables; undefined when none was read. */
  readonly approval?: ReportApproval;
}

/** The steps of an export, for progress. */
export type BilagaStep = 'building' | 'rendering';

/** Characters Windows, macOS and SharePoint refuse in file names (control characters go too, below). */
const UNSAFE_FILE_CHARS = /[\\/:*?"<>|#%]+/g;

/** The text without control characters. */
function withoutControls(text: string): string {
  return Array.from(text)
    .map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch))
    .join('');
}

/** The file name of a report: plan, period and shape, safe on every system. */
export function bilagaFileName(report: ReportModel): string {
  const name = withoutControls(`${report.plan.namnd} ${report.plan.ar} ${report.period.label} – ${report.shapeName}`)
    .replace(UNSAFE_FILE_CHARS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${name || 'Bilaga'}.docx`;
}

/** Lets the browser paint the progress before the next long step. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Builds the report model and renders it as a bilaga, with the approval line `approvalOf` gives
 * for that report under its tables. `onStep` is told before each step.
 * Rejects with the report's `ReportError` (Swedish `message`, English `messageEn`) for a period
 * the plan lacks or a shape that does not validate.
 */
export async function renderBilaga(
  view: PlanView,
  periodKey: string,
  shape: ReportShape,
  options: { datum?: string; onStep?: (step: BilagaStep) => void; approvalOf?: (report: ReportModel) => Promise<ReportApproval | undefined> } = {}
): Promise<BilagaFile> {
  options.onStep?.('building');
  await nextFrame();
  const report = buildReport(view, periodKey, shape, { datum: options.datum });
  // The approval of exactly this report (its shape and content), so the line never claims more.
  const approval = options.approvalOf ? await options.approvalOf(report) : undefined;
  options.onStep?.('rendering');
  await nextFrame();
  const bytes = await renderReportDocx(report, { layout: 'bilaga', ...(approval ? { approvalLine: approval.line } : {}) });
  return { name: bilagaFileName(report), bytes, ...(approval ? { approval } : {}) };
}
