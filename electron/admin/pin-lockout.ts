/**
 * The back-off after wrong PINs: the first 4 are free, the 5th locks the pad for 30 s,
 * each further wrong PIN doubles the wait, up to 15 minutes. The count and the lock
 * are stored with the settings, so restarting the kiosk does not reset them.
 */
import { z } from 'zod';

export const FREE_ATTEMPTS = 4;
export const FIRST_LOCK_MS = 30_000;
export const MAX_LOCK_MS = 15 * 60_000;

export const lockoutStateSchema = z
  .object({
    failures: z.number().int().min(0).max(1_000_000),
    lockedUntil: z.number().int().min(0).nullable(),
  })
  .strict();
export type LockoutState = z.infer<typeof lockoutStateSchema>;

export const NO_LOCKOUT: LockoutState = { failures: 0, lockedUntil: null };

/** How long the pad stays locked after the `failures`-th wrong PIN in a row. */
export function lockDurationMs(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  const doublings = Math.min(failures - FREE_ATTEMPTS - 1, 20);
  return Math.min(FIRST_LOCK_MS * 2 ** doublings, MAX_LOCK_MS);
}

/** The state after one more wrong PIN at time `now`. */
export function afterFailure(state: LockoutState, now: number): LockoutState {
  const failures = state.failures + 1;
  const duration = lockDurationMs(failures);
  return { failures, lockedUntil: duration > 0 ? now + duration : null };
}

/**
 * When the pad opens again, or null when it is open. A lock further ahead than the
 * longest back-off means the clock went backwards; it is cut to the longest back-off
 * so a clock change cannot lock staff out for days.
 */
export function lockedUntil(state: LockoutState, now: number): number | null {
  if (state.lockedUntil === null || state.lockedUntil <= now) return null;
  return Math.min(state.lockedUntil, now + MAX_LOCK_MS);
}
