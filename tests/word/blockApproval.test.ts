/**
 * The approval of a block's data, state by state, on hand-built states (the service's reading of
 * SharePoint is tested in approvalLayer.test.ts): the hash of what the block shows against the
 * approval's, the other shape, the states without an approval, and a state that could not be
 * read; which ones ask first; what the record keeps. Expected lines are written out by hand.
 */
import type { ApprovalState, ApprovalSummary } from '../../src/approvals';
import { approvalRecordOf, blockApprovalOf, needsConfirmation } from '../../src/word/blocks/blockApproval';
import { parseRecord } from '../../src/word/blocks/records';
import { splitApprovalLine } from '../../src/word/blocks/verifyBlocks';

const APPROVED = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);
const approval: ApprovalSummary = {
  requestKey: 'r1',
  shapeId: 'status-per-tertial',
  date: '2024-09-10',
  approvers: [{ id: 7, title: 'Förvaltningsdirektör' }],
  deputies: {},
  hash: APPROVED
};

function state(status: ApprovalState['status'], withApproval: boolean, currentHash?: string): ApprovalState {
  return { planId: 1, periodKey: 'T2', status, approval: withApproval ? approval : undefined, currentHash };
}

describe('blockApprovalOf', () => {
  it('is approved only when the hash of what the block shows is the approval’s', () => {
    const approved = blockApprovalOf(state('approved', true, APPROVED), 'status-per-tertial', APPROVED);
    expect(approved).toEqual({
      status: 'approved',
      line: 'Godkänd 2024-09-10 av Förvaltningsdirektör (kontrollsumma aaaaaaaaaaaa)',
      lineEn: 'Approved 2024-09-10 by Förvaltningsdirektör (hash aaaaaaaaaaaa)',
      approvedHash: APPROVED,
      currentHash: APPROVED
    });
    expect(needsConfirmation(approved)).toBe(false);
    // The service saw the data unchanged, but the block is built from other data: changed.
    const stale = blockApprovalOf(state('approved', true, APPROVED), 'status-per-tertial', OTHER);
    expect(stale.status).toBe('changed');
    expect(stale.line).toBe('Ändrad efter godkännande (godkänd 2024-09-10 av Förvaltningsdirektör, kontrollsumma aaaaaaaaaaaa)');
    expect(needsConfirmation(stale)).toBe(true);
    // Without a hash of its own, the service's hash of the data now decides.
    expect(blockApprovalOf(state('changed', true, OTHER), 'status-per-tertial', undefined).status).toBe('changed');
    expect(blockApprovalOf(state('approved', true, APPROVED), 'status-per-tertial', undefined).status).toBe('approved');
  });

  it('a deputy is named for the approver', () => {
    const byDeputy = { ...state('approved', true, APPROVED), approval: { ...approval, deputies: { 7: { id: 9, title: 'Biträdande förvaltningsdirektör' } } } };
    expect(blockApprovalOf(byDeputy, 'status-per-tertial', APPROVED).line).toBe(
      'Godkänd 2024-09-10 av Biträdande förvaltningsdirektör för Förvaltningsdirektör (kontrollsumma aaaaaaaaaaaa)'
    );
  });

  it('an approval of another shape’s report does not approve this one', () => {
    const other = blockApprovalOf(state('approved', true, APPROVED), 'egen-kort', APPROVED);
    expect(other).toMatchObject({ status: 'other-shape', line: 'Inte godkänd i den här rapportformen (periodens uppföljning godkändes 2024-09-10 i en annan)' });
    expect(needsConfirmation(other)).toBe(true);
  });

  it('without an approval: waiting, returned, not approved; a state that could not be read is unavailable, with no line', () => {
    expect(blockApprovalOf(state('requested', false), 'status-per-tertial', OTHER)).toMatchObject({ status: 'requested', line: 'Väntar på godkännande' });
    expect(blockApprovalOf(state('returned', false), 'status-per-tertial', OTHER)).toMatchObject({ status: 'returned', line: 'Återremitterad, inte godkänd' });
    expect(blockApprovalOf(state('draft', false), 'status-per-tertial', OTHER)).toMatchObject({ status: 'not-approved', line: 'Inte godkänd', lineEn: 'Not approved' });
    expect(blockApprovalOf(state('withdrawn', false), 'status-per-tertial', OTHER).status).toBe('not-approved');
    const unavailable = blockApprovalOf(new Error('Godkännandet kunde inte läsas: 404'), 'status-per-tertial', OTHER);
    expect(unavailable).toEqual({ status: 'unavailable', line: '', lineEn: '', error: 'Godkännandet kunde inte läsas: 404' });
    expect(needsConfirmation(unavailable)).toBe(true);
    expect(needsConfirmation(undefined)).toBe(false);
  });

  it('the record keeps status, line and hashes, and a damaged approval makes the record unreadable', () => {
    const kept = approvalRecordOf(blockApprovalOf(state('approved', true, APPROVED), 'status-per-tertial', APPROVED));
    expect(kept).toEqual({ status: 'approved', line: 'Godkänd 2024-09-10 av Förvaltningsdirektör (kontrollsumma aaaaaaaaaaaa)', approvedHash: APPROVED, currentHash: APPROVED });
    const record = { v: 1, kind: 'report', planKey: 'p', planId: 1, planTitle: 'AFN 2022', periodKey: 'T2', shapeId: 's', includeSummary: false, dataHash: 'd', contentHash: 'c', builtAt: '2024-09-10T08:00:00.000Z' };
    expect(parseRecord(JSON.stringify({ ...record, approval: kept }))?.approval).toEqual(kept);
    expect(parseRecord(JSON.stringify(record))?.approval).toBeUndefined();
    expect(parseRecord(JSON.stringify({ ...record, approval: { status: 'godkänd', line: '' } }))).toBeUndefined();
    expect(parseRecord(JSON.stringify({ ...record, approval: { status: 'approved' } }))).toBeUndefined();
  });
});

describe('splitApprovalLine', () => {
  it('cuts the block’s text at its last "Godkännande:" paragraph, in Word’s marks', () => {
    expect(splitApprovalLine('Rubrik\rA\u0007B\u0007\r\rGodkännande: Godkänd 2024-09-10 av X (kontrollsumma aaaaaaaaaaaa)\r')).toEqual({
      body: 'Rubrik\rA\u0007B\u0007\r\r',
      line: 'Godkänd 2024-09-10 av X (kontrollsumma aaaaaaaaaaaa)'
    });
    expect(splitApprovalLine('Utan rad\r')).toEqual({ body: 'Utan rad\r', line: undefined });
  });
});
