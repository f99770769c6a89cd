/**
 * What the service's capabilities share: the SPFI (host behaviours plus the retry), the
 * repositories, the create retry, the plan cache and the create guard. The facade
 * (`PnpInternkontrollService`) makes one and hands it to each capability.
 */
import type { SPFI } from '@pnp/sp';
import { DataError, UnexpectedError } from '../errors';
import { OperationContext, toDataError } from '../httpErrors';
import type { CreateRetryOptions } from '../ListRepository';
import { UnresolvedReferenceError } from '../PlanRefs';
import type { PlanViewRepositories } from '../PlanViewLoader';
import type { CreateGuard } from './CreateGuard';
import type { PlanCache } from './PlanCache';

/** The shared state of one service. */
export interface ServiceContext {
  /** The SPFI every request goes through. */
  readonly sp: SPFI;
  /** The repositories of the lists. */
  readonly repos: PlanViewRepositories;
  /** Retry of creates after an ambiguous failure. */
  readonly createRetry: CreateRetryOptions;
  /** The loaded plans. */
  readonly plans: PlanCache;
  /** Guard of ambiguous creates and undo of created items. */
  readonly creates: CreateGuard;
}

/** Any error as a DataError; a parent that is not stored is a validation problem of the caller's data. */
export function asDataError(error: unknown, context: OperationContext): DataError {
  if (error instanceof UnresolvedReferenceError) {
    return new UnexpectedError(error.message);
  }
  return toDataError(error, context);
}
