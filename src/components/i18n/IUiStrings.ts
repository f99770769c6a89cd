/**
 * The type of the UI's message catalogue, one section per view so each view's texts are kept
 * together and a new view adds a section of its own (its interface and its entry in
 * `UiStringSections` here, its texts in `sv.ts` and `en.ts`). Texts with `{name}` placeholders
 * are filled with `formatText`; both tables must have the same keys and the same placeholders
 * (tests/components/i18n.test.ts).
 */
import type { PlanEditingStrings } from './IPlanEditingStrings';
import type { ApproverSettingsStrings } from './IApproverSettingsStrings';

export type { ApproverSettingsStrings } from './IApproverSettingsStrings';

export type { PlanEditingStrings } from './IPlanEditingStrings';

import type {
  CopyPlanStrings,
  HistoryStrings,
  MatrixEditorStrings,
  NavigationStrings,
  PlanMatrixStrings,
  ReportingDutiesStrings,
  RoleMembersStrings,
  SettingsStrings
} from './IFeatureStrings';

export type {
  CopyPlanStrings,
  HistoryStrings,
  MatrixEditorStrings,
  NavigationStrings,
  PlanMatrixStrings,
  ReportingDutiesStrings,
  RoleMembersStrings,
  SettingsStrings
} from './IFeatureStrings';

/** Texts every view uses: language, loading, buttons, the read-only notice, the general error. */
export interface CommonStrings {
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
  /** Shown to a rapportör: follow-ups yes, plan editing no. */
  reporterNotice: string;
  /** Shown to a samordnare who is not a rapportör: the plan yes, follow-ups no. */
  coordinatorNotice: string;
  signedInAs: string;
  unexpectedError: string;
}

/** "Skapa listor": the lists are missing. */
export interface EnsureListsStrings {
  listsMissingTitle: string;
  listsMissingOwner: string;
  listsMissingOther: string;
  createLists: string;
  creatingLists: string;
  listsCreated: string;
  listsProgressLabel: string;
}

/** The plan list. */
export interface PlanPickerStrings {
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
}

/** The plan view: heading, plan facts and period choice. */
export interface PlanViewStrings {
  backToPlans: string;
  planHeading: string;
  diarienummerLabel: string;
  beslutsdatumLabel: string;
  forvaltningLabel: string;
  statusLabel: string;
  periodLabel: string;
  periodRange: string;
}

/** The risk matrix heat map, its cell filter and the rating source. */
export interface HeatMapStrings {
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
}

/** The period's progress and result summary. */
export interface PeriodProgressStrings {
  progressHeading: string;
  progressSummary: string;
  progressNone: string;
  resultSummaryHeading: string;
}

/** The risk list with its kontrollmoment, åtgärder and follow-up status. */
export interface RiskListStrings {
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
}

/** The follow-up form (kontrollmoment, åtgärd, a risk re-rated for the period) and its avvikelser. */
export interface FollowUpEditorStrings {
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
  /** The avvikelse's own status (of its fix). */
  fieldAvvikelseStatus: string;
  /** An avvikelse one version has and the other has not, in the conflict comparison. */
  conflictAvvikelseMissing: string;
  addAvvikelse: string;
  removeAvvikelse: string;
  errorSummaryHeading: string;
  saved: string;
  savedAt: string;
  readOnlyEditor: string;
}

/** The web part's property pane (SharePoint page editing). */
export interface PropertyPaneStrings {
  propertyPaneDescription: string;
  propertyPaneGroupName: string;
  propertyPanePlanLabel: string;
  propertyPaneAllPlans: string;
  propertyPaneShowLabel: string;
  propertyPaneShowAll: string;
  propertyPaneShowNamnd: string;
  propertyPaneShowPlan: string;
  propertyPaneNamndLabel: string;
  propertyPanePeriodLabel: string;
  propertyPanePeriodCurrent: string;
  propertyPaneHeadingLabel: string;
  propertyPaneHeadingPlaceholder: string;
}

