import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';

import type { IInternkontrollService, ImportProgress, PlanView } from '../../data/InternkontrollService';
import { copyPlanToYear, validateCopyYear, ValidationIssue } from '../../model';
import { errorText, validationIssuesOf } from '../common/dataErrors';
import { issueText } from '../common/labels';
import { COLOURS } from '../common/styles';
import { formatText, useStrings } from '../i18n';
import { carriedLines, issuesByField, leftBehindLines, parseYear } from './copyPlanModel';

/** Props of the copy dialog. */
export interface ICopyPlanDialogProps {
  /** The data service. */
  service: IInternkontrollService;
  /** The plan to copy, as loaded. */
  view: PlanView;
  /** Closes the dialog without copying. */
  onDismiss: () => void;
  /** Called with the new plan once it is created. */
  onCopied: (copy: PlanView) => void;
}

const classes = mergeStyleSets({
  intro: { margin: '0 0 12px' },
  fields: { display: 'flex', flexDirection: 'column', gap: 12 },
  summary: { marginTop: 16, display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 12 },
  summaryHeading: { fontSize: 14, fontWeight: 600, margin: '0 0 4px' },
  list: { margin: 0, paddingLeft: 18 },
  note: { margin: '12px 0 0', color: COLOURS.secondaryText },
  progress: { marginTop: 12 }
});

/**
 * "Kopiera till nästa år": the user chooses the year (and the new diarienummer), sees what
 * comes along and what stays before copying, and follows the copy's progress. The copy is all
 * or nothing; a bad year or diarienummer is shown at its field and nothing is written.
 */
export function CopyPlanDialog(props: ICopyPlanDialogProps): React.ReactElement {
  const strings = useStrings();
  const { view, service } = props;
  const [yearText, setYearText] = React.useState(String(view.plan.ar + 1));
  const [diarienummer, setDiarienummer] = React.useState('');
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [progress, setProgress] = React.useState<ImportProgress | undefined>(undefined);
  const [copying, setCopying] = React.useState(false);

  const year = parseYear(yearText);
  const yearOk = year !== undefined && validateCopyYear(view.plan.ar, year).length === 0;
  const summary = copyPlanToYear(view, { year: yearOk ? (year as number) : view.plan.ar + 1, newKey: () => '' }).summary;
  const byField = issuesByField(issues);
  const years = yearOk ? (year as number) - view.plan.ar : 1;

  const copy = async (): Promise<void> => {
    const local = validateCopyYear(view.plan.ar, year);
    setFailure(undefined);
    setIssues(local);
    if (local.length > 0) {
      return;
    }
    setCopying(true);
    try {
      const created = await service.copyPlanToNextYear(view.plan.id, { year: year as number, diarienummer: diarienummer.trim() === '' ? undefined : diarienummer }, setProgress);
      props.onCopied(created);
    } catch (error) {
      const refused = validationIssuesOf(error);
      if (refused) {
        setIssues(refused);
      } else {
        setFailure(error);
      }
      setProgress(undefined);
      setCopying(false);
    }
  };

  const fieldError = (list: ValidationIssue[]): string | undefined => (list.length > 0 ? list.map((issue) => issueText(issue, strings)).join(' ') : undefined);

  return (
    <Dialog
      hidden={false}
      onDismiss={copying ? undefined : props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: strings.copyHeading, subText: undefined }}
      modalProps={{ isBlocking: true }}
      minWidth={520}
    >
      <p className={classes.intro}>{formatText(strings.copyIntro, { namnd: view.plan.namnd, ar: view.plan.ar })}</p>
      <div className={classes.fields}>
        <TextField
          label={strings.copyYearLabel}
          value={yearText}
          inputMode="numeric"
          required={true}
          disabled={copying}
          onChange={(_event, value) => {
            setYearText(value || '');
            setIssues([]);
          }}
          errorMessage={fieldError(byField.ar)}
        />
        <TextField
          label={strings.copyDiarienummerLabel}
          value={diarienummer}
          disabled={copying}
          onChange={(_event, value) => {
            setDiarienummer(value || '');
            setIssues([]);
          }}
          errorMessage={fieldError(byField.diarienummer)}
        />
      </div>
      <section className={classes.summary} aria-label={strings.copySummaryHeading}>
        <div>
          <h2 className={classes.summaryHeading}>{strings.copyCarried}</h2>
          <ul className={classes.list}>
            {carriedLines(summary, strings).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className={classes.summaryHeading}>{strings.copyLeft}</h2>
          <ul className={classes.list}>
            {leftBehindLines(summary, strings).map((line) => (
              <li key={line}>{line}</li>
            ))}
            {leftBehindLines(summary, strings).length === 0 && <li>{strings.copyNothingLeft}</li>}
          </ul>
        </div>
      </section>
      <p className={classes.note}>{formatText(years === 1 ? strings.copyDatesOne : strings.copyDatesMany, { years })}</p>
      {byField.other.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {byField.other.map((issue) => issueText(issue, strings)).join(' ')}
        </MessageBar>
      )}
      {failure !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {errorText(failure, strings)}
        </MessageBar>
      )}
      {progress !== undefined && (
        <div className={classes.progress}>
          <ProgressIndicator
            label={strings.copyProgressLabel}
            description={strings.language === 'en' ? progress.messageEn : progress.message}
            percentComplete={progress.total > 0 ? progress.done / progress.total : undefined}
            ariaValueText={formatText(strings.copyProgressValue, { done: progress.done, total: progress.total })}
          />
        </div>
      )}
      <DialogFooter>
        <PrimaryButton text={copying ? strings.copying : strings.copySubmit} disabled={copying} onClick={() => void copy()} />
        <DefaultButton text={strings.cancel} disabled={copying} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}

export default CopyPlanDialog;
