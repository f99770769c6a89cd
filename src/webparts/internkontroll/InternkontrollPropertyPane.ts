import type {
  IPropertyPaneChoiceGroupOption,
  IPropertyPaneConfiguration,
  IPropertyPaneDropdownOption,
  IPropertyPaneDropdownProps,
  IPropertyPaneChoiceGroupProps,
  IPropertyPaneField,
  IPropertyPaneTextFieldProps
} from '@microsoft/sp-property-pane';

import type { PropertyPaneStrings } from '../../components/i18n';
import type { PlanSummary } from '../../data/InternkontrollService';
import { presetTemplates } from '../../model/periodTemplates';
import { CURRENT_PERIOD, IInternkontrollWebPartProps, PageShow } from './pageProps';

/** Key of the "show the plan list" choice; the dropdown needs a key for it. */
export const ALL_PLANS_KEY: number = 0;

/**
 * SPFx's field factories (`PropertyPaneDropdown` …). The web part passes SharePoint's own; the
 * builder stays a plain module that tests can call with recorders.
 */
export interface PropertyPaneFields {
  /** `PropertyPaneChoiceGroup`. */
  choiceGroup: (targetProperty: string, properties: IPropertyPaneChoiceGroupProps) => IPropertyPaneField<IPropertyPaneChoiceGroupProps>;
  /** `PropertyPaneDropdown`. */
  dropdown: (targetProperty: string, properties: IPropertyPaneDropdownProps) => IPropertyPaneField<IPropertyPaneDropdownProps>;
  /** `PropertyPaneTextField`. */
  textField: (targetProperty: string, properties: IPropertyPaneTextFieldProps) => IPropertyPaneField<IPropertyPaneTextFieldProps>;
}

/** The period keys a page can open on: those of the model's period sets (T1–T3, delår, helår, halvår, kvartal). */
function periodOptions(strings: PropertyPaneStrings): IPropertyPaneDropdownOption[] {
  const seen: Record<string, boolean> = {};
  const options: IPropertyPaneDropdownOption[] = [{ key: CURRENT_PERIOD, text: strings.propertyPanePeriodCurrent }];
  for (const preset of ['tertial-delar-helar', 'halvar', 'kvartal'] as const) {
    for (const template of presetTemplates(preset)) {
      if (!seen[template.key]) {
        seen[template.key] = true;
        options.push({ key: template.key, text: template.label });
      }
    }
  }
  return options;
}

/** The site's nämnder, each once, by name. */
function namndOptions(plans: PlanSummary[], current: string | undefined): IPropertyPaneDropdownOption[] {
  const names: string[] = [];
  for (const plan of plans) {
    const name = plan.namnd.trim();
    if (name !== '' && !names.some((n) => n.toLocaleLowerCase('sv-SE') === name.toLocaleLowerCase('sv-SE'))) {
      names.push(name);
    }
  }
  // A stored nämnd whose plans are gone stays choosable, so the pane never changes it silently.
  if (current !== undefined && current.trim() !== '' && names.indexOf(current) < 0) {
    names.push(current);
  }
  return names.sort((a, b) => a.localeCompare(b, 'sv')).map((name) => ({ key: name, text: name }));
}

/**
 * The web part's property pane: what the page shows (every plan, one nämnd's plans or one
 * plan), the nämnd or plan, the period a plan opens on, and the page's heading. The nämnd and
 * plan choices appear with the choice that needs them.
 */
export function buildPropertyPane(
  strings: PropertyPaneStrings,
  plans: PlanSummary[],
  properties: IInternkontrollWebPartProps,
  fields: PropertyPaneFields
): IPropertyPaneConfiguration {
  const show: PageShow = properties.show ?? (properties.planId ? 'plan' : 'alla');
  const showOptions: IPropertyPaneChoiceGroupOption[] = [
    { key: 'alla', text: strings.propertyPaneShowAll, checked: show === 'alla' },
    { key: 'namnd', text: strings.propertyPaneShowNamnd, checked: show === 'namnd' },
    { key: 'plan', text: strings.propertyPaneShowPlan, checked: show === 'plan' }
  ];
  const groupFields: IPropertyPaneField<unknown>[] = [fields.choiceGroup('show', { label: strings.propertyPaneShowLabel, options: showOptions })];
  if (show === 'namnd') {
    groupFields.push(fields.dropdown('namnd', { label: strings.propertyPaneNamndLabel, options: namndOptions(plans, properties.namnd), selectedKey: properties.namnd }));
  }
  if (show === 'plan') {
    const options: IPropertyPaneDropdownOption[] = [
      { key: ALL_PLANS_KEY, text: strings.propertyPaneAllPlans },
      ...plans.map((plan) => ({ key: plan.id, text: `${plan.namnd} ${plan.ar}${plan.diarienummer ? ` (${plan.diarienummer})` : ''}` }))
    ];
    groupFields.push(fields.dropdown('planId', { label: strings.propertyPanePlanLabel, options, selectedKey: properties.planId ?? ALL_PLANS_KEY }));
  }
  groupFields.push(
    fields.dropdown('period', { label: strings.propertyPanePeriodLabel, options: periodOptions(strings), selectedKey: properties.period ?? CURRENT_PERIOD }),
    fields.textField('rubrik', { label: strings.propertyPaneHeadingLabel, placeholder: strings.propertyPaneHeadingPlaceholder, value: properties.rubrik })
  );
  return {
    pages: [
      {
        header: { description: strings.propertyPaneDescription },
        groups: [{ groupName: strings.propertyPaneGroupName, groupFields }]
      }
    ]
  };
}
