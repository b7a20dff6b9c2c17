import { describe, expect, it } from 'vitest';
import { createMemoryLog } from '../../../../electron/log';
import {
  createFailureBackoff,
  memoryBackoffStore,
} from '../../../../electron/teaching/failure-backoff';
import { createTeachingSession } from '../../../../electron/teaching/teaching-session';
import {
  DEFAULT_TEACHING_SETTINGS,
  type TeachingSettings,
} from '../../../../electron/teaching/teaching-settings';
import type { TeachingStatus } from '../../../../electron/ipc/contract';

/** A fake hash: "hash:<code>". The real scrypt is tested in tests/unit/settings/secret-hash.test.ts. */
function setup(options: { codeHash?: string | null; pin?: string } = {}) {
  let now = 0;
  const settings = {
    ...DEFAULT_TEACHING_SETTINGS,
    codeHash: options.codeHash === undefined ? 'hash:2468' : options.codeHash,
  } as unknown as TeachingSettings;
  const log = createMemoryLog();
  const events: TeachingStatus[] = [];
  const session = createTeachingSession({
    settings: () => settings,
    verifySecret: async (secret, stored) => stored === `hash:${secret}`,
    verifyStaffPin: options.pin ? async (pin) => pin === options.pin : undefined,
    backoff: createFailureBackoff({ store: memoryBackoffStore(), now: () => now }),
    log,
  });
  session.onChange((status) => events.push(status));
  return { session, log, events, advance: (ms: number) => (now += ms) };
}

describe('teaching session', () => {
  it('opens with the ward code and hands out the options, never the hash', async () => {
    const { session, events } = setup();
    expect(session.status()).toEqual({ active: false });
    const result = await session.start('2468');
    expect(result.ok).toBe(true);
    expect(session.isActive()).toBe(true);
    expect(JSON.stringify(result)).not.toContain('hash');
    expect(JSON.stringify(session.status())).not.toContain('hash');
    expect(events).toEqual([session.status()]);
  });

  it('opens with the staff PIN too, once the admin panel provides it', async () => {
    const { session, log } = setup({ codeHash: null, pin: '90817263' });
    expect(await session.start('2468')).toEqual({ ok: false, reason: 'wrong-code' });
    expect((await session.start('90817263')).ok).toBe(true);
    expect(log.lines.join('\n')).toContain('staff PIN');
    expect(log.lines.join('\n')).not.toContain('90817263');
  });

  it('says when no code is set, and stays closed', async () => {
    const { session } = setup({ codeHash: null });
    expect(await session.start('2468')).toEqual({ ok: false, reason: 'not-set' });
    expect(session.isActive()).toBe(false);
  });

  it('backs off after 5 wrong codes, even for the right one', async () => {
    const { session, advance, log } = setup();
    for (let i = 0; i < 4; i++)
      expect(await session.start('1357')).toEqual({ ok: false, reason: 'wrong-code' });
    expect(await session.start('1357')).toEqual({
      ok: false,
      reason: 'locked',
      retryAfterSeconds: 30,
    });
    expect(await session.start('2468')).toEqual({
      ok: false,
      reason: 'locked',
      retryAfterSeconds: 30,
    });
    advance(30_000);
    expect((await session.start('2468')).ok).toBe(true);
    expect(log.lines.join('\n')).not.toMatch(/1357|2468/);
  });

  it('takes parallel guesses one at a time, so none slips past the back-off', async () => {
    const { session } = setup();
    const results = await Promise.all(Array.from({ length: 8 }, () => session.start('1357')));
    expect(results.filter((r) => !r.ok && r.reason === 'wrong-code')).toHaveLength(4);
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(4);
  });

  it('ends on Done, the idle reset or a reload, telling the window once', async () => {
    for (const reason of ['done', 'staff-left', 'idle-reset', 'reload'] as const) {
      const { session, events, log } = setup();
      await session.start('2468');
      session.end(reason);
      session.end(reason);
      expect(session.status()).toEqual({ active: false });
      expect(events.at(-1)).toEqual({ active: false });
      expect(events).toHaveLength(2);
      expect(log.lines.at(-1)).toContain(`ended (${reason})`);
    }
  });
});
