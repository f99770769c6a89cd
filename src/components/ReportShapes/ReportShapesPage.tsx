/**
 * The report shapes: the built-in ones (read-only, to view or copy) and the organisation's own
 * (to edit or remove, for the samordnare), and the editor for one of them. Loaded on demand from
 * the App, so the web part's first chunk does not carry the editor, the validator or the shapes.
 */
import * as React from 'react';
import { ActionButton, DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { CurrentUser, IInternkontrollService, StoredReportShape } from '../../data/InternkontrollService';
import type { ReportShape } from '../../reports/shape/types';
import { BUILT_IN_SHAPES } from '../../reports/shapes';
import { allReportShapes, type ReportShapeEntry } from '../../reports/shapes/allReportShapes';
import { LoadError } from '../common/LoadError';
import { reportErrorText } from '../common/reportErrorText';
import { formatText, useStrings } from '../i18n';
import { copyAsOwn, newShape } from './shapeDraft';
import { ShapeEditor } from './ShapeEditor';

const classes = mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', gap: 16 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 8, padding: '8px 12px', border: '1px solid #e1dfdd', borderRadius: 4 },
  name: { fontWeight: 600 },
  description: { margin: '2px 0 0', fontSize: 13, color: '#605e5c' },
  buttons: { display: 'flex', gap: 8 },
  heading: { fontSize: 18, fontWeight: 600, margin: '8px 0 0' }
});

/** Props of the page. */
export interface IReportShapesPageProps {
  service: IInternkontrollService;
  user: CurrentUser;
  /** Back to the plans. */
  onBack: () => void;
  /** The preview's report date; today by default. */
  datum?: string;
}

/** What is open. */
type Open = { shape: ReportShape; stored?: StoredReportShape; builtIn: boolean } | undefined;

