/**
 * The follow-up form's avvikelser: one fieldset per avvikelse (beskrivning, åtgärd, slutdatum
 * and its own status), a remove button on each and "Lägg till avvikelse".
 */
import * as React from 'react';
import { DefaultButton, IconButton } from '@fluentui/react/lib/Button';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';

import type { FollowUpStatus } from '../../model';
import { resultatLabel } from '../common/labels';
import { COLOURS } from '../common/styles';
import { formatText, useStrings } from '../i18n';
import { AvvikelseDraft, emptyAvvikelse, FollowUpDraft } from './followUpDraft';
import { avvikelseFieldId } from './followUpForm';

const classes = mergeStyleSets({
  section: { display: 'flex', flexDirection: 'column', gap: 12 },
  fieldset: { border: `1px solid ${COLOURS.border}`, borderRadius: 6, padding: '8px 12px 12px', margin: 0, display: 'flex', flexDirection: 'column', gap: 8 },
  legend: { fontWeight: 600, padding: '0 4px' },
  legendRow: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  sectionHeading: { fontSize: 16, fontWeight: 600, margin: 0 }
});

/** Props of the avvikelser section. */
export interface IAvvikelserSectionProps {
  /** The form's draft. */
  draft: FollowUpDraft;
  /** The status choices (the form's own). */
  statusOptions: IDropdownOption[];
  /** A changed draft. */
  onChange: (draft: FollowUpDraft) => void;
  /** The message at a field, by its id. */
  fieldError: (fieldId: string) => string | undefined;
  /** Makes the key of a new avvikelse. */
  newKey: () => string;
}

/** The section. */
export function AvvikelserSection(props: IAvvikelserSectionProps): React.ReactElement {
  const strings = useStrings();
  const { draft, fieldError } = props;
  const setAvvikelse = (key: string, changes: Partial<AvvikelseDraft>): void => {
    props.onChange({ ...draft, avvikelser: draft.avvikelser.map((a) => (a.key === key ? { ...a, ...changes } : a)) });
  };
  return (
    <section aria-labelledby="ik-avvikelser-rubrik" className={classes.section}>
      <h3 id="ik-avvikelser-rubrik" className={classes.sectionHeading}>
        {strings.avvikelserHeading}
      </h3>
      {draft.resultat && draft.resultat !== 'Utan anmärkning' && (
        <p style={{ margin: 0 }}>{formatText(strings.avvikelserIntro, { resultat: resultatLabel(draft.resultat, strings) })}</p>
      )}
      {draft.avvikelser.map((avvikelse, i) => {
        const number = i + 1;
        const ids = {
          beskrivning: avvikelseFieldId(avvikelse.key, 'beskrivning'),
          atgard: avvikelseFieldId(avvikelse.key, 'atgard'),
          slutdatum: avvikelseFieldId(avvikelse.key, 'slutdatum'),
          status: avvikelseFieldId(avvikelse.key, 'status')
        };
        return (
          <fieldset key={avvikelse.key} className={classes.fieldset}>
            <legend className={classes.legend}>{formatText(strings.avvikelseHeading, { n: number })}</legend>
            <div className={classes.legendRow}>
              <span />
              <IconButton
                iconProps={{ iconName: 'Delete' }}
                ariaLabel={formatText(strings.removeAvvikelse, { n: number })}
                title={formatText(strings.removeAvvikelse, { n: number })}
                onClick={() => props.onChange({ ...draft, avvikelser: draft.avvikelser.filter((a) => a.key !== avvikelse.key) })}
              />
            </div>
            <TextField
              id={ids.beskrivning}
              label={strings.fieldAvvikelseBeskrivning}
              required={true}
              multiline={true}
              rows={2}
              autoAdjustHeight={true}
              value={avvikelse.beskrivning}
              errorMessage={fieldError(ids.beskrivning)}
              onChange={(_event, value) => setAvvikelse(avvikelse.key, { beskrivning: value || '' })}
            />
            <TextField
              id={ids.atgard}
              label={strings.fieldAvvikelseAtgard}
              required={true}
              multiline={true}
              rows={2}
              autoAdjustHeight={true}
              value={avvikelse.atgard}
              errorMessage={fieldError(ids.atgard)}
              onChange={(_event, value) => setAvvikelse(avvikelse.key, { atgard: value || '' })}
            />
            <TextField
              id={ids.slutdatum}
              label={strings.fieldAvvikelseSlutdatum}
              required={true}
              type="date"
              value={avvikelse.slutdatum}
              errorMessage={fieldError(ids.slutdatum)}
              onChange={(_event, value) => setAvvikelse(avvikelse.key, { slutdatum: value || '' })}
            />
            <Dropdown
              id={ids.status}
              label={strings.fieldAvvikelseStatus}
              options={props.statusOptions}
              selectedKey={avvikelse.status || ''}
              errorMessage={fieldError(ids.status)}
              onChange={(_event, option) => setAvvikelse(avvikelse.key, { status: option && option.key !== '' ? (option.key as FollowUpStatus) : undefined })}
            />
          </fieldset>
        );
      })}
      <div>
        <DefaultButton
          text={strings.addAvvikelse}
          iconProps={{ iconName: 'Add' }}
          onClick={() => props.onChange({ ...draft, avvikelser: [...draft.avvikelser, emptyAvvikelse(props.newKey())] })}
        />
      </div>
    </section>
  );
}
