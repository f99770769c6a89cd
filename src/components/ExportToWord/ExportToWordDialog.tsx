/**
 * "Exportera till Word": choose period and shape (built-in first, then the organisation's own),
 * and the report downloads as a bilaga (.docx) built from the one report model. Loaded on demand
 * from the plan view; the docx library comes in a further chunk when the user exports.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown, DropdownMenuItemType, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';

import type { IApprovalService } from '../../approvals/IApprovalService';
import { reportApprovalOf, reportContentHash, type ReportApproval } from '../../approvals/reportApproval';
import type { IInternkontrollService, PlanView } from '../../data/InternkontrollService';
import type { ReportModel } from '../../reports/model/types';
import { allReportShapes, type ReportShapeEntry } from '../../reports/shapes/allReportShapes';
import { reportErrorText as errorText } from '../common/reportErrorText';
import { formatText, useStrings } from '../i18n';
import { downloadFile } from './download';
import type { BilagaFile, BilagaStep } from './exportBilaga';

/** Props of the dialog. */
export interface IExportToWordDialogProps {
  /** The data service (the organisation's own shapes). */
  service: IInternkontrollService;
  /** The plan as loaded. */
  view: PlanView;
  /** The period chosen in the plan view, preselected. */
  periodKey?: string;
  /** Closes the dialog. */
  onDismiss: () => void;
  /** Receives the file; the browser's download by default (tests capture it). */
  onDownload?: (file: BilagaFile) => void;
  /** The report date "YYYY-MM-DD"; today by default. */
  datum?: string;
  /** The approval flow: the bilaga states the period's approval under its tables. Without it, no line. */
  approvals?: Pick<IApprovalService, 'stateOf'>;
}

const STEPS: readonly BilagaStep[] = ['building', 'rendering'];

