/**
 * Validation of the organisation's settings: the default risk matrix, the default periods and
 * the diarienummer pattern with its example (the example must be given with a pattern, and
 * must match it). Paths start with `installningar.`; messages name the field, Swedish first.
 */
import { FIELD_LIMITS } from './limits';
import { isMonthDay, PeriodTemplate } from './periodTemplates';
import type { PeriodKind } from './periods';
import type { OrganisationSettings, ValidationCode, ValidationIssue } from './types';
import { validateRiskMatrix } from './validation';

/** The settings' own fields and their labels. */
export const SETTINGS_FIELD_LABELS = {
  organisation: { sv: 'Organisation', en: 'Organisation' },
  diarienummerPattern: { sv: 'Mönster för diarienummer', en: 'Case number pattern' },
  diarienummerExample: { sv: 'Exempel på diarienummer', en: 'Case number example' },
  defaultPeriods: { sv: 'Standardperioder', en: 'Default periods' },
  key: { sv: 'Nyckel', en: 'Key' },
  label: { sv: 'Benämning', en: 'Label' },
  start: { sv: 'Första dag', en: 'First day' },
  end: { sv: 'Sista dag', en: 'Last day' },
  kind: { sv: 'Typ', en: 'Kind' }
} as const;

/** Longest pattern: it is stored in a settings item and shown in forms. */
export const DIARIENUMMER_PATTERN_MAX = 255;

const PERIOD_KINDS: readonly PeriodKind[] = ['tertial', 'delar', 'helar', 'halvar', 'kvartal', 'manad', 'annan'];

type Label = { sv: string; en: string };

function issue(field: string, label: Label, code: ValidationCode, message: string, messageEn: string): ValidationIssue {
  return { field, fieldLabel: label.sv, code, message, messageEn };
}

