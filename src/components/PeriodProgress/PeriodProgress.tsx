import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { FollowUpStatus } from '../../model';
import { PeriodProgress as PeriodProgressModel } from './periodProgressModel';
import { statusLabel, statusSymbol } from '../common/labels';
import { formatText, useStrings } from '../i18n';
import { COLOURS, STATUS_COLOURS } from '../common/styles';

/** Props of the period's progress picture. */
export interface IPeriodProgressProps {
  /** Status counts of the period. */
  progress: PeriodProgressModel;
}

const ORDER: Array<FollowUpStatus | 'none'> = ['Genomförd', 'Pågående', 'Ej påbörjad', 'Ej aktuellt', 'none'];

const classes = mergeStyleSets({
  bar: { display: 'flex', height: 20, borderRadius: 10, overflow: 'hidden', border: `1px solid ${COLOURS.border}`, background: '#ffffff' },
  segment: { height: '100%' },
  summary: { margin: '8px 0 4px', fontWeight: 600 },
  legend: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: '4px 12px', fontSize: 13 },
  legendItem: { display: 'flex', alignItems: 'center', gap: 6 },
  swatch: { width: 14, height: 14, borderRadius: 3, border: '1px solid', flex: '0 0 auto' },
  count: { fontWeight: 600, marginLeft: 'auto' }
});

/**
 * How far the period's follow-up has come: a stacked bar of the statuses of all kontrollmoment
 * and åtgärder, with every count written in the legend (the bar is decoration; the text is the
 * information).
 */
export function PeriodProgress(props: IPeriodProgressProps): React.ReactElement {
  const strings = useStrings();
  const { total, counts } = props.progress;
  if (total === 0) {
    return <p style={{ margin: 0 }}>{strings.progressNone}</p>;
  }
  return (
    <div>
      <div className={classes.bar} aria-hidden="true">
        {ORDER.filter((status) => counts[status] > 0).map((status) => (
          <div
            key={status}
            className={classes.segment}
            style={{
              width: `${(counts[status] / total) * 100}%`,
              background: status === 'none' ? '#ffffff' : STATUS_COLOURS[status].border
            }}
          />
        ))}
      </div>
      <p className={classes.summary}>{formatText(strings.progressSummary, { done: counts.Genomförd, total })}</p>
      <ul className={classes.legend}>
        {ORDER.map((status) => (
          <li key={status} className={classes.legendItem}>
            <span
              className={classes.swatch}
              style={{ background: status === 'none' ? '#ffffff' : STATUS_COLOURS[status].border, borderColor: STATUS_COLOURS[status].border }}
              aria-hidden="true"
            />
            <span>
              <span aria-hidden="true">{statusSymbol(status === 'none' ? undefined : status)} </span>
              {status === 'none' ? strings.noStatus : statusLabel(status, strings)}
            </span>
            <span className={classes.count}>{counts[status]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
