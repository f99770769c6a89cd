/**
 * The value of one source field on one row in one period: paragraphs to show, shading for
 * risk levels, and a key to sort on. The only place that knows where each field of the
 * catalogue (shape/fields.ts) comes from in the plan.
 */
import type { FollowUpStatus } from '../../model/choices';
import { FOLLOW_UP_STATUSES } from '../../model/choices';
import { richTextToPlainText } from '../../model/richText';
import type { RiskRating } from '../../model/riskMatrix';
import type { FollowUp } from '../../model/types';
import type { ReportParagraph, ReportShading } from '../model/types';
import { REPORT_FIELDS, ReportFieldName } from '../shape/fields';
import type { DateFormat, LevelDisplay, StatusDisplay, StatusSymbols } from '../shape/types';
import { formatLevel, formatStatus, formatSwedishDate } from './format';
import { paragraphsText, plainTextParagraphs, richTextParagraphs } from './paragraphs';
import type { PlanIndex, RowContext } from './planIndex';

/** How values show, from the shape, table and column. */
export interface ValueStyle {
  /** Date format. */
  dates: DateFormat;
  /** Status display. */
  status: StatusDisplay;
  /** Status symbols. */
  symbols: StatusSymbols | undefined;
  /** Level display. */
  level: LevelDisplay;
  /** Shade level cells. */
  levelColour: boolean;
}

/** One field's value on a row. */
export interface FieldValue {
  /** What to show; empty when the field has no value. */
  paragraphs: ReportParagraph[];
  /** Shading of a risk level. */
  shading?: ReportShading;
  /** Sort key: number or text; undefined sorts last. */
  sortKey?: number | string;
}

const EMPTY: FieldValue = { paragraphs: [] };

/** Text value. */
function text(value: string | undefined): FieldValue {
  const paragraphs = plainTextParagraphs(value);
  return paragraphs.length === 0 ? EMPTY : { paragraphs, sortKey: paragraphsText(paragraphs).toLocaleLowerCase('sv-SE') };
}

/** Rich-text value. */
function rich(value: string | undefined): FieldValue {
  const paragraphs = richTextParagraphs(value);
  return paragraphs.length === 0 ? EMPTY : { paragraphs, sortKey: paragraphsText(paragraphs).toLocaleLowerCase('sv-SE') };
}

/** Number value. */
function numberValue(value: number | undefined): FieldValue {
  return value === undefined ? EMPTY : { paragraphs: [{ runs: [{ text: String(value) }] }], sortKey: value };
}

/** Date value. */
function date(value: string | undefined, style: ValueStyle): FieldValue {
  return value === undefined || value === '' ? EMPTY : { paragraphs: [{ runs: [{ text: formatSwedishDate(value, style.dates) }] }], sortKey: value };
}

/** Several dates joined by ", " (seed 004: "2022-05-01, 2022-09-01"). */
function dates(values: readonly string[] | undefined, style: ValueStyle): FieldValue {
  const shown = (values ?? []).filter((value) => value !== '');
  return shown.length === 0 ? EMPTY : { paragraphs: [{ runs: [{ text: shown.map((value) => formatSwedishDate(value, style.dates)).join(', ') }] }], sortKey: shown[0] };
}

/** Status value; sorts in work order. */
function status(value: FollowUpStatus | undefined, style: ValueStyle): FieldValue {
  if (value === undefined) {
    return EMPTY;
  }
  const order = FOLLOW_UP_STATUSES.map((option) => option.value).indexOf(value);
  return { paragraphs: [{ runs: [{ text: formatStatus(value, style.status, style.symbols) }] }], sortKey: order };
}

/** Paragraphs of several texts, one paragraph (or more) each. */
function list(values: ReadonlyArray<string | undefined>): FieldValue {
  const paragraphs = values.reduce<ReportParagraph[]>((all, value) => all.concat(plainTextParagraphs(value)), []);
  return paragraphs.length === 0 ? EMPTY : { paragraphs, sortKey: paragraphsText(paragraphs).toLocaleLowerCase('sv-SE') };
}

