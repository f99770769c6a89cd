import * as React from 'react';
import { Dropdown, DropdownMenuItemType, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { HistoryTarget, IInternkontrollService, ItemHistory, PlanView } from '../../data/InternkontrollService';
import { LoadError } from '../common/LoadError';
import { COLOURS } from '../common/styles';
import { formatText, useStrings } from '../i18n';
import { historyChangeText, historyKey, historyOptions, historyTime } from './historyModel';

/** Props of the History panel. */
export interface IItemHistoryPanelProps {
  /** The data service. */
  service: IInternkontrollService;
  /** The plan whose items can be chosen. */
  view: PlanView;
  /** The item shown first; the plan by default. */
  initialTarget?: HistoryTarget;
  /** Closes the panel (focus returns to the button that opened it). */
  onDismiss: () => void;
}

const classes = mergeStyleSets({
  intro: { margin: '0 0 12px', color: COLOURS.secondaryText },
  list: { listStyle: 'none', margin: '16px 0 0', padding: 0, display: 'flex', flexDirection: 'column', gap: 12 },
  entry: { border: `1px solid ${COLOURS.border}`, borderRadius: 6, padding: '10px 12px' },
  entryHeading: { fontSize: 14, fontWeight: 600, margin: '0 0 4px' },
  version: { color: COLOURS.secondaryText, fontWeight: 400 },
  kind: { fontSize: 13, color: COLOURS.secondaryText, margin: '0 0 4px' },
  changes: { margin: 0, paddingLeft: 18 },
  reason: { margin: '6px 0 0', padding: '6px 8px', background: '#f3f2f1', borderRadius: 4 },
  count: { marginTop: 8, color: COLOURS.secondaryText }
});

type State = { kind: 'loading' } | { kind: 'error'; error: unknown } | { kind: 'ready'; history: ItemHistory };

/**
 * Who changed what and when, for any item of the plan: SharePoint's version history as
 * field-level changes in Swedish, newest first, with the reason recorded for a beslutad plan's
 * change. The item is chosen in the panel.
 */
export function ItemHistoryPanel(props: IItemHistoryPanelProps): React.ReactElement {
  const strings = useStrings();
  const { service, view } = props;
  const options = React.useMemo(() => historyOptions(view, strings), [view, strings]);
  const [target, setTarget] = React.useState<HistoryTarget>(props.initialTarget ?? { kind: 'plan', id: view.plan.id });
  const [state, setState] = React.useState<State>({ kind: 'loading' });

  const load = React.useCallback(async (): Promise<void> => {
    setState({ kind: 'loading' });
    try {
      setState({ kind: 'ready', history: await service.loadItemHistory(target) });
    } catch (error) {
      setState({ kind: 'error', error });
    }
  }, [service, target]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const dropdownOptions: IDropdownOption[] = options.map((option) =>
    option.target === undefined ? { key: option.key, text: option.text, itemType: DropdownMenuItemType.Header } : { key: option.key, text: option.text }
  );
  const chosen = options.filter((option) => option.key === historyKey(target))[0];

  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={strings.historyHeading}
      closeButtonAriaLabel={strings.close}
      onDismiss={props.onDismiss}
      isLightDismiss={true}
    >
      <p className={classes.intro}>{strings.historyIntro}</p>
      <Dropdown
        label={strings.historyItemLabel}
        options={dropdownOptions}
        selectedKey={historyKey(target)}
        onChange={(_event, option) => {
          const next = options.filter((o) => option !== undefined && o.key === option.key)[0];
          if (next && next.target) {
            setTarget(next.target);
          }
        }}
      />
      <div aria-live="polite" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <Spinner size={SpinnerSize.medium} label={strings.historyLoading} style={{ marginTop: 16 }} />}
        {state.kind === 'error' && <LoadError error={state.error} onRetry={() => void load()} />}
        {state.kind === 'ready' && (
          <>
            <p className={classes.count}>
              {formatText(strings.historyCount, { count: state.history.entries.length, item: chosen ? chosen.text : '' })}
            </p>
            {state.history.entries.length === 0 ? (
              <p>{strings.historyEmpty}</p>
            ) : (
              <ol className={classes.list} aria-label={formatText(strings.historyListLabel, { item: chosen ? chosen.text : '' })}>
                {state.history.entries.map((entry, index) => {
                  const oldest = index === state.history.entries.length - 1;
                  return (
                    <li key={entry.versionLabel} className={classes.entry}>
                      <h3 className={classes.entryHeading}>
                        {formatText(strings.historyEntryHeading, { time: historyTime(entry.modified), editor: entry.editor.title || strings.historyUnknownEditor })}{' '}
                        <span className={classes.version}>{formatText(strings.historyVersion, { label: entry.versionLabel })}</span>
                      </h3>
                      {entry.isCreation ? (
                        <p className={classes.kind}>{strings.historyCreated}</p>
                      ) : oldest ? (
                        <p className={classes.kind}>{strings.historyOldest}</p>
                      ) : null}
                      {entry.changes.length === 0 ? (
                        <p className={classes.kind}>{strings.historyNoFieldChanges}</p>
                      ) : (
                        <ul className={classes.changes}>
                          {entry.changes.map((change) => (
                            <li key={change.field}>{historyChangeText(change, strings, oldest)}</li>
                          ))}
                        </ul>
                      )}
                      {entry.reason !== undefined && (
                        <p className={classes.reason}>
                          <strong>{strings.historyReason}:</strong> {entry.reason}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
          </>
        )}
      </div>
    </Panel>
  );
}

export default ItemHistoryPanel;
