/**
 * The follow-up form's period re-rating of a risk: sannolikhet and konsekvens chosen by the
 * matrix's own step labels, with the resulting level previewed beside the original rating.
 */
import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { Period, Risk, RiskMatrix } from '../../model';
import { RiskLevelBadge } from '../RiskList/RiskList';
import { formatText, useStrings } from '../i18n';
import type { FollowUpDraft } from './followUpDraft';
import { followUpFieldId } from './followUpForm';

const classes = mergeStyleSets({
  ratingRow: { display: 'flex', flexWrap: 'wrap', gap: 16, selectors: { '> *': { flex: '1 1 200px' } } },
  preview: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, margin: 0 },
  previewLabel: { fontWeight: 600 }
});

/**
 * The period's sannolikhet and konsekvens, each choice labelled with the matrix's own step
 * ("4 – Sannolik"), and a preview of the resulting level in words and colour beside the
 * year's original rating.
 */
export function RiskRatingFields(props: {
  matrix: RiskMatrix;
  risk: Risk;
  period: Period;
  draft: FollowUpDraft;
  onChange: (draft: FollowUpDraft) => void;
  fieldError: (fieldId: string) => string | undefined;
}): React.ReactElement {
  const strings = useStrings();
  const { matrix, draft } = props;
  const stepOptions = (steps: RiskMatrix['sannolikhet']): IDropdownOption[] => [
    { key: '', text: strings.ratingStepNotSet },
    ...steps.map((step, i) => ({ key: i + 1, text: formatText(strings.ratingStepOption, { n: i + 1, label: step.label }) }))
  ];
  const stepOf = (option: IDropdownOption | undefined): number | undefined =>
    option && option.key !== '' ? Number(option.key) : undefined;
  const complete = draft.sannolikhet !== undefined && draft.konsekvens !== undefined;
  const previewId = 'ik-riskvardering-forhandsvisning';
  return (
    <>
      <div className={classes.ratingRow}>
        <Dropdown
          id={followUpFieldId('sannolikhet')}
          label={strings.fieldSannolikhet}
          options={stepOptions(matrix.sannolikhet)}
          selectedKey={draft.sannolikhet !== undefined ? draft.sannolikhet : ''}
          errorMessage={props.fieldError(followUpFieldId('sannolikhet'))}
          onChange={(_event, option) => props.onChange({ ...draft, sannolikhet: stepOf(option) })}
        />
        <Dropdown
          id={followUpFieldId('konsekvens')}
          label={strings.fieldKonsekvens}
          options={stepOptions(matrix.konsekvens)}
          selectedKey={draft.konsekvens !== undefined ? draft.konsekvens : ''}
          errorMessage={props.fieldError(followUpFieldId('konsekvens'))}
          onChange={(_event, option) => props.onChange({ ...draft, konsekvens: stepOf(option) })}
        />
      </div>
      {/* Polite live region: the level is read out as the steps are chosen. */}
      <p id={previewId} className={classes.preview} aria-live="polite" aria-atomic="true">
        <span className={classes.previewLabel}>{formatText(strings.ratingPreviewLabel, { period: props.period.label })}</span>
        {/* A space, so the text reads as two words also without the layout's gap. */}
        {' '}
        {complete ? (
          <RiskLevelBadge matrix={matrix} risk={{ ...props.risk, sannolikhet: draft.sannolikhet, konsekvens: draft.konsekvens }} />
        ) : (
          <span>{strings.ratingPreviewIncomplete}</span>
        )}
      </p>
      <p className={classes.preview}>
        <RiskLevelBadge matrix={matrix} risk={props.risk} prefix={strings.originalRatingPrefix} />
      </p>
    </>
  );
}
