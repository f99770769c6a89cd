/**
 * `IApprovalService` over the approval lists and the plan service. The service checks every
 * rule before it writes (the state machine's guards, which judge a decision exactly as
 * `isDecisionValid` will); SharePoint enforces who may write at all (LIST_ROLES) and that
 * nothing is edited or deleted; every read folds the append-only items again, so a record
 * written around the service is judged like any other.
 */
import type { SPFI } from '@pnp/sp';
import { approvalContent, parseApprovalContent } from '../../approvals/content';
import { canonicalJson, sha256Hex } from '../../approvals/canonicalJson';
import { endingOf } from '../../approvals/deputies';
import { diffApprovalContent } from '../../approvals/diff';
import { SILENT_NOTIFIER, type ApprovalChanges, type ApprovalContentView, type IApprovalNotifier, type IApprovalService } from '../../approvals/IApprovalService';
import { refusal, type ApprovalRefusal } from '../../approvals/refusals';
import { checkDecide, checkRemind, checkRequest, checkWithdraw, foldRequest, periodState } from '../../approvals/stateMachine';
import { eventSlotKey, requestSlotKey } from '../../approvals/requestSlot';
import { compareInstants, swedishDay } from '../../approvals/time';
import type {
  ApprovalCase,
  ApprovalDecisionInput,
  ApprovalPerson,
  ApprovalRequestInput,
  ApprovalState,
  DeputyAppointment,
  DeputyInput,
  PlanApprovers,
  PlanApproversInput
} from '../../approvals/types';
import { approversAt, isDecisionValid } from '../../approvals/validity';
import { isIsoDate } from '../../model/periods';
import { buildReport } from '../../reports/build/buildReport';
import type { ReportShape } from '../../reports/shape/types';
import { BUILT_IN_SHAPE_IDS, requireReportShape } from '../../reports/shapes';
import { allReportShapes } from '../../reports/shapes/allReportShapes';
import { ConcurrencyError, DataError } from '../errors';
import { isDuplicateValuesError } from '../httpErrors';
import type { IInternkontrollService, PlanView } from '../InternkontrollService';
import { newKey } from '../InternkontrollService';
import { toSharePointDate } from '../fields';
import { APPROVAL_LIST_TITLES, APPROVAL_RULE_VALUES, APPROVAL_TEXT_MAX, DECISION_VALUES, REQUEST_EVENT_VALUES } from '../schema/approvalLists';
import { ApprovalRefusedError } from './ApprovalRefusedError';
import { deadlineField, snapshotPartTitle, splitSnapshot } from './approvalMapping';
import { ApprovalRepository, type ApprovalRecords, type RecordScope } from './ApprovalRepository';

/** What the approval service needs besides the site. */
export interface ApprovalServiceOptions {
  /**
   * The plan service, to read the plan the report is built from; when it lists report shapes
   * (the full service does), the organisation's own shapes come from it unless `ownShapes` is given.
   */
  plans: Pick<IInternkontrollService, 'loadPlanView'> & Partial<Pick<IInternkontrollService, 'listReportShapes'>>;
  /** Tells people about requests and decisions; default: nobody. */
  notifier?: IApprovalNotifier;
  /** Called when the notifier fails (the flow itself has succeeded). */
  onNotificationError?: (error: unknown) => void;
  /** The organisation's own report shapes (besides the built-in ones). */
  ownShapes?: () => Promise<readonly ReportShape[]>;
  /** Now; tests pass a clock. */
  now?: () => Date;
}

function refused(r: ApprovalRefusal): ApprovalRefusedError {
  return new ApprovalRefusedError(r);
}

function checkText(text: string | undefined, label: string, field: string): void {
  if (text !== undefined && text.length > APPROVAL_TEXT_MAX) {
    throw refused(refusal('too-long', { fieldLabel: label, max: APPROVAL_TEXT_MAX }, field));
  }
}

function planTitleOf(view: PlanView): string {
  return `${view.plan.namnd} ${view.plan.ar}`;
}

function periodLabelOf(view: PlanView | undefined, periodKey: string): string {
  return view?.plan.perioder.filter((p) => p.key === periodKey)[0]?.label ?? periodKey;
}

