/**
 * The report shape a request sends to the nämnd: the built-in shapes, then the organisation's
 * own (IKRapportformer), from the same source as "Exportera till Word" (`allReportShapes`). A
 * native select with option groups: keyboard and screen readers handle it as they always do.
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { StoredReportShape } from '../../data/InternkontrollService';
import { allReportShapes, type ReportShapeEntry } from '../../reports/shapes/allReportShapes';
import { NATIVE_FIELD_STYLES } from '../common/NativeChoices';
import { COLOURS } from '../common/styles';
import { useStrings } from '../i18n';

/** Props of `RequestShapeSelect`. */
export interface IRequestShapeSelectProps {
  /** Prefix of the element ids. */
  id: string;
  /** The chosen shape's id. */
  value: string;
  /** Receives another shape's id. */
  onChange: (shapeId: string) => void;
  /** The organisation's own shapes; only the built-in ones without it. */
  listOwnShapes?: () => Promise<StoredReportShape[]>;
}

const classes = mergeStyleSets({
  ...NATIVE_FIELD_STYLES,
  field: [NATIVE_FIELD_STYLES.field, { margin: '4px 0' }],
  note: { color: COLOURS.secondaryText, fontSize: 13, margin: 0 }
});

/** The shape choice of the request form. */
export function RequestShapeSelect(props: IRequestShapeSelectProps): React.ReactElement {
  const strings = useStrings();
  const { listOwnShapes } = props;
  const [shapes, setShapes] = React.useState<ReportShapeEntry[]>(() => allReportShapes([]));
  const [ownFailed, setOwnFailed] = React.useState(false);

  React.useEffect(() => {
    if (!listOwnShapes) {
      return undefined;
    }
    let live = true;
    listOwnShapes().then(
      (own) => live && setShapes(allReportShapes(own)),
      () => live && setOwnFailed(true)
    );
    return () => {
      live = false;
    };
  }, [listOwnShapes]);

  const builtIn = shapes.filter((entry) => entry.builtIn);
  const own = shapes.filter((entry) => !entry.builtIn);
  const selectId = `${props.id}-rapportform`;
  return (
    <div className={classes.field}>
      <label htmlFor={selectId} className={classes.label}>
        {strings.requestShape}
      </label>
      <select id={selectId} className={classes.select} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <optgroup label={strings.requestShapeBuiltIn}>
          {builtIn.map((entry) => (
            <option key={entry.shape.id} value={entry.shape.id}>
              {entry.shape.namn}
            </option>
          ))}
        </optgroup>
        {own.length > 0 && (
          <optgroup label={strings.requestShapeOwn}>
            {own.map((entry) => (
              <option key={entry.shape.id} value={entry.shape.id}>
                {entry.shape.namn}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      {ownFailed && <p className={classes.note}>{strings.requestShapeOwnFailed}</p>}
    </div>
  );
}