function filled(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The pattern and its example. */
function validatePattern(settings: OrganisationSettings, base: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const patternLabel = SETTINGS_FIELD_LABELS.diarienummerPattern;
  const exampleLabel = SETTINGS_FIELD_LABELS.diarienummerExample;
  const pattern = settings.diarienummerPattern;
  const example = settings.diarienummerExample;
  if (filled(example) && example.length > FIELD_LIMITS.plan.diarienummer.maxLength) {
    const max = FIELD_LIMITS.plan.diarienummer.maxLength;
    issues.push(
      issue(
        `${base}.diarienummerExample`,
        exampleLabel,
        'too-long',
        `Exempel på diarienummer får vara högst ${max} tecken (nu ${example.length}).`,
        `The case number example may be at most ${max} characters (now ${example.length}).`
      )
    );
  }
  if (!filled(pattern)) {
    return issues;
  }
  if (pattern.length > DIARIENUMMER_PATTERN_MAX) {
    issues.push(
      issue(
        `${base}.diarienummerPattern`,
        patternLabel,
        'too-long',
        `Mönster för diarienummer får vara högst ${DIARIENUMMER_PATTERN_MAX} tecken (nu ${pattern.length}).`,
        `The case number pattern may be at most ${DIARIENUMMER_PATTERN_MAX} characters (now ${pattern.length}).`
      )
    );
    return issues;
  }
  let regex: RegExp;
  try {
    regex = new RegExp(pattern);
  } catch {
    issues.push(
      issue(
        `${base}.diarienummerPattern`,
        patternLabel,
        'invalid-pattern',
        `Mönstret för diarienummer (${pattern}) är inte ett giltigt reguljärt uttryck.`,
        `The case number pattern (${pattern}) is not a valid regular expression.`
      )
    );
    return issues;
  }
  if (!filled(example)) {
    issues.push(
      issue(
        `${base}.diarienummerExample`,
        exampleLabel,
        'pattern-example-required',
        'Exempel på diarienummer måste fyllas i när ett mönster är angivet; exemplet visas för den som skapar en plan.',
        'A case number example is required with a pattern; it is shown to whoever creates a plan.'
      )
    );
  } else if (!regex.test(example.trim())) {
    issues.push(
      issue(
        `${base}.diarienummerExample`,
        exampleLabel,
        'diarienummer-pattern',
        `Exemplet (${example}) följer inte mönstret för diarienummer (${pattern}).`,
        `The example (${example}) does not match the case number pattern (${pattern}).`
      )
    );
  }
  return issues;
}

/** The default periods: key and label present, keys unique, real month-days, last day not before the first. */
export function validatePeriodTemplates(templates: readonly PeriodTemplate[] | undefined, base: string = 'installningar.defaultPeriods'): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const items = Array.isArray(templates) ? templates : [];
  const seen: Record<string, boolean> = {};
  const labels = SETTINGS_FIELD_LABELS;
  items.forEach((template, i) => {
    const path = `${base}[${i}]`;
    const name = template && filled(template.label) ? template.label : String(i + 1);
    const sv = `för perioden ”${name}”`;
    const en = `for the period “${name}”`;
    if (!template || !filled(template.key)) {
      issues.push(issue(`${path}.key`, labels.key, 'required', `Nyckel måste fyllas i ${sv}.`, `Key is required ${en}.`));
    } else {
      if (template.key.length > FIELD_LIMITS.period.key.maxLength) {
        const max = FIELD_LIMITS.period.key.maxLength;
        issues.push(issue(`${path}.key`, labels.key, 'too-long', `Nyckel får vara högst ${max} tecken ${sv}.`, `Key may be at most ${max} characters ${en}.`));
      }
      if (seen[template.key]) {
        issues.push(
          issue(
            `${path}.key`,
            labels.key,
            'duplicate-period',
            `Periodnyckeln ”${template.key}” används av mer än en period.`,
            `The period key “${template.key}” is used by more than one period.`
          )
        );
      }
      seen[template.key] = true;
    }
    if (!template || !filled(template.label)) {
      issues.push(issue(`${path}.label`, labels.label, 'required', `Benämning måste fyllas i för period ${i + 1}.`, `Label is required for period ${i + 1}.`));
    } else if (template.label.length > FIELD_LIMITS.period.label.maxLength) {
      const max = FIELD_LIMITS.period.label.maxLength;
      issues.push(issue(`${path}.label`, labels.label, 'too-long', `Benämning får vara högst ${max} tecken ${sv}.`, `Label may be at most ${max} characters ${en}.`));
    }
    const days: Array<['start' | 'end', string]> = [
      ['start', 'Första dag'],
      ['end', 'Sista dag']
    ];
    let daysOk = true;
    for (const [field, svName] of days) {
      const value = template ? template[field] : undefined;
      if (!isMonthDay(value)) {
        daysOk = false;
        issues.push(
          issue(
            `${path}.${field}`,
            labels[field],
            'invalid-date',
            `${svName} (${String(value ?? '')}) är inte en giltig dag (MM-DD) ${sv}.`,
            `${labels[field].en} (${String(value ?? '')}) is not a valid day (MM-DD) ${en}.`
          )
        );
      }
    }
    if (daysOk && template.end < template.start) {
      issues.push(
        issue(
          `${path}.end`,
          labels.end,
          'date-order',
          `Sista dag (${template.end}) får inte vara före första dag (${template.start}) ${sv}.`,
          `Last day (${template.end}) must not be before first day (${template.start}) ${en}.`
        )
      );
    }
    if (template && PERIOD_KINDS.indexOf(template.kind) < 0) {
      issues.push(
        issue(
          `${path}.kind`,
          labels.kind,
          'invalid-value',
          `Typ (${String(template.kind)}) är inte en giltig periodtyp ${sv}.`,
          `Kind (${String(template.kind)}) is not a valid period kind ${en}.`
        )
      );
    }
  });
  return issues;
}

/**
 * Validates organisation settings before they are saved: organisation name length, the
 * default matrix (validateRiskMatrix), the default periods and the diarienummer pattern with
 * its example. Never throws.
 */
export function validateOrganisationSettings(settings: OrganisationSettings | undefined, base: string = 'installningar'): ValidationIssue[] {
  if (!settings || typeof settings !== 'object') {
    return [];
  }
  const issues: ValidationIssue[] = [];
  if (typeof settings.organisation === 'string' && settings.organisation.length > FIELD_LIMITS.plan.namnd.maxLength) {
    const max = FIELD_LIMITS.plan.namnd.maxLength;
    issues.push(
      issue(
        `${base}.organisation`,
        SETTINGS_FIELD_LABELS.organisation,
        'too-long',
        `Organisation får vara högst ${max} tecken (nu ${settings.organisation.length}).`,
        `Organisation may be at most ${max} characters (now ${settings.organisation.length}).`
      )
    );
  }
  if (settings.defaultRiskMatrix !== undefined) {
    issues.push(...validateRiskMatrix(settings.defaultRiskMatrix, `${base}.defaultRiskMatrix`));
  }
  if (settings.defaultPeriods !== undefined) {
    issues.push(...validatePeriodTemplates(settings.defaultPeriods, `${base}.defaultPeriods`));
  }
  issues.push(...validatePattern(settings, base));
  return issues;
}
