/**
 * The task pane's texts, Swedish first with English alongside (same keys and `{name}`
 * placeholders), chosen by the host's UI language as the shared components choose theirs.
 */

/** Every text the task pane shows. */
export interface ITaskPaneStrings {
  language: 'sv' | 'en';
  title: string;
  intro: string;
  loading: string;
  planLabel: string;
  planPlaceholder: string;
  periodLabel: string;
  shapeLabel: string;
  shapeOwn: string;
  includeSummary: string;
  previewHeading: string;
  previewEmpty: string;
  previewLoading: string;
  insert: string;
  insertSummary: string;
  inserting: string;
  inserted: string;
  insertedSummary: string;
  documentHeading: string;
  documentIntro: string;
  refresh: string;
  refreshing: string;
  refreshProgress: string;
  refreshed: string;
  refreshNothing: string;
  refreshKept: string;
  refreshUnknown: string;
  refreshFailed: string;
  editedTitle: string;
  editedIntro: string;
  editedKeep: string;
  editedContinue: string;
  editedKeepAll: string;
  error: string;
  stepReading: string;
  stepLoading: string;
  stepBuilding: string;
  stepAsking: string;
  stepWriting: string;
}

export const TASKPANE_SV: ITaskPaneStrings = {
  language: 'sv',
  title: 'Uppföljningstabeller',
  intro: 'Välj plan, period och rapportmall. Tabellen infogas där markören står och kan uppdateras när uppgifterna ändras.',
  loading: 'Laddar …',
  planLabel: 'Plan',
  planPlaceholder: 'Välj en plan',
  periodLabel: 'Period',
  shapeLabel: 'Rapportmall',
  shapeOwn: '{title} (egen mall)',
  includeSummary: 'Ta med den sammanfattande meningen',
  previewHeading: 'Förhandsvisning',
  previewEmpty: 'Välj plan, period och rapportmall för att se tabellen.',
  previewLoading: 'Bygger förhandsvisningen …',
  insert: 'Infoga vid markören',
  insertSummary: 'Infoga bara sammanfattningen',
  inserting: 'Infogar …',
  inserted: 'Tabellen är infogad: {title}.',
  insertedSummary: 'Sammanfattningen är infogad: {title}.',
  documentHeading: 'Tabeller i dokumentet',
  documentIntro: 'Bygg om alla infogade tabeller och meningar med aktuella uppgifter.',
  refresh: 'Uppdatera tabeller',
  refreshing: 'Uppdaterar …',
  refreshProgress: '{step} ({done} av {total})',
  refreshed: '{rebuilt} av {found} tabeller och meningar är uppdaterade; {unchanged} var redan aktuella.',
  refreshNothing: 'Dokumentet har inga tabeller från Internkontroll än.',
  refreshKept: '{count} som ändrats för hand behölls som de är.',
  refreshUnknown: '{count} saknar uppgifter om hur de byggdes (kanske inklistrade från ett annat dokument) och lämnades orörda.',
  refreshFailed: 'Kunde inte uppdatera {description}: {message}',
  editedTitle: 'Ändrade för hand',
  editedIntro: 'De här har ändrats i dokumentet sedan de infogades. Det du markerar behålls som det är; resten ersätts med aktuella uppgifter.',
  editedKeep: 'Behåll: {description}',
  editedContinue: 'Fortsätt',
  editedKeepAll: 'Behåll alla',
  error: 'Något gick fel: {message}',
  stepReading: 'Läser dokumentet',
  stepLoading: 'Hämtar planer',
  stepBuilding: 'Bygger tabeller',
  stepAsking: 'Väntar på ditt val',
  stepWriting: 'Skriver in i dokumentet'
};

export const TASKPANE_EN: ITaskPaneStrings = {
  language: 'en',
  title: 'Follow-up tables',
  intro: 'Choose plan, period and report shape. The table is inserted at the cursor and can be refreshed when the data changes.',
  loading: 'Loading …',
  planLabel: 'Plan',
  planPlaceholder: 'Choose a plan',
  periodLabel: 'Period',
  shapeLabel: 'Report shape',
  shapeOwn: '{title} (own shape)',
  includeSummary: 'Include the summary sentence',
  previewHeading: 'Preview',
  previewEmpty: 'Choose plan, period and report shape to see the table.',
  previewLoading: 'Building the preview …',
  insert: 'Insert at cursor',
  insertSummary: 'Insert the summary only',
  inserting: 'Inserting …',
  inserted: 'The table is inserted: {title}.',
  insertedSummary: 'The summary is inserted: {title}.',
  documentHeading: 'Tables in the document',
  documentIntro: 'Rebuild every inserted table and sentence from current data.',
  refresh: 'Refresh tables',
  refreshing: 'Refreshing …',
  refreshProgress: '{step} ({done} of {total})',
  refreshed: '{rebuilt} of {found} tables and sentences are refreshed; {unchanged} were already current.',
  refreshNothing: 'The document has no tables from Internkontroll yet.',
  refreshKept: '{count} edited by hand were kept as they are.',
  refreshUnknown: '{count} have no record of how they were built (perhaps pasted from another document) and were left alone.',
  refreshFailed: 'Could not refresh {description}: {message}',
  editedTitle: 'Edited by hand',
  editedIntro: 'These were changed in the document since they were inserted. What you tick is kept as it is; the rest is replaced with current data.',
  editedKeep: 'Keep: {description}',
  editedContinue: 'Continue',
  editedKeepAll: 'Keep all',
  error: 'Something went wrong: {message}',
  stepReading: 'Reading the document',
  stepLoading: 'Fetching plans',
  stepBuilding: 'Building tables',
  stepAsking: 'Waiting for your choice',
  stepWriting: 'Writing into the document'
};

/** The table for a UI language: English for `en…`, Swedish otherwise. */
export function taskPaneStrings(locale: string | undefined): ITaskPaneStrings {
  return locale !== undefined && /^en\b/i.test(locale) ? TASKPANE_EN : TASKPANE_SV;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (values[name] === undefined ? match : String(values[name])));
}
