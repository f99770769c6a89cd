import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { MatrixChangePreview } from '../../data/InternkontrollService';
import { formatLevelMove } from '../../model';
import { COLOURS } from '../common/styles';
import { formatText, useStrings } from '../i18n';

/** Props of the impact preview. */
export interface IMatrixImpactDialogProps {
  /** What the change does. */
  preview: MatrixChangePreview;
  /** Saving is under way. */
  saving: boolean;
  /** Saves the change. */
  onConfirm: () => void;
  /** Goes back to editing. */
  onDismiss: () => void;
}

const classes = mergeStyleSets({
  plan: { margin: '12px 0 0' },
  planHeading: { fontSize: 14, fontWeight: 600, margin: '0 0 4px' },
  list: { margin: 0, paddingLeft: 18 },
  outside: { color: '#a4262c', fontWeight: 600 },
  note: { margin: '12px 0 0', color: COLOURS.secondaryText, fontSize: 13 }
});

/**
 * Before a changed matrix is saved: which risks move level in each plan that uses it ("Risk 3
 * Bristande …: Medium (9) → Hög (9)"), originals and period re-ratings alike. A change that
 * leaves a rating outside the matrix cannot be saved; the dialog says which.
 */
export function MatrixImpactDialog(props: IMatrixImpactDialogProps): React.ReactElement {
  const strings = useStrings();
  const { preview } = props;
  const moving = preview.plans.filter((plan) => plan.moves.length > 0);
  const moves = moving.reduce((sum, plan) => sum + plan.moves.length, 0);
  return (
    <Dialog
      hidden={false}
      onDismiss={props.saving ? undefined : props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: strings.impactHeading }}
      modalProps={{ isBlocking: true }}
      minWidth={560}
    >
      {preview.blocked && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {strings.impactBlocked}
        </MessageBar>
      )}
      <p>
        {preview.plans.length === 0
          ? strings.impactNoPlans
          : moves === 0
            ? formatText(strings.impactNoMoves, { plans: preview.plans.length })
            : formatText(strings.impactSummary, { moves, plans: moving.length, total: preview.plans.length })}
      </p>
      {moving.map((plan) => (
        <section key={plan.planId} className={classes.plan} aria-label={plan.label}>
          <h3 className={classes.planHeading}>{plan.label}</h3>
          <ul className={classes.list}>
            {plan.moves.map((move, i) => (
              <li key={i} className={move.after.outside ? classes.outside : undefined}>
                {formatLevelMove(move, strings.language)}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {(preview.closedPlans > 0 || preview.ownMatrixPlans > 0) && (
        <p className={classes.note}>{formatText(strings.impactUnaffected, { closed: preview.closedPlans, own: preview.ownMatrixPlans })}</p>
      )}
      <DialogFooter>
        {!preview.blocked && <PrimaryButton text={props.saving ? strings.saving : strings.impactConfirm} disabled={props.saving} onClick={props.onConfirm} />}
        <DefaultButton text={strings.impactBack} disabled={props.saving} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
