/**
 * The source fields a shape's columns can show: one catalogue, used by the validator (unknown
 * field, field not on this kind of row), by the report builder (how a value is read and shown)
 * and by a shape editor (labels to pick from). Names are written as a municipality reads them:
 * `<what>.<field>`, e.g. "kontrollmoment.ansvarig", "uppfoljning.status".
 */
import type { RowSource } from './types';

/** How a field's value is shown. */
export type FieldKind =
  /** Plain text. */
  | 'text'
  /** Rich text (the safe HTML subset): paragraphs, lists, bold, italics. */
  | 'rich'
  /** A whole number. */
  | 'number'
  /** A date "YYYY-MM-DD", shown as the shape's `datumformat`. */
  | 'date'
  /** Several dates, joined by ", ". */
  | 'dates'
  /** A follow-up status, shown as the `statusvisning`. */
  | 'status'
  /** A risk level from a rating, shown as the `nivavisning` and shaded with the level's colour. */
  | 'level';

/** One field of the catalogue. */
export interface ReportFieldInfo {
  /** Swedish label for a shape editor, e.g. "Kontrollmomentets ansvarig". */
  readonly label: string;
  /** English label. */
  readonly labelEn: string;
  /** How the value is shown. */
  readonly kind: FieldKind;
  /** Kinds of row the field has a value on. */
  readonly rows: readonly RowSource[];
  /** True when the value belongs to a period (a follow-up): such columns may repeat per period. */
  readonly perPeriod: boolean;
}

const ALL_ROWS: readonly RowSource[] = ['kontrollmoment', 'atgard', 'risk', 'avvikelse'];
const KM_ROWS: readonly RowSource[] = ['kontrollmoment', 'avvikelse'];
const ATGARD_ROWS: readonly RowSource[] = ['atgard', 'avvikelse'];
const FOLLOW_UP_ROWS: readonly RowSource[] = ['kontrollmoment', 'atgard', 'risk', 'avvikelse'];

/** Builds one entry; keeps the table below readable. */
function field(label: string, labelEn: string, kind: FieldKind, rows: readonly RowSource[], perPeriod: boolean = false): ReportFieldInfo {
  return { label, labelEn, kind, rows, perPeriod };
}

/**
 * Every source field. On an avvikelse row, `kontrollmoment.*` and `atgard.*` are those of what
 * the avvikelse was found on (empty when it was found on something else), and `uppfoljning.*`
 * is the follow-up that found it.
 */
