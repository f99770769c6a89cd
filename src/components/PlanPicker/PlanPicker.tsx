import * as React from 'react';
import { PrimaryButton } from '../common/LightButtons';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { PlanSummary } from '../../data/InternkontrollService';
import { planStatusLabel } from '../common/labels';
import { formatText, useStrings } from '../i18n';
import { COLOURS, sharedClasses } from '../common/styles';
import { NativeSearch } from '../common/NativeChoices';

/** Props of the plan list. */
export interface IPlanPickerProps {
  /** The plans, newest year first. */
  plans: PlanSummary[];
  /** Opens a plan. */
  onOpen: (planId: number) => void;
  /** Starts a new plan; absent for users who may not create plans. */
  onCreate?: () => void;
}

const classes = mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', gap: 12 },
  heading: { fontSize: 24, fontWeight: 600 },
  headingRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 12 },
  intro: { margin: 0, color: COLOURS.secondaryText },
  search: { maxWidth: 420 },
  tableWrap: { overflowX: 'auto', padding: 0 },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    selectors: {
      'th, td': { textAlign: 'left', padding: '10px 14px', borderBottom: `1px solid ${COLOURS.border}`, verticalAlign: 'top' },
      th: { fontWeight: 600, fontSize: 13, color: COLOURS.secondaryText, background: '#faf9f8' },
      'tbody tr:hover': { background: '#f3f2f1' },
      'tbody tr:last-child td': { borderBottom: 'none' }
    }
  },
  caption: { textAlign: 'left', padding: '12px 14px 4px', color: COLOURS.secondaryText, fontSize: 13 },
  // A button that looks like a link: it opens the plan in place, it does not navigate.
  namnd: {
    fontWeight: 600,
    fontSize: 15,
    fontFamily: 'inherit',
    color: COLOURS.accent,
    background: 'none',
    border: 'none',
    padding: 0,
    cursor: 'pointer',
    textAlign: 'left',
    textDecoration: 'underline',
    selectors: { ':hover': { color: '#004578' }, ':focus-visible': { outline: `2px solid ${COLOURS.text}`, outlineOffset: 2 } }
  },
  status: { display: 'inline-block', padding: '1px 8px', borderRadius: 10, fontSize: 12, fontWeight: 600, border: '1px solid' },
  empty: { margin: 0, padding: 16 }
});

const STATUS_STYLE: Record<string, React.CSSProperties> = {
  Utkast: { background: '#fff4ce', color: '#5c4400', borderColor: '#8a6d00' },
  Beslutad: { background: '#dff6dd', color: '#0b5a08', borderColor: '#107c10' },
  Avslutad: { background: '#edebe9', color: '#3b3a39', borderColor: '#8a8886' }
};

/** True when the plan matches every word of the search text. */
export function planMatches(plan: PlanSummary, search: string): boolean {
  const haystack = [plan.namnd, plan.forvaltning || '', plan.diarienummer || '', String(plan.ar)].join(' ').toLocaleLowerCase('sv-SE');
  return search
    .toLocaleLowerCase('sv-SE')
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => haystack.indexOf(word) >= 0);
}

/** The site's internkontrollplaner as a table: nämnd, förvaltning, år, status, Dnr; the nämnd opens the plan. */
export function PlanPicker(props: IPlanPickerProps): React.ReactElement {
  const strings = useStrings();
  const [search, setSearch] = React.useState('');
  const shown = props.plans.filter((plan) => planMatches(plan, search));
  return (
    <section className={classes.root} aria-labelledby="ik-planer-rubrik">
      <div className={classes.headingRow}>
        <h2 id="ik-planer-rubrik" className={classes.heading}>
          {strings.planPickerHeading}
        </h2>
        {props.onCreate && <PrimaryButton text={strings.newPlan} iconProps={{ iconName: 'Add' }} onClick={props.onCreate} />}
      </div>
      {props.plans.length === 0 ? (
        <p className={classes.intro}>{strings.planPickerEmpty}</p>
      ) : (
        <>
          <p className={classes.intro}>{strings.planPickerIntro}</p>
          {props.plans.length > 5 && (
            <NativeSearch id="ik-plansok" className={classes.search} label={strings.planPickerSearchLabel} value={search} onChange={setSearch} />
          )}
          <div className={`${sharedClasses.card} ${classes.tableWrap}`}>
            <table className={classes.table}>
              <caption className={classes.caption} aria-live="polite">
                {formatText(strings.planPickerCaption, { count: shown.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{strings.columnNamnd}</th>
                  <th scope="col">{strings.columnForvaltning}</th>
                  <th scope="col">{strings.columnAr}</th>
                  <th scope="col">{strings.columnStatus}</th>
                  <th scope="col">{strings.columnDiarienummer}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((plan) => (
                  <tr key={plan.id}>
                    <td>
                      <button
                        type="button"
                        className={classes.namnd}
                        onClick={() => props.onOpen(plan.id)}
                        aria-label={formatText(strings.openPlanLabel, { namnd: plan.namnd, ar: plan.ar })}
                      >
                        {plan.namnd}
                      </button>
                    </td>
                    <td>{plan.forvaltning || ''}</td>
                    <td>{plan.ar}</td>
                    <td>
                      <span className={classes.status} style={STATUS_STYLE[plan.status]}>
                        {planStatusLabel(plan.status, strings)}
                      </span>
                    </td>
                    <td>{plan.diarienummer || ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {shown.length === 0 && <p className={classes.empty}>{strings.planPickerNoMatch}</p>}
          </div>
        </>
      )}
    </section>
  );
}
