/**
 * The History panel's view-model: which items of the plan can be chosen (grouped, with names
 * as the plan view shows them) and how a change reads ("Status: Pågående → Genomförd").
 */
import type { HistoryChange, HistoryTarget, PlanView } from '../../data/InternkontrollService';
import { findPeriod, richTextToPlainText } from '../../model';
import { formatText } from '../i18n';
import type { IUiStrings } from '../i18n';

/** One choosable item, or a group heading. */
export interface HistoryOption {
  /** `<kind>:<id>`, or `group:<name>` for a heading. */
  key: string;
  /** Shown text. */
  text: string;
  /** The item; undefined for a heading. */
  target?: HistoryTarget;
}

/** The key of a target in the options. */
export function historyKey(target: HistoryTarget): string {
  return `${target.kind}:${target.id}`;
}

/** Plain text on one line, shortened to `max` characters. */
function short(html: string | undefined, max: number = 70): string {
  const text = richTextToPlainText(html).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1).replace(/\s+$/, '')}…` : text;
}

/** Every item of the plan whose history can be read, grouped: the plan, områden, risks, kontrollmoment, åtgärder, follow-ups, avvikelser. */
export function historyOptions(view: PlanView, strings: IUiStrings): HistoryOption[] {
  const options: HistoryOption[] = [];
  const group = (name: string, items: HistoryOption[]): void => {
    if (items.length > 0) {
      options.push({ key: `group:${name}`, text: name }, ...items);
    }
  };
  const plan = view.plan;
  group(strings.historyGroupPlan, [
    { key: historyKey({ kind: 'plan', id: plan.id }), text: formatText(strings.historyPlanOption, { namnd: plan.namnd, ar: plan.ar }), target: { kind: 'plan', id: plan.id } }
  ]);
  group(
    strings.historyGroupOmraden,
    plan.omraden.map((o) => ({ key: historyKey({ kind: 'omrade', id: o.id }), text: o.namn, target: { kind: 'omrade', id: o.id } }))
  );
  group(
    strings.historyGroupRisker,
    view.risker.map((r) => ({ key: historyKey({ kind: 'risk', id: r.id }), text: formatText(strings.historyRiskOption, { nr: r.nr, titel: short(r.titel) }), target: { kind: 'risk', id: r.id } }))
  );
  group(
    strings.historyGroupKontrollmoment,
    view.kontrollmoment.map((k) => ({
      key: historyKey({ kind: 'kontrollmoment', id: k.id }),
      text: formatText(strings.historyKontrollmomentOption, { nr: k.nr, text: short(k.kortnamn || k.beskrivning) }),
      target: { kind: 'kontrollmoment', id: k.id }
    }))
  );
  group(
    strings.historyGroupAtgarder,
    view.atgarder.map((a) => ({ key: historyKey({ kind: 'atgard', id: a.id }), text: short(a.beskrivning), target: { kind: 'atgard', id: a.id } }))
  );
  const targetName = (type: string, key: string): string => {
    if (type === 'kontrollmoment') {
      const km = view.kontrollmoment.filter((k) => k.key === key)[0];
      return km ? formatText(strings.historyKontrollmomentShort, { nr: km.nr }) : strings.historyUnknownTarget;
    }
    if (type === 'atgard') {
      const atgard = view.atgarder.filter((a) => a.key === key)[0];
      return atgard ? `”${short(atgard.beskrivning, 40)}”` : strings.historyUnknownTarget;
    }
    const risk = view.risker.filter((r) => r.key === key)[0];
    return risk ? formatText(strings.historyRiskRatingShort, { nr: risk.nr }) : strings.historyUnknownTarget;
  };
  const periodName = (periodKey: string): string => {
    const period = findPeriod(plan.perioder, periodKey);
    return period ? period.label : periodKey;
  };
  group(
    strings.historyGroupUppfoljningar,
    view.uppfoljningar.map((f) => ({
      key: historyKey({ kind: 'followUp', id: f.id }),
      text: formatText(strings.historyFollowUpOption, { target: targetName(f.targetType, f.targetKey), period: periodName(f.periodKey) }),
      target: { kind: 'followUp', id: f.id }
    }))
  );
  group(
    strings.historyGroupAvvikelser,
    view.avvikelser.map((a) => ({ key: historyKey({ kind: 'avvikelse', id: a.id }), text: short(a.beskrivning), target: { kind: 'avvikelse', id: a.id } }))
  );
  return options;
}

/** A value as shown: booleans as Ja/Nej, empty as a dash. */
export function historyValue(change: HistoryChange, value: string | undefined, strings: IUiStrings): string {
  if (value === undefined || value === '') {
    return strings.historyEmptyValue;
  }
  if (change.kind === 'boolean') {
    return value === 'true' ? strings.historyYes : strings.historyNo;
  }
  return value;
}

/** The field's name in the UI's language. */
export function historyFieldName(change: HistoryChange, strings: IUiStrings): string {
  return strings.language === 'en' ? change.labelEn : change.label;
}

/** A change on one line: "Status: Pågående → Genomförd"; a create lists "Status: Pågående". */
export function historyChangeText(change: HistoryChange, strings: IUiStrings, oldest: boolean): string {
  const field = historyFieldName(change, strings);
  if (oldest) {
    return formatText(strings.historyValueLine, { field, value: historyValue(change, change.after, strings) });
  }
  const line = formatText(strings.historyChangeLine, {
    field,
    before: historyValue(change, change.before, strings),
    after: historyValue(change, change.after, strings)
  });
  if (change.cellsChanged !== undefined) {
    return `${line} ${formatText(change.cellsChanged === 1 ? strings.historyCellsChangedOne : strings.historyCellsChangedMany, { count: change.cellsChanged })}`;
  }
  return change.detailOnly ? `${line} ${strings.historyDetailChanged}` : line;
}

/** When a version was saved, in Swedish time: "2024-05-03 14:12". */
export function historyTime(iso: string): string {
  const date = new Date(iso);
  if (isNaN(date.getTime())) {
    return iso;
  }
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit'
  }).formatToParts(date);
  const get = (type: string): string => (parts.filter((p) => p.type === type)[0] || { value: '' }).value;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}