export const REPORT_FIELDS = {
  'risk.nr': field('Riskens nummer', 'Risk number', 'number', ALL_ROWS),
  'risk.titel': field('Riskens titel', 'Risk title', 'text', ALL_ROWS),
  'risk.beskrivning': field('Riskbeskrivning', 'Risk description', 'rich', ALL_ROWS),
  'risk.riskvarde': field('Ursprunglig risk för året', 'Original risk for the year', 'level', ALL_ROWS),
  'risk.sannolikhet': field('Sannolikhet', 'Likelihood', 'text', ALL_ROWS),
  'risk.konsekvens': field('Konsekvens', 'Consequence', 'text', ALL_ROWS),
  'risk.atgarder': field('Riskens åtgärder', 'The risk’s actions', 'rich', ALL_ROWS),
  'risk.uppfoljning.riskvarde': field('Periodens riskvärdering', 'The period’s risk rating', 'level', ALL_ROWS, true),
  'risk.uppfoljning.kommentar': field('Periodens riskanalys', 'The period’s risk analysis', 'rich', ALL_ROWS, true),
  'risk.uppfoljning.status': field('Riskens status i perioden', 'The risk’s status in the period', 'status', ALL_ROWS, true),
  'omrade.namn': field('Område (kontrollområde)', 'Area', 'text', ALL_ROWS),
  'omrade.beskrivning': field('Områdets beskrivning', 'Area description', 'text', ALL_ROWS),
  'kontrollmoment.nr': field('Kontrollmomentets nummer', 'Control number', 'number', KM_ROWS),
  'kontrollmoment.beskrivning': field('Kontrollmoment', 'Control', 'rich', KM_ROWS),
  'kontrollmoment.kortnamn': field('Kontrollmomentets kortnamn', 'Control short name', 'text', KM_ROWS),
  'kontrollmoment.kontrollmetod': field('Kontrollmetod', 'Control method', 'rich', KM_ROWS),
  'kontrollmoment.ansvarig': field('Ansvarig för kontrollmomentet', 'Control owner', 'text', KM_ROWS),
  'kontrollmoment.rapporteringsansvarig': field('Rapporteringsansvarig för kontrollmomentet', 'Control reporter', 'text', KM_ROWS),
  'kontrollmoment.frekvens': field('Frekvens', 'Frequency', 'text', KM_ROWS),
  'kontrollmoment.startdatum': field('Kontrollmomentets startdatum', 'Control start date', 'date', KM_ROWS),
  'kontrollmoment.avstamningsdatum': field('Kontrollmomentets avstämningsdatum', 'Control check-in dates', 'dates', KM_ROWS),
  'kontrollmoment.slutdatum': field('Kontrollmomentets slutdatum', 'Control end date', 'date', KM_ROWS),
  'atgard.beskrivning': field('Åtgärd', 'Action', 'text', ATGARD_ROWS),
  'atgard.detaljer': field('Åtgärdens detaljer', 'Action details', 'text', ATGARD_ROWS),
  'atgard.ansvarig': field('Ansvarig för åtgärden', 'Action owner', 'text', ATGARD_ROWS),
  'atgard.rapporteringsansvarig': field('Rapporteringsansvarig för åtgärden', 'Action reporter', 'text', ATGARD_ROWS),
  'atgard.startdatum': field('Åtgärdens startdatum', 'Action start date', 'date', ATGARD_ROWS),
  'atgard.avstamningsdatum': field('Åtgärdens avstämningsdatum', 'Action check-in dates', 'dates', ATGARD_ROWS),
  'atgard.slutdatum': field('Åtgärdens slutdatum', 'Action end date', 'date', ATGARD_ROWS),
  'atgard.status': field('Åtgärdens aktuella status', 'Action’s current status', 'status', ATGARD_ROWS),
  'uppfoljning.status': field('Status i perioden', 'Status in the period', 'status', FOLLOW_UP_ROWS, true),
  'uppfoljning.resultat': field('Resultat av granskning', 'Review result', 'text', FOLLOW_UP_ROWS, true),
  'uppfoljning.kommentar': field('Kommentar i perioden', 'Comment in the period', 'rich', FOLLOW_UP_ROWS, true),
  'uppfoljning.avvikelser': field('Avvikelser i perioden', 'Deviations in the period', 'rich', FOLLOW_UP_ROWS, true),
  'uppfoljning.avvikelseatgarder': field('Åtgärder för periodens avvikelser', 'Actions for the period’s deviations', 'rich', FOLLOW_UP_ROWS, true),
  'avvikelse.beskrivning': field('Avvikelse', 'Deviation', 'text', ['avvikelse']),
  'avvikelse.atgard': field('Åtgärd för avvikelsen', 'Action for the deviation', 'text', ['avvikelse']),
  'avvikelse.slutdatum': field('Avvikelsens slutdatum', 'Deviation end date', 'date', ['avvikelse']),
  'avvikelse.status': field('Avvikelsens status', 'Deviation status', 'status', ['avvikelse']),
  'avvikelse.galler': field('Vad avvikelsen gäller', 'What the deviation concerns', 'text', ['avvikelse'])
} as const;

/** The name of a source field, e.g. "uppfoljning.status". */
export type ReportFieldName = keyof typeof REPORT_FIELDS;

/** All field names, in catalogue order. */
export const REPORT_FIELD_NAMES: readonly ReportFieldName[] = Object.keys(REPORT_FIELDS) as ReportFieldName[];

/** True when the text names a field of the catalogue. */
export function isReportFieldName(name: unknown): name is ReportFieldName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(REPORT_FIELDS, name);
}

/** The catalogue entry of a field. */
export function reportFieldInfo(name: ReportFieldName): ReportFieldInfo {
  return REPORT_FIELDS[name];
}

/** Swedish names of the row kinds, for messages and a shape editor. */
export const ROW_SOURCE_LABELS: Readonly<Record<RowSource, { sv: string; en: string }>> = {
  kontrollmoment: { sv: 'kontrollmoment', en: 'controls' },
  atgard: { sv: 'åtgärder', en: 'actions' },
  risk: { sv: 'risker', en: 'risks' },
  avvikelse: { sv: 'avvikelser', en: 'deviations' }
};
