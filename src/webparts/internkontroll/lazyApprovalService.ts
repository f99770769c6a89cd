import type { IApprovalService } from '../../approvals/IApprovalService';

/**
 * A service whose module loads on the first call of any of its methods (all return promises):
 * the approvals data layer and the notifications stay out of the web part's first chunk, which
 * the first paint of a plan does not need.
 */
export function lazyService<T extends object>(load: () => Promise<T>): T {
  let loading: Promise<T> | undefined;
  const service = (): Promise<T> => {
    if (loading === undefined) {
      loading = load();
      // A failed load is tried again on the next call, not remembered.
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  };
  return new Proxy({} as T, {
    get: (_target, name: string | symbol) =>
      // Not a thenable, and no symbol methods: only the service's own calls are passed on.
      typeof name !== 'string' || name === 'then'
        ? undefined
        : (...args: unknown[]) =>
            service().then((loaded) => (loaded[name as keyof T] as unknown as (...a: unknown[]) => Promise<unknown>).apply(loaded, args))
  });
}

/** The approval service, loaded on its first call (see `lazyService`). */
export function lazyApprovalService(load: () => Promise<IApprovalService>): IApprovalService {
  return lazyService(load);
}