/** The dialog. */
export function ExportToWordDialog(props: IExportToWordDialogProps): React.ReactElement {
  const strings = useStrings();
  const { service, view } = props;
  const [shapes, setShapes] = React.useState<ReportShapeEntry[] | undefined>(undefined);
  const [ownFailed, setOwnFailed] = React.useState<string | undefined>(undefined);
  const [periodKey, setPeriodKey] = React.useState<string | undefined>(props.periodKey ?? view.plan.perioder[0]?.key);
  const [shapeId, setShapeId] = React.useState<string | undefined>(undefined);
  const [step, setStep] = React.useState<number | undefined>(undefined);
  const [result, setResult] = React.useState<{ type: MessageBarType; text: string } | undefined>(undefined);
  const linkHolder = React.useRef<HTMLDivElement>(null);
  const english = strings.language === 'en';

  React.useEffect(() => {
    let live = true;
    service.listReportShapes().then(
      (own) => live && setShapes(allReportShapes(own)),
      (error: unknown) => {
        if (live) {
          setOwnFailed(errorText(error, strings));
          setShapes(allReportShapes([]));
        }
      }
    );
    return () => {
      live = false;
    };
  }, [service, strings]);

  React.useEffect(() => {
    if (shapes && shapeId === undefined && shapes.length > 0) {
      setShapeId(shapes[0].shape.id);
    }
  }, [shapes, shapeId]);

  const busy = step !== undefined;
  const chosen = shapes?.filter((entry) => entry.shape.id === shapeId)[0];

  const shapeOptions: IDropdownOption[] = [];
  if (shapes) {
    const builtIn = shapes.filter((entry) => entry.builtIn);
    const own = shapes.filter((entry) => !entry.builtIn);
    shapeOptions.push({ key: 'ik-inbyggda', text: strings.exportBuiltInGroup, itemType: DropdownMenuItemType.Header });
    builtIn.forEach((entry) => shapeOptions.push({ key: entry.shape.id, text: entry.shape.namn }));
    if (own.length > 0) {
      shapeOptions.push({ key: 'ik-egna', text: strings.exportOwnGroup, itemType: DropdownMenuItemType.Header });
      own.forEach((entry) => shapeOptions.push({ key: entry.shape.id, text: entry.shape.namn }));
    }
  }

  const exportNow = async (): Promise<void> => {
    if (!chosen || periodKey === undefined) {
      return;
    }
    setResult(undefined);
    setStep(0);
    const approvals = props.approvals;
    let unread: string | undefined;
    const approvalOf = approvals
      ? async (report: ReportModel): Promise<ReportApproval | undefined> => {
          try {
            const [state, hash] = await Promise.all([approvals.stateOf(view.plan.id, periodKey), reportContentHash(report)]);
            return reportApprovalOf(state, chosen.shape.id, hash);
          } catch (error) {
            // The bilaga is still wanted; it then states no approval, and the user is told why.
            unread = errorText(error, strings);
            return undefined;
          }
        }
      : undefined;
    try {
      const module = await import(/* webpackChunkName: 'ik-exportera-docx' */ './exportBilaga');
      const file = await module.renderBilaga(view, periodKey, chosen.shape, {
        datum: props.datum,
        onStep: (current) => setStep(STEPS.indexOf(current)),
        ...(approvalOf ? { approvalOf } : {})
      });
      setStep(STEPS.length);
      (props.onDownload ?? ((f: BilagaFile) => downloadFile(f.name, f.bytes, module.DOCX_MIME, linkHolder.current ?? undefined)))(file);
      const done = formatText(strings.exportDone, { file: file.name });
      if (unread !== undefined) {
        setResult({ type: MessageBarType.warning, text: `${done} ${formatText(strings.exportApprovalUnread, { message: unread })}` });
      } else {
        const approved = file.approval?.status === 'approved';
        const line = file.approval ? ` ${formatText(strings.exportApprovalLine, { line: english ? file.approval.lineEn : file.approval.line })}` : '';
        setResult({ type: file.approval && !approved ? MessageBarType.warning : MessageBarType.success, text: `${done}${line}` });
      }
    } catch (error) {
      setResult({ type: MessageBarType.error, text: formatText(strings.exportFailed, { message: errorText(error, strings) }) });
    } finally {
      setStep(undefined);
    }
  };

  const stepLabels = [strings.exportStepBuilding, strings.exportStepRendering, strings.exportStepSaving];
  return (
    <Dialog
      hidden={false}
      onDismiss={busy ? undefined : props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: strings.exportTitle, subText: strings.exportIntro, closeButtonAriaLabel: strings.close }}
      modalProps={{ isBlocking: busy, isAlert: false }}
      minWidth={360}
      maxWidth={560}
    >
      <Dropdown
        label={strings.exportPeriodLabel}
        options={view.plan.perioder.map((period) => ({ key: period.key, text: period.label }))}
        selectedKey={periodKey}
        disabled={busy}
        onChange={(_event, option) => option && setPeriodKey(String(option.key))}
      />
      {shapes ? (
        <Dropdown
          label={strings.exportShapeLabel}
          options={shapeOptions}
          selectedKey={shapeId}
          disabled={busy}
          onChange={(_event, option) => option && setShapeId(String(option.key))}
        />
      ) : (
        <Spinner size={SpinnerSize.small} label={strings.exportShapesLoading} />
      )}
      {chosen?.shape.beskrivning && <p style={{ margin: '8px 0 0', fontSize: 13 }}>{chosen.shape.beskrivning}</p>}
      {ownFailed !== undefined && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
          {formatText(strings.exportOwnShapesFailed, { message: ownFailed })}
        </MessageBar>
      )}
      <div ref={linkHolder} />
      <div aria-live="polite">
        {busy && (
          <ProgressIndicator
            label={formatText(strings.exportProgress, { step: stepLabels[step ?? 0], done: (step ?? 0) + 1, total: stepLabels.length })}
            percentComplete={((step ?? 0) + 1) / stepLabels.length}
          />
        )}
      </div>
      {result && (
        <MessageBar messageBarType={result.type} isMultiline={true}>
          {result.text}
        </MessageBar>
      )}
      <DialogFooter>
        <PrimaryButton text={strings.exportDownload} disabled={busy || !chosen || periodKey === undefined} onClick={() => void exportNow()} />
        <DefaultButton text={strings.close} disabled={busy} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}

export default ExportToWordDialog;
