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

import { asDataError, errorText } from '../common/dataErrors';
import { useStrings } from '../i18n';

/** Props of the delete confirmation. */
export interface IDeleteConfirmDialogProps {
  /** "Ta bort risken ”Omoderna verksamhetssystem”?" */
  title: string;
  /** What goes with it (impactSentence). */
  consequence: string;
  /** Deletes; the dialog shows the error when it rejects. */
  onConfirm: () => Promise<void>;
  /** Closes the dialog (after a delete or on cancel). */
  onDismiss: () => void;
}

/** The confirmation dialog. */
export default function DeleteConfirmDialog(props: IDeleteConfirmDialogProps): React.ReactElement {
  const strings = useStrings();
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
      dialogContentProps={{ type: DialogType.normal, title: props.title, subText: props.consequence, closeButtonAriaLabel: strings.close }}
      modalProps={{ isBlocking: true }}
      minWidth={360}
      maxWidth={560}
    >
      {error && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {error}
        </MessageBar>
      )}
      <DialogFooter>
        {deleting && <Spinner size={SpinnerSize.small} label={strings.deleting} labelPosition="right" />}
        <PrimaryButton text={strings.deleteConfirm} onClick={() => void confirm()} disabled={deleting} />
        <DefaultButton text={strings.cancel} onClick={props.onDismiss} disabled={deleting} />
      </DialogFooter>
    </Dialog>
  );
}