/** The approval service over the site's approval lists. */
export function createApprovalService(sp: SPFI, options: ApprovalServiceOptions): IApprovalService {
  const repo = new ApprovalRepository(sp);
  const notifier = options.notifier ?? SILENT_NOTIFIER;
  const clock = options.now ?? (() => new Date());
  let me: Promise<ApprovalPerson> | undefined;
  const currentUser = (): Promise<ApprovalPerson> => {
    me = me ?? repo.currentUser();
    me.catch(() => (me = undefined));
    return me;
  };

  const notify = async (call: () => Promise<void>): Promise<void> => {
    try {
      await call();
    } catch (error) {
      options.onNotificationError?.(error);
    }
  };

  const listOwn = options.plans.listReportShapes?.bind(options.plans);
  const ownShapes =
    options.ownShapes ??
    (listOwn
      ? async (): Promise<readonly ReportShape[]> => {
          try {
            return allReportShapes(await listOwn())
              .filter((entry) => !entry.builtIn)
              .map((entry) => entry.shape);
          } catch (error) {
            // A site set up before the shape list came has no own shapes.
            if (error instanceof DataError && error.kind === 'not-found') {
              return [];
            }
            throw error;
          }
        }
      : undefined);

  const shapeOf = async (shapeId: string): Promise<ReportShape> => {
    // A built-in shape needs no read of the shape list.
    const own = ownShapes && !BUILT_IN_SHAPE_IDS.includes(shapeId) ? await ownShapes() : [];
    try {
      return requireReportShape(shapeId, own);
    } catch {
      throw refused(refusal('unknown-shape', { value: shapeId }, 'shapeId'));
    }
  };

  const contentOf = async (view: PlanView, periodKey: string, shapeId: string): Promise<ApprovalContentView> => {
    if (!view.plan.perioder.some((p) => p.key === periodKey)) {
      throw refused(refusal('unknown-period', { value: periodKey }, 'periodKey'));
    }
    const report = buildReport(view, periodKey, await shapeOf(shapeId), { datum: swedishDay(clock()) });
    const content = approvalContent(report);
    const canonical = canonicalJson(content);
    return { report, content, canonical, hash: await sha256Hex(canonical) };
  };

  /** Cases of the records, each request folded with its own events and decisions. */
  const casesOf = async (records: ApprovalRecords, views: Map<number, PlanView | undefined>): Promise<ApprovalCase[]> => {
    const now = clock().toISOString();
    const cases: ApprovalCase[] = [];
    for (const request of records.requests) {
      if (!views.has(request.planId)) {
        views.set(request.planId, await options.plans.loadPlanView(request.planId).catch(() => undefined));
      }
      const view = views.get(request.planId);
      cases.push(
        foldRequest(
          { request, events: records.events.filter((e) => e.requestKey === request.key), decisions: records.decisions.filter((d) => d.requestKey === request.key) },
          {
            approverVersions: records.approverVersions,
            deputies: records.deputies,
            now,
            planTitle: view ? planTitleOf(view) : `Plan ${request.planId}`,
            periodLabel: periodLabelOf(view, request.periodKey)
          }
        )
      );
    }
    return cases;
  };

  const load = async (scope: RecordScope, views = new Map<number, PlanView | undefined>()): Promise<{ records: ApprovalRecords; cases: ApprovalCase[] }> => {
    const records = await repo.records(scope);
    // A request's approvers are judged by the versions of its own plan: read them all.
    if (scope.planId === undefined) {
      const plans = [...new Set(records.requests.map((r) => r.planId))];
      const versions = await Promise.all(plans.map((planId) => repo.approverVersions(planId)));
      records.approverVersions = versions.reduce((all, v) => all.concat(v), [] as PlanApprovers[]);
    }
    return { records, cases: await casesOf(records, views) };
  };

  const openRequest = async (requestKey: string): Promise<ApprovalCase> => {
    const { cases } = await load({ requestKey });
    const found = cases[0];
    if (found === undefined) {
      throw new DataError('not-found', 'Begäran om godkännande finns inte (längre).', 'The approval request does not exist (any more).', 404);
    }
    return found;
  };

  /** The period's state, and how many requests it has had (the round of the next one). */
  const periodOf = async (planId: number, periodKey: string, given?: PlanView): Promise<{ state: ApprovalState; rounds: number }> => {
    const view = given ?? (await options.plans.loadPlanView(planId));
    const { cases } = await load({ planId, periodKey }, new Map([[planId, view]]));
    const sorted = [...cases].sort((a, b) => compareInstants(a.request.requestedAt, b.request.requestedAt) || a.request.id - b.request.id);
    const latest = sorted[sorted.length - 1];
    const lastApproved = sorted.filter((c) => c.status === 'approved').pop();
    const shapeId = lastApproved?.request.shapeId ?? latest?.request.shapeId;
    const currentHash = shapeId !== undefined ? (await contentOf(view, periodKey, shapeId).catch(() => undefined))?.hash : undefined;
    return { state: periodState(planId, periodKey, cases, currentHash), rounds: cases.length };
  };

  const stateOf = async (planId: number, periodKey: string): Promise<ApprovalState> => (await periodOf(planId, periodKey)).state;

  const service: IApprovalService = {
    async planApprovers(planId) {
      return approversAt(await repo.approverVersions(planId), planId, new Date(8640000000000000).toISOString());
    },

    async setPlanApprovers(input: PlanApproversInput) {
      const ids = [...new Set(input.approverIds)].filter((id) => Number.isInteger(id) && id > 0);
      if (ids.length === 0) {
        throw refused(refusal('invalid-approvers', {}, 'approverIds'));
      }
      if (input.rule !== 'any' && input.rule !== 'all') {
        throw refused(refusal('invalid-approvers', {}, 'rule'));
      }
      const [view, candidates] = await Promise.all([options.plans.loadPlanView(input.planId), repo.approverGroupMembers()]);
      const outsider = ids.filter((id) => !candidates.some((c) => c.id === id))[0];
      if (outsider !== undefined) {
        throw refused(refusal('approver-not-in-group', { person: await repo.userTitle(outsider) }, 'approverIds'));
      }
      await repo.add(
        APPROVAL_LIST_TITLES.godkannare,
        { Title: planTitleOf(view), PlanId: input.planId, GodkannareId: ids, Godkannanderegel: APPROVAL_RULE_VALUES[input.rule], IdempotencyKey: newKey() },
        'manage'
      );
      return (await service.planApprovers(input.planId)) as PlanApprovers;
    },

    deputies: () => repo.deputies(),

    appointDeputy: (input: DeputyInput) => writeDeputy(input, true),

    async endDeputy(appointmentId: number): Promise<DeputyAppointment> {
      const all = await repo.deputies();
      const appointment = all.filter((d) => d.id === appointmentId)[0];
      const ending = appointment !== undefined ? endingOf(appointment, all, swedishDay(clock())) : undefined;
      if (ending === undefined) {
        throw refused(refusal('invalid-deputy', { value: 'förordnandet är redan avslutat eller ersatt', valueEn: 'the appointment has already ended or been replaced' }, 'appointmentId'));
      }
      // Ending needs no membership: a deputy who left the group can still be ended.
      return writeDeputy(ending, false);
    },
    approverCandidates: () => repo.approverGroupMembers(),

    async content(planId, periodKey, shapeId) {
      return contentOf(await options.plans.loadPlanView(planId), periodKey, shapeId);
    },

    async request(input: ApprovalRequestInput) {
      checkText(input.note, 'Meddelandet', 'note');
      const today = swedishDay(clock());
      if (input.deadline !== undefined && input.deadline !== '' && (!isIsoDate(input.deadline) || input.deadline < today)) {
        throw refused(refusal('invalid-deadline', { value: input.deadline }, 'deadline'));
      }
      const [user, view] = await Promise.all([currentUser(), options.plans.loadPlanView(input.planId)]);
      const content = await contentOf(view, input.periodKey, input.shapeId);
      const { state, rounds } = await periodOf(input.planId, input.periodKey, view);
      const config = approversAt(await repo.approverVersions(input.planId), input.planId, clock().toISOString());
      const label = periodLabelOf(view, input.periodKey);
      const refusalNow = checkRequest({ ...state, status: state.status === 'approved' && state.approval?.hash !== content.hash ? 'changed' : state.status }, config, user, label);
      if (refusalNow !== undefined) {
        throw refused(refusalNow);
      }
      const key = newKey();
      try {
        await repo.add(APPROVAL_LIST_TITLES.godkannanden, {
          Title: `${planTitleOf(view)} – ${label} – begäran`,
          PlanId: input.planId,
          Period: input.periodKey,
          Handelse: REQUEST_EVENT_VALUES.request,
          Begarannyckel: key,
          // SharePoint keeps the round unique: of two requests made at once, one is stored.
          Begaranomgang: requestSlotKey(input.planId, input.periodKey, rounds),
          RapportformId: input.shapeId,
          Meddelande: input.note || null,
          Svarsdatum: deadlineField(input.deadline || undefined),
          Kontrollsumma: content.hash,
          IdempotencyKey: key
        });
      } catch (error) {
        if (isDuplicateValuesError(error)) {
          throw refused(refusal('open-request', { period: label }));
        }
        throw error;
      }
      const made = await openRequest(key);
      await notify(() => notifier.requested(made.request, made.pendingApprovers));
      return made;
    },

    async withdraw(requestKey, note) {
      checkText(note, 'Meddelandet', 'note');
      const [user, current] = await Promise.all([currentUser(), openRequest(requestKey)]);
      const why = checkWithdraw(current, user);
      if (why !== undefined) {
        throw refused(why);
      }
      await addEvent(current, REQUEST_EVENT_VALUES.withdrawn, note);
      return openRequest(requestKey);
    },

    async remind(requestKey, note) {
      checkText(note, 'Meddelandet', 'note');
      const [user, current] = await Promise.all([currentUser(), openRequest(requestKey)]);
      const why = checkRemind(current, user);
      if (why !== undefined) {
        throw refused(why);
      }
      await addEvent(current, REQUEST_EVENT_VALUES.reminded, note);
      const after = await openRequest(requestKey);
      await notify(() => notifier.reminded(after.request, after.pendingApprovers));
      return after;
    },

    async decide(requestKey, input: ApprovalDecisionInput) {
      checkText(input.comment, 'Kommentaren', 'comment');
      const [user, current] = await Promise.all([currentUser(), openRequest(requestKey)]);
      const request = current.request;
      const view = await options.plans.loadPlanView(request.planId);
      const content = await contentOf(view, request.periodKey, request.shapeId);
      const { records } = await load({ requestKey });
      const context = { approverVersions: records.approverVersions, deputies: records.deputies };
      const now = clock().toISOString();
      const forApprover = input.forApproverId !== undefined ? request.approvers.filter((a) => a.id === input.forApproverId)[0] : undefined;
      const attempt = { user, outcome: input.outcome, comment: input.comment, forApprover, contentHash: content.hash, now };
      const why = checkDecide(current, attempt, context);
      if (why !== undefined) {
        throw refused(why);
      }
      if (content.hash !== input.seenHash) {
        throw new ConcurrencyError('approval', `${current.planTitle}, ${current.periodLabel}`, {
          message: 'Uppföljningen har ändrats sedan du öppnade den. Läs igenom den nya versionen innan du beslutar.',
          messageEn: 'The follow-up has changed since you opened it. Read the new version before you decide.',
          status: 412
        });
      }
      const validity = isDecisionValid(
        { id: 0, key: '', requestKey, planId: request.planId, periodKey: request.periodKey, outcome: input.outcome, comment: input.comment, forApprover, contentHash: content.hash, decider: user, decidedAt: now },
        request,
        context
      );
      const countsFor = validity.countsFor as ApprovalPerson;
      const split = input.outcome === 'approved' ? splitSnapshot(content.canonical) : { columns: {}, overflow: [] };
      const decisionKey = newKey();
      // What does not fit in the decision's columns is written first, so a stored decision
      // always has its parts; parts of a decision that was then refused belong to no decision.
      for (const [index, part] of split.overflow.entries()) {
        await repo.add(APPROVAL_LIST_TITLES.ogonblicksbilder, {
          Title: snapshotPartTitle(decisionKey, index + 1),
          PlanId: request.planId,
          Begarannyckel: requestKey,
          Kontrollsumma: content.hash,
          Ogonblicksbildsdel: part,
          IdempotencyKey: newKey()
        });
      }
      try {
        await repo.add(APPROVAL_LIST_TITLES.beslut, {
          Title: `${current.planTitle} – ${current.periodLabel} – ${DECISION_VALUES[input.outcome].toLowerCase()}`,
          PlanId: request.planId,
          Period: request.periodKey,
          Begarannyckel: requestKey,
          Beslutsutfall: DECISION_VALUES[input.outcome],
          Beslutskommentar: input.comment || null,
          ForGodkannareId: validity.byDeputy ? countsFor.id : null,
          Kontrollsumma: content.hash,
          ...split.columns,
          Beslutsnyckel: `${requestKey}:${countsFor.id}`,
          IdempotencyKey: decisionKey
        });
      } catch (error) {
        if (isDuplicateValuesError(error) || (error instanceof DataError && error.kind === 'concurrency')) {
          throw refused(refusal('already-decided', { person: countsFor.id === user.id ? undefined : countsFor.title }));
        }
        throw error;
      }
      const after = await openRequest(requestKey);
      const mine = after.decisions.filter((d) => d.decision.decider.id === user.id).pop();
      if (mine !== undefined) {
        await notify(() => notifier.decided(after.request, mine.decision));
      }
      return after;
    },

    openRequest,

    async listForApprover() {
      const user = await currentUser();
      const { records, cases } = await load({});
      const now = clock().toISOString();
      const mayDecide = (c: ApprovalCase): boolean =>
        c.status === 'requested' &&
        c.pendingApprovers.some((a) => {
          const probe = { id: 0, key: '', requestKey: c.request.key, planId: c.request.planId, periodKey: c.request.periodKey, outcome: 'approved' as const, forApprover: a.id === user.id ? undefined : a, contentHash: 'a'.repeat(64), decider: user, decidedAt: now };
          const v = isDecisionValid(probe, c.request, records);
          return v.valid && v.countsFor?.id === a.id && !c.decisions.some((d) => d.effective && d.validity.countsFor?.id === a.id);
        });
      return cases
        .filter(mayDecide)
        .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.request.deadline ?? '9999').localeCompare(b.request.deadline ?? '9999') || a.request.id - b.request.id);
    },

    async listForRequester() {
      const user = await currentUser();
      const { cases } = await load({});
      return cases.filter((c) => c.request.requester.id === user.id).sort((a, b) => b.request.id - a.request.id);
    },

    async listForPlan(planId) {
      const { cases } = await load({ planId });
      return cases.sort((a, b) => b.request.id - a.request.id);
    },

    stateOf,

    async changesSinceApproval(planId, periodKey): Promise<ApprovalChanges | undefined> {
      const state = await stateOf(planId, periodKey);
      const approval = state.approval;
      if (approval === undefined) {
        return undefined;
      }
      // A snapshot counts only when it is what the hash says.
      const before = approval.snapshot !== undefined && (await sha256Hex(approval.snapshot)) === approval.hash ? parseApprovalContent(approval.snapshot) : undefined;
      const now = await service.content(planId, periodKey, approval.shapeId);
      return { approvedHash: approval.hash, currentHash: now.hash, changes: before ? diffApprovalContent(before, now.content) : [] };
    }
  };

  async function writeDeputy(input: DeputyInput, mustBeApprover: boolean): Promise<DeputyAppointment> {
    if (!isIsoDate(input.from) || !isIsoDate(input.to)) {
      throw refused(refusal('invalid-deputy', { value: 'ange första och sista dag som ÅÅÅÅ-MM-DD', valueEn: 'give the first and last day as YYYY-MM-DD' }, 'from'));
    }
    if (input.to < input.from) {
      throw refused(refusal('invalid-deputy', { value: 'sista dagen är före den första', valueEn: 'the last day is before the first' }, 'to'));
    }
    if (input.approverId === input.deputyId) {
      throw refused(refusal('invalid-deputy', { value: 'en godkännare kan inte vara sin egen ersättare', valueEn: 'an approver cannot be their own deputy' }, 'deputyId'));
    }
    const candidates = mustBeApprover ? await repo.approverGroupMembers() : undefined;
    if (candidates !== undefined && !candidates.some((c) => c.id === input.deputyId)) {
      const who = await repo.userTitle(input.deputyId);
      throw refused(
        refusal('invalid-deputy', { value: `${who} är inte med i gruppen Godkännare`, valueEn: `${who} is not in the Godkännare (approvers) group` }, 'deputyId')
      );
    }
    const key = newKey();
    await repo.add(
      APPROVAL_LIST_TITLES.ersattare,
      {
        Title: `Ersättare ${input.from}–${input.to}`,
        OrdinarieGodkannareId: input.approverId,
        ErsattareId: input.deputyId,
        Startdatum: toSharePointDate(input.from),
        Slutdatum: toSharePointDate(input.to),
        IdempotencyKey: key
      },
      'manage'
    );
    return (await repo.deputies()).filter((d) => d.key === key)[0];
  }

  async function addEvent(current: ApprovalCase, kind: string, note: string | undefined): Promise<void> {
    const key = newKey();
    await repo.add(APPROVAL_LIST_TITLES.godkannanden, {
      Title: `${current.planTitle} – ${current.periodLabel} – ${kind.toLowerCase()}`,
      PlanId: current.request.planId,
      Period: current.request.periodKey,
      Handelse: kind,
      Begarannyckel: current.request.key,
      Begaranomgang: eventSlotKey(key),
      Meddelande: note || null,
      IdempotencyKey: key
    });
  }

  return service;
}
