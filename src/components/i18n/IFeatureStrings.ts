/**
 * Texts of settings (the organisation's matrix, periods, diarienummer pattern and role holders), a
 * plan's own matrix, Att rapportera, history and copy to next year. Sections of the catalogue
 * (see IUiStrings.ts); the tables are features.sv.ts and features.en.ts.
 */

/** The main navigation: plans, Att rapportera, settings. */
export interface NavigationStrings {
  navLabel: string;
  navPlans: string;
  navDuties: string;
  navSettings: string;
}

/** The organisation's settings page: sections, default periods, diarienummer, the matrix change's impact. */
export interface SettingsStrings {
  settingsHeading: string;
  settingsIntro: string;
  settingsLoading: string;
  settingsErrorSummary: string;
  settingsOrganisationHeading: string;
  settingsOrganisationLabel: string;
  settingsMatrixHeading: string;
  settingsMatrixIntro: string;
  settingsPeriodsHeading: string;
  settingsPeriodsIntro: string;
  settingsDiarienummerHeading: string;
  settingsDiarienummerIntro: string;
  settingsPatternLabel: string;
  settingsPatternHint: string;
  settingsExampleLabel: string;
  settingsExampleMatches: string;
  settingsSave: string;
  settingsSaved: string;
  settingsSavedWithPlans: string;
  periodPresetsLabel: string;
  periodPresetStandard: string;
  periodPresetTertial: string;
  periodPresetDelarHelar: string;
  periodPresetHalvar: string;
  periodPresetKvartal: string;
  periodsCaption: string;
  periodKey: string;
  periodLabelColumn: string;
  periodStart: string;
  periodEnd: string;
  periodKind: string;
  periodKindTertial: string;
  periodKindDelar: string;
  periodKindHelar: string;
  periodKindHalvar: string;
  periodKindKvartal: string;
  periodKindManad: string;
  periodKindAnnan: string;
  periodUnnamed: string;
  periodKeyName: string;
  periodLabelName: string;
  periodStartName: string;
  periodEndName: string;
  periodKindName: string;
  periodRemove: string;
  periodRemoveName: string;
  periodAdd: string;
  impactHeading: string;
  impactBlocked: string;
  impactNoPlans: string;
  impactNoMoves: string;
  impactSummary: string;
  impactUnaffected: string;
  impactConfirm: string;
  impactBack: string;
}

/** The risk matrix editor: scales, levels with colours and contrast, the grid. */
export interface MatrixEditorStrings {
  matrixScalesHeading: string;
  matrixRowsLabel: string;
  matrixColumnsLabel: string;
  matrixSannolikhetScale: string;
  matrixKonsekvensScale: string;
  matrixStepColumn: string;
  matrixLabelSv: string;
  matrixLabelEn: string;
  matrixStepLabelName: string;
  matrixStepLabelEnName: string;
  matrixLevelsHeading: string;
  matrixLevelsIntro: string;
  matrixLevelNameSv: string;
  matrixLevelNameEn: string;
  matrixLevelColour: string;
  matrixLevelTextColour: string;
  matrixLevelSample: string;
  matrixLevelActions: string;
  matrixLevelUnnamed: string;
  matrixLevelNameSvName: string;
  matrixLevelNameEnName: string;
  matrixLevelColourName: string;
  matrixLevelTextColourName: string;
  matrixColourPickerName: string;
  matrixContrastPasses: string;
  matrixContrastFails: string;
  matrixRemoveLevel: string;
  matrixRemoveLevelName: string;
  matrixAddLevel: string;
  matrixGridHeading: string;
  matrixGridLabel: string;
  matrixGridHint: string;
  matrixBrushLabel: string;
  matrixCellName: string;
  matrixNoLevel: string;
  matrixCellChanged: string;
}

/** A plan's own matrix. */
export interface PlanMatrixStrings {
  planMatrixButton: string;
  planMatrixHeading: string;
  planMatrixIntro: string;
  planMatrixChoiceLabel: string;
  planMatrixFollow: string;
  planMatrixNoOrganisation: string;
  planMatrixOwn: string;
  planMatrixOwnName: string;
  planMatrixImpactHeading: string;
  planMatrixNoMoves: string;
  planMatrixSave: string;
  planMatrixSaved: string;
}

