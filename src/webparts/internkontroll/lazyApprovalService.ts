import type { IApprovalService } from '../../approvals/IApprovalService';

/**
 * The approval service, loaded on the first call of any of its methods (all return promises):
 * the approvals data layer stays out of the web part's first chunk, which the first paint of a
 * plan does not need.
 */
export function lazyApprovalService(load: () => Promise<IApprovalService>): IApprovalService {
  let loading: Promise<IApprovalService> | undefined;
  const service = (): Promise<IApprovalService> => {
    if (loading === undefined) {
      loading = load();
      // A failed load is tried again on the next call, not remembered.
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  };
  return new Proxy({} as IApprovalService, {
    get: (_target, name: string | symbol) =>
      // Not a thenable, and no symbol methods: only the service's own calls are passed on.
      typeof name !== 'string' || name === 'then'
        ? undefined
        : (...args: unknown[]) =>
            service().then((loaded) => (loaded[name as keyof IApprovalService] as unknown as (...a: unknown[]) => Promise<unknown>).apply(loaded, args))
  });
}