/** Every text the components and the web part show. */
export type IUiStrings = CommonStrings &
  EnsureListsStrings &
  PlanPickerStrings &
  PlanViewStrings &
  HeatMapStrings &
  PeriodProgressStrings &
  RiskListStrings &
  FollowUpEditorStrings &
  WordTaskPaneStrings &
  WordApprovalStrings &
  PropertyPaneStrings &
  PlanEditingStrings &
  NavigationStrings &
  SettingsStrings &
  MatrixEditorStrings &
  PlanMatrixStrings &
  ReportingDutiesStrings &
  HistoryStrings &
  CopyPlanStrings &
  RoleMembersStrings &
  ApprovalsStrings &
  AttGodkannaStrings &
  NotificationSettingsStrings &
  ApproverSettingsStrings &
  ExportToWordStrings &
  ReportShapesStrings;

/** "Exportera till Word" in the plan view: period and shape, the bilaga downloaded. */
export interface ExportToWordStrings {
  exportButton: string;
  exportTitle: string;
  exportIntro: string;
  exportPeriodLabel: string;
  exportShapeLabel: string;
  exportBuiltInGroup: string;
  exportOwnGroup: string;
  exportShapesLoading: string;
  exportOwnShapesFailed: string;
  exportDownload: string;
  exportStepBuilding: string;
  exportStepRendering: string;
  exportStepSaving: string;
  exportProgress: string;
  exportDone: string;
  exportFailed: string;
  exportApprovalLine: string;
  exportApprovalUnread: string;
  exportDialogLabel: string;
}

/** The report shapes: the list, the visual editor, its JSON and its live preview. */
export interface ReportShapesStrings {
  shapesNav: string;
  shapesHeading: string;
  shapesIntro: string;
  shapesBack: string;
  shapesLoading: string;
  shapesBuiltInHeading: string;
  shapesOwnHeading: string;
  shapesNoOwn: string;
  shapesNew: string;
  shapesCopy: string;
  shapesEdit: string;
  shapesView: string;
  shapesDelete: string;
  shapesDeleteConfirm: string;
  shapesDeleted: string;
  shapesSaved: string;
  shapesHasIssues: string;
  shapesReadOnlyNotice: string;
  shapesCopyOf: string;
  shapesNewName: string;
  shapesEditorHeading: string;
  shapesBuiltInNotice: string;
  shapesTabVisual: string;
  shapesTabJson: string;
  shapesIdLabel: string;
  shapesIdHelp: string;
  shapesNameLabel: string;
  shapesDescriptionLabel: string;
  shapesTitleLabel: string;
  shapesSummaryLabel: string;
  shapesSummaryGranskning: string;
  shapesSummaryStatus: string;
  shapesSummaryIngen: string;
  shapesOrientationLabel: string;
  shapesOrientationAuto: string;
  shapesOrientationPortrait: string;
  shapesOrientationLandscape: string;
  shapesStatusDisplayLabel: string;
  shapesStatusWord: string;
  shapesStatusSymbolWord: string;
  shapesStatusSymbol: string;
  shapesTableHeading: string;
  shapesTableTitleLabel: string;
  shapesRowsLabel: string;
  shapesRowsKontrollmoment: string;
  shapesRowsAtgard: string;
  shapesRowsRisk: string;
  shapesRowsAvvikelse: string;
  shapesGroupingLabel: string;
  shapesGroupingNone: string;
  shapesGroupingRisk: string;
  shapesGroupingArea: string;
  shapesGroupHeadingLabel: string;
  shapesPeriodsLabel: string;
  shapesPeriodsChosen: string;
  shapesPeriodsUpTo: string;
  shapesPeriodsAll: string;
  shapesAddTable: string;
  shapesRemoveTable: string;
  shapesColumnsHeading: string;
  shapesColumnName: string;
  shapesFieldLabel: string;
  shapesHeadingLabel: string;
  shapesWidthLabel: string;
  shapesSpanLabel: string;
  shapesSpanNone: string;
  shapesSpanRisk: string;
  shapesSpanEqual: string;
  shapesPerPeriodLabel: string;
  shapesLevelDisplayLabel: string;
  shapesLevelWordValue: string;
  shapesLevelWord: string;
  shapesLevelValue: string;
  shapesDefault: string;
  shapesMoveUp: string;
  shapesMoveDown: string;
  shapesRemoveColumn: string;
  shapesAddColumn: string;
  shapesColumnMoved: string;
  shapesJsonLabel: string;
  shapesJsonHelp: string;
  shapesIssuesHeading: string;
  shapesIssuesCount: string;
  shapesPreviewHeading: string;
  shapesPreviewPlan: string;
  shapesPreviewPeriod: string;
  shapesPreviewNoPlans: string;
  shapesPreviewLoading: string;
  shapesPreviewInvalid: string;
  shapesPreviewEmpty: string;
  shapesPreviewSummary: string;
  shapesCopyToOwn: string;
}

