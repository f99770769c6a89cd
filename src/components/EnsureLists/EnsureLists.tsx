import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { CurrentUser, EnsureListsProgress, IInternkontrollService } from '../../data/InternkontrollService';
import { errorText } from '../common/dataErrors';
import { useStrings } from '../i18n';
import { COLOURS, sharedClasses } from '../common/styles';

/** Props of the first-use screen. */
export interface IEnsureListsProps {
  /** The data service. */
  service: IInternkontrollService;
  /** The signed-in user; only a site owner (canManage) gets the button. */
  user: CurrentUser;
  /** Called when the lists exist. */
  onCreated: () => void;
}

const classes = mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', gap: 12, maxWidth: 640 },
  heading: { fontSize: 20, fontWeight: 600 },
  text: { margin: 0, color: COLOURS.text }
});

/**
 * Shown when the product's lists are missing on the site: a site owner creates them here and
 * follows the progress step by step; anyone else is told whom to ask.
 */
export function EnsureLists(props: IEnsureListsProps): React.ReactElement {
  const strings = useStrings();
  const [progress, setProgress] = React.useState<EnsureListsProgress | undefined>(undefined);
  const [running, setRunning] = React.useState(false);
  const [error, setError] = React.useState<unknown>(undefined);

  const run = async (): Promise<void> => {
    setRunning(true);
    setError(undefined);
    setProgress(undefined);
    try {
      await props.service.ensureLists((step) => setProgress(step));
      setRunning(false);
      props.onCreated();
    } catch (caught) {
      setRunning(false);
      setError(caught);
    }
  };

  const stepText = progress ? (strings.language === 'en' ? progress.messageEn : progress.message) : strings.creatingLists;
  return (
    <section className={`${sharedClasses.card} ${classes.root}`} aria-labelledby="ik-listor-rubrik">
      <h2 id="ik-listor-rubrik" className={classes.heading}>
        {strings.listsMissingTitle}
      </h2>
      <p className={classes.text}>{props.user.canManage ? strings.listsMissingOwner : strings.listsMissingOther}</p>
      {props.user.canManage && (
        <div>
          <PrimaryButton text={running ? strings.creatingLists : strings.createLists} onClick={() => void run()} disabled={running} />
        </div>
      )}
      {running && (
        <ProgressIndicator
          label={strings.listsProgressLabel}
          description={stepText}
          percentComplete={progress && progress.total > 0 ? progress.done / progress.total : undefined}
          ariaValueText={stepText}
        />
      )}
      {error !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {errorText(error, strings)}
        </MessageBar>
      )}
    </section>
  );
}
