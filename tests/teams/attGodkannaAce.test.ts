/**
 * @jest-environment jsdom
 *
 * The ACE "Att godkänna": its quick view template bound with adaptivecards-templating and
 * rendered with adaptivecards in jsdom, buttons found by aria-label and clicked, the submit
 * handled by the same function the ACE's onAction calls. The approval service here is a small
 * in-memory one of the contract (`ApprovalDeciderService`) that records each decide call, so
 * every refusal can be driven; the card over the real service on the local SharePoint is
 * tests/teams/cardApprovals.test.ts and tests/teams/approvalsInTeams.test.ts.
 */
import * as ACData from 'adaptivecards-templating';

import type { ApprovalCaseLike, ApprovalDecisionInputLike, ApprovalDeciderService } from '../../src/teams/approvalPort';
import {
  attGodkannaCardView,
  attGodkannaQuickViewData,
  attGodkannaQuickViewTemplate,
  handleAttGodkannaAction,
  type AttGodkannaNotice
} from '../../src/teams/ace/attGodkannaCards';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

// adaptivecards writes plain text with innerText, which jsdom lacks; a browser sets the text.
if (!('innerText' in HTMLElement.prototype)) {
  Object.defineProperty(HTMLElement.prototype, 'innerText', {
    configurable: true,
    get(this: HTMLElement) {
      return this.textContent ?? '';
    },
    set(this: HTMLElement, value: string) {
      this.textContent = value;
    }
  });
}
// Plain text, as Viva Connections shows these blocks: no markdown processor is wanted.
AC.AdaptiveCard.onProcessMarkdown = undefined;

const person = (id: number, title: string) => ({ id, title, email: `${title.toLowerCase().replace(/\W+/g, '')}@kommun.example` });
const REQUESTER = person(6, 'Samordnare intern kontroll');

function approvalCase(key: string, planTitle: string, periodLabel: string, extra: Partial<ApprovalCaseLike['request']> = {}, overdue = false): ApprovalCaseLike {
  return {
    request: { key, planId: 1, periodKey: 'T2', contentHash: `hash-of-${key}`, requester: REQUESTER, ...extra },
    status: 'requested',
    overdue,
    planTitle,
    periodLabel
  };
}

const K1 = '11111111-1111-4111-8111-111111111111';
const K2 = '22222222-2222-4222-8222-222222222222';

class InMemoryDecider implements ApprovalDeciderService {
  public readonly calls: [string, ApprovalDecisionInputLike][] = [];
  public constructor(public cases: ApprovalCaseLike[], private readonly refuse?: Error) {}
  public async listForApprover(): Promise<ApprovalCaseLike[]> {
    return this.cases.filter((c) => c.status === 'requested');
  }
  public async decide(key: string, input: ApprovalDecisionInputLike): Promise<ApprovalCaseLike> {
    this.calls.push([key, input]);
    if (this.refuse !== undefined) {
      throw this.refuse;
    }
    const found = this.cases.find((c) => c.request.key === key)!;
    found.status = input.outcome;
    return found;
  }
}

/** Renders the quick view and returns its root and the submits it produces. */
function renderQuickView(cases: ApprovalCaseLike[], notice?: AttGodkannaNotice): { root: HTMLElement; submitted: unknown[] } {
  const template = new ACData.Template(attGodkannaQuickViewTemplate());
  const card = template.expand({ $root: attGodkannaQuickViewData(cases, notice) });
  const adaptiveCard = new AC.AdaptiveCard();
  const submitted: unknown[] = [];
  adaptiveCard.onExecuteAction = (action) => {
    if (action instanceof AC.SubmitAction) {
      submitted.push(action.data);
    }
  };
  adaptiveCard.parse(card);
  const root = adaptiveCard.render()!;
  document.body.innerHTML = '';
  document.body.appendChild(root);
  return { root, submitted };
}

function requestContainer(root: HTMLElement, key: string): HTMLElement {
  const container = root.querySelector<HTMLElement>(`#request-${key}`);
  if (container === null) {
    throw new Error(`no container for ${key}`);
  }
  return container;
}

function button(container: HTMLElement, label: string): HTMLButtonElement {
  const found = Array.from(container.querySelectorAll<HTMLButtonElement>('button')).filter((b) => b.getAttribute('aria-label') === label);
  expect(found).toHaveLength(1);
  return found[0];
}

