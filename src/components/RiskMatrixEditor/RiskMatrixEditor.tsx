import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { RiskMatrix, ValidationIssue } from '../../model';
import { useStrings } from '../i18n';
import { COLOURS } from '../common/styles';
import { MatrixGrid } from './MatrixGrid';
import { MatrixLevels } from './MatrixLevels';
import { MatrixScales } from './MatrixScales';

/** Props of the risk matrix editor. */
export interface IRiskMatrixEditorProps {
  /** The matrix being edited. */
  matrix: RiskMatrix;
  /** Called with every change. */
  onChange: (matrix: RiskMatrix) => void;
  /** The model's issues (paths below `basePath`), shown at their fields. */
  issues: ValidationIssue[];
  /** Path of the matrix in the issues, e.g. "installningar.defaultRiskMatrix" or "plan.riskMatrix". */
  basePath: string;
}

const classes = mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', gap: 20 },
  part: { fontSize: 16, fontWeight: 600, margin: '0 0 8px' },
  intro: { margin: '0 0 8px', color: COLOURS.secondaryText, fontSize: 13 },
  scroll: { overflowX: 'auto' }
});

/**
 * A risk matrix of any size the model supports (2 × 2 … 10 × 10): the steps of both scales with
 * their labels, the levels with names, colours and a live contrast check, and the level of every
 * cell set on the grid itself.
 */
export function RiskMatrixEditor(props: IRiskMatrixEditorProps): React.ReactElement {
  const strings = useStrings();
  return (
    <div className={classes.root}>
      <section aria-labelledby="ik-matris-skalor">
        <h4 id="ik-matris-skalor" className={classes.part}>
          {strings.matrixScalesHeading}
        </h4>
        <MatrixScales {...props} />
      </section>
      <section aria-labelledby="ik-matris-nivaer">
        <h4 id="ik-matris-nivaer" className={classes.part}>
          {strings.matrixLevelsHeading}
        </h4>
        <p className={classes.intro}>{strings.matrixLevelsIntro}</p>
        <div className={classes.scroll}>
          <MatrixLevels {...props} />
        </div>
      </section>
      <section aria-labelledby="ik-matris-rutnat">
        <h4 id="ik-matris-rutnat" className={classes.part}>
          {strings.matrixGridHeading}
        </h4>
        <div className={classes.scroll}>
          <MatrixGrid {...props} />
        </div>
      </section>
    </div>
  );
}
