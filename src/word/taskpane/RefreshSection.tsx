/**
 * "Uppdatera tabeller": rebuilds every block the add-in inserted, shows progress, asks before
 * replacing blocks edited by hand (a dialog where each can be kept), and before writing data
 * that is not approved (each rebuilt block carries the approval of its new data).
 */
import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { DefaultButton, PrimaryButton, type IButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';

import type { IApprovalService } from '../../approvals/IApprovalService';
import type { IInternkontrollService } from '../../data/InternkontrollService';
import { approvalStates } from '../blocks/blockApproval';
import { refreshBlocks, type EditedBlock, type RefreshOutcome, type RefreshProgress, type UnapprovedBlock } from '../blocks/refreshBlocks';
import type { ReportSource } from '../blocks/ReportSource';
import type { WordDocumentPort } from '../document/WordDocumentPort';
import { formatText, type IUiStrings } from '../../components/i18n';
import { ApprovalConfirmDialog } from './ApprovalConfirmDialog';
import { approvalInWords } from './ApprovalStatus';
import { ActionSection } from './ActionSection';
import { classes } from './styles';

/** Props of the refresh section. */
export interface IRefreshSectionProps {
  service: IInternkontrollService;
  /** The approval service: rebuilt blocks carry the approval of their data. */
  approvals: Pick<IApprovalService, 'stateOf'>;
  source: ReportSource;
  port: WordDocumentPort;
  strings: IUiStrings;
  now?: () => Date;
  /** Called when a refresh has written to the document. */
  onDone?: () => void;
}

interface Question {
  edited: EditedBlock[];
  answer: (keep: ReadonlySet<string>) => void;
}

function summaryLines(outcome: RefreshOutcome, strings: IUiStrings): { type: MessageBarType; text: string }[] {
  if (outcome.found === 0) {
    return [{ type: MessageBarType.info, text: strings.wordRefreshNothing }];
  }
  if (outcome.cancelled) {
    return [{ type: MessageBarType.info, text: strings.wordRefreshCancelled }];
  }
  const lines = [
    {
      type: outcome.failed.length > 0 ? MessageBarType.warning : MessageBarType.success,
      text: formatText(strings.wordRefreshed, { rebuilt: outcome.rebuilt.length, found: outcome.found, unchanged: outcome.unchanged.length })
    }
  ];
  if (outcome.kept.length > 0) {
    lines.push({ type: MessageBarType.info, text: formatText(strings.wordRefreshKept, { count: outcome.kept.length }) });
  }
  if (outcome.unknown.length > 0) {
    lines.push({ type: MessageBarType.warning, text: formatText(strings.wordRefreshUnknown, { count: outcome.unknown.length }) });
  }
  for (const failed of outcome.failed) {
    lines.push({ type: MessageBarType.error, text: formatText(strings.wordRefreshFailed, { description: failed.description, message: failed.message }) });
  }
  return lines;
}

/** The refresh button with its progress, outcome and question. */
export function RefreshSection(props: IRefreshSectionProps): React.ReactElement {
  const { strings } = props;
  const [busy, setBusy] = React.useState(false);
  const [progress, setProgress] = React.useState<RefreshProgress | undefined>(undefined);
  const [lines, setLines] = React.useState<{ type: MessageBarType; text: string }[]>([]);
  const [question, setQuestion] = React.useState<Question | undefined>(undefined);
  const [keep, setKeep] = React.useState<Set<string>>(new Set());
  const button = React.useRef<IButton>(null);
  // After a question the button gets focus back once the refresh is over (it is disabled meanwhile).
  const refocus = React.useRef(false);
  React.useEffect(() => {
    if (!busy && refocus.current) {
      refocus.current = false;
      button.current?.focus();
    }
  }, [busy]);
  const [unapproved, setUnapproved] = React.useState<{ blocks: UnapprovedBlock[]; answer: (go: boolean) => void } | undefined>(undefined);

  const stepText = (step: RefreshProgress['step']): string =>
    ({ reading: strings.wordStepReading, loading: strings.wordStepLoading, building: strings.wordStepBuilding, asking: strings.wordStepAsking, writing: strings.wordStepWriting })[step];

  const run = async (): Promise<void> => {
    setBusy(true);
    setLines([]);
    try {
      const outcome = await refreshBlocks({
        port: props.port,
        source: props.source,
        listPlans: () => props.service.listPlans(),
        loadPlanView: (id) => props.service.loadPlanView(id),
        onProgress: setProgress,
        now: props.now,
        approvals: approvalStates(props.approvals, props.source),
        confirmUnapproved: (blocks) => new Promise((resolve) => setUnapproved({ blocks, answer: resolve })),
        confirmEdited: (edited) =>
          new Promise((resolve) => {
            // Keeping is the safe choice: every edited block starts ticked.
            setKeep(new Set(edited.map((block) => block.tag)));
            setQuestion({ edited, answer: resolve });
          })
      });
      setLines(summaryLines(outcome, strings));
      props.onDone?.();
    } catch (error) {
      setLines([{ type: MessageBarType.error, text: formatText(strings.wordError, { message: error instanceof Error ? error.message : String(error) }) }]);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  const answer = (tags: ReadonlySet<string>): void => {
    if (question) {
      refocus.current = true;
      question.answer(tags);
      setQuestion(undefined);
    }
  };

  return (
    <ActionSection
      headingId="ik-document-heading"
      heading={strings.wordDocumentHeading}
      intro={strings.wordDocumentIntro}
      actions={<DefaultButton componentRef={button} iconProps={{ iconName: 'Refresh' }} text={busy ? strings.wordRefreshing : strings.wordRefresh} disabled={busy} onClick={() => void run()} />}
    >
      {progress && (
        <ProgressIndicator
          label={stepText(progress.step)}
          description={progress.total > 1 ? formatText(strings.wordRefreshProgress, { step: stepText(progress.step), done: progress.done, total: progress.total }) : undefined}
          percentComplete={progress.total > 0 ? progress.done / progress.total : undefined}
        />
      )}
      <div role="status" aria-live="polite">
        {lines.map((line, index) => (
          <MessageBar key={index} messageBarType={line.type}>
            {line.text}
          </MessageBar>
        ))}
      </div>
      <ApprovalConfirmDialog
        question={
          unapproved && {
            title: strings.wordConfirmTitle,
            text: strings.wordConfirmRefresh,
            items: unapproved.blocks.map((block) => `${block.description}: ${approvalInWords(block.approval, strings)}`),
            confirmText: strings.wordConfirmRefreshAnyway,
            cancelText: strings.wordConfirmCancel
          }
        }
        onAnswer={(go) => {
          if (unapproved) {
            refocus.current = true;
            unapproved.answer(go);
            setUnapproved(undefined);
          }
        }}
      />
      <Dialog
        hidden={!question}
        onDismiss={() => answer(new Set(question ? question.edited.map((b) => b.tag) : []))}
        dialogContentProps={{ type: DialogType.normal, title: strings.wordEditedTitle, subText: strings.wordEditedIntro }}
        modalProps={{ isBlocking: true }}
      >
        <div className={classes.editedList}>
          {(question ? question.edited : []).map((block) => (
            <Checkbox
              key={block.tag}
              label={formatText(strings.wordEditedKeep, { description: block.description })}
              checked={keep.has(block.tag)}
              onChange={(_event, checked) => {
                const next = new Set(keep);
                if (checked) {
                  next.add(block.tag);
                } else {
                  next.delete(block.tag);
                }
                setKeep(next);
              }}
            />
          ))}
        </div>
        <DialogFooter>
          <PrimaryButton text={strings.wordEditedContinue} onClick={() => answer(keep)} />
          <DefaultButton text={strings.wordEditedKeepAll} onClick={() => answer(new Set(question ? question.edited.map((b) => b.tag) : []))} />
        </DialogFooter>
      </Dialog>
    </ActionSection>
  );
}
