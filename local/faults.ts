/**
 * Fault injection for tests and benchmarks: throttling answers (429 or 503 with
 * `Retry-After`) for a share of requests or for the next N requests, and added latency.
 * Configured per core instance and changeable at run time (`/_local/faults` on the server).
 */

/** Fault settings. All optional; the defaults inject nothing. */
export interface FaultSettings {
  /** Share of requests (0–1) answered with a throttling status. */
  readonly throttleShare?: number;
  /** The next N requests are throttled regardless of the share (counted down). */
  readonly throttleNext?: number;
  /** Status of a throttled answer: 429 (default) or 503. */
  readonly throttleStatus?: 429 | 503;
  /** Seconds in `Retry-After` (0 allowed for fast tests). Default 1. */
  readonly retryAfterSeconds?: number;
  /** Milliseconds added before every request is handled. */
  readonly latencyMs?: number;
  /** Seed of the pseudo-random draw behind `throttleShare`, for repeatable runs. */
  readonly seed?: number;
}

/** What to do with one request. */
export interface FaultDecision {
  /** Milliseconds to wait first. */
  readonly delayMs: number;
  /** A throttling answer to give instead of handling the request. */
  readonly throttle?: { readonly status: 429 | 503; readonly retryAfterSeconds: number };
}

/** Counters of what the core saw, for tests and benchmarks. */
export interface FaultCounters {
  /** Requests that reached the core (each retry counts). */
  requests: number;
  /** Requests answered with a throttling status. */
  throttled: number;
}

/** A small deterministic PRNG (mulberry32) so a seeded share repeats exactly. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function validated(settings: FaultSettings): FaultSettings {
  const share = settings.throttleShare ?? 0;
  if (!(share >= 0 && share <= 1)) {
    throw new RangeError('throttleShare must be between 0 and 1');
  }
  if (settings.throttleStatus !== undefined && settings.throttleStatus !== 429 && settings.throttleStatus !== 503) {
    throw new RangeError('throttleStatus must be 429 or 503');
  }
  for (const key of ['throttleNext', 'retryAfterSeconds', 'latencyMs'] as const) {
    const value = settings[key];
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`${key} must be a non-negative number`);
    }
  }
  return settings;
}

/** The fault injector of one core. */
export class FaultInjector {
  private settings: FaultSettings = {};
  private remainingThrottles: number = 0;
  private random: () => number = Math.random;
  /** What the core has seen since creation (or the last `resetCounters`). */
  public readonly counters: FaultCounters = { requests: 0, throttled: 0 };

  public constructor(settings: FaultSettings = {}) {
    this.configure(settings);
  }

  /** Replaces the settings. */
  public configure(settings: FaultSettings): void {
    this.settings = validated({ ...settings });
    this.remainingThrottles = settings.throttleNext ?? 0;
    this.random = settings.seed === undefined ? Math.random : mulberry32(settings.seed);
  }

  /** The current settings, with the remaining forced throttles. */
  public current(): FaultSettings {
    return { ...this.settings, throttleNext: this.remainingThrottles };
  }

  /** Zeroes the counters. */
  public resetCounters(): void {
    this.counters.requests = 0;
    this.counters.throttled = 0;
  }

  /** Decides the fate of one incoming request and counts it. */
  public decide(): FaultDecision {
    this.counters.requests++;
    const delayMs = this.settings.latencyMs ?? 0;
    let throttled = false;
    if (this.remainingThrottles > 0) {
      this.remainingThrottles--;
      throttled = true;
    } else if ((this.settings.throttleShare ?? 0) > 0 && this.random() < (this.settings.throttleShare ?? 0)) {
      throttled = true;
    }
    if (!throttled) {
      return { delayMs };
    }
    this.counters.throttled++;
    return {
      delayMs,
      throttle: { status: this.settings.throttleStatus ?? 429, retryAfterSeconds: this.settings.retryAfterSeconds ?? 1 }
    };
  }
}
