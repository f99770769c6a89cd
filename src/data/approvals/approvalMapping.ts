/**
 * Items of the approval lists ↔ the approval record (src/approvals/types). Who did a thing and
 * when is read from SharePoint's own `Author` and `Created`; nothing a client wrote is taken
 * for an identity.
 */
import type { ApprovalDecision, ApprovalEvent, ApprovalPerson, ApprovalRequest, DeputyAppointment, PlanApprovers } from '../../approvals/types';
import { fromSharePointDate, readId, readKey, readLookupId, readText, toSharePointDate, type ListItemJson } from '../fields';
import { APPROVAL_RULE_VALUES, DECISION_VALUES, REQUEST_EVENT_VALUES, SNAPSHOT_COLUMNS, SNAPSHOT_PART_MAX } from '../schema/approvalLists';

/** The people columns expanded with every read, and what of each person is read. */
const PERSON_PROPERTIES = ['Id', 'Title', 'EMail', 'Name'];

function personSelect(column: string): string[] {
  return PERSON_PROPERTIES.map((p) => `${column}/${p}`);
}

/** `$select` and `$expand` of IKGodkannare. */
export const APPROVERS_QUERY = {
  select: ['Id', 'IdempotencyKey', 'PlanId', 'Godkannanderegel', 'Created', ...personSelect('Author'), ...personSelect('Godkannare')],
  expand: ['Author', 'Godkannare']
};

/** `$select` and `$expand` of IKErsattare. */
export const DEPUTIES_QUERY = {
  select: ['Id', 'IdempotencyKey', 'Startdatum', 'Slutdatum', 'Created', ...personSelect('Author'), ...personSelect('OrdinarieGodkannare'), ...personSelect('Ersattare')],
  expand: ['Author', 'OrdinarieGodkannare', 'Ersattare']
};

/** `$select` and `$expand` of IKGodkannanden. */
export const REQUESTS_QUERY = {
  select: ['Id', 'IdempotencyKey', 'PlanId', 'Period', 'Handelse', 'Begarannyckel', 'RapportformId', 'Meddelande', 'Svarsdatum', 'Kontrollsumma', 'Created', ...personSelect('Author')],
  expand: ['Author']
};

/** `$select` and `$expand` of IKBeslut. */
export const DECISIONS_QUERY = {
  select: [
    'Id',
    'IdempotencyKey',
    'PlanId',
    'Period',
    'Begarannyckel',
    'Beslutsutfall',
    'Beslutskommentar',
    'Kontrollsumma',
    ...SNAPSHOT_COLUMNS,
    'Created',
    ...personSelect('Author'),
    ...personSelect('ForGodkannare')
  ],
  expand: ['Author', 'ForGodkannare']
};

function personOf(value: unknown): ApprovalPerson | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const raw = value as Record<string, unknown>;
  const id = typeof raw.Id === 'number' ? raw.Id : typeof raw.ID === 'number' ? raw.ID : undefined;
  if (id === undefined || id <= 0) {
    return undefined;
  }
  const text = (name: string): string | undefined => (typeof raw[name] === 'string' && raw[name] !== '' ? (raw[name] as string) : undefined);
  return { id, title: text('Title') ?? `Användare ${id}`, email: text('EMail'), loginName: text('Name') };
}

function peopleOf(value: unknown): ApprovalPerson[] {
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results) ? (value as { results: unknown[] }).results : [];
  return list.map(personOf).filter((p): p is ApprovalPerson => p !== undefined);
}

function requiredPerson(item: ListItemJson, column: string): ApprovalPerson {
  return personOf(item[column]) ?? { id: 0, title: 'Okänd' };
}

function created(item: ListItemJson): string {
  return readText(item, 'Created') ?? new Date(0).toISOString();
}

/** An IKGodkannare item as a version of a plan's approvers. */
export function planApproversFromItem(item: ListItemJson): PlanApprovers {
  return {
    id: readId(item),
    key: readKey(item),
    planId: readLookupId(item, 'Plan') ?? 0,
    approvers: peopleOf(item.Godkannare),
    rule: readText(item, 'Godkannanderegel') === APPROVAL_RULE_VALUES.all ? 'all' : 'any',
    author: requiredPerson(item, 'Author'),
    createdAt: created(item)
  };
}

/** An IKErsattare item as a deputy appointment. */
export function deputyFromItem(item: ListItemJson): DeputyAppointment {
  return {
    id: readId(item),
    key: readKey(item),
    approver: requiredPerson(item, 'OrdinarieGodkannare'),
    deputy: requiredPerson(item, 'Ersattare'),
    from: fromSharePointDate(item.Startdatum) ?? '9999-12-31',
    to: fromSharePointDate(item.Slutdatum) ?? '0000-01-01',
    author: requiredPerson(item, 'Author'),
    createdAt: created(item)
  };
}

/** Whether an IKGodkannanden item is a request (not a withdrawal or reminder). */
export function isRequestItem(item: ListItemJson): boolean {
  return readText(item, 'Handelse') === REQUEST_EVENT_VALUES.request;
}

