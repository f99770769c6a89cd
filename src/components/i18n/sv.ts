/**
 * The UI's message catalogue: Swedish first, English alongside. Hosts pass their locale
 * (SharePoint's `currentUICultureName`, the browser's language in the workbench) and the
 * components read their texts from the table chosen for it. Texts with `{name}` placeholders
 * are filled with `formatText`.
 */
import * as React from 'react';

/** Every text the components show. */
export interface IUiStrings {
  /** BCP 47 language of the table, set as `lang` on the UI's root. */
  language: 'sv' | 'en';
  /** Locale used to format dates and numbers. */
  locale: string;

  appTitle: string;
  loading: string;
  loadingPlans: string;
  loadingPlan: string;
  retry: string;
  reload: string;
  close: string;
  cancel: string;
  save: string;
  saving: string;

  readOnlyNotice: string;
  signedInAs: string;

  listsMissingTitle: string;
  listsMissingOwner: string;
  listsMissingOther: string;
  createLists: string;
  creatingLists: string;
  listsCreated: string;
  listsProgressLabel: string;

  planPickerHeading: string;
  planPickerIntro: string;
  planPickerEmpty: string;
  planPickerSearchLabel: string;
  planPickerNoMatch: string;
  planPickerCaption: string;
  columnNamnd: string;
  columnForvaltning: string;
  columnAr: string;
  columnStatus: string;
  columnDiarienummer: string;
  openPlanLabel: string;

  backToPlans: string;
  planHeading: string;
  diarienummerLabel: string;
  beslutsdatumLabel: string;
  forvaltningLabel: string;
  statusLabel: string;
  periodLabel: string;
  periodRange: string;

  heatMapHeading: string;
  heatMapIntro: string;
  heatMapSannolikhetAxis: string;
  heatMapKonsekvensAxis: string;
  heatMapCellName: string;
  heatMapCellNameUnrated: string;
  heatMapLegend: string;
  heatMapUnrated: string;
  riskSingular: string;
  riskPlural: string;
  filterActive: string;
  clearFilter: string;
  ratingSourceLabel: string;
  ratingSourceOriginal: string;
  ratingSourcePeriod: string;
  savedFor: string;

  progressHeading: string;
  progressSummary: string;
  progressNone: string;
  resultSummaryHeading: string;

  risksHeading: string;
  risksCount: string;
  otherRisksGroup: string;
  obligatorisk: string;
  riskNumber: string;
  riskLevelLabel: string;
  notRated: string;
  kontrollmomentHeading: string;
  atgarderHeading: string;
  noKontrollmoment: string;
  noAtgarder: string;
  kontrollmomentNumber: string;
  metodLabel: string;
  ansvarigLabel: string;
  frekvensLabel: string;
  slutdatumLabel: string;
  noFollowUp: string;
  noStatus: string;
  followUpButton: string;
  followUpButtonName: string;
  avvikelserInline: string;
  savedMarker: string;
  periodAnalysisHeading: string;
  currentStatusLabel: string;
  originalRatingPrefix: string;

  editorHeadingKontrollmoment: string;
  editorHeadingAtgard: string;
  editorHeadingRisk: string;
  rateRiskButton: string;
  rateRiskButtonName: string;
  fieldSannolikhet: string;
  fieldKonsekvens: string;
  fieldRiskanalys: string;
  ratingStepNotSet: string;
  ratingStepOption: string;
  ratingPreviewLabel: string;
  ratingPreviewIncomplete: string;
  riskRatingSavedFor: string;
  editorPeriod: string;
  fieldStatus: string;
  fieldResultat: string;
  fieldKommentar: string;
  fieldKommentarHint: string;
  resultatNotSet: string;
  statusNotSet: string;
  avvikelserHeading: string;
  avvikelserIntro: string;
  avvikelseHeading: string;
  fieldAvvikelseBeskrivning: string;
  fieldAvvikelseAtgard: string;
  fieldAvvikelseSlutdatum: string;
  addAvvikelse: string;
  removeAvvikelse: string;
  errorSummaryHeading: string;
  saved: string;
  savedAt: string;
  readOnlyEditor: string;

  unexpectedError: string;
}