/** The value of a field on a row, with period-dependent fields read for `periodKey`. */
export function fieldValue(index: PlanIndex, row: RowContext, field: ReportFieldName, periodKey: string, style: ValueStyle): FieldValue {
  const matrix = index.data.plan.riskMatrix;
  const risk = row.risk;
  const km = row.kontrollmoment;
  const atgard = row.atgard;
  // Looked up only by the fields that need them: a report reads many cells.
  const target = row.target;
  const ownFollowUp = (): FollowUp | undefined => (target !== undefined ? index.followUp(target.type, target.key, periodKey) : undefined);
  const riskFollowUp = (): FollowUp | undefined => (risk !== undefined ? index.followUp('risk', risk.key, periodKey) : undefined);
  const level = (rating: RiskRating | undefined): FieldValue => {
    if (rating === undefined || rating.sannolikhet === undefined || rating.konsekvens === undefined) {
      return EMPTY;
    }
    const formatted = formatLevel(matrix, rating, style.level);
    const value: FieldValue = { paragraphs: [{ runs: [{ text: formatted.text }] }], sortKey: formatted.value };
    if (style.levelColour && formatted.shading !== undefined) {
      value.shading = formatted.shading;
    }
    return value;
  };
  const omrade = risk !== undefined && risk.omradeKey !== undefined ? index.omraden.get(risk.omradeKey) : undefined;
  switch (field) {
    case 'risk.nr':
      return numberValue(risk?.nr);
    case 'risk.titel':
      return text(risk?.titel);
    case 'risk.beskrivning':
      return rich(risk?.beskrivning);
    case 'omrade.namn':
      return text(omrade?.namn);
    case 'omrade.beskrivning':
      return text(omrade?.beskrivning);
    case 'risk.riskvarde':
      return risk !== undefined && risk.sannolikhet !== undefined && risk.konsekvens !== undefined
        ? level({ sannolikhet: risk.sannolikhet, konsekvens: risk.konsekvens })
        : EMPTY;
    case 'risk.sannolikhet':
      return text(risk?.sannolikhet !== undefined ? matrix.sannolikhet[risk.sannolikhet - 1]?.label : undefined);
    case 'risk.konsekvens':
      return text(risk?.konsekvens !== undefined ? matrix.konsekvens[risk.konsekvens - 1]?.label : undefined);
    case 'risk.atgarder':
      return list((risk !== undefined ? index.atgarderByRisk.get(risk.key) ?? [] : []).map((item) => (item.detaljer !== undefined && item.detaljer.trim() !== '' ? item.detaljer : item.beskrivning)));
    case 'risk.uppfoljning.riskvarde':
      return level(riskFollowUp()?.riskvardering);
    case 'risk.uppfoljning.kommentar':
      return rich(riskFollowUp()?.kommentar);
    case 'risk.uppfoljning.status':
      return status(riskFollowUp()?.status, style);
    case 'kontrollmoment.nr':
      return numberValue(km?.nr);
    case 'kontrollmoment.beskrivning':
      return rich(km?.beskrivning);
    case 'kontrollmoment.kortnamn':
      return text(km?.kortnamn !== undefined ? richTextToPlainText(km.kortnamn) : undefined);
    case 'kontrollmoment.kontrollmetod':
      return rich(km?.kontrollmetod);
    case 'kontrollmoment.ansvarig':
      return text(km?.ansvarig);
    case 'kontrollmoment.rapporteringsansvarig':
      return text(km?.rapporteringsansvarig);
    case 'kontrollmoment.frekvens':
      return text(km?.frekvens);
    case 'kontrollmoment.startdatum':
      return date(km?.startdatum, style);
    case 'kontrollmoment.avstamningsdatum':
      return dates(km?.avstamningsdatum, style);
    case 'kontrollmoment.slutdatum':
      return date(km?.slutdatum, style);
    case 'atgard.beskrivning':
      return text(atgard?.beskrivning);
    case 'atgard.detaljer':
      return text(atgard?.detaljer);
    case 'atgard.ansvarig':
      return text(atgard?.ansvarig);
    case 'atgard.rapporteringsansvarig':
      return text(atgard?.rapporteringsansvarig);
    case 'atgard.startdatum':
      return date(atgard?.startdatum, style);
    case 'atgard.avstamningsdatum':
      return dates(atgard?.avstamningsdatum, style);
    case 'atgard.slutdatum':
      return date(atgard?.slutdatum, style);
    case 'atgard.status':
      return status(atgard?.status, style);
    case 'uppfoljning.status':
      return status(ownFollowUp()?.status, style);
    case 'uppfoljning.resultat':
      return text(ownFollowUp()?.resultat);
    case 'uppfoljning.kommentar':
      return rich(ownFollowUp()?.kommentar);
    case 'uppfoljning.avvikelser':
      return list(index.avvikelserOf(ownFollowUp()).map((item) => item.beskrivning));
    case 'uppfoljning.avvikelseatgarder':
      return list(index.avvikelserOf(ownFollowUp()).map((item) => item.atgard));
    case 'avvikelse.beskrivning':
      return text(row.avvikelse?.beskrivning);
    case 'avvikelse.atgard':
      return text(row.avvikelse?.atgard);
    case 'avvikelse.slutdatum':
      return date(row.avvikelse?.slutdatum, style);
    case 'avvikelse.status':
      return status(row.avvikelse?.status, style);
    case 'avvikelse.galler':
      return text(concerns(row));
    default:
      return assertNever(field);
  }
}

/** "Kontrollmoment 3: uppföljning av insatser", "Åtgärd: …" or "Risk 2: …" for an avvikelse row. */
function concerns(row: RowContext): string | undefined {
  if (row.kontrollmoment !== undefined) {
    const name = row.kontrollmoment.kortnamn !== undefined ? richTextToPlainText(row.kontrollmoment.kortnamn) : richTextToPlainText(row.kontrollmoment.beskrivning);
    return `Kontrollmoment ${row.kontrollmoment.nr}: ${name}`;
  }
  if (row.atgard !== undefined) {
    return `Åtgärd: ${row.atgard.beskrivning}`;
  }
  return row.risk !== undefined ? `Risk ${row.risk.nr}: ${row.risk.titel}` : undefined;
}

/** Compile-time check that every field of the catalogue is read above. */
function assertNever(field: never): FieldValue {
  throw new Error(`Fältet saknar läsare / field without reader: ${String(field)} (${Object.keys(REPORT_FIELDS).length} fält)`);
}
