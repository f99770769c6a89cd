/**
 * Length limits of the stored fields, in one place: the validation checks them and the list
 * schema (src/data/schema) sizes its columns from them, so a value the model accepts always fits.
 */

/** SharePoint's maximum length of a single line of text (Text) column. */
export const SHAREPOINT_TEXT_MAX = 255;

/**
 * Maximum length of a multi-line (Note) column the app writes. SharePoint allows far more; the
 * limit keeps a follow-up table cell readable and the list item small.
 */
export const NOTE_MAX = 63999;

/** The kind of SharePoint column a model field is stored in. */
export type FieldColumnKind = 'Text' | 'Note';

/** Length limit of one model field and the column kind it maps to. */
export interface FieldLimit {
  /** Column kind: Text (single line, ≤ 255) or Note (multi-line, rich or plain). */
  kind: FieldColumnKind;
  /** Maximum number of characters. */
  maxLength: number;
}

/** Builds a Text column limit. */
function text(maxLength: number = SHAREPOINT_TEXT_MAX): FieldLimit {
  return { kind: 'Text', maxLength };
}

/** Builds a Note column limit. */
function note(maxLength: number = NOTE_MAX): FieldLimit {
  return { kind: 'Note', maxLength };
}

/**
 * Limits per entity and field (model field names). Text fields are at most 255 characters
 * (SharePoint's Text column); long prose goes to Note columns.
 */
export const FIELD_LIMITS = {
  plan: {
    namnd: text(),
    forvaltning: text(),
    diarienummer: text(50),
    titel: text()
  },
  omrade: {
    namn: text(),
    beskrivning: note()
  },
  risk: {
    titel: text(),
    beskrivning: note(),
    andringsorsak: text()
  },
  kontrollmoment: {
    beskrivning: note(),
    kortnamn: text(),
    kontrollmetod: note(),
    ansvarig: text(),
    rapporteringsansvarig: text(),
    frekvens: text(),
    andringsorsak: text()
  },
  atgard: {
    beskrivning: text(),
    detaljer: note(),
    ansvarig: text(),
    rapporteringsansvarig: text()
  },
  followUp: {
    kommentar: note()
  },
  avvikelse: {
    beskrivning: note(),
    atgard: note()
  },
  riskMatrix: {
    stepLabel: text(),
    levelLabel: text(),
    template: text()
  },
  period: {
    key: text(50),
    label: text()
  }
} as const;

/** Years a plan may be for. Outside this range a year is almost certainly a typing error. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;
