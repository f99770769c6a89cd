/**
 * @jest-environment ./tests/support/jsdomWithFetch.cjs
 *
 * The Teams pieces over the real approval service on the in-process local SharePoint: the ACE
 * quick view (rendered with adaptivecards, Godkänn clicked) records the decision through
 * `createApprovalService`, and `TeamsApprovalNotifier` is the service's notifier, its
 * messages in the local outbox.
 */
import * as ACData from 'adaptivecards-templating';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';

import { seedDemoData } from '../../local/seedDemo';
import type { OutboxEntry } from '../../local/graph/outbox';
import { createApprovalService as createRealApprovalService } from '../../src/data/approvals/ApprovalService';
import { pnpEmailSender } from '../../src/data/mail';
import { createInternkontrollService } from '../../src/data/PnpInternkontrollService';
import { ROLE_GROUPS } from '../../src/data/security/roles';
import type { ApprovalDeciderService, ApprovalNotifierLike } from '../../src/teams/approvalPort';
import { attGodkannaCardView, attGodkannaQuickViewData, attGodkannaQuickViewTemplate, handleAttGodkannaAction } from '../../src/teams/ace/attGodkannaCards';
import { approvalRequestDeepLink } from '../../src/teams';
import { TeamsApprovalNotifier } from '../../src/teams/notify';
import { localGraphFor } from '../support/localGraph';
import { createTarget, type TestTarget } from '../support/target';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

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

// The approval service hashes with Web Crypto, which jsdom's window lacks.
if (globalThis.crypto?.subtle === undefined) {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  Object.defineProperty(globalThis, 'crypto', { configurable: true, value: (require('node:crypto') as typeof import('node:crypto')).webcrypto });
}


type ServiceFactory = (sp: SPFI, options: { plans: unknown; notifier?: ApprovalNotifierLike }) => ApprovalDeciderService & {
  setPlanApprovers(input: { planId: number; approverIds: number[]; rule: 'any' | 'all' }): Promise<unknown>;
  request(input: { planId: number; periodKey: string; shapeId: string; note?: string; deadline?: string }): Promise<{ request: { key: string } }>;
  stateOf(planId: number, periodKey: string): Promise<{ status: string }>;
};

jest.setTimeout(120000);

describe('approval in Teams over the approval service', () => {
  let target: TestTarget;

  afterEach(() => target?.close());

  test('the requester\'s request reaches the chef\'s activity feed; Godkänn in the ACE quick view approves; the requester hears of it', async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const createApprovalService = createRealApprovalService as unknown as ServiceFactory;
    target = createTarget();
    const core = target.core!;
    const owner = target.sp('samordnare');
    const seeded = await seedDemoData(owner);
    await target.joinRoleGroups();
    const planId = Object.values(seeded.imported)[0];
    const periodKey = (await createInternkontrollService(owner).loadPlanView(planId)).uppfoljningar[0].periodKey;
    const chefId = (await owner.web.ensureUser('i:0#.f|membership|chef@kommun.example')) as unknown as { Id?: number; data?: { Id: number } };
    const service = (user: 'planerare' | 'handlaggare' | 'chef') => {
      const sp = target.sp(user);
      const notifier = new TeamsApprovalNotifier({ preferred: 'activity', graph: localGraphFor(target.core!, user), email: pnpEmailSender(sp) });
      return createApprovalService(sp, { plans: createInternkontrollService(sp), notifier });
    };
    expect((await owner.web.siteGroups.getByName(ROLE_GROUPS.godkannare.title).users()).map((u: { Title: string }) => u.Title)).toContain('Förvaltningsdirektör');

    await service('planerare').setPlanApprovers({ planId, approverIds: [chefId.Id ?? chefId.data!.Id], rule: 'any' });
    const made = await service('handlaggare').request({ planId, periodKey, shapeId: 'status-per-tertial', note: 'Klar för nämnden.', deadline: '2099-12-31' });
    const key = made.request.key;

    let sent: readonly OutboxEntry[] = core.outbox.all();
    expect(sent.map((e) => [e.channel, e.from, e.to])).toEqual([['activity', 'handlaggare', ['chef']]]);
    expect((sent[0].payload as { topic: { webUrl: string } }).topic.webUrl).toBe(approvalRequestDeepLink(key));

    // The chef's card: one to approve; the quick view's Godkänn decides through the service.
    const asChef = service('chef');
    const cases = await asChef.listForApprover();
    expect(attGodkannaCardView(cases).primaryText).toBe('1 att godkänna');
    const adaptiveCard = new AC.AdaptiveCard();
    const submitted: unknown[] = [];
    adaptiveCard.onExecuteAction = (action) => {
      if (action instanceof AC.SubmitAction) {
        submitted.push(action.data);
      }
    };
    adaptiveCard.parse(new ACData.Template(attGodkannaQuickViewTemplate()).expand({ $root: attGodkannaQuickViewData(cases) }));
    const root = adaptiveCard.render()!;
    document.body.appendChild(root);
    const godkann = root.querySelector<HTMLElement>(`#request-${key}`)!.querySelector<HTMLButtonElement>('button[aria-label="Godkänn"]')!;
    godkann.click();
    const result = await handleAttGodkannaAction(asChef, cases, submitted[0]);
    expect(result.decided).toBe(true);
    expect((await service('handlaggare').stateOf(planId, periodKey)).status).toBe('approved');
    expect(await asChef.listForApprover()).toEqual([]);

    sent = core.outbox.all();
    expect(sent.map((e) => [e.channel, e.from, e.to])).toEqual([
      ['activity', 'handlaggare', ['chef']],
      ['activity', 'chef', ['handlaggare']]
    ]);
    expect((sent[1].payload as { topic: { value: string } }).topic.value).toMatch(/^Godkänd: /);
  });

  test('Återremittera without a comment in the ACE writes nothing; with one, the service records it', async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const createApprovalService = createRealApprovalService as unknown as ServiceFactory;
    target = createTarget();
    const owner = target.sp('samordnare');
    const seeded = await seedDemoData(owner);
    await target.joinRoleGroups();
    const planId = Object.values(seeded.imported)[0];
    const periodKey = (await createInternkontrollService(owner).loadPlanView(planId)).uppfoljningar[0].periodKey;
    const chef = (await owner.web.ensureUser('i:0#.f|membership|chef@kommun.example')) as unknown as { Id?: number; data?: { Id: number } };
    const service = (user: 'planerare' | 'handlaggare' | 'chef') => createApprovalService(target.sp(user), { plans: createInternkontrollService(target.sp(user)) });
    await service('planerare').setPlanApprovers({ planId, approverIds: [chef.Id ?? chef.data!.Id], rule: 'any' });
    const { request } = await service('handlaggare').request({ planId, periodKey, shapeId: 'status-per-tertial' });
    const asChef = service('chef');
    const cases = await asChef.listForApprover();
    const refused = await handleAttGodkannaAction(asChef, cases, { decision: 'return', key: request.key, [`comment-${request.key}`]: '' });
    expect(refused.decided).toBe(false);
    expect((await service('handlaggare').stateOf(planId, periodKey)).status).toBe('requested');
    const returned = await handleAttGodkannaAction(asChef, cases, { decision: 'return', key: request.key, [`comment-${request.key}`]: 'Komplettera.' });
    expect(returned.decided).toBe(true);
    expect((await service('handlaggare').stateOf(planId, periodKey)).status).toBe('returned');
  });
});
