import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';

import type { CurrentUser, IInternkontrollService, MatrixChangePreview, StoredSettings } from '../../data/InternkontrollService';
import { validateOrganisationSettings, ValidationIssue } from '../../model';
import { asDataError, errorText } from '../common/dataErrors';
import { LoadError } from '../common/LoadError';
import { COLOURS, sharedClasses } from '../common/styles';
import { formatText, useStrings } from '../i18n';
import { fieldId, issueAt } from '../RiskMatrixEditor/matrixEditorModel';
import { RiskMatrixEditor } from '../RiskMatrixEditor/RiskMatrixEditor';
import { MatrixImpactDialog } from './MatrixImpactDialog';
import { PeriodTemplatesEditor } from './PeriodTemplatesEditor';
import { RoleMembersSection } from './RoleMembersSection';
import { canChangeRoleMembers } from '../common/access';
import { draftOf, MATRIX_PATH, matrixChanged, PERIODS_PATH, SettingsDraft, settingsOf, summaryEntries } from './settingsForm';

/** Props of the settings page. */
export interface ISettingsViewProps {
  /** The data service. */
  service: IInternkontrollService;
  /** The signed-in user (one who may change the settings: the App shows the page only to them). */
  user: CurrentUser;
  /** Extra sections below the settings form and the role holders. */
  children?: React.ReactNode;
}

const classes = mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', gap: 20 },
  heading: { fontSize: 24, fontWeight: 600 },
  intro: { margin: 0, color: COLOURS.secondaryText },
  sectionHeading: { fontSize: 18, fontWeight: 600, margin: '0 0 8px' },
  sectionIntro: { margin: '0 0 12px', color: COLOURS.secondaryText, fontSize: 13 },
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))', gap: 16 },
  summary: { border: '2px solid #a4262c', borderRadius: 6, padding: '10px 14px', background: '#fde7e9', selectors: { ':focus': { outline: `3px solid ${COLOURS.text}` } } },
  summaryHeading: { fontSize: 15, fontWeight: 600, margin: '0 0 6px', color: '#a4262c' },
  summaryList: { margin: 0, paddingLeft: 18 },
  footer: { display: 'flex', gap: 12, alignItems: 'center' },
  check: { fontSize: 13, margin: '4px 0 0' },
  checkOk: { color: '#0b5a08' }
});

type Load = { kind: 'loading' } | { kind: 'error'; error: unknown } | { kind: 'ready'; stored: StoredSettings };

/**
 * The organisation's settings, for samordnare and site owners: the default risk matrix (size, step labels,
 * levels with colours and a live contrast check, every cell's level on the grid), the default
 * periods and the diarienummer pattern with its example. Everything is checked with the model's
 * rules, each message at its field and in a summary that links to it; a changed matrix first
 * shows which risks move level in the plans that use it. Below them, who holds each role.
 */
