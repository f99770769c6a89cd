/** The card: its title, the count and a button to the quick view. */
import { BaseComponentsCardView, BasicCardView, type ComponentsCardViewParameters } from '@microsoft/sp-adaptive-card-extension-base';

import { attGodkannaCardView } from '../../../teams/ace/attGodkannaCards';
import type { IAttGodkannaProperties, IAttGodkannaState } from '../AttGodkannaAdaptiveCardExtension';
import { QUICK_VIEW_ID } from '../quickView/AttGodkannaQuickView';

/** The card view's id in the navigator. */
export const CARD_VIEW_ID: string = 'ATT_GODKANNA_CARD_VIEW';

/** The card view. */
export class AttGodkannaCardView extends BaseComponentsCardView<IAttGodkannaProperties, IAttGodkannaState, ComponentsCardViewParameters> {
  public get cardViewParameters(): ComponentsCardViewParameters {
    const view = attGodkannaCardView(this.state.cases);
    return BasicCardView({
      cardBar: { componentName: 'cardBar', title: this.properties.title || view.title },
      header: { componentName: 'text', text: this.state.loading ? 'Läser …' : view.primaryText },
      footer: {
        componentName: 'cardButton',
        title: view.buttonTitle ?? 'Visa',
        action: { type: 'QuickView', parameters: { view: QUICK_VIEW_ID } }
      }
    });
  }
}
