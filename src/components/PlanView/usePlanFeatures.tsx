/**
 * The plan view's history, copy-to-next-year and own-matrix actions: the buttons in the plan's
 * header and the panel or dialog each opens (loaded on demand). History is for everyone who
 * can read the plan; copying for those SharePoint lets create a plan with its rows, the plan's
 * matrix for those who may change the plan (`common/access.ts`).
 */
import * as React from 'react';
import { DefaultButton } from '../common/LightButtons';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { CurrentUser, IInternkontrollService, PlanView } from '../../data/InternkontrollService';
import { LazyCopyPlanDialog, LazyItemHistoryPanel, LazyPlanMatrixDialog } from '../App/lazyViews';
import { canChangePlanMatrix, canCopyPlan } from '../common/access';
import { formatText, useStrings } from '../i18n';

/** What the hook needs from the plan view. */
export interface PlanFeaturesArgs {
  /** The data service. */
  service: IInternkontrollService;
  /** The plan as loaded; undefined while loading. */
  view: PlanView | undefined;
  /** The signed-in user. */
  user: CurrentUser;
  /** Reloads the plan (after its matrix changed). */
  reload: () => Promise<PlanView | undefined>;
  /** Shows a confirmation in the plan view's live region. */
  announce: (text: string) => void;
  /** Opens another plan (the copy), with a confirmation to show there. */
  onOpenPlan?: (planId: number, notice?: string) => void;
}

/** The header buttons and the open panel or dialog. */
export interface PlanFeatures {
  /** The buttons, or null while the plan loads. */
  buttons: React.ReactElement | null;
  /** The open panel or dialog, or null. */
  element: React.ReactElement | null;
}

const classes = mergeStyleSets({
  actions: { display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 6 }
});

type Open = 'history' | 'copy' | 'matrix' | undefined;

/** The plan's history, copy and own-matrix actions. */
export function usePlanFeatures(args: PlanFeaturesArgs): PlanFeatures {
  const strings = useStrings();
  const [open, setOpen] = React.useState<Open>(undefined);
  const { view, user, service } = args;
  if (view === undefined) {
    return { buttons: null, element: null };
  }
  const close = (): void => setOpen(undefined);
  const buttons = (
    <div className={classes.actions}>
      <DefaultButton text={strings.historyButton} iconProps={{ iconName: 'History' }} onClick={() => setOpen('history')} />
      {canCopyPlan(user) && <DefaultButton text={strings.copyPlanButton} iconProps={{ iconName: 'Copy' }} onClick={() => setOpen('copy')} />}
      {canChangePlanMatrix(user) && <DefaultButton text={strings.planMatrixButton} iconProps={{ iconName: 'GridViewSmall' }} onClick={() => setOpen('matrix')} />}
    </div>
  );
  let element: React.ReactElement | null = null;
  if (open === 'history') {
    element = <LazyItemHistoryPanel service={service} view={view} onDismiss={close} />;
  } else if (open === 'copy') {
    element = (
      <LazyCopyPlanDialog
        service={service}
        view={view}
        onDismiss={close}
        onCopied={(copy) => {
          close();
          const notice = formatText(strings.copyDone, { namnd: copy.plan.namnd, ar: copy.plan.ar });
          if (args.onOpenPlan) {
            args.onOpenPlan(copy.plan.id, notice);
          } else {
            args.announce(notice);
          }
        }}
      />
    );
  } else if (open === 'matrix') {
    element = (
      <LazyPlanMatrixDialog
        service={service}
        view={view}
        onDismiss={close}
        onSaved={() => {
          close();
          args.announce(strings.planMatrixSaved);
          void args.reload();
        }}
      />
    );
  }
  return { buttons, element };
}
