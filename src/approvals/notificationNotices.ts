/**
 * Notification failures on their way from the approval service to the UI: the host passes
 * `report` as the service's `onNotificationError` and gives the channel to the App, which shows
 * each failure as a notice that blocks nothing (the record is already saved).
 */

/** Where notification failures are published and heard. */
export interface NotificationNotices {
  /** Publishes a failure (the approval service's `onNotificationError`). */
  report(error: unknown): void;
  /** Listens for failures; returns the function that stops listening. */
  subscribe(listener: (error: unknown) => void): () => void;
}

/** A channel of notification failures. */
export function createNotificationNotices(): NotificationNotices {
  const listeners = new Set<(error: unknown) => void>();
  return {
    report: (error) => listeners.forEach((listener) => listener(error)),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    }
  };
}
