/**
 * The approval state machine and the validity check, pure. The tables below are written from
 * the specification (issue 9): draft → requested → approved / återremitterad / withdrawn,
 * approved → ändrad efter godkännande; any-of / all-of; deputies in and out of their dates;
 * every refusal with its Swedish message.
 */
import {
  checkDecide,
  checkRequest,
  checkWithdraw,
  foldRequest,
  isDecisionValid,
  periodState,
  transition,
  type ApprovalAction,
  type ApprovalDecision,
  type ApprovalPerson,
  type ApprovalRequest,
  type ApprovalStatus,
  type DeputyAppointment,
  type FoldContext,
  type PlanApprovers
} from '../../src/approvals';

const HASH = 'a'.repeat(64);
const OTHER_HASH = 'b'.repeat(64);

const handlaggare: ApprovalPerson = { id: 10, title: 'Handläggare' };
const chef: ApprovalPerson = { id: 20, title: 'Förvaltningsdirektör' };
const socialchef: ApprovalPerson = { id: 21, title: 'Socialchef' };
const ersattare: ApprovalPerson = { id: 30, title: 'Biträdande direktör' };
const outsider: ApprovalPerson = { id: 40, title: 'Utomstående' };

function approvers(rule: 'any' | 'all', people: ApprovalPerson[], createdAt = '2024-01-01T08:00:00Z', id = 1): PlanApprovers {
  return { id, key: `v${id}`, planId: 7, approvers: people, rule, author: { id: 1, title: 'Samordnare' }, createdAt };
}

function deputy(from: string, to: string, createdAt = '2024-01-02T08:00:00Z'): DeputyAppointment {
  return { id: 1, key: 'd1', approver: chef, deputy: ersattare, from, to, author: { id: 1, title: 'Samordnare' }, createdAt };
}

const request: ApprovalRequest = {
  id: 1,
  key: 'req-1',
  planId: 7,
  periodKey: 'T2',
  shapeId: 'granskningssammanfattning',
  contentHash: HASH,
  requester: handlaggare,
  requestedAt: '2024-09-02T08:00:00Z',
  deadline: '2024-09-09',
  approvers: [],
  rule: 'any'
};

let nextId = 100;
function decision(decider: ApprovalPerson, outcome: 'approved' | 'returned', decidedAt: string, extra: Partial<ApprovalDecision> = {}): ApprovalDecision {
  nextId++;
  return { id: nextId, key: `k${nextId}`, requestKey: 'req-1', planId: 7, periodKey: 'T2', outcome, contentHash: HASH, decider, decidedAt, ...extra };
}

function context(versions: PlanApprovers[], deputies: DeputyAppointment[] = [], now = '2024-09-05T10:00:00Z'): FoldContext {
  return { approverVersions: versions, deputies, now, planTitle: 'Socialnämnden 2024', periodLabel: 'Tertial 2' };
}

describe('transitions', () => {
  // [from, action, to or the refusal's code]
  const TABLE: Array<[ApprovalStatus, ApprovalAction, string]> = [
    ['draft', 'request', 'requested'],
    ['draft', 'approve', 'refused:no-request'],
    ['draft', 'return', 'refused:no-request'],
    ['draft', 'withdraw', 'refused:no-request'],
    ['requested', 'approve', 'approved'],
    ['requested', 'approve-partly', 'requested'],
    ['requested', 'return', 'returned'],
    ['requested', 'withdraw', 'withdrawn'],
    ['requested', 'request', 'refused:open-request'],
    ['approved', 'content-changed', 'changed'],
    ['approved', 'request', 'refused:already-approved'],
    ['approved', 'approve', 'refused:request-decided'],
    ['approved', 'return', 'refused:request-decided'],
    ['approved', 'withdraw', 'refused:request-decided'],
    ['changed', 'request', 'requested'],
    ['changed', 'content-restored', 'approved'],
    ['changed', 'approve', 'refused:request-decided'],
    ['returned', 'request', 'requested'],
    ['returned', 'approve', 'refused:request-decided'],
    ['returned', 'withdraw', 'refused:request-decided'],
    ['withdrawn', 'request', 'requested'],
    ['withdrawn', 'approve', 'refused:request-withdrawn'],
    ['withdrawn', 'return', 'refused:request-withdrawn'],
    ['withdrawn', 'withdraw', 'refused:request-withdrawn']
  ];
  test.each(TABLE)('%s + %s → %s', (from, action, to) => {
    const result = transition(from, action, 'Tertial 2');
    if (to.startsWith('refused:')) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.refusal.code).toBe(to.slice('refused:'.length));
        expect(result.refusal.message).toMatch(/[a-zåäö]/);
        expect(result.refusal.messageEn).not.toBe(result.refusal.message);
      }
    } else {
      expect(result).toEqual({ ok: true, status: to });
    }
  });
});

