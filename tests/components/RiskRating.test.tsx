/** @jest-environment ./tests/support/jsdomWithFetch.cjs */
/*
 * Re-rating a risk for a period (seed 003's "Riskvärdering per tertial" and "Periodens
 * riskanalys") through the UI, against the real service on an in-process local SharePoint.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';

import type { PlanSummary, PlanView, Stored } from '../../src/data/InternkontrollService';
import { formatRiskLevel, riskLevelFor } from '../../src/model';
import type { Risk } from '../../src/model';
import { openPlan } from './support/app';
import { LocalSite, seededSite } from './support/localSite';
import { chooseOption, writeRich } from './support/ui';

// The follow-up form loads the rich-text editor on demand; its first load in a run compiles
// TipTap and ProseMirror, which on a busy 2-core machine takes longer than the default wait.
jest.setTimeout(120_000);

/** Seed 000: Arbets- och företagsnämnden 2022, a 5 × 5 matrix, tertials, no period ratings yet. */
const AFN = 'Arbets- och företagsnämnden';

let site: LocalSite;
let afnPlan: PlanSummary;

beforeAll(async () => {
  site = await seededSite();
  const plans = await site.serviceFor('samordnare').listPlans();
  afnPlan = plans.filter((p) => p.namnd === AFN)[0];
});

/** Renders the App as a user and opens the AFN plan on a day in Tertial 2. */
async function openAfnPlan(user: 'handlaggare' | 'lasare'): Promise<ReturnType<typeof render>> {
  return openPlan(site, user, AFN, 2022, '2022-06-15');
}

/** The article of a risk. */
function articleOf(risk: Risk): HTMLElement {
  return screen.getAllByRole('article').filter((a) => a.getAttribute('data-risk-key') === risk.key)[0];
}

/** A heat-map cell by its steps. */
function cell(s: number, k: number): HTMLElement {
  return screen.getByRole('button', { name: new RegExp(`^Sannolikhet ${s} .*konsekvens ${k} `) });
}

/** The number of risks the heat map's cell names. */
function cellCount(s: number, k: number): number {
  const match = /: (\d+) risk/.exec(cell(s, k).textContent || '');
  return match ? Number(match[1]) : -1;
}

/** A risk of the plan whose original rating is not the one the test gives it. */
function riskToRerate(view: PlanView, s: number, k: number): Stored<Risk> {
  return view.risker.filter((r) => r.sannolikhet !== undefined && !(r.sannolikhet === s && r.konsekvens === k))[0];
}

