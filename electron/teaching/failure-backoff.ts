/**
 * The same back-off as the staff PIN: after 5 wrong codes in a row, wait 30 s, then
 * twice as long after each further wrong code, at most 15 minutes. A right code clears it.
 *
 * The state uses the PIN's record and rules (`admin/pin-lockout.ts`). In the app it is
 * kept in the settings file beside the PIN's (`settingsBackoffStore`), so restarting
 * the kiosk does not hand out fresh attempts.
 */
import {
  afterFailure,
  lockDurationMs,
  MAX_LOCK_MS,
  NO_LOCKOUT,
  type LockoutState,
} from '../admin/pin-lockout';
import type { SettingsStore } from '../settings/settings-store';

export type BackoffState = LockoutState;

export interface BackoffStore {
  load(): BackoffState;
  save(state: BackoffState): void;
}

/** For tests of the session alone: forgotten when the process ends. */
export function memoryBackoffStore(): BackoffStore {
  let state: BackoffState = NO_LOCKOUT;
  return { load: () => state, save: (next) => (state = next) };
}

/** The teaching code's back-off, in the settings file's staff-access records (never sent to the renderer). */
export function settingsBackoffStore(
  settings: Pick<SettingsStore, 'readAdmin' | 'writeAdmin'>,
): BackoffStore {
  const load = () => settings.readAdmin().teachingLockout ?? NO_LOCKOUT;
  return {
    load,
    // Only on change: a rewrite of the same record would date every teaching session in the file's times.
    save: (state) => {
      const stored = load();
      if (stored.failures !== state.failures || stored.lockedUntil !== state.lockedUntil) {
        settings.writeAdmin({ teachingLockout: state });
      }
    },
  };
}

/** How long the pad waits after the `failures`-th wrong code in a row. */
export function lockDuration(failures: number): number {
  return lockDurationMs(failures);
}

export function createFailureBackoff(options: { store: BackoffStore; now: () => number }) {
  const { store, now } = options;

  /**
   * The stored state. A lock further ahead than the longest back-off means the clock
   * went back: it is cut to the longest back-off (and saved so), so a clock change
   * cannot shut staff out of teaching mode for days.
   */
  function current(): BackoffState {
    const state = store.load();
    if (state.lockedUntil !== null && state.lockedUntil > now() + MAX_LOCK_MS) {
      const fixed = { ...state, lockedUntil: now() + MAX_LOCK_MS };
      store.save(fixed);
      return fixed;
    }
    return state;
  }

  return {
    /** Milliseconds until the next attempt is allowed; 0 when it is allowed now. */
    waitMs(): number {
      const { lockedUntil } = current();
      return lockedUntil === null ? 0 : Math.max(0, lockedUntil - now());
    },
    /**
     * Starts one check. It is counted as a failure at once, so pulling the plug while
     * scrypt runs gives no free attempt; the caller then says how it ended.
     */
    begin(): { failed(): void; succeeded(): void } {
      const before = current();
      // A guessing run is counted before the answer, so a crash mid-check gives no free
      // attempt. From a clean record the first check is not: its answer is never shown
      // if the kiosk dies, and a write on every right code would date each session.
      if (before.failures > 0) store.save(afterFailure(before, now()));
      return {
        // The wait runs from the answer, however long a busy machine took to check.
        failed: () => store.save(afterFailure(before, now())),
        succeeded: () => store.save(NO_LOCKOUT),
      };
    },
    recordFailure(): void {
      store.save(afterFailure(current(), now()));
    },
    recordSuccess(): void {
      store.save(NO_LOCKOUT);
    },
  };
}

export type FailureBackoff = ReturnType<typeof createFailureBackoff>;