describe('isDecisionValid', () => {
  const any = [approvers('any', [chef, socialchef])];
  const TABLE: Array<[string, ApprovalDecision, DeputyAppointment[], string]> = [
    ['a named approver', decision(chef, 'approved', '2024-09-05T10:00:00Z'), [], 'valid:20'],
    ['the requester', decision(handlaggare, 'approved', '2024-09-05T10:00:00Z'), [], 'self-approval'],
    ['someone not named', decision(outsider, 'approved', '2024-09-05T10:00:00Z'), [], 'not-an-approver'],
    ['a deputy in range', decision(ersattare, 'approved', '2024-09-05T10:00:00Z'), [deputy('2024-09-01', '2024-09-10')], 'deputy:20'],
    ['a deputy just after midnight after the last day, Swedish time (00:30)', decision(ersattare, 'approved', '2024-09-10T22:30:00Z'), [deputy('2024-09-01', '2024-09-10')], 'deputy-out-of-range'],
    ['a deputy late on the last day (23:30 Swedish time)', decision(ersattare, 'approved', '2024-09-10T21:29:00Z'), [deputy('2024-09-01', '2024-09-10')], 'deputy:20'],
    ['a deputy before range', decision(ersattare, 'approved', '2024-08-31T10:00:00Z'), [deputy('2024-09-01', '2024-09-10')], 'deputy-out-of-range'],
    ['a deputy after range', decision(ersattare, 'approved', '2024-09-11T10:00:00Z'), [deputy('2024-09-01', '2024-09-10')], 'deputy-out-of-range'],
    ['a deputy appointed after deciding', decision(ersattare, 'approved', '2024-09-05T10:00:00Z'), [deputy('2024-09-01', '2024-09-10', '2024-09-06T00:00:00Z')], 'not-an-approver'],
    ['a return without comment', decision(chef, 'returned', '2024-09-05T10:00:00Z'), [], 'comment-missing'],
    ['a decision without hash', decision(chef, 'approved', '2024-09-05T10:00:00Z', { contentHash: '' }), [], 'hash-missing'],
    ['a decision of another period', decision(chef, 'approved', '2024-09-05T10:00:00Z', { periodKey: 'T3' }), [], 'wrong-request']
  ];
  test.each(TABLE)('%s', (_name, d, deputies, expected) => {
    const validity = isDecisionValid(d, request, { approverVersions: any, deputies });
    if (expected.startsWith('valid:') || expected.startsWith('deputy:')) {
      expect(validity.valid).toBe(true);
      expect(validity.countsFor?.id).toBe(Number(expected.split(':')[1]));
      expect(validity.byDeputy).toBe(expected.startsWith('deputy:'));
    } else {
      expect(validity).toMatchObject({ valid: false, reason: expected });
      expect(validity.message).toMatch(/^Ogiltigt/);
    }
  });

  test('a deputy of the requester may not decide for the requester', () => {
    const selfDeputy: DeputyAppointment = { ...deputy('2024-09-01', '2024-09-10'), approver: handlaggare };
    const versions = [approvers('any', [handlaggare, chef])];
    const validity = isDecisionValid(decision(ersattare, 'approved', '2024-09-05T10:00:00Z', { forApprover: handlaggare }), request, { approverVersions: versions, deputies: [selfDeputy] });
    expect(validity).toMatchObject({ valid: false, reason: 'self-approval' });
  });

  test('a decision is judged by the approvers in force when it was made', () => {
    const versions = [approvers('any', [chef], '2024-01-01T00:00:00Z', 1), approvers('any', [socialchef], '2024-09-04T00:00:00Z', 2)];
    expect(isDecisionValid(decision(chef, 'approved', '2024-09-03T10:00:00Z'), request, { approverVersions: versions, deputies: [] }).valid).toBe(true);
    expect(isDecisionValid(decision(chef, 'approved', '2024-09-05T10:00:00Z'), request, { approverVersions: versions, deputies: [] })).toMatchObject({ valid: false, reason: 'not-an-approver' });
  });
});

