/**
 * "Verifiera": checks every block in the document against the approval of its period and
 * against today's data, and says per block whether it is what was approved, whether the data
 * has changed since, or whether it was edited by hand. Results in a live region.
 */
import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';

import type { IApprovalService } from '../../approvals/IApprovalService';
import type { IInternkontrollService } from '../../data/InternkontrollService';
import type { ReportSource } from '../blocks/ReportSource';
import { verifyBlocks, type BlockCheck, type BlockVerdict } from '../blocks/verifyBlocks';
import type { WordDocumentPort } from '../document/WordDocumentPort';
import { formatText, type IUiStrings } from '../../components/i18n';
import { ActionSection } from './ActionSection';
import { classes } from './styles';

/** Props of the section. */
export interface IVerifySectionProps {
  service: Pick<IInternkontrollService, 'listPlans' | 'loadPlanView'>;
  approvals: Pick<IApprovalService, 'stateOf'>;
  source: ReportSource;
  port: WordDocumentPort;
  strings: IUiStrings;
}

/** The verdict's name. */
export function verdictLabel(verdict: BlockVerdict, strings: IUiStrings): string {
  return {
    approved: strings.wordVerdictApproved,
    'data-changed': strings.wordVerdictDataChanged,
    edited: strings.wordVerdictEdited,
    'not-approved-content': strings.wordVerdictNotApprovedContent,
    'not-approved': strings.wordVerdictNotApproved,
    unknown: strings.wordVerdictUnknown
  }[verdict];
}

/** The Verifiera button and its results. */
export function VerifySection(props: IVerifySectionProps): React.ReactElement {
  const { strings } = props;
  const [busy, setBusy] = React.useState(false);
  const [checks, setChecks] = React.useState<BlockCheck[] | undefined>(undefined);
  const [error, setError] = React.useState<string | undefined>(undefined);

  const run = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    setChecks(undefined);
    try {
      setChecks(await verifyBlocks({ port: props.port, approvals: props.approvals, listPlans: () => props.service.listPlans(), loadPlanView: (id) => props.service.loadPlanView(id), source: props.source }));
    } catch (failure) {
      setError(formatText(strings.wordError, { message: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ActionSection
      headingId="ik-verify-heading"
      heading={strings.wordVerifyHeading}
      intro={strings.wordVerifyIntro}
      actions={<DefaultButton iconProps={{ iconName: 'Shield' }} text={busy ? strings.wordVerifying : strings.wordVerify} disabled={busy} onClick={() => void run()} />}
    >
      <div role="status" aria-live="polite" aria-busy={busy} data-testid="verify-results">
        {error && <p className={classes.intro}>{error}</p>}
        {checks && checks.length === 0 && <p className={classes.intro}>{strings.wordVerifyNothing}</p>}
        {checks && checks.length > 0 && (
          <ul className={classes.verifyList}>
            {checks.map((check, index) => (
              <li key={`${check.tag}-${index}`} data-verdict={check.verdict}>
                {formatText(strings.wordVerifyResult, {
                  verdict: verdictLabel(check.verdict, strings),
                  description: check.description,
                  message: strings.language === 'en' ? check.messageEn : check.message
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </ActionSection>
  );
}
