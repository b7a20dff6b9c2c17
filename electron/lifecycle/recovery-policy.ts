/**
 * How the kiosk heals: reload the page after a crash or a hang, but if that happens
 * more than three times in ten minutes, something reloading cannot fix is wrong, so
 * relaunch the whole app instead.
 */
export const RECOVERY_LIMIT = 3;
export const RECOVERY_WINDOW_MS = 10 * 60 * 1000;

export type RecoveryAction = 'reload' | 'relaunch';

export function createRecoveryPolicy(options: {
  now: () => number;
  limit?: number;
  windowMs?: number;
}) {
  const limit = options.limit ?? RECOVERY_LIMIT;
  const windowMs = options.windowMs ?? RECOVERY_WINDOW_MS;
  let recent: number[] = [];
  return {
    /** Records one recovery now and says what it should be. */
    next(): RecoveryAction {
      const now = options.now();
      recent = [...recent.filter((time) => now - time < windowMs), now];
      return recent.length > limit ? 'relaunch' : 'reload';
    },
  };
}
