/**
 * The Word task pane: choose plan, period and report shape, see the table and the approval of
 * its data, insert it at the cursor (or only the summary sentence; asking first when the data is
 * not approved), refresh every inserted block, and verify the document against the approval.
 * Host-free: the Office entry and the local stand-in page give it the data and approval services,
 * the report source and a `WordDocumentPort`.
 */
import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { DefaultButton, PrimaryButton, type IButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';

import type { IApprovalService } from '../../approvals/IApprovalService';
import type { IInternkontrollService, PlanSummary, PlanView } from '../../data/InternkontrollService';
import { approvalStates, needsConfirmation, type BlockApproval } from '../blocks/blockApproval';
import type { ReportShapeChoice, ReportSource } from '../blocks/ReportSource';
import { insertBlock, InsertRefusedError, selectionRefusal } from '../blocks/insertBlock';
import type { HostSupport } from '../document/requirements';
import type { SelectionTracker } from '../document/selectionTracker';
import type { WordDocumentPort } from '../document/WordDocumentPort';
import { ApprovalConfirmDialog, type IApprovalConfirmDialogProps } from './ApprovalConfirmDialog';
import { ApprovalStatus, approvalInWords } from './ApprovalStatus';
import { RefreshSection } from './RefreshSection';
import { VerifySection } from './VerifySection';
import { formatText, useStringsForLocale, type IUiStrings } from '../../components/i18n';
import { classes } from './styles';

/** Props of the task pane. */
export interface ITaskPaneProps {
  /** The data service (signed in to the site). */
  service: IInternkontrollService;
  /** The approval service (signed in as the same user): the state of the data, for the status, the question and Verifiera. */
  approvals: IApprovalService;
  /** Renders reports. */
  source: ReportSource;
  /** The document. */
  port: WordDocumentPort;
  /** The cursor's context, kept current by the host. */
  selection: SelectionTracker;
  /** What the host supports. */
  support: HostSupport;
  /** UI language, e.g. `sv-SE`. */
  locale?: string;
  /** Renders a .docx into an element (docx-preview in the hosts). */
  preview?: (docx: Uint8Array, container: HTMLElement) => Promise<void>;
  /** The clock. */
  now?: () => Date;
}

type Notice = { type: MessageBarType; text: string } | undefined;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The period a plan opens on: the last one with follow-ups, else the first. */
function defaultPeriod(view: PlanView): string | undefined {
  const used = new Set(view.uppfoljningar.map((f) => f.periodKey));
  const withData = view.plan.perioder.filter((p) => used.has(p.key));
  const chosen = withData.length > 0 ? withData[withData.length - 1] : view.plan.perioder[0];
  return chosen ? chosen.key : undefined;
}

function shapeLabel(shape: ReportShapeChoice, strings: IUiStrings): string {
  return shape.builtIn ? shape.title : formatText(strings.wordShapeOwn, { title: shape.title });
}

/** The task pane. */
export function TaskPane(props: ITaskPaneProps): React.ReactElement {
  const strings = useStringsForLocale(props.locale);
  // Only Word in English waits, for the English table; the words are therefore English.
  return strings ? <TaskPaneWithStrings {...props} strings={strings} /> : <Spinner size={SpinnerSize.large} label="Loading …" />;
}

/** The task pane once its string table is at hand. */
function TaskPaneWithStrings(props: ITaskPaneProps & { strings: IUiStrings }): React.ReactElement {
  const { strings } = props;
  const { service, source, port, selection } = props;
  const [plans, setPlans] = React.useState<PlanSummary[] | undefined>(undefined);
  const [shapes, setShapes] = React.useState<ReportShapeChoice[]>([]);
  const [planId, setPlanId] = React.useState<number | undefined>(undefined);
  const [view, setView] = React.useState<PlanView | undefined>(undefined);
  const [periodKey, setPeriodKey] = React.useState<string | undefined>(undefined);
  const [shapeId, setShapeId] = React.useState<string | undefined>(undefined);
  const [includeSummary, setIncludeSummary] = React.useState(true);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>(undefined);
  const [cursorHint, setCursorHint] = React.useState<string | undefined>(undefined);
  const [previewState, setPreviewState] = React.useState<'empty' | 'loading' | 'ready'>('empty');
  const previewRef = React.useRef<HTMLDivElement>(null);
  const [approval, setApproval] = React.useState<BlockApproval | undefined>(undefined);
  const [approvalLoading, setApprovalLoading] = React.useState(false);
  const [question, setQuestion] = React.useState<{ props: IApprovalConfirmDialogProps['question']; answer: (go: boolean) => void } | undefined>(undefined);
  const insertButton = React.useRef<IButton>(null);
  const summaryButton = React.useRef<IButton>(null);

  React.useEffect(() => {
    if (!props.support.supported) {
      return;
    }
    let live = true;
    Promise.all([service.listPlans(), source.listShapes()]).then(
      ([loadedPlans, loadedShapes]) => {
        if (live) {
          setPlans(loadedPlans);
          setShapes(loadedShapes);
          setShapeId(loadedShapes.length > 0 ? loadedShapes[0].id : undefined);
        }
      },
      (error: unknown) => live && setNotice({ type: MessageBarType.error, text: formatText(strings.wordError, { message: messageOf(error) }) })
    );
    return () => {
      live = false;
    };
  }, [service, source]);

  React.useEffect(() => {
    const refusalText = (context: Parameters<typeof selectionRefusal>[0]): string | undefined => {
      const refusal = selectionRefusal(context);
      return refusal ? (strings.language === 'en' ? refusal.messageEn : refusal.message) : undefined;
    };
    const stop = selection.onUpdate((context) => setCursorHint(refusalText(context)));
    return stop;
  }, [selection, strings.language]);

  React.useEffect(() => {
    if (planId === undefined) {
      return;
    }
    let live = true;
    setView(undefined);
    service.loadPlanView(planId).then(
      (loaded) => {
        if (live) {
          setView(loaded);
          setPeriodKey(defaultPeriod(loaded));
        }
      },
      (error: unknown) => live && setNotice({ type: MessageBarType.error, text: formatText(strings.wordError, { message: messageOf(error) }) })
    );
    return () => {
      live = false;
    };
  }, [planId, service]);

  React.useEffect(() => {
    const container = previewRef.current;
    if (!view || !periodKey || !shapeId || !container) {
      setPreviewState('empty');
      return;
    }
    let live = true;
    setPreviewState('loading');
    // Rendered aside and swapped in, so a slower earlier render never overwrites a later one.
    const next = container.ownerDocument.createElement('div');
    source
      .render(view, periodKey, shapeId, { includeSummary })
      .then(async (rendered) => {
        if (live && props.preview) {
          await props.preview(rendered.docx, next);
        }
        if (live) {
          container.replaceChildren(next);
          setPreviewState('ready');
        }
      })
      .catch((error: unknown) => {
        if (live) {
          setPreviewState('empty');
          setNotice({ type: MessageBarType.error, text: formatText(strings.wordError, { message: messageOf(error) }) });
        }
      });
    return () => {
      live = false;
    };
  }, [view, periodKey, shapeId, includeSummary, source]);

  React.useEffect(() => {
    if (!view || !periodKey || !shapeId) {
      setApproval(undefined);
      return;
    }
    let live = true;
    setApprovalLoading(true);
    approvalStates(props.approvals, source)
      .blockApproval(view, periodKey, shapeId)
      .then((found) => live && setApproval(found))
      .finally(() => live && setApprovalLoading(false));
    return () => {
      live = false;
    };
  }, [view, periodKey, shapeId, props.approvals, source]);

  /** Asks whether to insert data that is not approved; focus goes back to the button after. */
  const askInsert = (found: BlockApproval): Promise<boolean> =>
    new Promise((resolve) => {
      setQuestion({
        props: {
          title: strings.wordConfirmTitle,
          text: formatText(strings.wordConfirmInsert, { state: approvalInWords(found, strings) }),
          confirmText: strings.wordConfirmInsertAnyway,
          cancelText: strings.wordConfirmCancel
        },
        answer: resolve
      });
    });

  const insert = async (kind: 'report' | 'summary'): Promise<void> => {
    if (!view || !periodKey || (kind === 'report' && !shapeId)) {
      return;
    }
    const button = kind === 'report' ? insertButton : summaryButton;
    setBusy(true);
    setNotice(undefined);
    try {
      const context = await selection.current();
      const refusal = selectionRefusal(context);
      if (refusal) {
        throw new InsertRefusedError(refusal);
      }
      const shape = shapes.filter((s) => s.id === shapeId)[0];
      // Data and approval as they are now, not when the plan was chosen: someone may have changed or approved it since.
      const current = await service.loadPlanView(view.plan.id);
      setView(current);
      const found = await approvalStates(props.approvals, source).blockApproval(current, periodKey, shapeId ?? '');
      setApproval(found);
      if (needsConfirmation(found)) {
        const go = await askInsert(found);
        button.current?.focus();
        if (!go) {
          setNotice({ type: MessageBarType.info, text: strings.wordInsertCancelled });
          return;
        }
      }
      const inserted = await insertBlock(
        port,
        source,
        current,
        { kind, periodKey, shapeId: shapeId ?? '', shapeTitle: shape ? shape.title : undefined, includeSummary, textWidthTwips: context.textWidthTwips },
        context,
        props.now ? props.now() : new Date(),
        found
      );
      setNotice({ type: MessageBarType.success, text: formatText(kind === 'summary' ? strings.wordInsertedSummary : strings.wordInserted, { title: inserted.title }) });
      selection.changed();
    } catch (error) {
      if (error instanceof InsertRefusedError) {
        setNotice({ type: MessageBarType.warning, text: strings.language === 'en' ? error.refusal.messageEn : error.refusal.message });
      } else {
        setNotice({ type: MessageBarType.error, text: formatText(strings.wordError, { message: messageOf(error) }) });
      }
    } finally {
      setBusy(false);
    }
  };

  if (!props.support.supported) {
    return (
      <main className={classes.root} lang={strings.language}>
        <h1 className={classes.title}>{strings.wordTitle}</h1>
        <MessageBar messageBarType={MessageBarType.blocked}>{strings.language === 'en' ? props.support.messageEn : props.support.message}</MessageBar>
      </main>
    );
  }

  const planOptions: IDropdownOption[] = (plans ?? []).map((plan) => ({ key: plan.id, text: `${plan.namnd} ${plan.ar}` }));
  const periodOptions: IDropdownOption[] = view ? view.plan.perioder.map((period) => ({ key: period.key, text: period.label })) : [];
  const shapeOptions: IDropdownOption[] = shapes.map((shape) => ({ key: shape.id, text: shapeLabel(shape, strings) }));
  const ready = Boolean(view && periodKey && shapeId) && !busy;

  return (
    <main className={classes.root} lang={strings.language} aria-labelledby="ik-taskpane-title">
      <h1 id="ik-taskpane-title" className={classes.title}>
        {strings.wordTitle}
      </h1>
      <p className={classes.intro}>{strings.wordIntro}</p>
      <div role="status" aria-live="polite" className={classes.notices}>
        {notice && (
          <MessageBar messageBarType={notice.type} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.language === 'en' ? 'Close' : 'Stäng'}>
            {notice.text}
          </MessageBar>
        )}
      </div>
      {plans === undefined ? (
        <Spinner size={SpinnerSize.medium} label={strings.wordLoading} />
      ) : (
        <section className={classes.section} aria-label={strings.wordTitle}>
          <Dropdown
            label={strings.wordPlanLabel}
            placeholder={strings.wordPlanPlaceholder}
            options={planOptions}
            selectedKey={planId ?? null}
            onChange={(_event, option) => option && setPlanId(Number(option.key))}
          />
          <Dropdown
            label={strings.wordPeriodLabel}
            options={periodOptions}
            disabled={!view}
            selectedKey={periodKey ?? null}
            onChange={(_event, option) => option && setPeriodKey(String(option.key))}
          />
          <Dropdown label={strings.wordShapeLabel} options={shapeOptions} selectedKey={shapeId ?? null} onChange={(_event, option) => option && setShapeId(String(option.key))} />
          <Checkbox label={strings.wordIncludeSummary} checked={includeSummary} onChange={(_event, checked) => setIncludeSummary(Boolean(checked))} />
          <div className={classes.actions}>
            <PrimaryButton componentRef={insertButton} text={busy ? strings.wordInserting : strings.wordInsert} disabled={!ready} onClick={() => void insert('report')} />
            <DefaultButton componentRef={summaryButton} text={strings.wordInsertSummary} disabled={!view || !periodKey || busy} onClick={() => void insert('summary')} />
          </div>
          {cursorHint && <p className={classes.hint}>{cursorHint}</p>}
          <ApprovalStatus approval={view && periodKey && shapeId ? approval : undefined} loading={approvalLoading} strings={strings} />
          <h2 className={classes.heading}>{strings.wordPreviewHeading}</h2>
          <div className={classes.preview} role="region" aria-label={strings.wordPreviewHeading} tabIndex={0} aria-busy={previewState === 'loading'}>
            {previewState !== 'ready' && <p className={classes.previewNote}>{previewState === 'loading' ? strings.wordPreviewLoading : strings.wordPreviewEmpty}</p>}
            <div ref={previewRef} hidden={previewState !== 'ready'} />
          </div>
        </section>
      )}
      <RefreshSection service={service} approvals={props.approvals} source={source} port={port} strings={strings} now={props.now} onDone={() => selection.changed()} />
      <VerifySection service={service} approvals={props.approvals} source={source} port={port} strings={strings} />
      <ApprovalConfirmDialog
        question={question?.props}
        onAnswer={(go) => {
          if (question) {
            question.answer(go);
            setQuestion(undefined);
          }
        }}
      />
    </main>
  );
}
