/**
 * The domain entities as plain serialisable data.
 *
 * Identity: every entity has `key`, a stable text key set when it is created (before it is
 * saved), and `id`, the SharePoint item id once it is saved. Children refer to their parent by
 * the parent's `key`, so a whole plan can be built and validated before anything is saved; the
 * data layer stores `key` in the item's IdempotencyKey column and maps keys ⇄ lookup ids.
 */
import type { FollowUpStatus, PlanStatus, Resultat } from './choices';
import type { Period } from './periods';
import type { PeriodTemplate } from './periodTemplates';
import type { RiskMatrix, RiskRating } from './riskMatrix';

/** Fields every stored entity has. */
export interface Entity {
  /** SharePoint item id; absent before the item is saved. */
  id?: number;
  /** Stable key, unique within the plan; set at creation and never changed. */
  key: string;
}

/**
 * A person on the site (a SharePoint site user), as a Person column holds one: responsibilities
 * are matched to the signed-in user by this id, never by a name typed as text.
 */
export interface Person {
  /** SharePoint user id on the site. */
  id: number;
  /** Display name. */
  title: string;
  /** E-mail address, when known. */
  email?: string;
}

/**
 * Where a copied item came from: the key of the same item in last year's plan (see
 * planCopy.ts), so year-on-year comparison can follow an item from plan to plan.
 */
export interface Traceable {
  /** Key of the item this one was copied from; absent for items made from nothing. */
  ursprungsnyckel?: string;
}

/** Settings that differ between organisations. */
export interface OrganisationSettings {
  /** Organisation name, e.g. "Uppsala kommun". */
  organisation?: string;
  /**
   * Pattern a diarienummer must match, as a regular-expression source, e.g.
   * "^AMN-\\d{4}-\\d{5}$". When absent any text is accepted.
   */
  diarienummerPattern?: string;
  /** Example shown with the pattern, e.g. "AMN-2024-00318". */
  diarienummerExample?: string;
  /** The matrix new plans start from. */
  defaultRiskMatrix?: RiskMatrix;
  /** The follow-up periods new plans start from, as month-day templates for any year. */
  defaultPeriods?: PeriodTemplate[];
}

/** An område (kontrollområde): a grouping of risks, e.g. "Finansiell kontroll". */
export interface Omrade extends Entity, Traceable {
  /** Name, e.g. "Kontroll avseende oegentligheter, mutor och jäv". */
  namn: string;
  /** Optional description. */
  beskrivning?: string;
  /** Sort order within the plan, from 1. */
  ordning: number;
}

/** An internkontrollplan: one nämnd's plan for one year. */
export interface Plan extends Entity, Traceable {
  /** The nämnd, e.g. "Arbetsmarknadsnämnden". */
  namnd: string;
  /** The förvaltning serving the nämnd, e.g. "Arbetsmarknadsförvaltningen". */
  forvaltning?: string;
  /** The year the plan is for. */
  ar: number;
  /** Diarienummer (Dnr), free text, e.g. "AMN-2024-00318" or "AFN 2021/232". */
  diarienummer?: string;
  /** Life-cycle status. */
  status: PlanStatus;
  /** Date the nämnd adopted the plan, "YYYY-MM-DD". */
  beslutsdatum?: string;
  /** The plan's risk matrix (copied from the organisation's so later changes do not re-rate old plans). */
  riskMatrix: RiskMatrix;
  /** The plan's follow-up periods. */
  perioder: Period[];
  /** The plan's områden. */
  omraden: Omrade[];
}

/** A risk in the plan. */
export interface Risk extends Entity, Traceable {
  /** Number within the plan, shown in reports ("Nr"). Unique within the plan. */
  nr: number;
  /** Key of the risk's område, when the plan groups risks. */
  omradeKey?: string;
  /** Short title, e.g. "Omoderna verksamhetssystem". */
  titel: string;
  /** Riskbeskrivning. */
  beskrivning?: string;
  /** True for a risk set centrally by kommunstyrelsen ("Obligatorisk risk"). */
  obligatorisk: boolean;
  /** Original rating for the year: sannolikhet step. Absent when the plan does not rate risks. */
  sannolikhet?: number;
  /** Original rating for the year: konsekvens step. */
  konsekvens?: number;
  /** Order among the risks of its område, from 1 (set by moving it); absent: by `nr`. */
  ordning?: number;
  /**
   * Why the risk was changed after the plan was decided (beslutad). Required for such a change
   * and written with it, so the item's version history holds who, when and why.
   */
  andringsorsak?: string;
}

/** A kontrollmoment: a control, what is checked for a risk. */
export interface Kontrollmoment extends Entity, Traceable {
  /** Key of the risk it controls. */
  riskKey: string;
  /** Number within the plan ("kontrollmoment 3"). Unique within the plan. */
  nr: number;
  /** What is checked. May hold the safe HTML subset (see richText). */
  beskrivning: string;
  /** Short name for summary sentences, e.g. "uppföljning av insatser". */
  kortnamn?: string;
  /** How it is checked (kontrollmetod). May hold the safe HTML subset. */
  kontrollmetod?: string;
  /** Who does the control (a role or a name). */
  ansvarig?: string;
  /** Who reports it. */
  rapporteringsansvarig?: string;
  /** The person who does the control, when one is named (matched to the signed-in user). */
  ansvarigPerson?: Person;
  /** The person who reports it, when one is named. */
  rapporteringsansvarigPerson?: Person;
  /** Frekvens: a known value (see KNOWN_FREKVENSER) or free text. */
  frekvens?: string;
  /** True for a control set centrally ("Obligatoriskt kontrollmoment"). */
  obligatorisk: boolean;
  /** When the control starts, "YYYY-MM-DD". */
  startdatum?: string;
  /** Check-in dates, "YYYY-MM-DD", each within start–slut. */
  avstamningsdatum?: string[];
  /** When the control ends, "YYYY-MM-DD". */
  slutdatum?: string;
  /** Order among the kontrollmoment of its risk, from 1 (set by moving it); absent: by `nr`. */
  ordning?: number;
  /** Why the kontrollmoment was changed after the plan was decided (see Risk.andringsorsak). */
  andringsorsak?: string;
}

