/**
 * Deletes that take their children along. The item the user saw is deleted first, with its
 * ETag as If-Match, then the rows that belong to it (they go with it whatever their version).
 * Rows left behind by a failure show as rows whose parent is missing; the error says so.
 */
import type { Atgard, Avvikelse, Entity, FollowUp, Kontrollmoment, Omrade, Risk } from '../../model/types';
import { executeWrites, WriteOp } from '../batchWrites';
import type { EntityRepository } from '../EntityRepository';
import { PartialSaveError } from '../errors';
import { orEmpty } from '../fields';
import type { PlanSummary, Stored, StoredPlan } from '../InternkontrollService';
import type { LoadedPlan } from '../PlanViewLoader';
import { failedItemsByList } from './CreateGuard';
import { forgetRows } from './PlanCache';
import type { ServiceContext } from './ServiceContext';

/** Deletes plans and their content with everything under them. */
export class CascadingDeletes {
  private readonly _ctx: ServiceContext;

  /** Creates the capability on the service's shared state. */
  public constructor(ctx: ServiceContext) {
    this._ctx = ctx;
  }

  /** Deletes the plan item, then every row of the plan (read afresh first). */
  public async deletePlan(plan: StoredPlan | PlanSummary): Promise<void> {
    const loaded = await this._ctx.plans.load(plan.id);
    const view = loaded.view;
    const repos = this._ctx.repos;
    const refs = loaded.refs;
    const children: WriteOp[] = [
      ...view.avvikelser.map((item) => repos.avvikelser.deleteOp(item, refs, '*')),
      ...view.uppfoljningar.map((item) => repos.uppfoljningar.deleteOp(item, refs, '*')),
      ...view.kontrollmoment.map((item) => repos.kontrollmoment.deleteOp(item, refs, '*')),
      ...view.atgarder.map((item) => repos.atgarder.deleteOp(item, refs, '*')),
      ...view.risker.map((item) => repos.risker.deleteOp(item, refs, '*')),
      ...view.plan.omraden.map((item) => repos.omraden.deleteOp(item, refs, '*'))
    ];
    try {
      await this._deleteWithChildren(loaded, repos.plans.deleteOp(plan), children);
    } finally {
      this._ctx.plans.forget(plan.id);
    }
  }

  /** Deletes an område; its risks lose their område. */
  public async deleteOmrade(planId: number, omrade: Stored<Omrade>): Promise<void> {
    const loaded = await this._ctx.plans.get(planId);
    const repos = this._ctx.repos;
    const risks = loaded.view.risker.filter((risk) => risk.omradeKey === omrade.key);
    const detach: WriteOp[] = risks.map((risk) => ({
      kind: 'update',
      repo: repos.risker,
      id: risk.id,
      etag: '*',
      fields: { OmradeId: orEmpty(undefined) },
      context: repos.risker.contextOf(risk, 'update', loaded.refs)
    }));
    await this._deleteWithChildren(loaded, repos.omraden.deleteOp(omrade, loaded.refs), detach);
    // The detached risks have new ETags: reload them with the plan next time.
    forgetRows(loaded, [omrade.key]);
    if (risks.length > 0) {
      this._ctx.plans.forget(planId);
    }
  }

  /** Deletes a risk with everything under it. */
  public async deleteRisk(planId: number, risk: Stored<Risk>): Promise<void> {
    const loaded = await this._ctx.plans.get(planId);
    const repos = this._ctx.repos;
    const refs = loaded.refs;
    const kontrollmoment = loaded.view.kontrollmoment.filter((km) => km.riskKey === risk.key);
    const atgarder = loaded.view.atgarder.filter((atgard) => atgard.riskKey === risk.key);
    const targets = [risk.key, ...kontrollmoment.map((km) => km.key), ...atgarder.map((atgard) => atgard.key)];
    const followUps = this._followUpsOf(loaded, targets);
    const children: WriteOp[] = [
      ...followUps.avvikelser.map((item) => repos.avvikelser.deleteOp(item, refs, '*')),
      ...followUps.uppfoljningar.map((item) => repos.uppfoljningar.deleteOp(item, refs, '*')),
      ...kontrollmoment.map((item) => repos.kontrollmoment.deleteOp(item, refs, '*')),
      ...atgarder.map((item) => repos.atgarder.deleteOp(item, refs, '*'))
    ];
    await this._deleteWithChildren(loaded, repos.risker.deleteOp(risk, refs), children);
    forgetRows(loaded, [...targets, ...followUps.uppfoljningar.map((f) => f.key), ...followUps.avvikelser.map((a) => a.key)]);
  }