/** Swedish texts: the product's main language. */
export const SV_STRINGS: IUiStrings = {
  language: 'sv',
  locale: 'sv-SE',

  appTitle: 'Internkontroll',
  loading: 'Laddar …',
  loadingPlans: 'Hämtar internkontrollplanerna …',
  loadingPlan: 'Hämtar planen …',
  retry: 'Försök igen',
  reload: 'Ladda om',
  close: 'Stäng',
  cancel: 'Avbryt',
  save: 'Spara',
  saving: 'Sparar …',

  readOnlyNotice: 'Du har läsbehörighet. Du kan se planerna men inte ändra dem.',
  signedInAs: 'Inloggad som {name}',

  listsMissingTitle: 'Listorna för internkontroll finns inte på webbplatsen ännu',
  listsMissingOwner: 'Skapa listorna en gång, så kan nämndernas planer läggas in. Det tar under en minut.',
  listsMissingOther: 'Be webbplatsens ägare eller samordnaren för intern kontroll att öppna sidan och skapa listorna.',
  createLists: 'Skapa listor',
  creatingLists: 'Skapar listor …',
  listsCreated: 'Listorna är skapade.',
  listsProgressLabel: 'Skapar listorna för internkontroll',

  planPickerHeading: 'Internkontrollplaner',
  planPickerIntro: 'Välj en plan för att se riskerna, kontrollmomenten och uppföljningen.',
  planPickerEmpty: 'Det finns inga internkontrollplaner på webbplatsen ännu.',
  planPickerSearchLabel: 'Sök nämnd, förvaltning eller diarienummer',
  planPickerNoMatch: 'Ingen plan matchar sökningen.',
  planPickerCaption: '{count} planer',
  columnNamnd: 'Nämnd',
  columnForvaltning: 'Förvaltning',
  columnAr: 'År',
  columnStatus: 'Status',
  columnDiarienummer: 'Dnr',
  openPlanLabel: 'Öppna internkontrollplanen för {namnd} {ar}',

  backToPlans: 'Alla planer',
  planHeading: 'Internkontrollplan {ar}: {namnd}',
  diarienummerLabel: 'Dnr',
  beslutsdatumLabel: 'Beslutad',
  forvaltningLabel: 'Förvaltning',
  statusLabel: 'Status',
  periodLabel: 'Uppföljningsperiod',
  periodRange: '{start} – {end}',

  heatMapHeading: 'Riskmatris',
  heatMapIntro: 'Antal risker per sannolikhet och konsekvens. Välj en ruta för att visa bara de riskerna.',
  heatMapSannolikhetAxis: 'Sannolikhet',
  heatMapKonsekvensAxis: 'Konsekvens',
  heatMapCellName: 'Sannolikhet {s} ({sLabel}), konsekvens {k} ({kLabel}): {count} {riskWord}, nivå {level}',
  heatMapCellNameUnrated: 'Sannolikhet {s} ({sLabel}), konsekvens {k} ({kLabel}): {count} {riskWord}',
  heatMapLegend: 'Risknivåer',
  heatMapUnrated: '{count} risker saknar riskvärdering.',
  riskSingular: 'risk',
  riskPlural: 'risker',
  filterActive: 'Visar risker med sannolikhet {s} och konsekvens {k}.',
  clearFilter: 'Visa alla risker',
  ratingSourceLabel: 'Riskvärdering',
  ratingSourceOriginal: 'Ursprunglig för året',
  ratingSourcePeriod: 'Per {period}',
  savedFor: 'Uppföljningen av {name} för {period} är sparad.',

  progressHeading: 'Uppföljning {period}',
  progressSummary: '{done} av {total} kontrollmoment och åtgärder är genomförda.',
  progressNone: 'Planen har inga kontrollmoment eller åtgärder att följa upp.',
  resultSummaryHeading: 'Resultat av granskningen',

  risksHeading: 'Risker',
  risksCount: '{shown} av {total} risker',
  otherRisksGroup: 'Risker utan område',
  obligatorisk: 'Obligatorisk',
  riskNumber: 'Risk {nr}',
  riskLevelLabel: 'Risknivå',
  notRated: 'Ej värderad',
  kontrollmomentHeading: 'Kontrollmoment',
  atgarderHeading: 'Åtgärder',
  noKontrollmoment: 'Inga kontrollmoment.',
  noAtgarder: 'Inga åtgärder.',
  kontrollmomentNumber: 'Kontrollmoment {nr}',
  metodLabel: 'Metod',
  ansvarigLabel: 'Ansvarig',
  frekvensLabel: 'Frekvens',
  slutdatumLabel: 'Slutdatum',
  noFollowUp: 'Inte uppföljd',
  noStatus: 'Utan status',
  followUpButton: 'Följ upp',
  followUpButtonName: 'Följ upp {name} för {period}',
  avvikelserInline: 'Avvikelser',
  savedMarker: 'Sparad kl. {time}',
  periodAnalysisHeading: 'Riskanalys {period}',
  currentStatusLabel: 'Status nu',
  originalRatingPrefix: 'Ursprunglig:',

  editorHeadingKontrollmoment: 'Följ upp kontrollmoment {nr}',
  editorHeadingAtgard: 'Följ upp åtgärd',
  editorHeadingRisk: 'Värdera risk {nr}',
  rateRiskButton: 'Värdera risken för {period}',
  rateRiskButtonName: 'Värdera risken för {period}: {titel}',
  fieldSannolikhet: 'Sannolikhet',
  fieldKonsekvens: 'Konsekvens',
  fieldRiskanalys: 'Periodens riskanalys',
  ratingStepNotSet: 'Inte värderad',
  ratingStepOption: '{n} – {label}',
  ratingPreviewLabel: 'Risknivå {period}:',
  ratingPreviewIncomplete: 'Välj både sannolikhet och konsekvens för att se risknivån.',
  riskRatingSavedFor: 'Riskvärderingen av risk {nr} för {period} är sparad.',
  editorPeriod: 'Period: {period}',
  fieldStatus: 'Status',
  fieldResultat: 'Resultat av granskning',
  fieldKommentar: 'Kommentar',
  fieldKommentarHint: 'Tom rad mellan stycken.',
  resultatNotSet: 'Inte bedömt',
  statusNotSet: 'Inte angiven',
  avvikelserHeading: 'Avvikelser',
  avvikelserIntro: 'Resultatet ”{resultat}” kräver minst en avvikelse med åtgärd och slutdatum.',
  avvikelseHeading: 'Avvikelse {n}',
  fieldAvvikelseBeskrivning: 'Beskrivning',
  fieldAvvikelseAtgard: 'Åtgärd',
  fieldAvvikelseSlutdatum: 'Slutdatum',
  addAvvikelse: 'Lägg till avvikelse',
  removeAvvikelse: 'Ta bort avvikelse {n}',
  errorSummaryHeading: 'Rätta {count} fel innan du sparar:',
  saved: 'Uppföljningen är sparad.',
  savedAt: 'Uppföljningen är sparad kl. {time}.',
  readOnlyEditor: 'Du har läsbehörighet och kan inte ändra uppföljningen.',

  unexpectedError: 'Något gick fel. Försök igen.'
};

