import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Link } from '@fluentui/react/lib/Link';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { CurrentUser, IInternkontrollService } from '../../data/InternkontrollService';
import { dutiesByPerson, dutiesOf, dutyCounts, ReportingDuty, ReportingOccasion } from '../../model';
import { canSeeEveryonesDuties } from '../common/access';
import { LoadError } from '../common/LoadError';
import { COLOURS, sharedClasses } from '../common/styles';
import { formatText, useStrings } from '../i18n';
import { todayIso } from '../PlanView/planViewModel';
import { dutyCountsText, dutyItemText, dutyPeriodText, dutyRolesText, dutyStateLabel, overdueText } from './reportingDutiesModel';

/** Props of Att rapportera. */
export interface IReportingDutiesViewProps {
  /** The data service. */
  service: IInternkontrollService;
  /** The signed-in user; a user who may edit plans (a samordnare) also sees everyone's duties. */
  user: CurrentUser;
  /** Today as "YYYY-MM-DD"; the real date by default. */
  today?: string;
  /** Opens a plan. */
  onOpenPlan: (planId: number) => void;
}

const classes = mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', gap: 16 },
  heading: { fontSize: 24, fontWeight: 600 },
  intro: { margin: 0, color: COLOURS.secondaryText },
  counts: { margin: 0, fontWeight: 600 },
  tableWrap: { overflowX: 'auto', padding: 0 },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    selectors: {
      'th, td': { textAlign: 'left', padding: '8px 12px', borderBottom: `1px solid ${COLOURS.border}`, verticalAlign: 'top' },
      th: { fontWeight: 600, fontSize: 13, color: COLOURS.secondaryText, background: '#faf9f8' },
      'tbody tr:last-child td': { borderBottom: 'none' }
    }
  },
  person: { fontSize: 18, fontWeight: 600, margin: '8px 0 4px' },
  personCounts: { margin: '0 0 8px', color: COLOURS.secondaryText },
  late: { display: 'block', fontSize: 12, color: '#a4262c', marginTop: 2 },
  empty: { margin: 0, padding: 16 }
});

/** The badge colours, each meeting 4.5:1. */
const STATE_STYLE: Record<string, React.CSSProperties> = {
  forsenad: { background: '#fde7e9', color: '#a4262c', borderColor: '#a4262c' },
  'att-rapportera': { background: '#fff4ce', color: '#5c4400', borderColor: '#8a6d00' },
  rapporterad: { background: '#dff6dd', color: '#0b5a08', borderColor: '#107c10' }
};

type State = { kind: 'loading' } | { kind: 'error'; error: unknown } | { kind: 'ready'; occasions: ReportingOccasion[] };