export function SettingsView(props: ISettingsViewProps): React.ReactElement {
  const strings = useStrings();
  const { service } = props;
  const [load, setLoad] = React.useState<Load>({ kind: 'loading' });
  const [draft, setDraft] = React.useState<SettingsDraft | undefined>(undefined);
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [saved, setSaved] = React.useState('');
  const [saving, setSaving] = React.useState(false);
  const [preview, setPreview] = React.useState<MatrixChangePreview | undefined>(undefined);
  const summary = React.useRef<HTMLDivElement>(null);

  const read = React.useCallback(async (): Promise<void> => {
    setLoad({ kind: 'loading' });
    try {
      const stored = await service.loadSettings();
      setLoad({ kind: 'ready', stored });
      setDraft(draftOf(stored));
    } catch (error) {
      setLoad({ kind: 'error', error });
    }
  }, [service]);

  React.useEffect(() => {
    void read();
  }, [read]);

  React.useEffect(() => {
    if (issues.length > 0 && summary.current) {
      summary.current.focus();
    }
  }, [issues]);

  if (load.kind === 'loading' || (load.kind === 'ready' && draft === undefined)) {
    return <Spinner size={SpinnerSize.large} label={strings.settingsLoading} />;
  }
  if (load.kind === 'error' || draft === undefined) {
    return <LoadError error={load.kind === 'error' ? load.error : undefined} onRetry={() => void read()} />;
  }
  const stored = load.stored;

  const change = (next: Partial<SettingsDraft>): void => {
    const updated = { ...draft, ...next };
    setDraft(updated);
    setSaved('');
    // Once the user has tried to save, the messages follow the edits live.
    if (issues.length > 0) {
      setIssues(validateOrganisationSettings(settingsOf(updated, stored)));
    }
  };

  const write = async (): Promise<void> => {
    setSaving(true);
    setFailure(undefined);
    try {
      const result = await service.saveSettings(settingsOf(draft, stored));
      const plans = preview ? preview.plans.length : 0;
      setPreview(undefined);
      setLoad({ kind: 'ready', stored: result });
      setDraft(draftOf(result));
      setSaved(plans > 0 ? formatText(strings.settingsSavedWithPlans, { plans }) : strings.settingsSaved);
    } catch (error) {
      setPreview(undefined);
      const dataError = asDataError(error);
      if (dataError && dataError.kind === 'validation' && dataError.issues) {
        setIssues(dataError.issues);
      } else {
        setFailure(error);
      }
    } finally {
      setSaving(false);
    }
  };

  const save = async (): Promise<void> => {
    setSaved('');
    setFailure(undefined);
    const found = validateOrganisationSettings(settingsOf(draft, stored));
    setIssues(found);
    if (found.length > 0) {
      return;
    }
    if (matrixChanged(draft, stored)) {
      setSaving(true);
      try {
        setPreview(await service.previewMatrixChange(draft.matrix));
      } catch (error) {
        setFailure(error);
      } finally {
        setSaving(false);
      }
      return;
    }
    await write();
  };

  const patternIssues = validateOrganisationSettings({ diarienummerPattern: draft.diarienummerPattern, diarienummerExample: draft.diarienummerExample });
  const patternChecked = draft.diarienummerPattern.trim() !== '' && draft.diarienummerExample.trim() !== '' && patternIssues.length === 0;

  return (
    <div className={classes.root}>
      <h2 className={classes.heading}>{strings.settingsHeading}</h2>
      <p className={classes.intro}>{strings.settingsIntro}</p>

      {issues.length > 0 && (
        <div ref={summary} tabIndex={-1} className={classes.summary} role="region" aria-labelledby="ik-installningar-fel">
          <h3 id="ik-installningar-fel" className={classes.summaryHeading}>
            {formatText(strings.settingsErrorSummary, { count: issues.length })}
          </h3>
          <ul className={classes.summaryList}>
            {summaryEntries(issues, strings).map((entry, i) => (
              <li key={i}>
                <Link
                  href={`#${entry.fieldId}`}
                  onClick={(event) => {
                    const element = document.getElementById(entry.fieldId);
                    if (element) {
                      event.preventDefault();
                      element.focus();
                    }
                  }}
                >
                  {entry.text}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}

      <section className={sharedClasses.card} aria-labelledby="ik-inst-organisation">
        <h3 id="ik-inst-organisation" className={classes.sectionHeading}>
          {strings.settingsOrganisationHeading}
        </h3>
        <div className={classes.fields}>
          <TextField
            id={fieldId('installningar.organisation')}
            label={strings.settingsOrganisationLabel}
            value={draft.organisation}
            errorMessage={issueAt(issues, 'installningar.organisation', strings)}
            onChange={(_e, value) => change({ organisation: value || '' })}
          />
        </div>
      </section>

      <section className={sharedClasses.card} aria-labelledby="ik-inst-matris">
        <h3 id="ik-inst-matris" className={classes.sectionHeading}>
          {strings.settingsMatrixHeading}
        </h3>
        <p className={classes.sectionIntro}>{strings.settingsMatrixIntro}</p>
        <RiskMatrixEditor matrix={draft.matrix} onChange={(matrix) => change({ matrix })} issues={issues} basePath={MATRIX_PATH} />
      </section>

      <section className={sharedClasses.card} aria-labelledby="ik-inst-perioder">
        <h3 id="ik-inst-perioder" className={classes.sectionHeading}>
          {strings.settingsPeriodsHeading}
        </h3>
        <p className={classes.sectionIntro}>{strings.settingsPeriodsIntro}</p>
        <PeriodTemplatesEditor periods={draft.periods} onChange={(periods) => change({ periods })} issues={issues} basePath={PERIODS_PATH} />
      </section>

      <section className={sharedClasses.card} aria-labelledby="ik-inst-dnr">
        <h3 id="ik-inst-dnr" className={classes.sectionHeading}>
          {strings.settingsDiarienummerHeading}
        </h3>
        <p className={classes.sectionIntro}>{strings.settingsDiarienummerIntro}</p>
        <div className={classes.fields}>
          <TextField
            id={fieldId('installningar.diarienummerPattern')}
            label={strings.settingsPatternLabel}
            description={strings.settingsPatternHint}
            value={draft.diarienummerPattern}
            errorMessage={issueAt(issues, 'installningar.diarienummerPattern', strings)}
            onChange={(_e, value) => change({ diarienummerPattern: value || '' })}
          />
          <div>
            <TextField
              id={fieldId('installningar.diarienummerExample')}
              label={strings.settingsExampleLabel}
              value={draft.diarienummerExample}
              errorMessage={issueAt(issues, 'installningar.diarienummerExample', strings)}
              onChange={(_e, value) => change({ diarienummerExample: value || '' })}
            />
            {patternChecked && <p className={`${classes.check} ${classes.checkOk}`}>{strings.settingsExampleMatches}</p>}
          </div>
        </div>
      </section>

      {failure !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {errorText(failure, strings)}
        </MessageBar>
      )}
      {saved !== '' && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline={true}>
          {saved}
        </MessageBar>
      )}
      <div className={classes.footer}>
        <PrimaryButton text={saving ? strings.saving : strings.settingsSave} disabled={saving} onClick={() => void save()} />
      </div>

      <RoleMembersSection service={service} canChange={canChangeRoleMembers(props.user)} />

      {props.children}

      {preview !== undefined && <MatrixImpactDialog preview={preview} saving={saving} onConfirm={() => void write()} onDismiss={() => setPreview(undefined)} />}
    </div>
  );
}

export default SettingsView;
