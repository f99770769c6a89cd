/**
 * Reads and appends the items of the approval lists. Nothing here edits or deletes: the lists
 * are append-only for every product group (LIST_ROLES), and the service never needs more.
 */
import type { SPFI } from '@pnp/sp';
import { SPQueryable } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { JSONParse } from '@pnp/queryable';
import type { ApprovalDecision, ApprovalEvent, ApprovalPerson, ApprovalRequest, DeputyAppointment, PlanApprovers } from '../../approvals/types';
import type { ListItemJson } from '../fields';
import { toDataError } from '../httpErrors';
import { odataString, PAGE_SIZE, readPage } from '../ListRepository';
import { APPROVAL_LIST_TITLES } from '../schema/listNames';
import { ROLE_GROUPS } from '../security/roles';
import {
  APPROVERS_QUERY,
  decisionFromItem,
  DECISIONS_QUERY,
  deputyFromItem,
  DEPUTIES_QUERY,
  eventFromItem,
  isRequestItem,
  joinSnapshotParts,
  mayContinue,
  planApproversFromItem,
  SNAPSHOT_PARTS_QUERY,
  requestFromItem,
  REQUESTS_QUERY
} from './approvalMapping';

/** Everything recorded about the requests of a scope (a plan, or the whole site). */
export interface ApprovalRecords {
  /** Every version of the approvers of the plans in scope. */
  approverVersions: PlanApprovers[];
  /** Every deputy appointment. */
  deputies: DeputyAppointment[];
  /** The requests, the first request item of each key (a later item with the same key is ignored). */
  requests: ApprovalRequest[];
  /** Withdrawals and reminders. */
  events: ApprovalEvent[];
  /** Decisions. */
  decisions: ApprovalDecision[];
}

/** What to read: one plan (and optionally one period), or every plan. */
export interface RecordScope {
  /** The plan's item id. */
  planId?: number;
  /** The period's key (with `planId`). */
  periodKey?: string;
  /** One request's key. */
  requestKey?: string;
}

/** The append-only store of the approval flow. */
export class ApprovalRepository {
  private readonly sp: SPFI;

  /** A repository over the site's approval lists. */
  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  private async readAll(title: string, query: { select: string[]; expand: string[] }, filter?: string): Promise<ListItemJson[]> {
    try {
      let items = this.sp.web.lists
        .getByTitle(title)
        .items.select(...query.select)
        .expand(...query.expand)
        .top(PAGE_SIZE);
      if (filter !== undefined) {
        items = items.filter(filter);
      }
      let page = await items.using(JSONParse())().then(readPage);
      const rows = [...page.rows];
      while (page.nextLink !== undefined) {
        page = await SPQueryable([this.sp.web, page.nextLink]).using(JSONParse())().then(readPage);
        rows.push(...page.rows);
      }
      return rows;
    } catch (error) {
      throw toDataError(error, { entity: 'approval', action: 'read' });
    }
  }

  /** The records of a scope, in four reads. */
  public async records(scope: RecordScope = {}): Promise<ApprovalRecords> {
    const filters: string[] = [];
    if (scope.requestKey !== undefined) {
      filters.push(`Begarannyckel eq ${odataString(scope.requestKey)}`);
    }
    if (scope.planId !== undefined) {
      filters.push(`PlanId eq ${scope.planId}`);
    }
    if (scope.periodKey !== undefined) {
      filters.push(`Period eq ${odataString(scope.periodKey)}`);
    }
    const filter = filters.length > 0 ? filters.join(' and ') : undefined;
    const [approverItems, deputyItems, requestItems, decisionItems] = await Promise.all([
      this.readAll(APPROVAL_LIST_TITLES.godkannare, APPROVERS_QUERY, scope.planId !== undefined ? `PlanId eq ${scope.planId}` : undefined),
      this.readAll(APPROVAL_LIST_TITLES.ersattare, DEPUTIES_QUERY),
      this.readAll(APPROVAL_LIST_TITLES.godkannanden, REQUESTS_QUERY, filter),
      this.readAll(APPROVAL_LIST_TITLES.beslut, DECISIONS_QUERY, filter)
    ]);
    const requests = new Map<string, ApprovalRequest>();
    requestItems
      .filter(isRequestItem)
      .map(requestFromItem)
      .sort((a, b) => a.id - b.id)
      .forEach((request) => {
        if (!requests.has(request.key)) {
          requests.set(request.key, request);
        }
      });
    return {
      approverVersions: approverItems.map(planApproversFromItem),
      deputies: deputyItems.map(deputyFromItem),
      requests: [...requests.values()],
      events: requestItems.map(eventFromItem).filter((e): e is ApprovalEvent => e !== undefined),
      decisions: await this.withSnapshotParts(decisionItems)
    };
  }

