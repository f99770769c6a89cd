/**
 * The approval state of what is chosen (plan, period, shape), as the block would carry it:
 * "Godkänd 2024-09-10 av Förvaltningsdirektör (kontrollsumma 05ea383f9ef6)", "Ändrad efter
 * godkännande …", "Väntar på godkännande", "Inte godkänd". A live status with text and a mark;
 * the colour only repeats what the text says.
 */
import * as React from 'react';

import type { BlockApproval } from '../blocks/blockApproval';
import type { BlockApprovalStatus } from '../blocks/records';
import type { IUiStrings } from '../../components/i18n';
import { classes } from './styles';

/** Props of the status. */
export interface IApprovalStatusProps {
  /** The approval; undefined while nothing is chosen. */
  approval?: BlockApproval;
  /** Reading it. */
  loading: boolean;
  strings: IUiStrings;
}

/** The state's name. */
export function approvalStatusLabel(status: BlockApprovalStatus, strings: IUiStrings): string {
  return {
    approved: strings.wordApprovalApproved,
    changed: strings.wordApprovalChanged,
    requested: strings.wordApprovalRequested,
    returned: strings.wordApprovalReturned,
    'not-approved': strings.wordApprovalNotApproved,
    'other-shape': strings.wordApprovalOtherShape,
    unavailable: strings.wordApprovalUnavailable
  }[status];
}

/** The approval's line in the UI language ("" for none). */
export function approvalLineOf(approval: BlockApproval, strings: IUiStrings): string {
  return strings.language === 'en' ? approval.lineEn : approval.line;
}

/**
 * The state in one phrase for a question: the line when it starts with the state's name
 * ("Ändrad efter godkännande (godkänd … )"), else the name with the line or the reason.
 */
export function approvalInWords(approval: BlockApproval, strings: IUiStrings): string {
  const label = approvalStatusLabel(approval.status, strings);
  const line = approvalLineOf(approval, strings);
  if (line.indexOf(label) === 0) {
    return line;
  }
  const detail = line !== '' ? line : approval.error ?? '';
  return detail !== '' ? `${label}: ${detail}` : label;
}

/** The status. */
export function ApprovalStatus(props: IApprovalStatusProps): React.ReactElement {
  const { approval, strings } = props;
  const tone = !approval ? classes.approvalNeutral : approval.status === 'approved' ? classes.approvalOk : approval.status === 'unavailable' || approval.status === 'requested' ? classes.approvalNeutral : classes.approvalWarn;
  const mark = !approval ? '' : approval.status === 'approved' ? '✓' : '!';
  const line = approval ? approvalLineOf(approval, strings) : '';
  const label = approval ? approvalStatusLabel(approval.status, strings) : '';
  // "Godkänd 2024-09-10 av …" reads as one sentence with the state in bold; other lines go below it.
  const rest = line.indexOf(label) === 0 ? line.slice(label.length) : undefined;
  return (
    <section className={classes.section} aria-labelledby="ik-approval-heading">
      <h2 id="ik-approval-heading" className={classes.heading}>
        {strings.wordApprovalHeading}
      </h2>
      <div role="status" aria-live="polite" className={`${classes.approval} ${tone}`} data-status={approval?.status ?? ''}>
        {props.loading ? (
          strings.wordApprovalLoading
        ) : approval ? (
          <>
            <span aria-hidden="true" className={classes.approvalMark}>
              {mark}
            </span>
            <span>
              <strong>{label}</strong>
              {rest !== undefined ? rest : line !== '' && <span className={classes.approvalLine}>{line}</span>}
              {approval.error !== undefined && <span className={classes.approvalLine}>{approval.error}</span>}
            </span>
          </>
        ) : null}
      </div>
    </section>
  );
}
