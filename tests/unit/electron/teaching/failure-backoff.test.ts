import { describe, expect, it } from 'vitest';
import {
  createFailureBackoff,
  lockDuration,
  memoryBackoffStore,
} from '../../../../electron/teaching/failure-backoff';

describe('failure back-off', () => {
  it('lets 4 wrong codes pass, then waits 30 s, doubling up to 15 minutes', () => {
    expect([1, 2, 3, 4].map(lockDuration)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 40].map(lockDuration)).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000,
    ]);
  });

  it('counts down on the clock and clears on success', () => {
    let now = 1_000_000;
    const backoff = createFailureBackoff({ store: memoryBackoffStore(), now: () => now });
    for (let i = 0; i < 4; i++) backoff.recordFailure();
    expect(backoff.waitMs()).toBe(0);
    backoff.recordFailure();
    expect(backoff.waitMs()).toBe(30_000);
    now += 29_000;
    expect(backoff.waitMs()).toBe(1_000);
    now += 1_000;
    expect(backoff.waitMs()).toBe(0);
    backoff.recordFailure();
    expect(backoff.waitMs()).toBe(60_000);
    backoff.recordSuccess();
    expect(backoff.waitMs()).toBe(0);
    backoff.recordFailure();
    expect(backoff.waitMs()).toBe(0);
  });

  it('counts a check as failed before it ends, so a crash mid-check gives no free attempt', () => {
    const now = 1_000_000;
    const store = memoryBackoffStore();
    const backoff = createFailureBackoff({ store, now: () => now });
    for (let i = 0; i < 4; i++) backoff.recordFailure();
    backoff.begin();
    // The process dies here, during the check: the fifth failure is already stored.
    expect(store.load()).toEqual({ failures: 5, lockedUntil: now + 30_000 });
    const again = createFailureBackoff({ store, now: () => now });
    expect(again.waitMs()).toBe(30_000);
  });

  it('settles a failed check once, from the time of the answer', () => {
    let now = 1_000_000;
    const store = memoryBackoffStore();
    const backoff = createFailureBackoff({ store, now: () => now });
    for (let i = 0; i < 4; i++) backoff.recordFailure();
    const check = backoff.begin();
    now += 2_000; // a slow scrypt
    check.failed();
    expect(store.load()).toEqual({ failures: 5, lockedUntil: now + 30_000 });
    backoff.begin().succeeded();
    expect(store.load()).toEqual({ failures: 0, lockedUntil: null });
  });

  it('cuts a lock the clock moved far ahead back to the longest back-off, and saves it so', () => {
    let now = 1_000_000;
    const store = memoryBackoffStore();
    store.save({ failures: 9, lockedUntil: now + 86_400_000 });
    const backoff = createFailureBackoff({ store, now: () => now });
    expect(backoff.waitMs()).toBe(15 * 60_000);
    expect(store.load()).toEqual({ failures: 9, lockedUntil: now + 15 * 60_000 });
    now += 15 * 60_000;
    expect(backoff.waitMs()).toBe(0);
  });
});