  /**
   * The decisions of the items, a snapshot that fills every column continued with its parts
   * from IKOgonblicksbilder (read only then, one read per request). A reader trusts the
   * snapshot only when its SHA-256 is the decision's hash, so a missing part shows as no snapshot.
   */
  private async withSnapshotParts(items: ListItemJson[]): Promise<ApprovalDecision[]> {
    const decisions = items.map(decisionFromItem);
    const continued = decisions.filter((decision, index) => decision.snapshot !== undefined && mayContinue(items[index]));
    const requestKeys = [...new Set(continued.map((d) => d.requestKey))];
    const parts = new Map<string, ListItemJson[]>();
    for (const requestKey of requestKeys) {
      parts.set(requestKey, await this.snapshotParts(requestKey));
    }
    return decisions.map((decision) =>
      continued.includes(decision) ? { ...decision, snapshot: `${decision.snapshot ?? ''}${joinSnapshotParts(decision.key, parts.get(decision.requestKey) ?? [])}` } : decision
    );
  }

  private async snapshotParts(requestKey: string): Promise<ListItemJson[]> {
    try {
      return await this.readAll(APPROVAL_LIST_TITLES.ogonblicksbilder, SNAPSHOT_PARTS_QUERY, `Begarannyckel eq ${odataString(requestKey)}`);
    } catch (error) {
      // A site set up before the parts list came holds no parts.
      if ((error as { kind?: string }).kind === 'not-found') {
        return [];
      }
      throw error;
    }
  }

  /** Every version of a plan's approvers. */
  public async approverVersions(planId: number): Promise<PlanApprovers[]> {
    return (await this.readAll(APPROVAL_LIST_TITLES.godkannare, APPROVERS_QUERY, `PlanId eq ${planId}`)).map(planApproversFromItem);
  }

  /** Every deputy appointment. */
  public async deputies(): Promise<DeputyAppointment[]> {
    return (await this.readAll(APPROVAL_LIST_TITLES.ersattare, DEPUTIES_QUERY)).map(deputyFromItem);
  }

  /** Appends an item to one of the approval lists; returns its id. */
  public async add(title: string, fields: Record<string, unknown>, action: 'create' | 'manage' = 'create'): Promise<number> {
    try {
      const added = (await this.sp.web.lists.getByTitle(title).items.add(fields)) as { Id?: number; ID?: number };
      return (added.Id ?? added.ID) as number;
    } catch (error) {
      throw toDataError(error, { entity: 'approval', action });
    }
  }

  /** The signed-in user. */
  public async currentUser(): Promise<ApprovalPerson> {
    try {
      const user = await this.sp.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')<{ Id: number; Title: string; Email?: string; LoginName?: string }>();
      return { id: user.Id, title: user.Title, email: user.Email || undefined, loginName: user.LoginName };
    } catch (error) {
      throw toDataError(error, { entity: 'approval', action: 'read' });
    }
  }

  /** A site user's display name, for a message; the id itself when the user is unknown. */
  public async userTitle(id: number): Promise<string> {
    try {
      const user = await this.sp.web.siteUsers.getById(id).select('Title')<{ Title: string }>();
      return user.Title;
    } catch {
      return `användare ${id}`;
    }
  }

  /** The members of the godkännare group. */
  public async approverGroupMembers(): Promise<ApprovalPerson[]> {
    try {
      const users = await this.sp.web.siteGroups
        .getByName(ROLE_GROUPS.godkannare.title)
        .users.select('Id', 'Title', 'Email', 'LoginName')<Array<{ Id: number; Title: string; Email?: string; LoginName?: string }>>();
      return users.map((u) => ({ id: u.Id, title: u.Title, email: u.Email || undefined, loginName: u.LoginName }));
    } catch (error) {
      throw toDataError(error, { entity: 'approval', action: 'read' });
    }
  }
}
