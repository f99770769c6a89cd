/**
 * The data service on a test target as the contract tests set it up: retries that do not wait,
 * and a site with the product's lists and roles, the users in their groups.
 */
import type { IInternkontrollService } from '../../src/data/InternkontrollService';
import { createInternkontrollService, type InternkontrollServiceOptions } from '../../src/data/PnpInternkontrollService';
import type { TestTarget } from './target';

/** Retries without waiting: a throttled request is tried 4 times, an ambiguous create 3. */
export const FAST: InternkontrollServiceOptions = {
  retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 5, sleep: async () => undefined },
  createRetry: { attempts: 3, delayMs: 0, sleep: async () => undefined }
};

/**
 * The first setup of a site, as its owner does it: the data service as the samordnare creates
 * the lists and the product's roles, then the users join their groups. Returns that service.
 */
export async function provisionedService(target: TestTarget, options?: InternkontrollServiceOptions): Promise<IInternkontrollService> {
  const service = createInternkontrollService(target.sp('samordnare'), options);
  await service.ensureLists();
  await target.joinRoleGroups();
  return service;
}