/** The duties as a table: state (with the overdue days), plan, period, what, role. */
function DutyTable(props: { duties: ReportingDuty[]; caption: string; showRoles: boolean; onOpenPlan: (planId: number) => void }): React.ReactElement {
  const strings = useStrings();
  return (
    <div className={`${sharedClasses.card} ${classes.tableWrap}`}>
      <table className={classes.table}>
        <caption className={sharedClasses.visuallyHidden}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.dutyColumnState}</th>
            <th scope="col">{strings.dutyColumnWhat}</th>
            <th scope="col">{strings.dutyColumnPlan}</th>
            <th scope="col">{strings.dutyColumnPeriod}</th>
            {props.showRoles && <th scope="col">{strings.dutyColumnRole}</th>}
          </tr>
        </thead>
        <tbody>
          {props.duties.map((duty) => (
            <tr key={`${duty.item.kind}:${duty.item.id}:${duty.period.key}`}>
              <td>
                <span className={sharedClasses.badge} style={STATE_STYLE[duty.state]}>
                  {dutyStateLabel(duty.state, strings)}
                </span>
                {duty.state === 'forsenad' && <span className={classes.late}>{overdueText(duty.daysOverdue, strings)}</span>}
              </td>
              <td>{dutyItemText(duty, strings)}</td>
              <td>
                <Link onClick={() => props.onOpenPlan(duty.plan.id)} aria-label={formatText(strings.dutyOpenPlan, { namnd: duty.plan.namnd, ar: duty.plan.ar })}>
                  {duty.plan.namnd} {duty.plan.ar}
                </Link>
              </td>
              <td>{dutyPeriodText(duty, strings)}</td>
              {props.showRoles && <td>{duty.roles.length > 0 ? dutyRolesText(duty.roles, strings) : strings.dutyNobody}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * "Att rapportera": what the signed-in user must report in the current period across all
 * beslutade plans, as ansvarig or rapporteringsansvarig, with overdue marks after a period's
 * end; a samordnare also sees everyone's, per person.
 */
export function ReportingDutiesView(props: IReportingDutiesViewProps): React.ReactElement {
  const strings = useStrings();
  const { service, user } = props;
  const today = props.today || todayIso();
  const overview = canSeeEveryonesDuties(user);
  const [scope, setScope] = React.useState<'mine' | 'all'>('mine');
  const [state, setState] = React.useState<State>({ kind: 'loading' });

  const load = React.useCallback(async (): Promise<void> => {
    setState({ kind: 'loading' });
    try {
      const occasions = await service.loadReportingDuties({ today, personId: scope === 'mine' ? user.id : undefined });
      setState({ kind: 'ready', occasions });
    } catch (error) {
      setState({ kind: 'error', error });
    }
  }, [service, today, scope, user.id]);

  React.useEffect(() => {
    void load();
  }, [load]);

  let body: React.ReactElement;
  if (state.kind === 'loading') {
    body = <Spinner size={SpinnerSize.large} label={strings.dutyLoading} />;
  } else if (state.kind === 'error') {
    body = <LoadError error={state.error} onRetry={() => void load()} />;
  } else if (scope === 'mine') {
    const duties = dutiesOf(state.occasions, user.id);
    body =
      duties.length === 0 ? (
        <p className={`${sharedClasses.card} ${classes.empty}`}>{strings.dutyNoneMine}</p>
      ) : (
        <>
          <p className={classes.counts} aria-live="polite">
            {dutyCountsText(dutyCounts(duties), strings)}
          </p>
          <DutyTable duties={duties} caption={strings.dutyMineCaption} showRoles={true} onOpenPlan={props.onOpenPlan} />
        </>
      );
  } else {
    const groups = dutiesByPerson(state.occasions);
    body =
      groups.length === 0 ? (
        <p className={`${sharedClasses.card} ${classes.empty}`}>{strings.dutyNoneAll}</p>
      ) : (
        <>
          {groups.map((group) => {
            const name = group.person ? group.person.title : strings.dutyNobodyGroup;
            return (
              <section key={group.person ? group.person.id : 'ingen'} aria-label={name}>
                <h3 className={classes.person}>{name}</h3>
                <p className={classes.personCounts}>{dutyCountsText(group.counts, strings)}</p>
                <DutyTable duties={group.duties} caption={formatText(strings.dutyPersonCaption, { name })} showRoles={group.person !== undefined} onOpenPlan={props.onOpenPlan} />
              </section>
            );
          })}
        </>
      );
  }

  return (
    <section className={classes.root} aria-labelledby="ik-att-rapportera-rubrik">
      <h2 id="ik-att-rapportera-rubrik" className={classes.heading}>
        {strings.dutyHeading}
      </h2>
      <p className={classes.intro}>{formatText(strings.dutyIntro, { today })}</p>
      {overview && (
        <ChoiceGroup
          label={strings.dutyScopeLabel}
          selectedKey={scope}
          styles={{ flexContainer: { display: 'flex', gap: 16, flexWrap: 'wrap' } }}
          options={[
            { key: 'mine', text: strings.dutyScopeMine },
            { key: 'all', text: strings.dutyScopeAll }
          ]}
          onChange={(_event, option) => option && setScope(option.key as 'mine' | 'all')}
        />
      )}
      {body}
    </section>
  );
}

export default ReportingDutiesView;
