/**
 * Reads what "Att rapportera" needs, in two batches, every query filtered on an indexed column
 * so none hits the list view threshold however many plans the site holds:
 * 1. the beslutade plans of this year and last (`PlanStatus`, `Ar`), and — for one person —
 *    the kontrollmoment and åtgärder naming them (`AnsvarigPersonId eq n`,
 *    `RapporteringsansvarigPersonId eq n`: four queries, one indexed column each, rather than
 *    an `or` across two columns that SharePoint may refuse to narrow);
 *    for everyone (the samordnare's view), the plans' kontrollmoment and åtgärder (`PlanId eq n`);
 * 2. the follow-ups of the plans concerned (`PlanId eq n`).
 * The duty rule itself is the model's (`reportingOccasions`).
 */
import { SPFI, SPQueryable } from '@pnp/sp';
import { JSONParse } from '@pnp/queryable';
import type { IItems } from '@pnp/sp/items';
import type { FollowUpStatus, PlanStatus, Resultat } from '../../model/choices';
import type { Period } from '../../model/periods';
import { richTextToPlainText } from '../../model/richText';
import { DutyFollowUp, DutyItem, DutyPlan, reportingOccasions, ReportingOccasion } from '../../model/reportingDuties';
import { runBatch } from '../batchWrites';
import { fromSharePointDate, ListItemJson, personSelect, readId, readKey, readLookupId, readNumber, readPerson, readText } from '../fields';
import { toDataError } from '../httpErrors';
import type { ReportingDutiesRequest } from '../InternkontrollService';
import { odataString, PAGE_SIZE, readPage } from '../ListRepository';
import { LIST_TITLES, OBJEKTTYP_VALUES } from '../schema/listNames';

const PERSON_COLUMNS = ['AnsvarigPerson', 'RapporteringsansvarigPerson'];

const PLAN_COLUMNS = ['Id', 'IdempotencyKey', 'Namnd', 'Ar', 'PlanStatus', 'Perioder'];

const ITEM_COLUMNS: Record<DutyItem['kind'], string[]> = {
  kontrollmoment: ['Id', 'IdempotencyKey', 'PlanId', 'Nr', 'Beskrivning', 'Startdatum', 'Slutdatum', ...PERSON_COLUMNS.flatMap(personSelect)],
  atgard: ['Id', 'IdempotencyKey', 'PlanId', 'Title', 'AtgardStatus', 'Startdatum', 'Slutdatum', ...PERSON_COLUMNS.flatMap(personSelect)]
};

const FOLLOW_UP_COLUMNS = ['Id', 'PlanId', 'Objekttyp', 'KontrollmomentId', 'AtgardId', 'Period', 'UppfoljningStatus', 'Resultat'];

const ITEM_LISTS: Record<DutyItem['kind'], string> = { kontrollmoment: LIST_TITLES.kontrollmoment, atgard: LIST_TITLES.atgarder };

/** One query's rows, following `odata.nextLink` when a query has more than 5 000. */
async function allRows(sp: SPFI, first: ListItemJson[], nextLink: string | undefined): Promise<ListItemJson[]> {
  const rows = first.slice();
  let next = nextLink;
  while (next !== undefined) {
    // The link repeats the query with SharePoint's paging token; it is sent as given.
    const page = await SPQueryable([sp.web, next]).using(JSONParse())<unknown>().then(readPage);
    rows.push(...page.rows);
    next = page.nextLink;
  }
  return rows;
}

function planOf(row: ListItemJson): DutyPlan | undefined {
  let perioder: Period[] = [];
  try {
    perioder = JSON.parse(readText(row, 'Perioder') ?? '[]') as Period[];
  } catch {
    return undefined;
  }
  return {
    id: readId(row),
    key: readKey(row),
    namnd: readText(row, 'Namnd') ?? '',
    ar: readNumber(row, 'Ar') ?? 0,
    status: (readText(row, 'PlanStatus') ?? 'Utkast') as PlanStatus,
    perioder: Array.isArray(perioder) ? perioder : []
  };
}

function itemOf(kind: DutyItem['kind'], row: ListItemJson): DutyItem {
  const item: DutyItem = {
    kind,
    planId: readLookupId(row, 'Plan') ?? 0,
    id: readId(row),
    key: readKey(row),
    text: kind === 'kontrollmoment' ? richTextToPlainText(readText(row, 'Beskrivning')).replace(/\s+/g, ' ').trim() : readText(row, 'Title') ?? ''
  };
  const nr = readNumber(row, 'Nr');
  const status = readText(row, 'AtgardStatus');
  const start = fromSharePointDate(row.Startdatum);
  const slut = fromSharePointDate(row.Slutdatum);
  const ansvarig = readPerson(row, 'AnsvarigPerson');
  const rapportering = readPerson(row, 'RapporteringsansvarigPerson');
  if (kind === 'kontrollmoment' && nr !== undefined) {
    item.nr = nr;
  }
  if (kind === 'atgard' && status !== undefined) {
    item.status = status as FollowUpStatus;
  }
  if (start !== undefined) {
    item.startdatum = start;
  }
  if (slut !== undefined) {
    item.slutdatum = slut;
  }
  if (ansvarig !== undefined) {
    item.ansvarigPerson = ansvarig;
  }
  if (rapportering !== undefined) {
    item.rapporteringsansvarigPerson = rapportering;
  }
  return item;
}

