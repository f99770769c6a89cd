/** The quick view: the requests, each with Godkänn and Återremittera (Action.Submit → onAction). */
import { BaseAdaptiveCardQuickView, type IActionArguments, type ISPFxAdaptiveCard } from '@microsoft/sp-adaptive-card-extension-base';

import { attGodkannaQuickViewData, attGodkannaQuickViewTemplate, type AttGodkannaQuickViewData } from '../../../teams/ace/attGodkannaCards';
import type { IAttGodkannaProperties, IAttGodkannaState } from '../AttGodkannaAdaptiveCardExtension';

/** The quick view's id in the navigator. */
export const QUICK_VIEW_ID: string = 'ATT_GODKANNA_QUICK_VIEW';

/** The quick view. */
export class AttGodkannaQuickView extends BaseAdaptiveCardQuickView<IAttGodkannaProperties, IAttGodkannaState, AttGodkannaQuickViewData> {
  public constructor(private readonly onDecision: (data: unknown) => Promise<void>) {
    super();
  }

  public get data(): AttGodkannaQuickViewData {
    return attGodkannaQuickViewData(this.state.cases, this.state.notice);
  }

  public get template(): ISPFxAdaptiveCard {
    return attGodkannaQuickViewTemplate() as unknown as ISPFxAdaptiveCard;
  }

  public onAction(action: IActionArguments): void {
    if (action.type === 'Submit') {
      // The host shows the outcome as the notice; a failure is already a notice.
      this.onDecision(action.data).catch(() => undefined);
    }
  }
}