describe('foldRequest', () => {
  test('any of: the first valid approval closes the request; a later one has no effect', () => {
    const first = decision(socialchef, 'approved', '2024-09-05T10:00:00Z');
    const second = decision(chef, 'approved', '2024-09-05T11:00:00Z');
    const folded = foldRequest({ request, events: [], decisions: [second, first] }, context([approvers('any', [chef, socialchef])]));
    expect(folded.status).toBe('approved');
    expect(folded.closingDecision?.decision.id).toBe(first.id);
    expect(folded.decisions.map((d) => d.effective)).toEqual([true, false]);
  });

  test('all of: waits on every approver, then approves', () => {
    const versions = [approvers('all', [chef, socialchef])];
    const one = decision(chef, 'approved', '2024-09-05T10:00:00Z');
    const partly = foldRequest({ request, events: [], decisions: [one] }, context(versions));
    expect(partly.status).toBe('requested');
    expect(partly.pendingApprovers.map((p) => p.id)).toEqual([socialchef.id]);
    const both = foldRequest({ request, events: [], decisions: [one, decision(socialchef, 'approved', '2024-09-05T12:00:00Z')] }, context(versions));
    expect(both.status).toBe('approved');
    expect(both.pendingApprovers).toEqual([]);
  });

  test('all of: approvals of different content do not complete it', () => {
    const versions = [approvers('all', [chef, socialchef])];
    const folded = foldRequest(
      { request, events: [], decisions: [decision(chef, 'approved', '2024-09-05T10:00:00Z'), decision(socialchef, 'approved', '2024-09-05T12:00:00Z', { contentHash: OTHER_HASH })] },
      context(versions)
    );
    expect(folded.status).toBe('requested');
  });

  test('all of: a return by one approver closes it as återremitterad', () => {
    const versions = [approvers('all', [chef, socialchef])];
    const folded = foldRequest(
      { request, events: [], decisions: [decision(chef, 'approved', '2024-09-05T10:00:00Z'), decision(socialchef, 'returned', '2024-09-05T12:00:00Z', { comment: 'Komplettera risk 3.' })] },
      context(versions)
    );
    expect(folded.status).toBe('returned');
  });

  test('a self-approval written around the service never counts', () => {
    const folded = foldRequest({ request, events: [], decisions: [decision(handlaggare, 'approved', '2024-09-05T10:00:00Z')] }, context([approvers('any', [handlaggare, chef])]));
    expect(folded.status).toBe('requested');
    expect(folded.decisions[0]).toMatchObject({ effective: false, validity: { valid: false, reason: 'self-approval' } });
  });

  test('a withdrawal closes it; a decision after it has no effect; a withdrawal by someone else is ignored', () => {
    const versions = [approvers('any', [chef])];
    const byOther = { id: 2, key: 'e2', requestKey: 'req-1', kind: 'withdrawn' as const, actor: outsider, at: '2024-09-03T10:00:00Z' };
    const byRequester = { id: 3, key: 'e3', requestKey: 'req-1', kind: 'withdrawn' as const, actor: handlaggare, at: '2024-09-04T10:00:00Z' };
    const folded = foldRequest({ request, events: [byOther, byRequester], decisions: [decision(chef, 'approved', '2024-09-05T10:00:00Z')] }, context(versions));
    expect(folded.status).toBe('withdrawn');
    expect(folded.closedAt).toBe(byRequester.at);
    expect(folded.decisions[0].effective).toBe(false);
  });

  test('overdue when open past the deadline (Swedish day)', () => {
    const versions = [approvers('any', [chef])];
    expect(foldRequest({ request, events: [], decisions: [] }, context(versions, [], '2024-09-09T21:00:00Z')).overdue).toBe(false);
    expect(foldRequest({ request, events: [], decisions: [] }, context(versions, [], '2024-09-09T22:30:00Z')).overdue).toBe(true);
  });
});