/** The Word add-in's approval parts: the state of the chosen data, the question before inserting or refreshing, "Verifiera". */
export interface WordApprovalStrings {
  wordApprovalHeading: string;
  wordApprovalLoading: string;
  wordApprovalApproved: string;
  wordApprovalChanged: string;
  wordApprovalRequested: string;
  wordApprovalReturned: string;
  wordApprovalNotApproved: string;
  wordApprovalOtherShape: string;
  wordApprovalUnavailable: string;
  wordConfirmTitle: string;
  wordConfirmInsert: string;
  wordConfirmInsertAnyway: string;
  wordConfirmRefresh: string;
  wordConfirmRefreshAnyway: string;
  wordConfirmCancel: string;
  wordInsertCancelled: string;
  wordRefreshCancelled: string;
  wordVerifyHeading: string;
  wordVerifyIntro: string;
  wordVerify: string;
  wordVerifying: string;
  wordVerifyNothing: string;
  wordVerifyResult: string;
  wordVerdictApproved: string;
  wordVerdictDataChanged: string;
  wordVerdictEdited: string;
  wordVerdictNotApprovedContent: string;
  wordVerdictNotApproved: string;
  wordVerdictUnknown: string;
}

/** The Word add-in's task pane: choosing plan, period and shape, inserting, refreshing. */
export interface WordTaskPaneStrings {
  wordTitle: string;
  wordIntro: string;
  wordLoading: string;
  wordPlanLabel: string;
  wordPlanPlaceholder: string;
  wordPeriodLabel: string;
  wordShapeLabel: string;
  wordShapeOwn: string;
  wordIncludeSummary: string;
  wordPreviewHeading: string;
  wordPreviewEmpty: string;
  wordPreviewLoading: string;
  wordInsert: string;
  wordInsertSummary: string;
  wordInserting: string;
  wordInserted: string;
  wordInsertedSummary: string;
  wordDocumentHeading: string;
  wordDocumentIntro: string;
  wordRefresh: string;
  wordRefreshing: string;
  wordRefreshProgress: string;
  wordRefreshed: string;
  wordRefreshNothing: string;
  wordRefreshKept: string;
  wordRefreshUnknown: string;
  wordRefreshFailed: string;
  wordEditedTitle: string;
  wordEditedIntro: string;
  wordEditedKeep: string;
  wordEditedContinue: string;
  wordEditedKeepAll: string;
  wordError: string;
  wordStepReading: string;
  wordStepLoading: string;
  wordStepBuilding: string;
  wordStepAsking: string;
  wordStepWriting: string;
}

/** The catalogue by view: each table (`sv.ts`, `en.ts`) is written in this shape, one section per view. */
/** The approval of a period's follow-up: request, decision, history, "Att godkänna". */
export interface ApprovalsStrings {
  approvalsHeading: string;
  approvalsLoading: string;
  approvalsRequestHeading: string;
  approvalsRequestIntro: string;
  approvalsNote: string;
  approvalsDeadline: string;
  approvalsRequest: string;
  approvalsWaitingOn: string;
  approvalsOverdue: string;
  approvalsRemind: string;
  approvalsWithdraw: string;
  approvalsDecideHeading: string;
  approvalsComment: string;
  approvalsApprove: string;
  approvalsReturn: string;
  approvalsChangesHeading: string;
  approvalsNoChangesShown: string;
  approvalsHistoryHeading: string;
  approvalsHistoryRequested: string;
  approvalsHistoryWithdrawn: string;
  approvalsHistoryReminded: string;
  approvalsHistoryApproved: string;
  approvalsHistoryReturned: string;
  approvalsHistoryFor: string;
  approvalsHistoryHash: string;
  approvalsInvalid: string;
  approvalsDone: string;
  approvalsInboxHeading: string;
  approvalsInboxEmpty: string;
  approvalsInboxItem: string;
  approvalsInboxDeadline: string;
  approvalsOpen: string;
}

