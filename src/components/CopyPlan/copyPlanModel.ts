/**
 * The copy dialog's view-model: the summary lines of what comes along and what stays, the
 * year typed as a number, and the validation issues placed at the dialog's two fields.
 */
import type { PlanCopySummary, ValidationIssue } from '../../model';
import { formatText } from '../i18n';
import type { IUiStrings } from '../i18n';

/** The dialog's fields. */
export type CopyField = 'ar' | 'diarienummer';

/** "1 område" or "4 områden". */
function count(n: number, one: string, many: string): string {
  return formatText(n === 1 ? one : many, { count: n });
}

/** What comes along, as list items. */
export function carriedLines(summary: PlanCopySummary, strings: IUiStrings): string[] {
  const risker = count(summary.risker, strings.copyRiskerOne, strings.copyRiskerMany);
  return [
    count(summary.omraden, strings.copyOmradenOne, strings.copyOmradenMany),
    summary.reRated > 0 ? `${risker} ${formatText(strings.copyReRated, { count: summary.reRated })}` : risker,
    count(summary.kontrollmoment, strings.copyKontrollmomentOne, strings.copyKontrollmomentMany),
    count(summary.atgarder, strings.copyAtgarderOne, strings.copyAtgarderMany)
  ];
}

/** What stays in this year's plan, as list items (none when nothing stays). */
export function leftBehindLines(summary: PlanCopySummary, strings: IUiStrings): string[] {
  const lines: string[] = [];
  if (summary.uppfoljningar > 0) {
    lines.push(count(summary.uppfoljningar, strings.copyUppfoljningarOne, strings.copyUppfoljningarMany));
  }
  if (summary.avvikelser > 0) {
    lines.push(count(summary.avvikelser, strings.copyAvvikelserOne, strings.copyAvvikelserMany));
  }
  if (summary.closedAtgarder > 0) {
    lines.push(count(summary.closedAtgarder, strings.copyClosedAtgarderOne, strings.copyClosedAtgarderMany));
  }
  return lines;
}

/** The typed year as a number; undefined when empty, NaN when not a number. */
export function parseYear(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : /^-?\d+$/.test(trimmed) ? Number(trimmed) : NaN;
}

/** Issues at the dialog's fields; the rest are shown above the buttons. */
export function issuesByField(issues: ValidationIssue[]): { ar: ValidationIssue[]; diarienummer: ValidationIssue[]; other: ValidationIssue[] } {
  return {
    ar: issues.filter((issue) => issue.field === 'kopia.ar' || issue.field === 'plan.ar'),
    diarienummer: issues.filter((issue) => issue.field === 'plan.diarienummer'),
    other: issues.filter((issue) => ['kopia.ar', 'plan.ar', 'plan.diarienummer'].indexOf(issue.field) < 0)
  };
}
