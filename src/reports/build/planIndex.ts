/**
 * Look-ups over one plan for the report builder: entities by key, follow-ups by target and
 * period, avvikelser by follow-up. Built once per report, so building stays linear in the plan.
 */
import type { Atgard, Avvikelse, FollowUp, FollowUpTargetType, Kontrollmoment, Omrade, PlanData, Risk } from '../../model/types';
import type { RowSource } from '../shape/types';

/** Everything one row of a table is about. */
export interface RowContext {
  /** What the row is. */
  source: RowSource;
  /** The row's risk (every row has one unless the data is broken). */
  risk?: Risk;
  /** The row's kontrollmoment (kontrollmoment rows; avvikelse rows found on one). */
  kontrollmoment?: Kontrollmoment;
  /** The row's åtgärd (åtgärd rows; avvikelse rows found on one). */
  atgard?: Atgard;
  /** The row's avvikelse (avvikelse rows). */
  avvikelse?: Avvikelse;
  /** What the row's follow-ups are of: the kontrollmoment, åtgärd or risk. */
  target?: { type: FollowUpTargetType; key: string };
  /** Position in the plan's own order, for the default sort. */
  order: number;
}

/** The plan's look-ups. */
export class PlanIndex {
  /** Risks by key. */
  public readonly risks: Map<string, Risk> = new Map();
  /** Områden by key. */
  public readonly omraden: Map<string, Omrade> = new Map();
  /** Åtgärder per risk key, in plan order. */
  public readonly atgarderByRisk: Map<string, Atgard[]> = new Map();
  private readonly followUps: Map<string, FollowUp> = new Map();
  private readonly followUpsByKey: Map<string, FollowUp> = new Map();
  private readonly avvikelser: Map<string, Avvikelse[]> = new Map();
  private readonly kontrollmoment: Map<string, Kontrollmoment> = new Map();
  private readonly atgarder: Map<string, Atgard> = new Map();

  public constructor(public readonly data: PlanData) {
    data.risker.forEach((risk) => this.risks.set(risk.key, risk));
    data.plan.omraden.forEach((omrade) => this.omraden.set(omrade.key, omrade));
    data.kontrollmoment.forEach((km) => this.kontrollmoment.set(km.key, km));
    data.atgarder.forEach((atgard) => {
      this.atgarder.set(atgard.key, atgard);
      const list = this.atgarderByRisk.get(atgard.riskKey);
      if (list === undefined) {
        this.atgarderByRisk.set(atgard.riskKey, [atgard]);
      } else {
        list.push(atgard);
      }
    });
    data.uppfoljningar.forEach((followUp) => {
      this.followUpsByKey.set(followUp.key, followUp);
      const key = PlanIndex.followUpKey(followUp.targetType, followUp.targetKey, followUp.periodKey);
      // The first one wins; validation refuses a second follow-up of the same target and period.
      if (!this.followUps.has(key)) {
        this.followUps.set(key, followUp);
      }
    });
    data.avvikelser.forEach((avvikelse) => {
      const list = this.avvikelser.get(avvikelse.followUpKey);
      if (list === undefined) {
        this.avvikelser.set(avvikelse.followUpKey, [avvikelse]);
      } else {
        list.push(avvikelse);
      }
    });
  }

  private static followUpKey(type: FollowUpTargetType, key: string, periodKey: string): string {
    return `${type}\u0000${key}\u0000${periodKey}`;
  }

  /** The follow-up of a target in a period. */
  public followUp(type: FollowUpTargetType, key: string, periodKey: string): FollowUp | undefined {
    return this.followUps.get(PlanIndex.followUpKey(type, key, periodKey));
  }

  /** The avvikelser a follow-up found, in plan order. */
  public avvikelserOf(followUp: FollowUp | undefined): Avvikelse[] {
    return followUp === undefined ? [] : this.avvikelser.get(followUp.key) ?? [];
  }

  /** The rows of a table of the given kind, in plan order, for the period. */
  public rows(source: RowSource, periodKey: string): RowContext[] {
    switch (source) {
      case 'kontrollmoment':
        return this.data.kontrollmoment.map((km, order) => ({
          source,
          risk: this.risks.get(km.riskKey),
          kontrollmoment: km,
          target: { type: 'kontrollmoment', key: km.key },
          order
        }));
      case 'atgard':
        return this.data.atgarder.map((atgard, order) => ({
          source,
          risk: this.risks.get(atgard.riskKey),
          atgard,
          target: { type: 'atgard', key: atgard.key },
          order
        }));
      case 'risk':
        return this.data.risker.map((risk, order) => ({ source, risk, target: { type: 'risk', key: risk.key }, order }));
      default:
        return this.avvikelseRows(periodKey);
    }
  }

  /** Rows of the avvikelser found by the period's follow-ups, with what each was found on. */
  private avvikelseRows(periodKey: string): RowContext[] {
    const rows: RowContext[] = [];
    this.data.avvikelser.forEach((avvikelse, order) => {
      const followUp = this.followUpsByKey.get(avvikelse.followUpKey);
      if (followUp === undefined || followUp.periodKey !== periodKey) {
        return;
      }
      const row: RowContext = { source: 'avvikelse', avvikelse, target: { type: followUp.targetType, key: followUp.targetKey }, order };
      if (followUp.targetType === 'kontrollmoment') {
        row.kontrollmoment = this.kontrollmoment.get(followUp.targetKey);
        row.risk = row.kontrollmoment !== undefined ? this.risks.get(row.kontrollmoment.riskKey) : undefined;
      } else if (followUp.targetType === 'atgard') {
        row.atgard = this.atgarder.get(followUp.targetKey);
        row.risk = row.atgard !== undefined ? this.risks.get(row.atgard.riskKey) : undefined;
      } else {
        row.risk = this.risks.get(followUp.targetKey);
      }
      rows.push(row);
    });
    return rows;
  }
}