/** An åtgärd: an action decided to lower a risk. */
export interface Atgard extends Entity, Traceable {
  /** Key of the risk it addresses. */
  riskKey: string;
  /** The action, short, e.g. "Processkartläggning av administrativt stöd". */
  beskrivning: string;
  /** Longer text, e.g. "Tydliggöra roller och uppdrag …". */
  detaljer?: string;
  /** Who is responsible. */
  ansvarig?: string;
  /** Who reports it. */
  rapporteringsansvarig?: string;
  /** The person responsible, when one is named (matched to the signed-in user). */
  ansvarigPerson?: Person;
  /** The person who reports it, when one is named. */
  rapporteringsansvarigPerson?: Person;
  /** Start date, "YYYY-MM-DD". */
  startdatum?: string;
  /** Check-in dates (seed 004 has two), each within start–slut. */
  avstamningsdatum: string[];
  /** End date, "YYYY-MM-DD"; not before startdatum. */
  slutdatum?: string;
  /** Current status. */
  status: FollowUpStatus;
  /** Order among the åtgärder of its risk, from 1 (set by moving it); absent: in creation order. */
  ordning?: number;
}

/** What a follow-up is about. */
export type FollowUpTargetType = 'kontrollmoment' | 'atgard' | 'risk';

/** A follow-up (uppföljning) of one kontrollmoment, åtgärd or risk in one period. */
export interface FollowUp extends Entity {
  /** Kind of entity followed up. */
  targetType: FollowUpTargetType;
  /** Key of the kontrollmoment, åtgärd or risk. */
  targetKey: string;
  /** Key of the plan's period. */
  periodKey: string;
  /** Status in the period. */
  status?: FollowUpStatus;
  /** Result of the review (resultat av granskning); mainly for kontrollmoment. */
  resultat?: Resultat;
  /** Comment as the safe HTML subset (p, b/strong, i/em, ul/ol/li, br); see richText. */
  kommentar?: string;
  /** The risk's rating in the period (periodens riskvärdering); for risk follow-ups. */
  riskvardering?: RiskRating;
}

/** An avvikelse (deviation) found by a follow-up; it must be reported and fixed. */
export interface Avvikelse extends Entity {
  /** Key of the follow-up that found it. */
  followUpKey: string;
  /** What was found. */
  beskrivning: string;
  /** The åtgärd decided to fix it (text). Required. */
  atgard: string;
  /** When the åtgärd is to be done, "YYYY-MM-DD". Required. */
  slutdatum: string;
  /** Status of the fix. */
  status?: FollowUpStatus;
}

/** A plan with everything in it: the unit that is loaded, validated, reported and approved. */
export interface PlanData {
  /** The plan, with its matrix, periods and områden. */
  plan: Plan;
  /** Risks. */
  risker: Risk[];
  /** Kontrollmoment. */
  kontrollmoment: Kontrollmoment[];
  /** Åtgärder. */
  atgarder: Atgard[];
  /** Follow-ups, any period. */
  uppfoljningar: FollowUp[];
  /** Avvikelser. */
  avvikelser: Avvikelse[];
}

/** One problem found by validation. Validation never throws; it returns a list of these. */
export interface ValidationIssue {
  /** Path of the field in PlanData, e.g. "risker[2].sannolikhet", "plan.diarienummer". */
  field: string;
  /** Swedish label of the field, e.g. "Sannolikhet". */
  fieldLabel: string;
  /** Stable code for the rule, e.g. "date-order". */
  code: ValidationCode;
  /** Swedish message naming the field. */
  message: string;
  /** English message. */
  messageEn: string;
}

/** The validation rules. */
export type ValidationCode =
  | 'required'
  | 'too-long'
  | 'invalid-date'
  | 'date-order'
  | 'avstamning-outside'
  | 'rating-outside-matrix'
  | 'rating-incomplete'
  | 'unknown-period'
  | 'unknown-omrade'
  | 'unknown-reference'
  | 'duplicate-nr'
  | 'duplicate-key'
  | 'diarienummer-pattern'
  | 'invalid-pattern'
  | 'year-out-of-range'
  | 'matrix-size'
  | 'matrix-grid-size'
  | 'matrix-unknown-level'
  | 'matrix-missing-label'
  | 'matrix-duplicate-level'
  | 'matrix-colour'
  | 'matrix-contrast'
  | 'matrix-template'
  | 'period-invalid'
  | 'duplicate-period'
  | 'duplicate-follow-up'
  | 'avvikelse-required'
  | 'pattern-example-required'
  | 'copy-year'
  | 'invalid-value'
  | 'sharepoint-validation'
  | 'invalid-transition'
  | 'reason-required';
