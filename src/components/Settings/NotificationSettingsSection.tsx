/**
 * "Avisering" on the settings page (samordnare and site owners, who may change the settings list): how approval notifications go out — Teams'
 * activity feed with its fallbacks, a Teams chat message, e-mail, or off — stored in SharePoint,
 * and "Testa", which sends a test notification to the signed-in user and says which way
 * delivered it (or why each way failed), with progress while it runs.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';

import type {
  INotificationSettingsService,
  NotificationChannel,
  NotificationSetting,
  NotificationTestResult,
  StoredNotificationSetting
} from '../../data/settings/INotificationSettingsService';
import { errorText } from '../common/dataErrors';
import { sharedClasses } from '../common/styles';
import type { IUiStrings } from '../i18n/IUiStrings';
import { formatText, useStrings } from '../i18n';

/** Props of `NotificationSettingsSection`. */
export interface INotificationSettingsSectionProps {
  /** The setting and its test, from the host. */
  service: INotificationSettingsService;
}

/** The way's name inside a sentence ("via aktivitetsflödet i Teams"). */
export function channelName(path: NotificationChannel, strings: IUiStrings): string {
  return path === 'activity' ? strings.notifyPathActivity : path === 'chat' ? strings.notifyPathChat : strings.notifyPathEmail;
}

/** The offered settings, in the order the issue names them. */
function options(strings: IUiStrings): IChoiceGroupOption[] {
  return [
    { key: 'activity', text: strings.notifyActivity },
    { key: 'chat', text: strings.notifyChat },
    { key: 'email', text: strings.notifyEmail },
    { key: 'off', text: strings.notifyOff }
  ];
}

/** The notification setting with its test button. */
export function NotificationSettingsSection(props: INotificationSettingsSectionProps): React.ReactElement {
  const strings = useStrings();
  const { service } = props;
  const [stored, setStored] = React.useState<StoredNotificationSetting | undefined>();
  const [choice, setChoice] = React.useState<NotificationSetting>('activity');
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [saved, setSaved] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [testing, setTesting] = React.useState(false);
  const [test, setTest] = React.useState<NotificationTestResult | 'off' | undefined>();

  React.useEffect(() => {
    let live = true;
    service.load().then(
      (found) => {
        if (live) {
          setStored(found);
          setChoice(found.setting);
        }
      },
      (error: unknown) => live && setFailure(error)
    );
    return () => {
      live = false;
    };
  }, [service]);

  const save = async (): Promise<void> => {
    if (stored === undefined) {
      return;
    }
    setSaving(true);
    setSaved(false);
    setFailure(undefined);
    try {
      setStored(await service.save({ ...stored, setting: choice }));
      setSaved(true);
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const runTest = async (): Promise<void> => {
    setTest(undefined);
    setFailure(undefined);
    if (choice === 'off') {
      setTest('off');
      return;
    }
    setTesting(true);
    try {
      setTest(await service.test(choice));
    } catch (error) {
      setFailure(error);
    } finally {
      setTesting(false);
    }
  };

  return (
    <section className={sharedClasses.card} aria-labelledby="ik-inst-avisering">
      <h3 id="ik-inst-avisering">{strings.notifyHeading}</h3>
      <p>{strings.notifyIntro}</p>
      {stored === undefined && failure === undefined && <Spinner size={SpinnerSize.medium} label={strings.notifyLoading} />}
      {stored !== undefined && (
        <>
          <ChoiceGroup
            label={strings.notifyLabel}
            options={options(strings)}
            selectedKey={choice}
            onChange={(_, option) => {
              if (option !== undefined) {
                setChoice(option.key as NotificationSetting);
                setSaved(false);
                setTest(undefined);
              }
            }}
          />
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 12 }}>
            <PrimaryButton text={strings.notifySave} disabled={saving || testing} onClick={() => void save()} />
            <DefaultButton text={strings.notifyTest} disabled={saving || testing} onClick={() => void runTest()} />
          </div>
        </>
      )}
      <div role="status" aria-live="polite">
        {testing && <Spinner size={SpinnerSize.small} label={strings.notifyTesting} />}
        {saved && <MessageBar messageBarType={MessageBarType.success}>{strings.notifySaved}</MessageBar>}
        {test === 'off' && <MessageBar messageBarType={MessageBarType.warning}>{strings.notifyTestOff}</MessageBar>}
        {test !== undefined && test !== 'off' && (
          <MessageBar messageBarType={test.delivered !== undefined ? MessageBarType.success : MessageBarType.error}>
            {test.delivered !== undefined ? formatText(strings.notifyTestDelivered, { path: channelName(test.delivered, strings) }) : strings.notifyTestFailed}
            <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
              {test.attempts.map((attempt, index) => (
                <li key={index} style={{ overflowWrap: 'anywhere' }}>
                  {attempt.ok
                    ? formatText(strings.notifyAttemptOk, { path: channelName(attempt.path, strings) })
                    : formatText(strings.notifyAttemptFailed, { path: channelName(attempt.path, strings), reason: attempt.message ?? '' })}
                </li>
              ))}
            </ul>
          </MessageBar>
        )}
      </div>
      {failure !== undefined && <MessageBar messageBarType={MessageBarType.error}>{errorText(failure, strings)}</MessageBar>}
    </section>
  );
}

export default NotificationSettingsSection;
