import * as React from 'react';
import { DefaultButton } from './LightButtons';
import { MessageBar, MessageBarType } from './LightMessageBar';
import { errorText } from './dataErrors';
import { useStrings } from '../i18n';

/** Props of the load-error bar. */
export interface ILoadErrorProps {
  /** What the load failed with (a DataError, or anything thrown). */
  error: unknown;
  /** Loads again. */
  onRetry: () => void;
}

/** A failed load: the data layer's message in the user's language and a "Försök igen" button. */
export function LoadError(props: ILoadErrorProps): React.ReactElement {
  const strings = useStrings();
  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline={true}
      actions={
        <div>
          <DefaultButton text={strings.retry} onClick={props.onRetry} />
        </div>
      }
    >
      {errorText(props.error, strings)}
    </MessageBar>
  );
}