/** The page. */
export function ReportShapesPage(props: IReportShapesPageProps): React.ReactElement {
  const strings = useStrings();
  const { service } = props;
  const canWrite = props.user.permissions.rapportformer?.add === true && props.user.permissions.rapportformer?.edit === true;
  const [own, setOwn] = React.useState<StoredReportShape[] | undefined>(undefined);
  const [loadError, setLoadError] = React.useState<unknown>(undefined);
  const [open, setOpen] = React.useState<Open>(undefined);
  const [notice, setNotice] = React.useState<{ type: MessageBarType; text: string } | undefined>(undefined);
  const [deleting, setDeleting] = React.useState<StoredReportShape | undefined>(undefined);

  const load = React.useCallback(async (): Promise<void> => {
    setLoadError(undefined);
    try {
      setOwn(await service.listReportShapes());
    } catch (error) {
      setLoadError(error);
    }
  }, [service]);

  React.useEffect(() => {
    void load();
  }, [load]);

  if (loadError !== undefined && !own) {
    return <LoadError error={loadError} onRetry={() => void load()} />;
  }
  if (!own) {
    return <Spinner size={SpinnerSize.large} label={strings.shapesLoading} />;
  }

  const entries = allReportShapes(own, { includeInvalid: true });
  const allIds = entries.map((entry) => entry.shape.id);
  const takenBy = (stored?: StoredReportShape): string[] => entries.filter((entry) => !stored || entry.stored?.id !== stored.id).map((entry) => entry.shape.id);
  const copy = (shape: ReportShape): void => {
    setNotice(undefined);
    setOpen({ shape: copyAsOwn(shape, formatText(strings.shapesCopyOf, { name: shape.namn }), allIds), builtIn: false });
  };

  if (open) {
    return (
      <ShapeEditor
        key={open.stored ? `s${open.stored.id}` : `${open.shape.id}-${open.builtIn}`}
        service={service}
        shape={open.shape}
        stored={open.stored}
        builtIn={open.builtIn || !canWrite}
        takenIds={takenBy(open.stored)}
        datum={props.datum}
        onCopy={canWrite ? copy : undefined}
        onCancel={() => setOpen(undefined)}
        onSaved={(saved) => {
          setOpen(undefined);
          setNotice({ type: MessageBarType.success, text: formatText(strings.shapesSaved, { name: saved.shape.namn }) });
          void load();
        }}
      />
    );
  }

  const remove = async (stored: StoredReportShape): Promise<void> => {
    setDeleting(undefined);
    try {
      await service.deleteReportShape(stored);
      setNotice({ type: MessageBarType.success, text: formatText(strings.shapesDeleted, { name: stored.shape.namn }) });
    } catch (error) {
      setNotice({ type: MessageBarType.error, text: reportErrorText(error, strings) });
    }
    await load();
  };

  const item = (entry: ReportShapeEntry): React.ReactElement => {
    const { shape, stored } = entry;
    const issues = stored?.issues.length ?? 0;
    return (
      <li key={stored ? `s${stored.id}` : shape.id} className={classes.item}>
        <div>
          <div className={classes.name}>{shape.namn}</div>
          {shape.beskrivning && <p className={classes.description}>{shape.beskrivning}</p>}
          {issues > 0 && <p className={classes.description}>{formatText(strings.shapesHasIssues, { count: issues })}</p>}
        </div>
        <div className={classes.buttons} role="group" aria-label={shape.namn}>
          {entry.builtIn || !canWrite ? (
            <DefaultButton text={strings.shapesView} ariaLabel={`${strings.shapesView}: ${shape.namn}`} onClick={() => setOpen({ shape, stored, builtIn: true })} />
          ) : (
            <DefaultButton iconProps={{ iconName: 'Edit' }} text={strings.shapesEdit} ariaLabel={`${strings.shapesEdit}: ${shape.namn}`} onClick={() => setOpen({ shape, stored, builtIn: false })} />
          )}
          {canWrite && <DefaultButton iconProps={{ iconName: 'Copy' }} text={strings.shapesCopy} ariaLabel={`${strings.shapesCopy}: ${shape.namn}`} onClick={() => copy(shape)} />}
          {canWrite && stored && (
            <DefaultButton iconProps={{ iconName: 'Delete' }} text={strings.shapesDelete} ariaLabel={`${strings.shapesDelete}: ${shape.namn}`} onClick={() => setDeleting(stored)} />
          )}
        </div>
      </li>
    );
  };

  return (
    <div className={classes.root}>
      <div>
        <ActionButton iconProps={{ iconName: 'Back' }} text={strings.backToPlans} onClick={props.onBack} />
      </div>
      <h2 style={{ fontSize: 24, fontWeight: 600, margin: 0 }}>{strings.shapesHeading}</h2>
      <p style={{ margin: 0 }}>{strings.shapesIntro}</p>
      {!canWrite && <MessageBar messageBarType={MessageBarType.info}>{strings.shapesReadOnlyNotice}</MessageBar>}
      {notice && (
        <MessageBar messageBarType={notice.type} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.close}>
          {notice.text}
        </MessageBar>
      )}
      {canWrite && (
        <div>
          <PrimaryButton iconProps={{ iconName: 'Add' }} text={strings.shapesNew} onClick={() => setOpen({ shape: newShape(strings.shapesNewName, allIds), builtIn: false })} />
        </div>
      )}
      <h3 className={classes.heading}>{strings.shapesOwnHeading}</h3>
      {own.length === 0 ? <p style={{ margin: 0 }}>{strings.shapesNoOwn}</p> : <ul className={classes.list}>{entries.filter((e) => !e.builtIn).map(item)}</ul>}
      <h3 className={classes.heading}>{strings.shapesBuiltInHeading}</h3>
      <ul className={classes.list}>{entries.filter((e) => e.builtIn && BUILT_IN_SHAPES.indexOf(e.shape) >= 0).map(item)}</ul>
      {deleting && (
        <Dialog
          hidden={false}
          onDismiss={() => setDeleting(undefined)}
          dialogContentProps={{ type: DialogType.normal, title: strings.shapesDelete, subText: formatText(strings.shapesDeleteConfirm, { name: deleting.shape.namn }), closeButtonAriaLabel: strings.close }}
        >
          <DialogFooter>
            <PrimaryButton text={strings.shapesDelete} onClick={() => void remove(deleting)} />
            <DefaultButton text={strings.cancel} onClick={() => setDeleting(undefined)} />
          </DialogFooter>
        </Dialog>
      )}
    </div>
  );
}

export default ReportShapesPage;