/** An IKGodkannanden request item; `approvers` and `rule` are filled in by the fold. */
export function requestFromItem(item: ListItemJson): ApprovalRequest {
  return {
    id: readId(item),
    key: readText(item, 'Begarannyckel') ?? `sp-${readId(item)}`,
    planId: readLookupId(item, 'Plan') ?? 0,
    periodKey: readText(item, 'Period') ?? '',
    shapeId: readText(item, 'RapportformId') ?? '',
    note: readText(item, 'Meddelande'),
    deadline: fromSharePointDate(item.Svarsdatum),
    contentHash: readText(item, 'Kontrollsumma') ?? '',
    requester: requiredPerson(item, 'Author'),
    requestedAt: created(item),
    approvers: [],
    rule: 'any'
  };
}

/** An IKGodkannanden withdrawal or reminder item. */
export function eventFromItem(item: ListItemJson): ApprovalEvent | undefined {
  const kind = readText(item, 'Handelse');
  const mapped = kind === REQUEST_EVENT_VALUES.withdrawn ? 'withdrawn' : kind === REQUEST_EVENT_VALUES.reminded ? 'reminded' : undefined;
  if (mapped === undefined) {
    return undefined;
  }
  return {
    id: readId(item),
    key: readKey(item),
    requestKey: readText(item, 'Begarannyckel') ?? '',
    kind: mapped,
    note: readText(item, 'Meddelande'),
    actor: requiredPerson(item, 'Author'),
    at: created(item)
  };
}

/** An IKBeslut item as a decision; the snapshot is the parts joined. */
export function decisionFromItem(item: ListItemJson): ApprovalDecision {
  const parts = SNAPSHOT_COLUMNS.map((column) => (typeof item[column] === 'string' ? (item[column] as string) : ''));
  const snapshot = parts.join('');
  return {
    id: readId(item),
    key: readKey(item),
    requestKey: readText(item, 'Begarannyckel') ?? '',
    planId: readLookupId(item, 'Plan') ?? 0,
    periodKey: readText(item, 'Period') ?? '',
    outcome: readText(item, 'Beslutsutfall') === DECISION_VALUES.approved ? 'approved' : 'returned',
    comment: readText(item, 'Beslutskommentar'),
    forApprover: personOf(item.ForGodkannare),
    contentHash: readText(item, 'Kontrollsumma') ?? '',
    snapshot: snapshot === '' ? undefined : snapshot,
    decider: requiredPerson(item, 'Author'),
    decidedAt: created(item)
  };
}

/**
 * A text cut into parts of at most `max` UTF-16 code units, never between the two halves of a
 * surrogate pair (SharePoint would store a lone half as U+FFFD); joined, the parts are the text.
 */
export function chunkText(text: string, max: number): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + max, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) {
      end -= 1;
    }
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}

/** A snapshot as written: the decision's snapshot columns, and what continues in IKOgonblicksbilder. */
export interface SplitSnapshot {
  /** Values of the decision's snapshot columns. */
  columns: Record<string, string>;
  /** The further parts, in order (empty when the columns hold it all). */
  overflow: string[];
}

/** The snapshot over the decision's four columns and, beyond them, further parts of the same size. */
export function splitSnapshot(snapshot: string): SplitSnapshot {
  const parts = chunkText(snapshot, SNAPSHOT_PART_MAX);
  const columns: Record<string, string> = {};
  SNAPSHOT_COLUMNS.forEach((column, index) => {
    if (parts[index] !== undefined) {
      columns[column] = parts[index];
    }
  });
  return { columns, overflow: parts.slice(SNAPSHOT_COLUMNS.length) };
}

/** Whether a decision item's last snapshot column is in use, so that parts may continue it. */
export function mayContinue(item: ListItemJson): boolean {
  const last = item[SNAPSHOT_COLUMNS[SNAPSHOT_COLUMNS.length - 1]];
  return typeof last === 'string' && last !== '';
}

/** The Title of a snapshot part: the decision's key and the part's number (1, 2, …). */
export function snapshotPartTitle(decisionKey: string, index: number): string {
  return `${decisionKey}#${index}`;
}

/** `$select` of IKOgonblicksbilder. */
export const SNAPSHOT_PARTS_QUERY = { select: ['Id', 'Title', 'Begarannyckel', 'Ogonblicksbildsdel'], expand: [] as string[] };

/** The parts of a decision's snapshot among the part items, joined in their numbers' order. */
export function joinSnapshotParts(decisionKey: string, items: readonly ListItemJson[]): string {
  const prefix = `${decisionKey}#`;
  return items
    .map((item) => ({ title: readText(item, 'Title') ?? '', text: typeof item.Ogonblicksbildsdel === 'string' ? item.Ogonblicksbildsdel : '' }))
    .filter((part) => part.title.startsWith(prefix) && /^\d+$/.test(part.title.slice(prefix.length)))
    .sort((a, b) => Number(a.title.slice(prefix.length)) - Number(b.title.slice(prefix.length)))
    .map((part) => part.text)
    .join('');
}

/** The deadline as written to the date-only column. */
export function deadlineField(deadline: string | undefined): unknown {
  return toSharePointDate(deadline);
}
