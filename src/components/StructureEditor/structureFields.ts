/**
 * The fields each editor shows, in order: their kind of input, label, hint and choices (steps
 * labelled from the plan's own matrix, the plan's områden and risks, the next life-cycle step).
 */
import type { PlanView } from '../../data/InternkontrollService';
import { FOLLOW_UP_STATUSES, isPlanLocked, PLAN_STATUSES, PLAN_TRANSITIONS, richTextToPlainText } from '../../model';
import type { OrganisationSettings, PlanStatus, RiskMatrix } from '../../model';
import { planStatusLabel, statusLabel } from '../common/labels';
import { formatText } from '../i18n';
import type { IUiStrings } from '../i18n';
import type { EditTarget } from './structureDraft';

/** The kind of input of a field. */
export type FieldInput = 'text' | 'multiline' | 'rich' | 'number' | 'date' | 'dates' | 'checkbox' | 'choice';

/** A choice of a choice field. */
export interface FieldChoice {
  /** Stored value ('' for none). */
  key: string;
  /** Shown text. */
  text: string;
}

/** One field of an editor. */
export interface FieldSpec {
  /** Model field name. */
  name: string;
  /** Input. */
  input: FieldInput;
  /** Label. */
  label: string;
  /** Required (marked at the label; the model decides). */
  required?: boolean;
  /** Hint under the field. */
  description?: string;
  /** Choices of a choice field. */
  choices?: FieldChoice[];
}

/** "3 – Möjlig": a matrix step by its number and the plan's own label. */
function stepChoices(steps: RiskMatrix['sannolikhet'], strings: IUiStrings): FieldChoice[] {
  return [{ key: '', text: strings.ratingStepNotSet }, ...steps.map((step, i) => ({ key: String(i + 1), text: formatText(strings.ratingStepOption, { n: i + 1, label: step.label }) }))];
}

/** The statuses a plan may be given now: its own and the next step. */
function planStatusChoices(current: PlanStatus, strings: IUiStrings): FieldChoice[] {
  const allowed = [current, ...(PLAN_TRANSITIONS[current] || [])];
  return PLAN_STATUSES.filter((option) => allowed.indexOf(option.value) >= 0).map((option) => ({ key: option.value, text: planStatusLabel(option.value, strings) }));
}

