import { IPropertyPaneConfiguration, IPropertyPaneDropdownOption, PropertyPaneDropdown } from '@microsoft/sp-property-pane';

import type { PropertyPaneStrings } from '../../components/i18n';
import type { PlanSummary } from '../../data/InternkontrollService';

/** Key of the "show the plan list" choice; the dropdown needs a key for it. */
export const ALL_PLANS_KEY: number = 0;

/**
 * The web part's property pane: which plan the web part opens on (the plan list by default).
 * SharePoint item ids start at 1, so 0 can stand for "no plan".
 */
export function buildPropertyPane(strings: PropertyPaneStrings, plans: PlanSummary[]): IPropertyPaneConfiguration {
  const options: IPropertyPaneDropdownOption[] = [
    { key: ALL_PLANS_KEY, text: strings.propertyPaneAllPlans },
    ...plans.map((plan) => ({ key: plan.id, text: `${plan.namnd} ${plan.ar}${plan.diarienummer ? ` (${plan.diarienummer})` : ''}` }))
  ];
  return {
    pages: [
      {
        header: { description: strings.propertyPaneDescription },
        groups: [
          {
            groupName: strings.propertyPaneGroupName,
            groupFields: [PropertyPaneDropdown('planId', { label: strings.propertyPanePlanLabel, options })]
          }
        ]
      }
    ]
  };
}
