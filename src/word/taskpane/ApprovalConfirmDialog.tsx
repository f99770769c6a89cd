/**
 * The question before inserting or refreshing data that is not approved (or changed after
 * approval): names the state in Swedish, lists the blocks when there are several, and offers
 * "Infoga ändå" (or "Uppdatera ändå") and "Avbryt". Avbryt is focused first, since it is the
 * safe answer; Escape answers Avbryt.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';

import { classes } from './styles';

/** Props of the question. */
export interface IApprovalConfirmDialogProps {
  /** Shown when set. */
  question?: {
    /** Title. */
    title: string;
    /** The question, naming the state. */
    text: string;
    /** Blocks concerned, each with its approval line. */
    items?: string[];
    /** The "do it anyway" button. */
    confirmText: string;
    /** The cancel button. */
    cancelText: string;
  };
  /** The answer. */
  onAnswer: (go: boolean) => void;
}

const CANCEL_CLASS = 'ik-approval-cancel';

/** The dialog. */
export function ApprovalConfirmDialog(props: IApprovalConfirmDialogProps): React.ReactElement {
  const { question } = props;
  return (
    <Dialog
      hidden={!question}
      onDismiss={() => props.onAnswer(false)}
      dialogContentProps={{ type: DialogType.normal, title: question?.title, subText: question?.text }}
      modalProps={{ isBlocking: true, firstFocusableSelector: CANCEL_CLASS }}
    >
      {question?.items && question.items.length > 0 && (
        <ul className={classes.confirmList}>
          {question.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )}
      <DialogFooter>
        <DefaultButton text={question?.confirmText} onClick={() => props.onAnswer(true)} />
        <PrimaryButton className={CANCEL_CLASS} text={question?.cancelText} onClick={() => props.onAnswer(false)} />
      </DialogFooter>
    </Dialog>
  );
}