/** Reads the plans, items and follow-ups and applies the duty rule; see the module comment. */
export async function loadReportingOccasions(sp: SPFI, request: ReportingDutiesRequest): Promise<ReportingOccasion[]> {
  const year = Number(request.today.slice(0, 4));
  const context = { entity: 'plan' as const, action: 'read' as const };
  const items = (kind: DutyItem['kind'], batched: SPFI): IItems =>
    batched.web.lists
      .getByTitle(ITEM_LISTS[kind])
      .items.select(...ITEM_COLUMNS[kind])
      .expand(...PERSON_COLUMNS)
      .top(PAGE_SIZE);
  const page = (query: IItems): Promise<{ rows: ListItemJson[]; nextLink?: string }> => query.using(JSONParse())<unknown>().then(readPage);

  try {
    // Batch 1: the plans, and the person's items when one person is asked for.
    const planFilter = `PlanStatus eq ${odataString('Beslutad')} and Ar ge ${year - 1} and Ar le ${year}`;
    const first: Array<{ kind?: DutyItem['kind']; run: (batched: SPFI) => Promise<{ rows: ListItemJson[]; nextLink?: string }> }> = [
      {
        run: (batched) => page(batched.web.lists.getByTitle(LIST_TITLES.planer).items.select(...PLAN_COLUMNS).filter(planFilter).top(PAGE_SIZE))
      }
    ];
    if (request.personId !== undefined) {
      for (const kind of ['kontrollmoment', 'atgard'] as const) {
        for (const column of PERSON_COLUMNS) {
          first.push({ kind, run: (batched) => page(items(kind, batched).filter(`${column}Id eq ${request.personId}`)) });
        }
      }
    }
    const answers = await runBatch(sp, first.map((query) => query.run));
    const rowsOf = async (index: number): Promise<ListItemJson[]> => {
      const answer = answers[index];
      if (!answer.ok) {
        throw answer.error;
      }
      return allRows(sp, answer.value.rows, answer.value.nextLink);
    };
    const plans = (await rowsOf(0)).map(planOf).filter((plan): plan is DutyPlan => plan !== undefined);
    const planIds = new Set(plans.map((plan) => plan.id));
    const found = new Map<string, DutyItem>();
    for (let i = 1; i < first.length; i++) {
      for (const row of await rowsOf(i)) {
        const item = itemOf(first[i].kind as DutyItem['kind'], row);
        if (planIds.has(item.planId)) {
          found.set(`${item.kind}:${item.id}`, item);
        }
      }
    }

    // Batch 2: the follow-ups of the plans concerned (and, for everyone, the plans' items).
    const concerned = request.personId !== undefined ? Array.from(new Set(Array.from(found.values()).map((item) => item.planId))) : plans.map((plan) => plan.id);
    const second: Array<{ kind?: DutyItem['kind']; run: (batched: SPFI) => Promise<{ rows: ListItemJson[]; nextLink?: string }> }> = [];
    for (const planId of concerned) {
      second.push({
        run: (batched) =>
          page(batched.web.lists.getByTitle(LIST_TITLES.uppfoljningar).items.select(...FOLLOW_UP_COLUMNS).filter(`PlanId eq ${planId}`).top(PAGE_SIZE))
      });
      if (request.personId === undefined) {
        for (const kind of ['kontrollmoment', 'atgard'] as const) {
          second.push({ kind, run: (batched) => page(items(kind, batched).filter(`PlanId eq ${planId}`)) });
        }
      }
    }
    const more = await runBatch(sp, second.map((query) => query.run));
    const followUpRows: ListItemJson[] = [];
    for (let i = 0; i < second.length; i++) {
      const answer = more[i];
      if (!answer.ok) {
        throw answer.error;
      }
      const rows = await allRows(sp, answer.value.rows, answer.value.nextLink);
      const kind = second[i].kind;
      if (kind === undefined) {
        followUpRows.push(...rows);
      } else {
        rows.map((row) => itemOf(kind, row)).forEach((item) => found.set(`${item.kind}:${item.id}`, item));
      }
    }

    // Follow-ups point at items by lookup id; the duties know items by key.
    const keyById = new Map<string, string>();
    found.forEach((item) => keyById.set(`${item.kind}:${item.id}`, item.key));
    const followUps: DutyFollowUp[] = [];
    for (const row of followUpRows) {
      const objekttyp = readText(row, 'Objekttyp');
      const kind: DutyItem['kind'] | undefined =
        objekttyp === OBJEKTTYP_VALUES.kontrollmoment ? 'kontrollmoment' : objekttyp === OBJEKTTYP_VALUES.atgard ? 'atgard' : undefined;
      const targetId = kind === 'kontrollmoment' ? readLookupId(row, 'Kontrollmoment') : kind === 'atgard' ? readLookupId(row, 'Atgard') : undefined;
      const key = kind !== undefined && targetId !== undefined ? keyById.get(`${kind}:${targetId}`) : undefined;
      if (kind === undefined || key === undefined) {
        continue;
      }
      const followUp: DutyFollowUp = { planId: readLookupId(row, 'Plan') ?? 0, targetType: kind, targetKey: key, periodKey: readText(row, 'Period') ?? '' };
      const status = readText(row, 'UppfoljningStatus');
      const resultat = readText(row, 'Resultat');
      if (status !== undefined) {
        followUp.status = status as FollowUpStatus;
      }
      if (resultat !== undefined) {
        followUp.resultat = resultat as Resultat;
      }
      followUps.push(followUp);
    }
    return reportingOccasions({ plans, items: Array.from(found.values()), followUps, today: request.today });
  } catch (error) {
    throw toDataError(error, context);
  }
}