describe('periodState and the guards', () => {
  const versions = [approvers('any', [chef])];
  const approved = foldRequest({ request, events: [], decisions: [decision(chef, 'approved', '2024-09-10T08:00:00Z', { snapshot: '{}' })] }, context(versions));

  test('approved while the hash is the same; ändrad efter godkännande when it differs', () => {
    expect(periodState(7, 'T2', [approved], HASH)).toMatchObject({ status: 'approved', approval: { date: '2024-09-10', hash: HASH, approvers: [chef] } });
    expect(periodState(7, 'T2', [approved], OTHER_HASH).status).toBe('changed');
    expect(periodState(7, 'T2', [], HASH).status).toBe('draft');
  });

  test('a request is refused while one is open, while approved and unchanged, and without approvers', () => {
    const open = foldRequest({ request, events: [], decisions: [] }, context(versions));
    expect(checkRequest(periodState(7, 'T2', [open], HASH), versions[0], handlaggare, 'Tertial 2')?.code).toBe('open-request');
    expect(checkRequest(periodState(7, 'T2', [approved], HASH), versions[0], handlaggare, 'Tertial 2')?.code).toBe('already-approved');
    expect(checkRequest(periodState(7, 'T2', [approved], OTHER_HASH), versions[0], handlaggare, 'Tertial 2')).toBeUndefined();
    expect(checkRequest(periodState(7, 'T2', [], HASH), undefined, handlaggare, 'Tertial 2')?.code).toBe('no-approvers');
    expect(checkRequest(periodState(7, 'T2', [], HASH), approvers('any', [handlaggare]), handlaggare, 'Tertial 2')?.code).toBe('only-approver-is-requester');
  });

  test('only the requester withdraws', () => {
    const open = foldRequest({ request, events: [], decisions: [] }, context(versions));
    expect(checkWithdraw(open, chef)?.code).toBe('not-requester');
    expect(checkWithdraw(open, handlaggare)).toBeUndefined();
    expect(checkWithdraw(approved, handlaggare)?.code).toBe('request-decided');
  });

  const REFUSALS: Array<[string, ApprovalPerson, 'approved' | 'returned', string | undefined, string]> = [
    ['self-approval', handlaggare, 'approved', undefined, 'self-approval'],
    ['not a named approver', outsider, 'approved', undefined, 'not-an-approver'],
    ['a return without comment', chef, 'returned', '  ', 'comment-required']
  ];
  test.each(REFUSALS)('checkDecide refuses %s', (_name, user, outcome, comment, code) => {
    const open = foldRequest({ request, events: [], decisions: [] }, context(versions));
    const refusal = checkDecide(open, { user, outcome, comment, contentHash: HASH, now: '2024-09-05T10:00:00Z' }, context(versions));
    expect(refusal?.code).toBe(code);
    expect(refusal?.message).toBeTruthy();
  });

  test('checkDecide refuses deciding twice, a decided and a withdrawn request', () => {
    const all = [approvers('all', [chef, socialchef])];
    const partly = foldRequest({ request, events: [], decisions: [decision(chef, 'approved', '2024-09-05T10:00:00Z')] }, context(all));
    expect(checkDecide(partly, { user: chef, outcome: 'approved', contentHash: HASH, now: '2024-09-05T11:00:00Z' }, context(all))?.code).toBe('already-decided');
    expect(checkDecide(partly, { user: socialchef, outcome: 'approved', contentHash: OTHER_HASH, now: '2024-09-05T11:00:00Z' }, context(all))?.code).toBe('content-changed-during-approval');
    expect(checkDecide(approved, { user: chef, outcome: 'approved', contentHash: HASH, now: '2024-09-11T11:00:00Z' }, context(versions))?.code).toBe('request-decided');
    const withdrawn = foldRequest(
      { request, events: [{ id: 2, key: 'e', requestKey: 'req-1', kind: 'withdrawn', actor: handlaggare, at: '2024-09-04T10:00:00Z' }], decisions: [] },
      context(versions)
    );
    const refusal = checkDecide(withdrawn, { user: chef, outcome: 'approved', contentHash: HASH, now: '2024-09-05T10:00:00Z' }, context(versions));
    expect(refusal?.code).toBe('request-withdrawn');
    expect(refusal?.message).toBe('Begäran har återkallats och kan inte längre beslutas eller påminnas om.');
  });
});
