/**
 * The same back-off as the staff PIN: after 5 wrong codes in a row, wait 30 s, then
 * twice as long after each further wrong code, at most 15 minutes. A right code clears it.
 */
export const FREE_ATTEMPTS = 5;
export const FIRST_LOCK_MS = 30_000;
export const MAX_LOCK_MS = 15 * 60_000;

export interface BackoffState {
  failures: number;
  lockedUntil: number;
}

export interface BackoffStore {
  load(): BackoffState;
  save(state: BackoffState): void;
}

export function memoryBackoffStore(): BackoffStore {
  let state: BackoffState = { failures: 0, lockedUntil: 0 };
  return { load: () => state, save: (next) => (state = next) };
}

export function lockDuration(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - FREE_ATTEMPTS));
}

export function createFailureBackoff(options: { store: BackoffStore; now: () => number }) {
  const { store, now } = options;
  return {
    /** Milliseconds until the next attempt is allowed; 0 when it is allowed now. */
    waitMs(): number {
      return Math.max(0, store.load().lockedUntil - now());
    },
    recordFailure(): void {
      const failures = store.load().failures + 1;
      const lock = lockDuration(failures);
      store.save({ failures, lockedUntil: lock > 0 ? now() + lock : 0 });
    },
    recordSuccess(): void {
      store.save({ failures: 0, lockedUntil: 0 });
    },
  };
}

export type FailureBackoff = ReturnType<typeof createFailureBackoff>;
