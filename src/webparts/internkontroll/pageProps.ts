/**
 * The web part's stored properties and the pure resolver that turns them into the App's page
 * props: what the page shows, the plan and period it opens on, and its heading. The web part
 * class only passes the result on (the react-ioc-tests sample's pattern).
 */
import type { PageScope } from '../../components/App/pageScope';

/** What a page shows, as stored. */
export type PageShow = 'alla' | 'namnd' | 'plan';

/** The period choice that means "the current period" (the plan view's own rule). */
export const CURRENT_PERIOD = 'aktuell';

/** The web part's stored properties. */
export interface IInternkontrollWebPartProps {
  /** What the page shows; absent on pages saved before the choice existed (then `planId` decides). */
  show?: PageShow;
  /** The nämnd whose plans a `namnd` page shows. */
  namnd?: string;
  /** The plan a `plan` page opens (0 or absent: none chosen). */
  planId?: number;
  /** The period key the plan opens on, e.g. "T2"; `aktuell` or absent for the current period. */
  period?: string;
  /** The page's heading, e.g. "Socialnämndens internkontroll"; absent for none. */
  rubrik?: string;
}

/** What the App is given for the page. */
export interface PageProps {
  /** The plans the page shows. */
  scope: PageScope;
  /** The plan to open at once. */
  initialPlanId?: number;
  /** The period key a plan opens on, when the page chose one. */
  initialPeriodKey?: string;
  /** The page's heading. */
  heading?: string;
}

function text(value: string | undefined): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed === '' ? undefined : trimmed;
}

function planIdOf(value: unknown): number | undefined {
  const id = typeof value === 'string' ? Number(value) : value;
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : undefined;
}

/**
 * The page props from the stored properties. An incomplete choice (a nämnd page without a
 * nämnd, a plan page without a plan) shows every plan rather than nothing.
 */
export function resolvePageProps(properties: IInternkontrollWebPartProps): PageProps {
  const planId = planIdOf(properties.planId);
  const namnd = text(properties.namnd);
  const show: PageShow = properties.show ?? (planId !== undefined ? 'plan' : 'alla');
  let scope: PageScope = { kind: 'all' };
  if (show === 'plan' && planId !== undefined) {
    scope = { kind: 'plan', planId };
  } else if (show === 'namnd' && namnd !== undefined) {
    scope = { kind: 'namnd', namnd };
  }
  const period = text(properties.period);
  const resolved: PageProps = { scope };
  if (scope.kind === 'plan') {
    resolved.initialPlanId = scope.planId;
  }
  if (period !== undefined && period !== CURRENT_PERIOD) {
    resolved.initialPeriodKey = period;
  }
  const heading = text(properties.rubrik);
  if (heading !== undefined) {
    resolved.heading = heading;
  }
  return resolved;
}