/** Att rapportera: what each person must report. */
export interface ReportingDutiesStrings {
  dutyHeading: string;
  dutyIntro: string;
  dutyLoading: string;
  dutyScopeLabel: string;
  dutyScopeMine: string;
  dutyScopeAll: string;
  dutyNoneMine: string;
  dutyNoneAll: string;
  dutyMineCaption: string;
  dutyPersonCaption: string;
  dutyNobody: string;
  dutyNobodyGroup: string;
  dutyColumnState: string;
  dutyColumnWhat: string;
  dutyColumnPlan: string;
  dutyColumnPeriod: string;
  dutyColumnRole: string;
  dutyOverdue: string;
  dutyToReport: string;
  dutyReported: string;
  dutyOverdueDaysOne: string;
  dutyOverdueDaysMany: string;
  dutyKontrollmoment: string;
  dutyAtgard: string;
  dutyRoleAnsvarig: string;
  dutyRoleRapportering: string;
  dutyPeriod: string;
  dutyOpenPlan: string;
  dutyCountOverdueOne: string;
  dutyCountOverdueMany: string;
  dutyCountToReport: string;
  dutyCountReportedOne: string;
  dutyCountReportedMany: string;
  dutyCountNone: string;
}

/** An item's history from SharePoint's version history. */
export interface HistoryStrings {
  historyButton: string;
  historyHeading: string;
  historyIntro: string;
  historyItemLabel: string;
  historyLoading: string;
  historyEmpty: string;
  historyCount: string;
  historyListLabel: string;
  historyGroupPlan: string;
  historyGroupOmraden: string;
  historyGroupRisker: string;
  historyGroupKontrollmoment: string;
  historyGroupAtgarder: string;
  historyGroupUppfoljningar: string;
  historyGroupAvvikelser: string;
  historyPlanOption: string;
  historyRiskOption: string;
  historyKontrollmomentOption: string;
  historyKontrollmomentShort: string;
  historyRiskRatingShort: string;
  historyFollowUpOption: string;
  historyUnknownTarget: string;
  historyUnknownEditor: string;
  historyEntryHeading: string;
  historyVersion: string;
  historyCreated: string;
  historyOldest: string;
  historyNoFieldChanges: string;
  historyReason: string;
  historyChangeLine: string;
  historyValueLine: string;
  historyEmptyValue: string;
  historyYes: string;
  historyNo: string;
  historyDetailChanged: string;
  historyCellsChangedOne: string;
  historyCellsChangedMany: string;
}

/** Copy to next year. */
export interface CopyPlanStrings {
  copyPlanButton: string;
  copyHeading: string;
  copyIntro: string;
  copyYearLabel: string;
  copyDiarienummerLabel: string;
  copySummaryHeading: string;
  copyCarried: string;
  copyLeft: string;
  copyNothingLeft: string;
  copyOmradenOne: string;
  copyOmradenMany: string;
  copyRiskerOne: string;
  copyRiskerMany: string;
  copyReRated: string;
  copyKontrollmomentOne: string;
  copyKontrollmomentMany: string;
  copyAtgarderOne: string;
  copyAtgarderMany: string;
  copyUppfoljningarOne: string;
  copyUppfoljningarMany: string;
  copyAvvikelserOne: string;
  copyAvvikelserMany: string;
  copyClosedAtgarderOne: string;
  copyClosedAtgarderMany: string;
  copyDatesOne: string;
  copyDatesMany: string;
  copySubmit: string;
  copying: string;
  copyProgressLabel: string;
  copyProgressValue: string;
  copyDone: string;
}

/** Who holds each role: the members of the product's SharePoint groups, on the settings page. */
export interface RoleMembersStrings {
  rolesHeading: string;
  rolesIntro: string;
  rolesReadOnly: string;
  rolesLoading: string;
  rolesGroupMissing: string;
  rolesNoMembers: string;
  rolesMembersLabel: string;
  rolesRemove: string;
  rolesRemoveName: string;
  rolesSearchLabel: string;
  rolesSearchHint: string;
  rolesSearchOne: string;
  rolesSearchMany: string;
  rolesSearchNone: string;
  rolesResultsLabel: string;
  rolesAdd: string;
  rolesAddName: string;
  rolesAddEmail: string;
  rolesAdded: string;
  rolesRemoved: string;
  roleSamordnare: string;
  roleSamordnareText: string;
  roleRapportorer: string;
  roleRapportorerText: string;
  roleGodkannare: string;
  roleGodkannareText: string;
}
