/**
 * Demo plans: the four public follow-up reports in the seeds, as structured model data. They
 * feed the local SharePoint's demo content and the tests of every layer.
 */
import { OrganisationSettings, plainTextToRichText, PlanData } from '../../src/model';

/** Facts about the report a demo plan comes from (the tjänsteskrivelse or bilaga). */
export interface DemoReport {
  /** Report title as printed, e.g. "Uppföljning och statusuppdatering T2 2022". */
  title: string;
  /** Report date, "YYYY-MM-DD", when printed. */
  datum?: string;
  /** Role of the handläggare who drafted it (names are replaced by roles). */
  handlaggare?: string;
  /** Role of the manager who signed it. */
  undertecknare?: string;
}

/** One demo plan: organisation settings, the plan with all its rows, and its report. */
export interface DemoPlan {
  /** Stable id, e.g. "seed002-amn-2024"; also the prefix of every key in the plan. */
  id: string;
  /** The municipality. */
  organisation: string;
  /** Seed file(s) the content comes from. */
  source: string;
  /** The organisation's settings (diarienummer pattern, matrix). */
  settings: OrganisationSettings;
  /** The period the seed report shows. */
  reportPeriodKey: string;
  /** The seed report's own facts. */
  report: DemoReport;
  /** The plan and all its rows. */
  data: PlanData;
}

/** Rich text of a comment written as plain text in the fixture. */
export function rich(text: string): string {
  return plainTextToRichText(text);
}
