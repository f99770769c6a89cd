/**
 * "Att rapportera": what each person must report, across all plans. A reporting duty is one
 * kontrollmoment or open åtgärd of a beslutad plan in one of the plan's periods:
 * - the current period is the shortest period containing today (as the plan view opens on);
 *   its duties are "att rapportera" until a follow-up with a status or a result exists, then
 *   "rapporterad";
 * - a period whose last day has passed keeps its unreported duties as "försenad" (overdue),
 *   with the days since the period ended;
 * - an item counts in a period its own dates overlap (no dates: every period); an åtgärd that
 *   is Genomförd or Ej aktuellt has no duties.
 * A person holds a duty as ansvarig or rapporteringsansvarig through the item's Person columns.
 */
import type { FollowUpStatus, PlanStatus, Resultat } from './choices';
import { findPeriodContaining, Period } from './periods';
import { CLOSED_ATGARD_STATUSES } from './planCopy';
import type { FollowUpTargetType, Person } from './types';

/** A plan as the duties need it. */
export interface DutyPlan {
  /** SharePoint id. */
  id: number;
  /** The plan's key. */
  key: string;
  /** The nämnd. */
  namnd: string;
  /** The year. */
  ar: number;
  /** Life-cycle status; only beslutade plans are reported on. */
  status: PlanStatus;
  /** The plan's periods. */
  perioder: Period[];
}

/** A kontrollmoment or åtgärd as the duties need it. */
export interface DutyItem {
  /** What it is. */
  kind: 'kontrollmoment' | 'atgard';
  /** SharePoint id of its plan. */
  planId: number;
  /** SharePoint id of the item. */
  id: number;
  /** The item's key (follow-ups point at it). */
  key: string;
  /** Number of a kontrollmoment. */
  nr?: number;
  /** What it is about, as plain text (beskrivning). */
  text: string;
  /** An åtgärd's own status. */
  status?: FollowUpStatus;
  /** Start date, "YYYY-MM-DD". */
  startdatum?: string;
  /** End date, "YYYY-MM-DD". */
  slutdatum?: string;
  /** The responsible person. */
  ansvarigPerson?: Person;
  /** The reporting person. */
  rapporteringsansvarigPerson?: Person;
}

/** A follow-up as the duties need it. */
export interface DutyFollowUp {
  /** SharePoint id of its plan. */
  planId: number;
  /** What it follows up. */
  targetType: FollowUpTargetType;
  /** Key of the kontrollmoment or åtgärd. */
  targetKey: string;
  /** The period. */
  periodKey: string;
  /** Status in the period. */
  status?: FollowUpStatus;
  /** Result of the review. */
  resultat?: Resultat;
}

/** Where a duty stands. */
export type DutyState = 'forsenad' | 'att-rapportera' | 'rapporterad';

/** How a person holds a duty. */
export type DutyRole = 'ansvarig' | 'rapporteringsansvarig';

/** One item to report in one period. */
export interface ReportingOccasion {
  /** The plan. */
  plan: DutyPlan;
  /** The kontrollmoment or åtgärd. */
  item: DutyItem;
  /** The period. */
  period: Period;
  /** Where it stands. */
  state: DutyState;
  /** Days since the period's last day, for a försenad duty; 0 otherwise. */
  daysOverdue: number;
}

/** A duty of one person: the occasion and how the person holds it. */
export interface ReportingDuty extends ReportingOccasion {
  /** Ansvarig, rapporteringsansvarig or both. */
  roles: DutyRole[];
}

/** The duties of one person (or of nobody named, `person` undefined). */
export interface PersonDuties {
  /** The person; undefined for items with no person named. */
  person?: Person;
  /** The duties, försenade first. */
  duties: ReportingDuty[];
  /** Counts by state. */
  counts: Record<DutyState, number>;
}

/** What the duties are computed from. */
export interface DutyInput {
  /** Plans (any status; only beslutade count). */
  plans: DutyPlan[];
  /** Kontrollmoment and åtgärder of those plans. */
  items: DutyItem[];
  /** Follow-ups of those plans. */
  followUps: DutyFollowUp[];
  /** Today, "YYYY-MM-DD". */
  today: string;
}

/** Whole days from one ISO date to a later one. */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86400000);
}

/** True when the item's own dates overlap the period (missing dates overlap everything). */
export function itemInPeriod(item: Pick<DutyItem, 'startdatum' | 'slutdatum'>, period: Period): boolean {
  return (item.startdatum === undefined || item.startdatum <= period.end) && (item.slutdatum === undefined || item.slutdatum >= period.start);
}

const STATE_ORDER: Record<DutyState, number> = { forsenad: 0, 'att-rapportera': 1, rapporterad: 2 };

