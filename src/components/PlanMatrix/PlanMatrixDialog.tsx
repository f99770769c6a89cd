import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { IInternkontrollService, PlanView } from '../../data/InternkontrollService';
import { cloneMatrix, formatLevelMove, RiskMatrix, sameMatrix, ValidationIssue } from '../../model';
import { errorText, validationIssuesOf } from '../common/dataErrors';
import { issueText } from '../common/labels';
import { COLOURS } from '../common/styles';
import { formatText, useStrings } from '../i18n';
import { RiskMatrixEditor } from '../RiskMatrixEditor/RiskMatrixEditor';
import { followsOrganisation, ownMatrix, PLAN_MATRIX_PATH, planMatrixIssues, planMatrixMoves } from './planMatrixModel';

/** Props of the plan's matrix dialog. */
export interface IPlanMatrixDialogProps {
  /** The data service. */
  service: IInternkontrollService;
  /** The plan, as loaded. */
  view: PlanView;
  /** Closes without saving. */
  onDismiss: () => void;
  /** Called once the plan's matrix is saved. */
  onSaved: () => void;
}

const classes = mergeStyleSets({
  intro: { margin: '0 0 12px', color: COLOURS.secondaryText },
  impact: { margin: '16px 0', padding: '10px 12px', border: `1px solid ${COLOURS.border}`, borderRadius: 6 },
  impactHeading: { fontSize: 15, fontWeight: 600, margin: '0 0 6px' },
  list: { margin: 0, paddingLeft: 18 },
  footer: { display: 'flex', gap: 8, marginTop: 16 }
});

type Choice = 'organisation' | 'own';

/**
 * The plan's own settings for its risk matrix: follow the organisation's matrix, or keep a
 * matrix of its own (edited like the organisation's). Which risks move level is shown live
 * before saving; a matrix that leaves a rating outside cannot be saved.
 */
export function PlanMatrixDialog(props: IPlanMatrixDialogProps): React.ReactElement {
  const strings = useStrings();
  const { view, service } = props;
  const [organisation, setOrganisation] = React.useState<RiskMatrix | undefined | 'loading'>('loading');
  const [choice, setChoice] = React.useState<Choice>('own');
  const [matrix, setMatrix] = React.useState<RiskMatrix>(() => cloneMatrix(view.plan.riskMatrix));
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [saving, setSaving] = React.useState(false);

  React.useEffect(() => {
    service.loadSettings().then(
      (settings) => {
        setOrganisation(settings.defaultRiskMatrix);
        if (followsOrganisation(view, settings.defaultRiskMatrix)) {
          setChoice('organisation');
        }
      },
      () => setOrganisation(undefined)
    );
  }, [service, view]);

  const name = formatText(strings.planMatrixOwnName, { namnd: view.plan.namnd, ar: view.plan.ar });
  const target: RiskMatrix | undefined =
    choice === 'organisation' ? (organisation !== 'loading' && organisation !== undefined ? cloneMatrix(organisation) : undefined) : matrix;
  // A matrix of the plan's own gets a key of its own, so the organisation's changes pass it by.
  const toSave = target === undefined ? undefined : choice === 'own' ? ownMatrix(view, target, target.key.indexOf('plan-') === 0 ? target.name : name) : target;
  const moves = toSave ? planMatrixMoves(view, toSave) : [];
  const unchanged = toSave !== undefined && sameMatrix(toSave, view.plan.riskMatrix);

  const choose = (next: Choice): void => {
    setChoice(next);
    setIssues([]);
  };

  const save = async (): Promise<void> => {
    if (!toSave) {
      return;
    }
    const found = planMatrixIssues(view, toSave);
    setIssues(found);
    setFailure(undefined);
    if (found.length > 0) {
      return;
    }
    setSaving(true);
    try {
      await service.savePlan({ ...view.plan, riskMatrix: toSave });
      props.onSaved();
    } catch (error) {
      const refused = validationIssuesOf(error);
      if (refused) {
        setIssues(refused);
      } else {
        setFailure(error);
      }
      setSaving(false);
    }
  };

  const outside = issues.filter((issue) => issue.code === 'rating-outside-matrix');

  return (
    <Panel
      isOpen={true}
      type={PanelType.large}
      headerText={strings.planMatrixHeading}
      closeButtonAriaLabel={strings.close}
      onDismiss={saving ? undefined : props.onDismiss}
      isFooterAtBottom={true}
      onRenderFooterContent={() => (
        <div className={classes.footer}>
          <PrimaryButton text={saving ? strings.saving : strings.planMatrixSave} disabled={saving || toSave === undefined || unchanged} onClick={() => void save()} />
          <DefaultButton text={strings.cancel} disabled={saving} onClick={props.onDismiss} />
        </div>
      )}
    >
      <p className={classes.intro}>{strings.planMatrixIntro}</p>
      {organisation === 'loading' ? (
        <Spinner size={SpinnerSize.medium} label={strings.loading} />
      ) : (
        <ChoiceGroup
          label={strings.planMatrixChoiceLabel}
          selectedKey={choice}
          options={[
            { key: 'organisation', text: organisation ? formatText(strings.planMatrixFollow, { name: organisation.name }) : strings.planMatrixNoOrganisation, disabled: organisation === undefined },
            { key: 'own', text: strings.planMatrixOwn }
          ]}
          onChange={(_e, option) => option && choose(option.key as Choice)}
        />
      )}
      <section className={classes.impact} aria-live="polite" aria-labelledby="ik-planmatris-paverkan">
        <h3 id="ik-planmatris-paverkan" className={classes.impactHeading}>
          {strings.planMatrixImpactHeading}
        </h3>
        {moves.length === 0 ? (
          <p style={{ margin: 0 }}>{strings.planMatrixNoMoves}</p>
        ) : (
          <ul className={classes.list}>
            {moves.map((move, i) => (
              <li key={i}>{formatLevelMove(move, strings.language)}</li>
            ))}
          </ul>
        )}
      </section>
      {outside.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {outside.map((issue) => issueText(issue, strings)).join(' ')}
        </MessageBar>
      )}
      {failure !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {errorText(failure, strings)}
        </MessageBar>
      )}
      {choice === 'own' && <RiskMatrixEditor matrix={matrix} onChange={setMatrix} issues={issues} basePath={PLAN_MATRIX_PATH} />}
    </Panel>
  );
}

export default PlanMatrixDialog;
