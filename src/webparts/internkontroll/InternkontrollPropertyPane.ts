import { IPropertyPaneConfiguration, IPropertyPaneDropdownOption, PropertyPaneDropdown } from '@microsoft/sp-property-pane';

import type { PlanSummary } from '../../data/InternkontrollService';

/** The texts the property pane needs (the web part's localized strings). */
export interface IPropertyPaneStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  PlanFieldLabel: string;
  AllPlansOption: string;
}

/** Key of the "show the plan list" choice; the dropdown needs a key for it. */
export const ALL_PLANS_KEY: number = 0;

/**
 * The web part's property pane: which plan the web part opens on (the plan list by default).
 * SharePoint item ids start at 1, so 0 can stand for "no plan".
 */
export function buildPropertyPane(strings: IPropertyPaneStrings, plans: PlanSummary[]): IPropertyPaneConfiguration {
  const options: IPropertyPaneDropdownOption[] = [
    { key: ALL_PLANS_KEY, text: strings.AllPlansOption },
    ...plans.map((plan) => ({ key: plan.id, text: `${plan.namnd} ${plan.ar}${plan.diarienummer ? ` (${plan.diarienummer})` : ''}` }))
  ];
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          {
            groupName: strings.BasicGroupName,
            groupFields: [PropertyPaneDropdown('planId', { label: strings.PlanFieldLabel, options })]
          }
        ]
      }
    ]
  };
}
