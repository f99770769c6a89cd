/**
 * Att rapportera's view-model: how a duty reads — its state with the overdue days, what it is
 * ("Kontrollmoment 2: Jävsdeklarationer"), the person's roles, the period — and the counts
 * line ("2 försenade · 1 att rapportera · 1 rapporterad").
 */
import type { DutyRole, DutyState, ReportingOccasion } from '../../model';
import { formatText } from '../i18n';
import type { IUiStrings } from '../i18n';

/** The state as a badge text: "Försenad", "Att rapportera", "Rapporterad". */
export function dutyStateLabel(state: DutyState, strings: IUiStrings): string {
  return state === 'forsenad' ? strings.dutyOverdue : state === 'att-rapportera' ? strings.dutyToReport : strings.dutyReported;
}

/** How late a försenad duty is: "41 dagar efter periodens slut" (1 dag). */
export function overdueText(days: number, strings: IUiStrings): string {
  return formatText(days === 1 ? strings.dutyOverdueDaysOne : strings.dutyOverdueDaysMany, { days });
}

/** What the duty is about: "Kontrollmoment 2: Jävsdeklarationer" or "Åtgärd: Ny attestrutin". */
export function dutyItemText(occasion: ReportingOccasion, strings: IUiStrings): string {
  const text = occasion.item.text.length > 90 ? `${occasion.item.text.slice(0, 89)}…` : occasion.item.text;
  return occasion.item.kind === 'kontrollmoment'
    ? formatText(strings.dutyKontrollmoment, { nr: occasion.item.nr ?? '', text })
    : formatText(strings.dutyAtgard, { text });
}

/** The person's roles: "Ansvarig", "Rapporteringsansvarig", or both. */
export function dutyRolesText(roles: DutyRole[], strings: IUiStrings): string {
  return roles.map((role) => (role === 'ansvarig' ? strings.dutyRoleAnsvarig : strings.dutyRoleRapportering)).join(', ');
}

/** The period with its dates: "Tertial 1 (2024-01-01–2024-04-30)". */
export function dutyPeriodText(occasion: ReportingOccasion, strings: IUiStrings): string {
  return formatText(strings.dutyPeriod, { period: occasion.period.label, start: occasion.period.start, end: occasion.period.end });
}

/** The counts: "2 försenade · 1 att rapportera · 1 rapporterad"; states with none are left out. */
export function dutyCountsText(counts: Record<DutyState, number>, strings: IUiStrings): string {
  const parts: string[] = [];
  if (counts.forsenad > 0) {
    parts.push(formatText(counts.forsenad === 1 ? strings.dutyCountOverdueOne : strings.dutyCountOverdueMany, { count: counts.forsenad }));
  }
  if (counts['att-rapportera'] > 0) {
    parts.push(formatText(strings.dutyCountToReport, { count: counts['att-rapportera'] }));
  }
  if (counts.rapporterad > 0) {
    parts.push(formatText(counts.rapporterad === 1 ? strings.dutyCountReportedOne : strings.dutyCountReportedMany, { count: counts.rapporterad }));
  }
  return parts.length > 0 ? parts.join(' · ') : strings.dutyCountNone;
}