/** The comment box, found as a screen reader finds it: by the label it is labelled by. */
function commentBox(container: HTMLElement): HTMLTextAreaElement {
  const boxes = Array.from(container.querySelectorAll<HTMLTextAreaElement>('textarea')).filter((box) =>
    (box.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .some((id) => document.getElementById(id)?.textContent?.includes('Kommentar (krävs för att återremittera)'))
  );
  expect(boxes).toHaveLength(1);
  return boxes[0];
}

function typeComment(container: HTMLElement, text: string): void {
  const input = commentBox(container);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('ACE "Att godkänna"', () => {
  const cases = (): ApprovalCaseLike[] => [
    approvalCase(K1, 'Socialnämnden 2022', 'Tertial 2', { deadline: '2024-09-20', note: 'Inför nämndens möte 26 september' }, true),
    approvalCase(K2, 'Kommunstyrelsen 2024', 'Delår')
  ];

  it('card view: the count, the overdue ones, and nothing to open when nothing waits', () => {
    expect(attGodkannaCardView(cases())).toEqual({ title: 'Att godkänna', primaryText: '2 att godkänna', description: '1 försenade', buttonTitle: 'Visa och besluta' });
    expect(attGodkannaCardView([])).toEqual({ title: 'Att godkänna', primaryText: 'Inget att godkänna', description: 'Du har inga begäranden som väntar på ditt beslut.' });
  });

  it('quick view renders the count and each request with its facts and both buttons', () => {
    const { root } = renderQuickView(cases());
    expect(root.textContent).toContain('2 att godkänna');
    const first = requestContainer(root, K1);
    expect(first.textContent).toContain('Socialnämnden 2022 – Tertial 2');
    expect(first.textContent).toContain('2024-09-20 (försenad)');
    expect(first.textContent).toContain('Inför nämndens möte 26 september');
    expect(first.textContent).toContain('Kommentar (krävs för att återremittera)');
    button(first, 'Godkänn');
    button(first, 'Återremittera');
    const second = requestContainer(root, K2);
    expect(second.textContent).toContain('Ingen');
    expect(root.querySelectorAll('button[aria-label="Godkänn"]')).toHaveLength(2);
  });

  it('has no requests to show when nothing waits', () => {
    const { root } = renderQuickView([]);
    expect(root.textContent).toContain('Inget att godkänna');
    expect(root.textContent).toContain('Du har inga begäranden som väntar på ditt beslut.');
    expect(root.querySelectorAll('button')).toHaveLength(0);
  });

  it('a click on Godkänn records the decision on the content as requested', async () => {
    const list = cases();
    const service = new InMemoryDecider(list);
    const { root, submitted } = renderQuickView(list);
    button(requestContainer(root, K2), 'Godkänn').click();
    expect(submitted).toHaveLength(1);
    const result = await handleAttGodkannaAction(service, list, submitted[0]);
    expect(service.calls).toEqual([[K2, { outcome: 'approved', seenHash: `hash-of-${K2}` }]]);
    expect(result).toEqual({ decided: true, notice: { text: 'Kommunstyrelsen 2024 – Delår är godkänd.', isError: false } });
    // Read again, the card counts one.
    const remaining = await service.listForApprover();
    expect(attGodkannaCardView(remaining).primaryText).toBe('1 att godkänna');
    const again = renderQuickView(remaining, result.notice);
    expect(again.root.textContent).toContain('Kommunstyrelsen 2024 – Delår är godkänd.');
    expect(again.root.querySelector(`#request-${K2}`)).toBeNull();
  });

  it('Återremittera without a comment is refused in Swedish and nothing is sent', async () => {
    const list = cases();
    const service = new InMemoryDecider(list);
    const { root, submitted } = renderQuickView(list);
    button(requestContainer(root, K1), 'Återremittera').click();
    const result = await handleAttGodkannaAction(service, list, submitted[0]);
    expect(result).toEqual({ decided: false, notice: { text: 'Kommentar: skriv varför Socialnämnden 2022 – Tertial 2 återremitteras. / Comment: a comment is required to return.', isError: true } });
    expect(service.calls).toEqual([]);
    // Blank is no comment either.
    typeComment(requestContainer(root, K1), '   ');
    button(requestContainer(root, K1), 'Återremittera').click();
    expect((await handleAttGodkannaAction(service, list, submitted[1])).decided).toBe(false);
    expect(service.calls).toEqual([]);
    const shown = renderQuickView(list, result.notice);
    expect(shown.root.textContent).toContain('Kommentar: skriv varför');
  });

  it('Återremittera with a comment sends it, from that request\'s own box', async () => {
    const list = cases();
    const service = new InMemoryDecider(list);
    const { root, submitted } = renderQuickView(list);
    typeComment(requestContainer(root, K1), '  Komplettera kontrollmoment 4. ');
    button(requestContainer(root, K1), 'Återremittera').click();
    const result = await handleAttGodkannaAction(service, list, submitted[0]);
    expect(service.calls).toEqual([[K1, { outcome: 'returned', comment: 'Komplettera kontrollmoment 4.', seenHash: `hash-of-${K1}` }]]);
    expect(result.notice).toEqual({ text: 'Socialnämnden 2022 – Tertial 2 är återremitterad.', isError: false });
  });

  it('a refusal of the service is shown as its Swedish message', async () => {
    const list = cases();
    const service = new InMemoryDecider(list, new Error('Innehållet har ändrats sedan begäran. Öppna begäran i appen. / The content changed.'));
    const result = await handleAttGodkannaAction(service, list, { decision: 'approve', key: K1 });
    expect(result).toEqual({ decided: false, notice: { text: 'Innehållet har ändrats sedan begäran. Öppna begäran i appen. / The content changed.', isError: true } });
  });

  it('an unknown action or a request no longer waiting is refused', async () => {
    const service = new InMemoryDecider(cases());
    expect((await handleAttGodkannaAction(service, cases(), { decision: 'delete', key: K1 })).notice.text).toBe('Okänd åtgärd. / Unknown action.');
    expect((await handleAttGodkannaAction(service, cases(), { decision: 'approve', key: 'other' })).notice.isError).toBe(true);
    expect(service.calls).toEqual([]);
  });

  it('the template has no action but the two submits per request (no links out, nothing a bot would need)', () => {
    const text = JSON.stringify(attGodkannaQuickViewTemplate());
    expect(text.match(/"type":"Action\.[A-Za-z]+"/g)).toEqual(['"type":"Action.Submit"', '"type":"Action.Submit"']);
  });
});