/** "Att godkänna" in the Teams personal app: one request opened by deep link, and the notification notice. */
export interface AttGodkannaStrings {
  attGodkannaLoading: string;
  attGodkannaHeading: string;
  attGodkannaRequestedBy: string;
  attGodkannaDeadline: string;
  attGodkannaNote: string;
  attGodkannaNotFound: string;
  attGodkannaWithdrawn: string;
  attGodkannaClosed: string;
  attGodkannaOutcomeApproved: string;
  attGodkannaOutcomeReturned: string;
  attGodkannaNotYours: string;
  attGodkannaShowList: string;
  attGodkannaCommentRequired: string;
  attGodkannaApproved: string;
  attGodkannaReturnedDone: string;
  attGodkannaSaving: string;
  notificationFailed: string;
}

/** The notification setting and its test (on the settings page). */
export interface NotificationSettingsStrings {
  notifyHeading: string;
  notifyIntro: string;
  notifyLoading: string;
  notifyLabel: string;
  notifyActivity: string;
  notifyChat: string;
  notifyEmail: string;
  notifyOff: string;
  notifySave: string;
  notifySaved: string;
  notifyTest: string;
  notifyTesting: string;
  notifyTestOff: string;
  notifyTestDelivered: string;
  notifyTestFailed: string;
  notifyAttemptOk: string;
  notifyAttemptFailed: string;
  notifyPathActivity: string;
  notifyPathChat: string;
  notifyPathEmail: string;
}

export interface UiStringSections {
  /** Texts every view uses: language, loading, buttons, the read-only notice, the general error. */
  common: CommonStrings;
  /** "Skapa listor": the lists are missing. */
  ensureLists: EnsureListsStrings;
  /** The plan list. */
  planPicker: PlanPickerStrings;
  /** The plan view: heading, plan facts and period choice. */
  planView: PlanViewStrings;
  /** The risk matrix heat map, its cell filter and the rating source. */
  heatMap: HeatMapStrings;
  /** The period's progress and result summary. */
  periodProgress: PeriodProgressStrings;
  /** The risk list with its kontrollmoment, åtgärder and follow-up status. */
  riskList: RiskListStrings;
  /** The follow-up form (kontrollmoment, åtgärd, a risk re-rated for the period) and its avvikelser. */
  followUpEditor: FollowUpEditorStrings;
  /** The Word add-in's task pane. */
  wordTaskPane: WordTaskPaneStrings;
  /** The Word add-in's approval state, its question before inserting unapproved data, and "Verifiera". */
  wordApproval: WordApprovalStrings;
  /** The web part's property pane (SharePoint page editing). */
  propertyPane: PropertyPaneStrings;
  /** The plan's editors: plan, områden, risks, kontrollmoment, åtgärder, deletes, drafts, conflicts. */
  planEditing: PlanEditingStrings;
  /** The main navigation. */
  navigation: NavigationStrings;
  /** The organisation's settings page. */
  settings: SettingsStrings;
  /** The risk matrix editor. */
  matrixEditor: MatrixEditorStrings;
  /** A plan's own matrix. */
  planMatrix: PlanMatrixStrings;
  /** Att rapportera. */
  reportingDuties: ReportingDutiesStrings;
  /** An item's history. */
  history: HistoryStrings;
  /** Copy to next year. */
  copyPlan: CopyPlanStrings;
  /** Who holds each role (on the settings page). */
  roleMembers: RoleMembersStrings;
  /** The approval of a period's follow-up. */
  approvals: ApprovalsStrings;
  /** "Att godkänna" in Teams: a request opened by deep link. */
  attGodkanna: AttGodkannaStrings;
  /** The notification setting and its test. */
  notificationSettings: NotificationSettingsStrings;
  /** The plan's approvers and deputies (samordnare), and the request's report shape. */
  approverSettings: ApproverSettingsStrings;
  /** "Exportera till Word" in the plan view. */
  exportToWord: ExportToWordStrings;
  /** The report shapes: list, visual editor, JSON, preview. */
  reportShapes: ReportShapesStrings;
}

/** One flat table from its sections (the keys of all sections are distinct). */
export function joinSections(sections: UiStringSections): IUiStrings {
  const names = Object.keys(sections) as Array<keyof UiStringSections>;
  return names.reduce((all, name) => ({ ...all, ...sections[name] }), {} as IUiStrings);
}