/** The fields of the editor of a target. */
export function fieldsOf(target: EditTarget, view: PlanView | undefined, settings: OrganisationSettings | undefined, strings: IUiStrings): FieldSpec[] {
  const s = strings;
  const locked = view !== undefined && isPlanLocked(view.plan.status);
  const reason: FieldSpec = { name: 'andringsorsak', input: 'text', label: s.fieldAndringsorsak, required: true, description: s.fieldAndringsorsakHint };
  const riskChoices = (): FieldChoice[] =>
    (view ? view.risker : []).map((risk) => ({ key: risk.key, text: `${formatText(s.riskNumber, { nr: risk.nr })} ${risk.titel}` }));
  switch (target.kind) {
    case 'plan': {
      const example = settings && settings.diarienummerExample;
      const fields: FieldSpec[] = [
        { name: 'namnd', input: 'text', label: s.fieldNamnd, required: true },
        { name: 'forvaltning', input: 'text', label: s.fieldForvaltning },
        { name: 'ar', input: 'number', label: s.fieldAr, required: true },
        {
          name: 'diarienummer',
          input: 'text',
          label: s.fieldDiarienummer,
          description: example ? formatText(s.fieldDiarienummerExample, { example }) : undefined
        }
      ];
      if (target.item) {
        const current = (target.item as unknown as { status: PlanStatus }).status;
        fields.push({ name: 'status', input: 'choice', label: s.fieldPlanStatus, choices: planStatusChoices(current, s), description: s.fieldPlanStatusHint });
        fields.push({ name: 'beslutsdatum', input: 'date', label: s.fieldBeslutsdatum, description: s.fieldBeslutsdatumHint });
      }
      return fields;
    }
    case 'omrade':
      return [
        { name: 'namn', input: 'text', label: s.fieldOmradeNamn, required: true },
        { name: 'beskrivning', input: 'multiline', label: s.fieldBeskrivning }
      ];
    case 'risk': {
      const matrix = view ? view.plan.riskMatrix : undefined;
      const fields: FieldSpec[] = [
        { name: 'titel', input: 'text', label: s.fieldRiskTitel, required: true },
        { name: 'nr', input: 'number', label: s.fieldNr, required: true },
        {
          name: 'omradeKey',
          input: 'choice',
          label: s.fieldOmrade,
          choices: [{ key: '', text: s.noOmrade }, ...(view ? view.plan.omraden : []).map((o) => ({ key: o.key, text: o.namn }))]
        },
        { name: 'beskrivning', input: 'rich', label: s.fieldRiskbeskrivning },
        { name: 'obligatorisk', input: 'checkbox', label: s.fieldObligatoriskRisk },
        { name: 'sannolikhet', input: 'choice', label: s.fieldSannolikhet, choices: matrix ? stepChoices(matrix.sannolikhet, s) : [] },
        { name: 'konsekvens', input: 'choice', label: s.fieldKonsekvens, choices: matrix ? stepChoices(matrix.konsekvens, s) : [] }
      ];
      return locked ? [...fields, reason] : fields;
    }
    case 'kontrollmoment': {
      const fields: FieldSpec[] = [
        { name: 'nr', input: 'number', label: s.fieldNr, required: true },
        { name: 'riskKey', input: 'choice', label: s.fieldRisk, required: true, choices: riskChoices() },
        { name: 'beskrivning', input: 'rich', label: s.fieldKontrollmoment, required: true },
        { name: 'kortnamn', input: 'text', label: s.fieldKortnamn, description: s.fieldKortnamnHint },
        { name: 'kontrollmetod', input: 'rich', label: s.fieldKontrollmetod },
        { name: 'ansvarig', input: 'text', label: s.fieldAnsvarig },
        { name: 'rapporteringsansvarig', input: 'text', label: s.fieldRapporteringsansvarig },
        { name: 'frekvens', input: 'text', label: s.fieldFrekvens, description: s.fieldFrekvensHint },
        { name: 'obligatorisk', input: 'checkbox', label: s.fieldObligatorisktKontrollmoment },
        { name: 'startdatum', input: 'date', label: s.fieldStartdatum },
        { name: 'avstamningsdatum', input: 'dates', label: s.fieldAvstamningsdatum },
        { name: 'slutdatum', input: 'date', label: s.fieldSlutdatum }
      ];
      return locked ? [...fields, reason] : fields;
    }
    case 'atgard':
      return [
        { name: 'beskrivning', input: 'text', label: s.fieldAtgard, required: true },
        { name: 'riskKey', input: 'choice', label: s.fieldRisk, required: true, choices: riskChoices() },
        { name: 'detaljer', input: 'rich', label: s.fieldDetaljer },
        { name: 'status', input: 'choice', label: s.fieldAtgardStatus, choices: FOLLOW_UP_STATUSES.map((o) => ({ key: o.value, text: statusLabel(o.value, s) })) },
        { name: 'ansvarig', input: 'text', label: s.fieldAnsvarig },
        { name: 'rapporteringsansvarig', input: 'text', label: s.fieldRapporteringsansvarig },
        { name: 'startdatum', input: 'date', label: s.fieldStartdatum },
        { name: 'avstamningsdatum', input: 'dates', label: s.fieldAvstamningsdatum },
        { name: 'slutdatum', input: 'date', label: s.fieldSlutdatum }
      ];
  }
}

/** A field value as text for the side-by-side view of a conflict. */
export function valueText(spec: FieldSpec, value: unknown, strings: IUiStrings): string {
  if (spec.input === 'checkbox') {
    return value === true ? strings.yes : strings.no;
  }
  if (Array.isArray(value)) {
    return value.length > 0 ? value.join(', ') : strings.emptyValue;
  }
  const typed = typeof value === 'string' ? value : '';
  if (spec.input === 'choice') {
    const choice = (spec.choices || []).filter((c) => c.key === typed)[0];
    return choice ? choice.text : typed || strings.emptyValue;
  }
  const shown = spec.input === 'rich' ? richTextToPlainText(typed) : typed.trim();
  return shown === '' ? strings.emptyValue : shown;
}
