/**
 * The confirmation of a delete: names the item and everything that goes with it, and deletes
 * only on "Ta bort". Focus goes back to the button that opened it when it closes (Fluent's
 * dialog restores focus). Loaded on demand with the editors.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';

import type { ListPermissions, PlanView, ProductListKey } from '../../data/InternkontrollService';
import { asDataError, errorText } from '../common/dataErrors';
import { itemName } from '../common/itemNames';
import { formatText, useStrings } from '../i18n';
import type { IUiStrings } from '../i18n';
import { DeleteTarget, deleteImpact, impactSentence, listsRefusingDelete } from './deleteImpact';

/** Props of the delete confirmation. */
export interface IDeleteConfirmDialogProps {
  /** The loaded plan: what goes with the delete is counted from it. */
  view: PlanView;
  /** What is deleted. */
  target: DeleteTarget;
  /** The user's permissions per list: a delete that SharePoint would refuse in part is not offered. */
  permissions: Record<ProductListKey, ListPermissions>;
  /** Deletes; the dialog shows the error when it rejects. */
  onConfirm: () => Promise<void>;
  /** Closes the dialog (after a delete or on cancel). */
  onDismiss: () => void;
}

/** "Ta bort risk 3?", "Ta bort internkontrollplanen för Socialnämnden 2025?" */
export function deleteTitle(view: PlanView, target: DeleteTarget, strings: IUiStrings): string {
  if (target.kind === 'plan') {
    return formatText(strings.deletePlanTitle, { namnd: view.plan.namnd, ar: view.plan.ar });
  }
  if (target.kind === 'followUp') {
    const period = view.plan.perioder.filter((p) => p.key === target.item.periodKey)[0];
    return formatText(strings.deleteFollowUpTitle, { period: period ? period.label : target.item.periodKey });
  }
  return formatText(strings.deleteItemTitle, { name: itemName(target.kind, target.item, strings) });
}

/** The confirmation dialog. */
export default function DeleteConfirmDialog(props: IDeleteConfirmDialogProps): React.ReactElement {
  const strings = useStrings();
  const title = deleteTitle(props.view, props.target, strings);
  const impact = deleteImpact(props.view, props.target);
  const consequence = impactSentence(impact, strings);
  const refused = listsRefusingDelete(props.target, impact, props.permissions);
  const refusedText =
    refused.length === 0
      ? undefined
      : formatText(strings.deleteNotPermitted, {
          lists: refused.map((list) => strings[`listName_${list}` as keyof IUiStrings] as string).join(', ')
        });
  const [deleting, setDeleting] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const confirm = async (): Promise<void> => {
    setDeleting(true);
    setError(undefined);
    try {
      await props.onConfirm();
      setDeleting(false);
      props.onDismiss();
    } catch (caught) {
      setDeleting(false);
      const dataError = asDataError(caught);
      setError(dataError ? (strings.language === 'en' ? dataError.messageEn : dataError.message) : errorText(caught, strings));
    }
  };
  return (
    <Dialog
      hidden={false}
      onDismiss={() => {
        if (!deleting) {
          props.onDismiss();
        }
      }}
      dialogContentProps={{ type: DialogType.normal, title, subText: consequence, closeButtonAriaLabel: strings.close }}
      modalProps={{ isBlocking: true }}
      minWidth={360}
      maxWidth={560}
    >
      {refusedText && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
          {refusedText}
        </MessageBar>
      )}
      {error && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {error}
        </MessageBar>
      )}
      <DialogFooter>
        {deleting && <Spinner size={SpinnerSize.small} label={strings.deleting} labelPosition="right" />}
        {!refusedText && <PrimaryButton text={strings.deleteConfirm} onClick={() => void confirm()} disabled={deleting} />}
        <DefaultButton text={strings.cancel} onClick={props.onDismiss} disabled={deleting} />
      </DialogFooter>
    </Dialog>
  );
}
