/**
 * "On a page": the web part's stored properties resolved to the App's page props (pure), and
 * the property pane built with recording field factories, as SPFx's would be called.
 */
import { buildPropertyPane, PropertyPaneFields } from '../../src/webparts/internkontroll/InternkontrollPropertyPane';
import { resolvePageProps } from '../../src/webparts/internkontroll/pageProps';
import { SV_STRINGS } from '../../src/components/i18n';
import type { PlanSummary } from '../../src/data/InternkontrollService';

describe('resolvePageProps', () => {
  it('shows every plan by default and opens on the current period', () => {
    expect(resolvePageProps({})).toEqual({ scope: { kind: 'all' } });
    expect(resolvePageProps({ show: 'alla', period: 'aktuell', rubrik: '  ' })).toEqual({ scope: { kind: 'all' } });
  });

  it('makes a page of one nämnd’s plans with its heading: "Socialnämndens internkontroll"', () => {
    expect(resolvePageProps({ show: 'namnd', namnd: ' Socialnämnden ', period: 'T2', rubrik: 'Socialnämndens internkontroll' })).toEqual({
      scope: { kind: 'namnd', namnd: 'Socialnämnden' },
      initialPeriodKey: 'T2',
      heading: 'Socialnämndens internkontroll'
    });
  });

  it('opens one plan, also for pages saved before the choice existed', () => {
    expect(resolvePageProps({ show: 'plan', planId: 7, period: 'DELAR' })).toEqual({ scope: { kind: 'plan', planId: 7 }, initialPlanId: 7, initialPeriodKey: 'DELAR' });
    expect(resolvePageProps({ planId: 3 })).toEqual({ scope: { kind: 'plan', planId: 3 }, initialPlanId: 3 });
  });

  it('shows every plan for an incomplete choice rather than nothing', () => {
    expect(resolvePageProps({ show: 'plan', planId: 0 })).toEqual({ scope: { kind: 'all' } });
    expect(resolvePageProps({ show: 'namnd', namnd: '' })).toEqual({ scope: { kind: 'all' } });
    // A plan id left from before does not override a nämnd page.
    expect(resolvePageProps({ show: 'namnd', namnd: 'Kulturnämnden', planId: 4 })).toEqual({ scope: { kind: 'namnd', namnd: 'Kulturnämnden' } });
    expect(resolvePageProps({ show: 'alla', planId: 4 })).toEqual({ scope: { kind: 'all' } });
  });
});

/** Factories that record what the pane asks for, in SPFx's field shape. */
const recording: PropertyPaneFields = {
  choiceGroup: (targetProperty, properties) => ({ type: 10, targetProperty, properties }) as never,
  dropdown: (targetProperty, properties) => ({ type: 6, targetProperty, properties }) as never,
  textField: (targetProperty, properties) => ({ type: 3, targetProperty, properties }) as never
};

const PLANS: PlanSummary[] = [
  { id: 1, key: 'a', etag: '"1"', namnd: 'Socialnämnden', ar: 2025, status: 'Beslutad', diarienummer: 'SN 2024/118' },
  { id: 2, key: 'b', etag: '"1"', namnd: 'Kulturnämnden', ar: 2025, status: 'Utkast' },
  { id: 3, key: 'c', etag: '"1"', namnd: 'socialnämnden ', ar: 2024, status: 'Avslutad' }
];

function fieldsOf(config: ReturnType<typeof buildPropertyPane>): Array<{ targetProperty: string; properties: Record<string, unknown> }> {
  return (config.pages[0].groups[0] as { groupFields: unknown }).groupFields as Array<{ targetProperty: string; properties: Record<string, unknown> }>;
}

describe('buildPropertyPane', () => {
  it('offers what to show, the period and the heading; the nämnd and plan only with the choice that needs them', () => {
    const all = fieldsOf(buildPropertyPane(SV_STRINGS, PLANS, {}, recording));
    expect(all.map((f) => f.targetProperty)).toEqual(['show', 'period', 'rubrik']);
    expect((all[0].properties.options as Array<{ key: string; text: string; checked: boolean }>).map((o) => [o.key, o.text, o.checked])).toEqual([
      ['alla', 'Alla planer', true],
      ['namnd', 'En nämnds planer', false],
      ['plan', 'En plan', false]
    ]);
    const periods = (all[1].properties.options as Array<{ key: string; text: string }>).map((o) => o.key);
    expect(periods).toEqual(['aktuell', 'T1', 'T2', 'T3', 'DELAR', 'HELAR', 'H1', 'H2', 'K1', 'K2', 'K3', 'K4']);
    expect(all[1].properties.selectedKey).toBe('aktuell');
    expect(all[2].properties).toMatchObject({ label: 'Rubrik på sidan', placeholder: 'Till exempel Socialnämndens internkontroll' });
  });

  it('lists each nämnd once, by name, for a nämnd page', () => {
    const fields = fieldsOf(buildPropertyPane(SV_STRINGS, PLANS, { show: 'namnd', namnd: 'Socialnämnden' }, recording));
    expect(fields.map((f) => f.targetProperty)).toEqual(['show', 'namnd', 'period', 'rubrik']);
    expect((fields[1].properties.options as Array<{ key: string }>).map((o) => o.key)).toEqual(['Kulturnämnden', 'Socialnämnden']);
    expect(fields[1].properties.selectedKey).toBe('Socialnämnden');
  });

  it('lists the plans for a plan page, with "none" first', () => {
    const fields = fieldsOf(buildPropertyPane(SV_STRINGS, PLANS, { show: 'plan', planId: 2 }, recording));
    expect(fields[1].targetProperty).toBe('planId');
    expect((fields[1].properties.options as Array<{ key: number; text: string }>).map((o) => o.text)).toEqual([
      'Alla planer (lista)',
      'Socialnämnden 2025 (SN 2024/118)',
      'Kulturnämnden 2025',
      'socialnämnden  2024'
    ]);
    expect(fields[1].properties.selectedKey).toBe(2);
  });
});