describe('re-rating a risk for a period', () => {
  it('lets a handläggare rate a risk for the period with the matrix’s steps, and it persists', async () => {
    const rendered = await openAfnPlan('handlaggare');
    const before = await site.serviceFor('lasare').loadPlanView(afnPlan.id);
    const matrix = before.plan.riskMatrix;
    const risk = riskToRerate(before, 4, 3);
    const originalCount = cellCount(4, 3);

    fireEvent.click(within(articleOf(risk)).getByRole('button', { name: `Värdera risken för Tertial 2: ${risk.titel}` }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('heading', { name: `Värdera risk ${risk.nr}` })).toBeInTheDocument();
    expect(dialog).toHaveTextContent(risk.titel);
    expect(dialog).toHaveTextContent(`Ursprunglig: ${formatRiskLevel(matrix, { sannolikhet: risk.sannolikhet!, konsekvens: risk.konsekvens! })}`);
    // A kontrollmoment's fields are not asked for a risk.
    expect(within(dialog).queryByRole('combobox', { name: /^Status/ })).not.toBeInTheDocument();

    // Every step is offered with the matrix's own label.
    fireEvent.click(within(dialog).getByRole('combobox', { name: /^Sannolikhet/ }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Inte värderad', ...matrix.sannolikhet.map((step, i) => `${i + 1} – ${step.label}`)]);
    fireEvent.click(screen.getByRole('option', { name: '4 – Sannolik' }));
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    const preview = document.getElementById('ik-riskvardering-forhandsvisning') as HTMLElement;
    expect(preview).toHaveAttribute('aria-live', 'polite');
    expect(preview).toHaveTextContent('Välj både sannolikhet och konsekvens');

    await chooseOption('Konsekvens', '3 – Kännbar');
    // The preview shows the level in words and in the level's colours.
    const level = riskLevelFor(matrix, { sannolikhet: 4, konsekvens: 3 })!;
    expect(preview).toHaveTextContent(`Risknivå Tertial 2: ${level.label} (12)`);
    const badge = within(preview).getByText(`${level.label} (12)`);
    expect(badge).toHaveStyle({ background: level.colour, color: level.textColour });
    await writeRich('ik-uppfoljning-kommentar', '<p>Risken bedöms vara fortsatt hög.</p><p>Utbildning genomförs i maj.</p>');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(within(dialog).getByText('Sparar …')).toBeInTheDocument();
    expect(await screen.findByText(`Riskvärderingen av risk ${risk.nr} för Tertial 2 är sparad.`)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    // The card shows the period's badge and analysis beside the original.
    const article = articleOf(risk);
    expect(within(article).getByText(`Tertial 2: ${level.label} (12)`)).toBeInTheDocument();
    expect(within(article).getByRole('heading', { name: 'Riskanalys Tertial 2' })).toBeInTheDocument();
    expect(article).toHaveTextContent('Utbildning genomförs i maj.');
    // The heat map's period view counts the new rating.
    fireEvent.click(screen.getByRole('radio', { name: 'Per Tertial 2' }));
    expect(cellCount(4, 3)).toBe(originalCount + 1);

    // Stored: another user reads it from SharePoint.
    const stored = await site.serviceFor('lasare').loadPlanView(afnPlan.id);
    const followUps = stored.uppfoljningar.filter((f) => f.targetType === 'risk' && f.targetKey === risk.key && f.periodKey === 'T2');
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatchObject({
      riskvardering: { sannolikhet: 4, konsekvens: 3 },
      kommentar: '<p>Risken bedöms vara fortsatt hög.</p><p>Utbildning genomförs i maj.</p>'
    });
    // The risk's original rating is untouched.
    expect(stored.risker.filter((r) => r.key === risk.key)[0]).toMatchObject({ sannolikhet: risk.sannolikhet, konsekvens: risk.konsekvens });

    // Reloaded, the view shows it, and the form opens on the stored rating.
    rendered.unmount();
    await openAfnPlan('handlaggare');
    expect(within(articleOf(risk)).getByText(`Tertial 2: ${level.label} (12)`)).toBeInTheDocument();
    fireEvent.click(within(articleOf(risk)).getByRole('button', { name: `Värdera risken för Tertial 2: ${risk.titel}` }));
    const reopened = await screen.findByRole('dialog');
    expect(within(reopened).getByRole('combobox', { name: /^Sannolikhet/ })).toHaveTextContent('4 – Sannolik');
    expect(within(reopened).getByRole('combobox', { name: /^Konsekvens/ })).toHaveTextContent('3 – Kännbar');
  });

  it('blocks a half-given rating with a message naming the missing field, and sends nothing', async () => {
    await openAfnPlan('handlaggare');
    const before = await site.serviceFor('lasare').loadPlanView(afnPlan.id);
    const risk = before.risker.filter((r) => !before.uppfoljningar.some((f) => f.targetType === 'risk' && f.targetKey === r.key))[0];
    fireEvent.click(within(articleOf(risk)).getByRole('button', { name: `Värdera risken för Tertial 2: ${risk.titel}` }));
    const dialog = await screen.findByRole('dialog');
    await chooseOption('Sannolikhet', '2 – Mindre sannolik');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));

    const summary = await within(dialog).findByRole('region', { name: /^Rätta 1 fel innan du sparar:/ });
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', { name: 'Konsekvens måste anges när sannolikhet är angiven för uppföljningen i period T2.' });
    const konsekvens = within(dialog).getByRole('combobox', { name: /^Konsekvens/ });
    expect(konsekvens).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (konsekvens.getAttribute('aria-describedby') || '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent || '').join(' ')).toMatch(/^Konsekvens måste anges/);
    fireEvent.click(link);
    expect(konsekvens).toHaveFocus();

    const after = await site.serviceFor('lasare').loadPlanView(afnPlan.id);
    expect(after.uppfoljningar.filter((f) => f.targetKey === risk.key)).toHaveLength(0);

    // Choosing the other step fixes it at once.
    await chooseOption('Konsekvens', '2 – Lindrig');
    expect(within(dialog).getByRole('combobox', { name: /^Konsekvens/ })).not.toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).queryByRole('region', { name: /^Rätta/ })).not.toBeInTheDocument();
  });

  it('tells the user when the rating was changed meanwhile and lays it beside theirs, step by step', async () => {
    await openAfnPlan('handlaggare');
    const own = site.serviceFor('handlaggare');
    const before = await own.loadPlanView(afnPlan.id);
    const risk = before.risker.filter((r) => !before.uppfoljningar.some((f) => f.targetType === 'risk' && f.targetKey === r.key))[1];
    // The handläggare's own earlier rating, changed again elsewhere while the form is open.
    const first = await own.saveFollowUp(afnPlan.id, { key: `${risk.key}-T2-test`, targetType: 'risk', targetKey: risk.key, periodKey: 'T2', riskvardering: { sannolikhet: 1, konsekvens: 1 } }, []);
    screen.getAllByRole('button', { name: 'Alla planer' }).forEach((b) => fireEvent.click(b));
    fireEvent.click(await screen.findByRole('button', { name: `Öppna internkontrollplanen för ${AFN} 2022` }));
    fireEvent.click(await within(await waitFor(() => articleOf(risk))).findByRole('button', { name: `Värdera risken för Tertial 2: ${risk.titel}` }));
    const dialog = await screen.findByRole('dialog');
    await own.saveFollowUp(afnPlan.id, { ...first.followUp, riskvardering: { sannolikhet: 2, konsekvens: 2 } }, []);

    await chooseOption('Sannolikhet', '3 – Möjlig');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    // Opened at 1 × 1; they made it 2 × 2; you chose sannolikhet 3: yours there, theirs for konsekvens.
    const table = await within(dialog).findByRole('table', { name: 'Fält som skiljer sig' });
    expect(within(dialog).getByText('Någon annan har sparat en ny version medan du hade formuläret öppet. Ingenting av ditt är sparat än.')).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => Array.from(row.children).slice(0, 3).map((cell) => cell.textContent))).toEqual([
      ['Sannolikhet', '2 – Mindre sannolik', '3 – Möjlig'],
      ['Konsekvens', '2 – Lindrig', '1 – Försumbar']
    ]);
    expect(within(rows[0]).getByRole('radio', { name: 'Din' })).toBeChecked();
    expect(within(rows[1]).getByRole('radio', { name: 'Deras' })).toBeChecked();
    // What you chose is still in the form.
    expect(within(dialog).getByRole('combobox', { name: /^Sannolikhet/ })).toHaveTextContent('3 – Möjlig');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara med mina val' }));
    await waitFor(() => expect(within(dialog).queryByRole('table', { name: 'Fält som skiljer sig' })).not.toBeInTheDocument());
    await waitFor(async () => {
      const after = await own.loadPlanView(afnPlan.id);
      expect(after.uppfoljningar.filter((f) => f.key === first.followUp.key)[0].riskvardering).toEqual({ sannolikhet: 3, konsekvens: 2 });
    });
  });

  it('offers a reader no way to rate', async () => {
    await openAfnPlan('lasare');
    expect(await screen.findByText('Du har läsbehörighet. Du kan se planerna men inte ändra dem.')).toBeInTheDocument();
    expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
    expect(screen.queryAllByRole('button', { name: /^Värdera risken/ })).toHaveLength(0);
  });
});