  /** Deletes a kontrollmoment with its follow-ups and their avvikelser. */
  public deleteKontrollmoment(planId: number, kontrollmoment: Stored<Kontrollmoment>): Promise<void> {
    return this._deleteTargetWithFollowUps(planId, this._ctx.repos.kontrollmoment, kontrollmoment);
  }

  /** Deletes an åtgärd with its follow-ups and their avvikelser. */
  public deleteAtgard(planId: number, atgard: Stored<Atgard>): Promise<void> {
    return this._deleteTargetWithFollowUps(planId, this._ctx.repos.atgarder, atgard);
  }

  /** Deletes a follow-up with its avvikelser. */
  public async deleteFollowUp(planId: number, followUp: Stored<FollowUp>): Promise<void> {
    const loaded = await this._ctx.plans.get(planId);
    const repos = this._ctx.repos;
    const refs = loaded.refs;
    const avvikelser = loaded.view.avvikelser.filter((avvikelse) => avvikelse.followUpKey === followUp.key);
    await this._deleteWithChildren(
      loaded,
      repos.uppfoljningar.deleteOp(followUp, refs),
      avvikelser.map((item) => repos.avvikelser.deleteOp(item, refs, '*'))
    );
    forgetRows(loaded, [followUp.key, ...avvikelser.map((a) => a.key)]);
  }

  /** Deletes one avvikelse. */
  public async deleteAvvikelse(planId: number, avvikelse: Stored<Avvikelse>): Promise<void> {
    const loaded = await this._ctx.plans.get(planId);
    await this._deleteWithChildren(loaded, this._ctx.repos.avvikelser.deleteOp(avvikelse, loaded.refs), []);
    forgetRows(loaded, [avvikelse.key]);
  }

  /** Deletes a follow-up target and its follow-ups with their avvikelser. */
  private async _deleteTargetWithFollowUps<T extends Entity>(planId: number, repo: EntityRepository<T>, target: Stored<T>): Promise<void> {
    const loaded = await this._ctx.plans.get(planId);
    const repos = this._ctx.repos;
    const refs = loaded.refs;
    const followUps = this._followUpsOf(loaded, [target.key]);
    const children: WriteOp[] = [
      ...followUps.avvikelser.map((item) => repos.avvikelser.deleteOp(item, refs, '*')),
      ...followUps.uppfoljningar.map((item) => repos.uppfoljningar.deleteOp(item, refs, '*'))
    ];
    await this._deleteWithChildren(loaded, repo.deleteOp(target, refs), children);
    forgetRows(loaded, [target.key, ...followUps.uppfoljningar.map((f) => f.key), ...followUps.avvikelser.map((a) => a.key)]);
  }

  /** Deletes the first item (If-Match), then its children; see the module comment. */
  private async _deleteWithChildren(loaded: LoadedPlan, first: WriteOp, children: WriteOp[]): Promise<void> {
    const [outcome] = await executeWrites(this._ctx.sp, [first], this._ctx.createRetry);
    if (!outcome.ok) {
      throw outcome.error;
    }
    const outcomes = await executeWrites(this._ctx.sp, children, this._ctx.createRetry);
    const leftBehind = failedItemsByList(children, outcomes);
    if (Object.keys(leftBehind).length > 0) {
      this._ctx.plans.forget(loaded.refs.planId);
      throw new PartialSaveError(leftBehind);
    }
  }

  /** Follow-ups of the targets and the avvikelser of those follow-ups. */
  private _followUpsOf(loaded: LoadedPlan, targetKeys: string[]): { uppfoljningar: Stored<FollowUp>[]; avvikelser: Stored<Avvikelse>[] } {
    const uppfoljningar = loaded.view.uppfoljningar.filter((followUp) => targetKeys.indexOf(followUp.targetKey) >= 0);
    const followUpKeys = uppfoljningar.map((followUp) => followUp.key);
    const avvikelser = loaded.view.avvikelser.filter((avvikelse) => followUpKeys.indexOf(avvikelse.followUpKey) >= 0);
    return { uppfoljningar, avvikelser };
  }
}
