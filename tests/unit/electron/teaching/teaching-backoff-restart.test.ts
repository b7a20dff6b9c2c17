/**
 * The teaching code's back-off survives a restart, like the staff PIN's: a new app
 * core over the same settings file finds the count and the lock where they were.
 */
import Conf from 'conf';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCore } from '../../../../electron/app-core';
import { MAX_LOCK_MS } from '../../../../electron/admin/pin-lockout';
import { createMemoryLog } from '../../../../electron/log';
import { hashSecret } from '../../../../electron/settings/secret-hash';

const CHEAP = { N: 2 ** 14, r: 8, p: 1 };
const SENDER = { url: 'app://bedside/index.html', isMainFrame: true };

let dir: string;
let clock: number;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bedside-teaching-restart-'));
  clock = Date.UTC(2026, 10, 26, 3, 0, 0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const settingsFile = () => path.join(dir, 'settings.json');

/** One start of the kiosk: a new core over the same settings file. */
function boot() {
  const core = createAppCore({
    origin: 'app://bedside',
    rendererRoot: dir,
    builtInPackRoot: dir,
    openSettings: () =>
      new Conf<Record<string, unknown>>({
        cwd: dir,
        configName: 'settings',
        projectName: 'p',
        clearInvalidConfig: false,
      }),
    settingsPath: settingsFile(),
    policyPath: path.join(dir, 'no-policy.json'),
    log: createMemoryLog(),
    secretCost: CHEAP,
    now: () => clock,
  });
  const start = (code: string) => core.router.handle('teaching:start', { code }, SENDER);
  return { core, start };
}

async function setCode(core: ReturnType<typeof boot>['core'], code: string) {
  core.settings.update({
    teaching: { ...core.settings.get().teaching, codeHash: await hashSecret(code, CHEAP) },
  });
}

describe('teaching code back-off across a restart', () => {
  it('keeps the count and the lock in the settings file, so a restart opens nothing', async () => {
    const first = boot();
    await setCode(first.core, '2468');
    for (let i = 0; i < 4; i++) {
      expect(await first.start('1357')).toEqual({
        ok: true,
        value: { ok: false, reason: 'wrong-code' },
      });
    }
    expect(await first.start('1357')).toEqual({
      ok: true,
      value: { ok: false, reason: 'locked', retryAfterSeconds: 30 },
    });

    // Restart: the lock is read back, and even the right code waits.
    const second = boot();
    expect(await second.start('2468')).toEqual({
      ok: true,
      value: { ok: false, reason: 'locked', retryAfterSeconds: 30 },
    });
    expect(second.core.teaching.isActive()).toBe(false);

    // The count survived too: the next wrong code after the wait doubles it.
    clock += 30_000;
    const third = boot();
    expect(await third.start('1357')).toEqual({
      ok: true,
      value: { ok: false, reason: 'locked', retryAfterSeconds: 60 },
    });
    clock += 60_000;
    expect(await boot().start('2468')).toMatchObject({ ok: true, value: { ok: true } });
    expect(boot().core.settings.readAdmin().teachingLockout).toEqual({
      failures: 0,
      lockedUntil: null,
    });
  });

  it('keeps it with the staff records, apart from the PIN, out of what the renderer sees', async () => {
    const { core, start } = boot();
    await setCode(core, '2468');
    for (let i = 0; i < 5; i++) await start('1357');
    const file = JSON.parse(readFileSync(settingsFile(), 'utf8')) as Record<string, unknown>;
    expect(file.teachingLockout).toEqual({ failures: 5, lockedUntil: clock + 30_000 });
    expect(file.adminLockout).toBeUndefined();
    expect(JSON.stringify(file.teaching)).not.toContain('lockedUntil');
    expect(JSON.stringify(core.settings.getPublic())).not.toContain('lockedUntil');
    expect(
      JSON.stringify(await core.router.handle('teaching:status', undefined, SENDER)),
    ).not.toMatch(/lockedUntil|failures/);
    // The staff PIN's own back-off is untouched by wrong teaching codes.
    expect(core.admin.status()).toMatchObject({ failures: 0, retryAt: null });
  });

  it('cuts a lock the clock went back on to the longest back-off, after a restart too', async () => {
    const first = boot();
    await setCode(first.core, '2468');
    for (let i = 0; i < 5; i++) await first.start('1357');
    // The clock is set back a day (a lock now looks a day and 30 s away).
    clock -= 86_400_000;
    const second = boot();
    expect(await second.start('2468')).toEqual({
      ok: true,
      value: { ok: false, reason: 'locked', retryAfterSeconds: MAX_LOCK_MS / 1000 },
    });
    expect(second.core.settings.readAdmin().teachingLockout).toEqual({
      failures: 5,
      lockedUntil: clock + MAX_LOCK_MS,
    });
    clock += MAX_LOCK_MS;
    expect(await boot().start('2468')).toMatchObject({ ok: true, value: { ok: true } });
  });
});
