/**
 * The Viva Connections card "Att godkänna" (also on Teams desktop and mobile): the count of
 * requests waiting for the signed-in user, and a quick view where each is approved or
 * returned. A thin host: the words, the template and the handling of a decision are the pure
 * functions of src/teams/ace; the decision is written by the approval service in the browser
 * (no bot).
 */
import { BaseAdaptiveCardExtension } from '@microsoft/sp-adaptive-card-extension-base';

import type { ApprovalCaseLike, ApprovalDeciderService } from '../../teams/approvalPort';
import { handleAttGodkannaAction, withNotificationFailure, type AttGodkannaNotice } from '../../teams/ace/attGodkannaCards';
import { approvalServiceForCard } from './approvalServiceForCard';
import { AttGodkannaCardView, CARD_VIEW_ID } from './cardView/AttGodkannaCardView';
import { AttGodkannaQuickView, QUICK_VIEW_ID } from './quickView/AttGodkannaQuickView';

/** The card's properties (set in the dashboard's property pane). */
export interface IAttGodkannaProperties {
  /** The card's title. */
  title: string;
}

/** What the card and the quick view show. */
export interface IAttGodkannaState {
  /** The requests waiting for the user. */
  cases: ApprovalCaseLike[];
  /** Still reading. */
  loading: boolean;
  /** The notice after the last action or a failed read. */
  notice?: AttGodkannaNotice;
}

/** The ACE. */
export default class AttGodkannaAdaptiveCardExtension extends BaseAdaptiveCardExtension<IAttGodkannaProperties, IAttGodkannaState> {
  private service: ApprovalDeciderService | undefined;
  /** Why the last decision's notification could not be sent, when it could not. */
  private notificationFailure: string | undefined;

  public async onInit(): Promise<void> {
    this.state = { cases: [], loading: true };
    this.cardNavigator.register(CARD_VIEW_ID, () => new AttGodkannaCardView());
    this.quickViewNavigator.register(QUICK_VIEW_ID, () => new AttGodkannaQuickView((data) => this.decide(data)));
    this.service = approvalServiceForCard(this.context, (error) => {
      this.notificationFailure = error instanceof Error ? error.message : String(error);
    });
    await this.refresh();
  }

  protected renderCard(): string | undefined {
    return CARD_VIEW_ID;
  }

  /** Reads the requests again. */
  private async refresh(notice?: AttGodkannaNotice): Promise<void> {
    if (this.service === undefined) {
      return;
    }
    try {
      const cases = await this.service.listForApprover();
      this.setState({ cases, loading: false, notice });
    } catch (error) {
      this.setState({ loading: false, notice: { text: error instanceof Error ? error.message : String(error), isError: true } });
    }
  }

  /** Godkänn or Återremittera from the quick view. */
  private async decide(data: unknown): Promise<void> {
    if (this.service === undefined) {
      return;
    }
    this.notificationFailure = undefined;
    const result = await handleAttGodkannaAction(this.service, this.state.cases, data);
    if (result.decided) {
      await this.refresh(withNotificationFailure(result.notice, this.notificationFailure));
    } else {
      this.setState({ notice: result.notice });
    }
  }
}
