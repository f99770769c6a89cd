import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';

import { resizeMatrix, RiskMatrix, updateStep, ValidationIssue } from '../../model';
import { formatText, useStrings } from '../i18n';
import { COLOURS } from '../common/styles';
import { fieldId, issueAt, sizeOptions } from './matrixEditorModel';

/** Props of the matrix's size and step labels. */
export interface IMatrixScalesProps {
  /** The matrix being edited. */
  matrix: RiskMatrix;
  /** Called with the changed matrix. */
  onChange: (matrix: RiskMatrix) => void;
  /** Issues with paths below `basePath`. */
  issues: ValidationIssue[];
  /** Path of the matrix in the issues, e.g. "installningar.defaultRiskMatrix". */
  basePath: string;
}

const classes = mergeStyleSets({
  sizes: { display: 'flex', flexWrap: 'wrap', gap: 16 },
  size: { width: 200 },
  scales: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: 20, marginTop: 12 },
  scaleHeading: { fontSize: 15, fontWeight: 600, margin: '0 0 6px' },
  table: { width: '100%', borderCollapse: 'collapse', selectors: { 'th, td': { padding: '4px 6px', verticalAlign: 'top', textAlign: 'left' }, th: { fontSize: 13, color: COLOURS.secondaryText, fontWeight: 600 } } },
  stepNumber: { width: 40, fontWeight: 600, paddingTop: 10 }
});

/** The number of steps of each scale (2–10) and every step's label in Swedish and English. */
export function MatrixScales(props: IMatrixScalesProps): React.ReactElement {
  const strings = useStrings();
  const { matrix, basePath, issues } = props;
  const scales: Array<['sannolikhet' | 'konsekvens', string]> = [
    ['sannolikhet', strings.matrixSannolikhetScale],
    ['konsekvens', strings.matrixKonsekvensScale]
  ];
  return (
    <div>
      <div className={classes.sizes}>
        <Dropdown
          className={classes.size}
          id={fieldId(`${basePath}.sannolikhet`)}
          label={strings.matrixRowsLabel}
          options={sizeOptions()}
          selectedKey={matrix.sannolikhet.length}
          errorMessage={issueAt(issues, `${basePath}.sannolikhet`, strings)}
          onChange={(_event, option) => option && props.onChange(resizeMatrix(matrix, Number(option.key), matrix.konsekvens.length))}
        />
        <Dropdown
          className={classes.size}
          id={fieldId(`${basePath}.konsekvens`)}
          label={strings.matrixColumnsLabel}
          options={sizeOptions()}
          selectedKey={matrix.konsekvens.length}
          errorMessage={issueAt(issues, `${basePath}.konsekvens`, strings)}
          onChange={(_event, option) => option && props.onChange(resizeMatrix(matrix, matrix.sannolikhet.length, Number(option.key)))}
        />
      </div>
      <div className={classes.scales}>
        {scales.map(([scale, title]) => (
          <section key={scale} aria-label={title}>
            <h4 className={classes.scaleHeading}>{title}</h4>
            <table className={classes.table}>
              <thead>
                <tr>
                  <th scope="col">{strings.matrixStepColumn}</th>
                  <th scope="col">{strings.matrixLabelSv}</th>
                  <th scope="col">{strings.matrixLabelEn}</th>
                </tr>
              </thead>
              <tbody>
                {matrix[scale].map((step, i) => {
                  const path = `${basePath}.${scale}[${i}]`;
                  return (
                    <tr key={i}>
                      <td className={classes.stepNumber}>{i + 1}</td>
                      <td>
                        <TextField
                          id={fieldId(`${path}.label`)}
                          ariaLabel={formatText(strings.matrixStepLabelName, { scale: title, step: i + 1 })}
                          value={step.label}
                          required={true}
                          errorMessage={issueAt(issues, `${path}.label`, strings)}
                          onChange={(_event, value) => props.onChange(updateStep(matrix, scale, i, { label: value || '' }))}
                        />
                      </td>
                      <td>
                        <TextField
                          id={fieldId(`${path}.labelEn`)}
                          ariaLabel={formatText(strings.matrixStepLabelEnName, { scale: title, step: i + 1 })}
                          value={step.labelEn ?? ''}
                          errorMessage={issueAt(issues, `${path}.labelEn`, strings)}
                          onChange={(_event, value) => props.onChange(updateStep(matrix, scale, i, { labelEn: value === '' ? undefined : value }))}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </div>
  );
}