function compareOccasions(a: ReportingOccasion, b: ReportingOccasion): number {
  return (
    STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
    (a.period.end < b.period.end ? -1 : a.period.end > b.period.end ? 1 : 0) ||
    a.plan.namnd.localeCompare(b.plan.namnd, 'sv') ||
    a.plan.ar - b.plan.ar ||
    (a.item.kind === b.item.kind ? 0 : a.item.kind === 'kontrollmoment' ? -1 : 1) ||
    (a.item.nr ?? 0) - (b.item.nr ?? 0) ||
    a.item.id - b.item.id
  );
}

/** Every reporting occasion of the input, försenade first (see the module comment for the rule). */
export function reportingOccasions(input: DutyInput): ReportingOccasion[] {
  const reported = new Set<string>();
  for (const f of input.followUps) {
    if (f.status !== undefined || f.resultat !== undefined) {
      reported.add(`${f.planId}|${f.targetType}|${f.targetKey}|${f.periodKey}`);
    }
  }
  const plans = new Map<number, DutyPlan>();
  input.plans.filter((plan) => plan.status === 'Beslutad').forEach((plan) => plans.set(plan.id, plan));
  const occasions: ReportingOccasion[] = [];
  for (const item of input.items) {
    const plan = plans.get(item.planId);
    if (plan === undefined || (item.kind === 'atgard' && item.status !== undefined && CLOSED_ATGARD_STATUSES.indexOf(item.status) >= 0)) {
      continue;
    }
    const current = findPeriodContaining(plan.perioder, input.today);
    for (const period of plan.perioder) {
      const isCurrent = current !== undefined && current.key === period.key;
      const ended = period.end < input.today;
      if ((!isCurrent && !ended) || !itemInPeriod(item, period)) {
        continue;
      }
      const done = reported.has(`${plan.id}|${item.kind}|${item.key}|${period.key}`);
      if (ended && !done) {
        occasions.push({ plan, item, period, state: 'forsenad', daysOverdue: daysBetween(period.end, input.today) });
      } else if (isCurrent) {
        occasions.push({ plan, item, period, state: done ? 'rapporterad' : 'att-rapportera', daysOverdue: 0 });
      }
    }
  }
  return occasions.sort(compareOccasions);
}

/** How the person holds the item: ansvarig, rapporteringsansvarig, both or neither. */
export function rolesOf(item: DutyItem, personId: number): DutyRole[] {
  const roles: DutyRole[] = [];
  if (item.ansvarigPerson !== undefined && item.ansvarigPerson.id === personId) {
    roles.push('ansvarig');
  }
  if (item.rapporteringsansvarigPerson !== undefined && item.rapporteringsansvarigPerson.id === personId) {
    roles.push('rapporteringsansvarig');
  }
  return roles;
}

/** The duties of one person (the signed-in user): occasions of items naming the person. */
export function dutiesOf(occasions: readonly ReportingOccasion[], personId: number): ReportingDuty[] {
  const duties: ReportingDuty[] = [];
  for (const occasion of occasions) {
    const roles = rolesOf(occasion.item, personId);
    if (roles.length > 0) {
      duties.push({ ...occasion, roles });
    }
  }
  return duties;
}

function countStates(duties: readonly ReportingOccasion[]): Record<DutyState, number> {
  const counts: Record<DutyState, number> = { forsenad: 0, 'att-rapportera': 0, rapporterad: 0 };
  duties.forEach((duty) => {
    counts[duty.state]++;
  });
  return counts;
}

/**
 * The samordnare's overview: every occasion under each person it names (an item naming two
 * people is under both), persons by name, and last the items that name nobody.
 */
export function dutiesByPerson(occasions: readonly ReportingOccasion[]): PersonDuties[] {
  const persons = new Map<number, Person>();
  const nobody: ReportingDuty[] = [];
  for (const occasion of occasions) {
    const named = [occasion.item.ansvarigPerson, occasion.item.rapporteringsansvarigPerson].filter((p): p is Person => p !== undefined);
    if (named.length === 0) {
      nobody.push({ ...occasion, roles: [] });
    }
    named.forEach((person) => persons.set(person.id, person));
  }
  const groups: PersonDuties[] = Array.from(persons.values())
    .sort((a, b) => a.title.localeCompare(b.title, 'sv') || a.id - b.id)
    .map((person) => {
      const duties = dutiesOf(occasions, person.id);
      return { person, duties, counts: countStates(duties) };
    });
  if (nobody.length > 0) {
    groups.push({ duties: nobody, counts: countStates(nobody) });
  }
  return groups;
}

/** Counts by state of a person's duties. */
export function dutyCounts(duties: readonly ReportingOccasion[]): Record<DutyState, number> {
  return countStates(duties);
}