/** English texts, for users whose SharePoint language is English. */
export const EN_STRINGS: IUiStrings = {
  language: 'en',
  locale: 'en-GB',

  appTitle: 'Internal control',
  loading: 'Loading …',
  loadingPlans: 'Loading the internal control plans …',
  loadingPlan: 'Loading the plan …',
  retry: 'Try again',
  reload: 'Reload',
  close: 'Close',
  cancel: 'Cancel',
  save: 'Save',
  saving: 'Saving …',

  readOnlyNotice: 'You have read access. You can view the plans but not change them.',
  signedInAs: 'Signed in as {name}',

  listsMissingTitle: 'The internal control lists do not exist on this site yet',
  listsMissingOwner: 'Create the lists once, then the committees’ plans can be added. It takes less than a minute.',
  listsMissingOther: 'Ask the site owner or the internal control coordinator to open this page and create the lists.',
  createLists: 'Create lists',
  creatingLists: 'Creating lists …',
  listsCreated: 'The lists have been created.',
  listsProgressLabel: 'Creating the internal control lists',

  planPickerHeading: 'Internal control plans',
  planPickerIntro: 'Choose a plan to see its risks, controls and follow-up.',
  planPickerEmpty: 'There are no internal control plans on this site yet.',
  planPickerSearchLabel: 'Search committee, administration or case number',
  planPickerNoMatch: 'No plan matches the search.',
  planPickerCaption: '{count} plans',
  columnNamnd: 'Committee',
  columnForvaltning: 'Administration',
  columnAr: 'Year',
  columnStatus: 'Status',
  columnDiarienummer: 'Case no.',
  openPlanLabel: 'Open the internal control plan for {namnd} {ar}',

  backToPlans: 'All plans',
  planHeading: 'Internal control plan {ar}: {namnd}',
  diarienummerLabel: 'Case no.',
  beslutsdatumLabel: 'Adopted',
  forvaltningLabel: 'Administration',
  statusLabel: 'Status',
  periodLabel: 'Follow-up period',
  periodRange: '{start} – {end}',

  heatMapHeading: 'Risk matrix',
  heatMapIntro: 'Number of risks per likelihood and consequence. Choose a cell to show only those risks.',
  heatMapSannolikhetAxis: 'Likelihood',
  heatMapKonsekvensAxis: 'Consequence',
  heatMapCellName: 'Likelihood {s} ({sLabel}), consequence {k} ({kLabel}): {count} {riskWord}, level {level}',
  heatMapCellNameUnrated: 'Likelihood {s} ({sLabel}), consequence {k} ({kLabel}): {count} {riskWord}',
  heatMapLegend: 'Risk levels',
  heatMapUnrated: '{count} risks have no rating.',
  riskSingular: 'risk',
  riskPlural: 'risks',
  filterActive: 'Showing risks with likelihood {s} and consequence {k}.',
  clearFilter: 'Show all risks',
  ratingSourceLabel: 'Risk rating',
  ratingSourceOriginal: 'Original for the year',
  ratingSourcePeriod: 'As of {period}',
  savedFor: 'The follow-up of {name} for {period} has been saved.',

  progressHeading: 'Follow-up {period}',
  progressSummary: '{done} of {total} controls and actions are done.',
  progressNone: 'The plan has no controls or actions to follow up.',
  resultSummaryHeading: 'Review results',

  risksHeading: 'Risks',
  risksCount: '{shown} of {total} risks',
  otherRisksGroup: 'Risks without area',
  obligatorisk: 'Mandatory',
  riskNumber: 'Risk {nr}',
  riskLevelLabel: 'Risk level',
  notRated: 'Not rated',
  kontrollmomentHeading: 'Controls',
  atgarderHeading: 'Actions',
  noKontrollmoment: 'No controls.',
  noAtgarder: 'No actions.',
  kontrollmomentNumber: 'Control {nr}',
  metodLabel: 'Method',
  ansvarigLabel: 'Responsible',
  frekvensLabel: 'Frequency',
  slutdatumLabel: 'End date',
  noFollowUp: 'Not followed up',
  noStatus: 'No status',
  followUpButton: 'Follow up',
  followUpButtonName: 'Follow up {name} for {period}',
  avvikelserInline: 'Deviations',
  savedMarker: 'Saved at {time}',
  periodAnalysisHeading: 'Risk analysis {period}',
  currentStatusLabel: 'Current status',
  originalRatingPrefix: 'Original:',

  editorHeadingKontrollmoment: 'Follow up control {nr}',
  editorHeadingAtgard: 'Follow up action',
  editorHeadingRisk: 'Rate risk {nr}',
  rateRiskButton: 'Rate the risk for {period}',
  rateRiskButtonName: 'Rate the risk for {period}: {titel}',
  fieldSannolikhet: 'Likelihood',
  fieldKonsekvens: 'Consequence',
  fieldRiskanalys: 'Risk analysis for the period',
  ratingStepNotSet: 'Not rated',
  ratingStepOption: '{n} – {label}',
  ratingPreviewLabel: 'Risk level {period}:',
  ratingPreviewIncomplete: 'Choose both likelihood and consequence to see the risk level.',
  riskRatingSavedFor: 'The rating of risk {nr} for {period} has been saved.',
  editorPeriod: 'Period: {period}',
  fieldStatus: 'Status',
  fieldResultat: 'Review result',
  fieldKommentar: 'Comment',
  fieldKommentarHint: 'Blank line between paragraphs.',
  resultatNotSet: 'Not assessed',
  statusNotSet: 'Not set',
  avvikelserHeading: 'Deviations',
  avvikelserIntro: 'The result “{resultat}” requires at least one deviation with an action and an end date.',
  avvikelseHeading: 'Deviation {n}',
  fieldAvvikelseBeskrivning: 'Description',
  fieldAvvikelseAtgard: 'Action',
  fieldAvvikelseSlutdatum: 'End date of the action',
  addAvvikelse: 'Add deviation',
  removeAvvikelse: 'Remove deviation {n}',
  errorSummaryHeading: 'Correct {count} errors before saving:',
  saved: 'The follow-up has been saved.',
  savedAt: 'The follow-up was saved at {time}.',
  readOnlyEditor: 'You have read access and cannot change the follow-up.',

  unexpectedError: 'Something went wrong. Try again.'
};

/** The table for a locale such as "sv-SE" or "en-US"; Swedish unless the locale is English. */
export function stringsForLocale(locale: string | undefined): IUiStrings {
  return locale !== undefined && /^en\b/i.test(locale) ? EN_STRINGS : SV_STRINGS;
}

/** Fills `{name}` placeholders; unknown ones are left as written so a missing value shows. */
export function formatText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole: string, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole
  );
}

/** The strings of the nearest provider; Swedish when there is none. */
export const StringsContext: React.Context<IUiStrings> = React.createContext<IUiStrings>(SV_STRINGS);

/** The current string table. */
export function useStrings(): IUiStrings {
  return React.useContext(StringsContext);
}
