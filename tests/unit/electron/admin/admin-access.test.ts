import Conf from 'conf';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdminAccess, SESSION_IDLE_MS } from '../../../../electron/admin/admin-access';
import { lockDurationMs } from '../../../../electron/admin/pin-lockout';
import { pinProblem } from '../../../../electron/admin/pin-rules';
import { createAdminHandlers } from '../../../../electron/ipc/admin-handlers';
import { HandlerRefusal } from '../../../../electron/ipc/router';
import { createMemoryLog } from '../../../../electron/log';
import type { SecretHash } from '../../../../electron/settings/secret-hash';
import { createSettingsStore } from '../../../../electron/settings/settings-store';

let dir: string;
let clock: number;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bedside-admin-'));
  clock = Date.UTC(2026, 10, 26, 3, 0, 0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// A stand-in for scrypt, so the back-off schedule can be walked quickly; secret-hash.test.ts covers scrypt.
const fakeHash = async (pin: string): Promise<SecretHash> => ({
  algorithm: 'scrypt', N: 16384, r: 8, p: 1, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: Buffer.from(pin.padEnd(32, '#')).toString('base64'),
});
const fakeVerify = async (pin: string, stored: unknown) => (await fakeHash(pin)).hash === (stored as SecretHash).hash;

function boot() {
  const settings = createSettingsStore({
    backend: new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'p', clearInvalidConfig: false }),
    log: createMemoryLog(),
  });
  const log = createMemoryLog();
  const access = createAdminAccess({ settings, log, now: () => clock, hash: fakeHash, verify: fakeVerify, setTimer: () => ({ cancel() {} }) });
  return { settings, access, log };
}

describe('PIN rules', () => {
  it.each([
    ['12345', 'too-short'], ['123456789', 'too-long'], ['12a456', 'not-digits'], ['000000', 'same-digit'],
    ['77777777', 'same-digit'], ['123456', 'straight-run'], ['987654', 'straight-run'], ['890123', 'straight-run'],
    ['482913', null], ['1234567a', 'not-digits'], ['135790', null],
  ])('%s → %s', (pin, problem) => expect(pinProblem(pin)).toBe(problem));
});

describe('PIN back-off', () => {
  it('locks after 5 wrong PINs for 30 s, doubling to at most 15 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 40].map(lockDurationMs)).toEqual([
      0, 0, 0, 0, 30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000,
    ]);
  });

  it('counts failures and the lock across a restart, and a right PIN clears them', async () => {
    const first = boot();
    expect((await first.access.setFirstPin('482913')).ok).toBe(true);
    first.access.end('done');
    for (let i = 1; i <= 4; i++) expect(await first.access.unlock('000001')).toMatchObject({ reason: 'wrong', failures: i, retryAt: null });
    expect(await first.access.unlock('000001')).toMatchObject({ reason: 'wrong', failures: 5, retryAt: clock + 30_000 });
    // Restart: a new process reads the count and the lock from the settings file.
    const second = boot();
    expect(second.access.status()).toMatchObject({ failures: 5, retryAt: clock + 30_000, session: false });
    expect(await second.access.unlock('482913')).toEqual({ ok: false, reason: 'locked', retryAt: clock + 30_000 });
    clock += 30_000;
    expect(await second.access.unlock('000001')).toMatchObject({ failures: 6, retryAt: clock + 60_000 });
    clock += 60_000;
    expect(await second.access.unlock('482913')).toEqual({ ok: true });
    expect(second.access.status()).toMatchObject({ failures: 0, retryAt: null, session: true });
  });

  it('opens teaching mode with the PIN under the same back-off, without an admin session', async () => {
    const { access } = boot();
    await access.setFirstPin('482913');
    access.end('done');
    expect(await access.verifyPinForTeaching('482913')).toBe(true);
    expect(access.isOpen()).toBe(false);
    // A teaching code's shape (not 6 to 8 digits) is not a PIN guess: not counted.
    expect(await access.verifyPinForTeaching('1234')).toBe(false);
    expect(access.status().failures).toBe(0);
    // Wrong PINs on the teaching pad lock the panel's pad too, and the other way round.
    for (let i = 0; i < 3; i++) expect(await access.verifyPinForTeaching('000001')).toBe(false);
    for (let i = 0; i < 2; i++) await access.unlock('000001');
    expect(access.status()).toMatchObject({ failures: 5, retryAt: clock + 30_000 });
    expect(await access.verifyPinForTeaching('482913')).toBe(false);
  });

  it('never writes the PIN to the settings file or the log', async () => {
    const { access, log } = boot();
    await access.setFirstPin('482913');
    await access.unlock('556677');
    expect(readFileSync(path.join(dir, 'settings.json'), 'utf8')).not.toContain('482913');
    expect(log.lines.join('\n')).not.toMatch(/482913|556677/);
  });

  it('refuses trivial first PINs with a reason, and a second first PIN', async () => {
    const { access } = boot();
    expect(await access.setFirstPin('123456')).toEqual({ ok: false, reason: 'straight-run' });
    expect(await access.setFirstPin('482913')).toEqual({ ok: true });
    expect(await access.setFirstPin('918273')).toEqual({ ok: false, reason: 'already-set' });
  });

  it('cuts a lock the clock moved far ahead back to the longest back-off', async () => {
    const { access, settings } = boot();
    settings.writeAdmin({ adminLockout: { failures: 9, lockedUntil: clock + 86_400_000 } });
    expect(access.status().retryAt).toBe(clock + 15 * 60_000);
  });
});

describe('admin session', () => {
  it('is held in main: admin channels refuse without it and work with it', async () => {
    const { access, settings } = boot();
    const handlers = createAdminHandlers({
      access, settings, about: () => ({ appVersion: '1', logPath: null, settingsPath: null, lastRecovery: null, storage: null, policy: { status: 'none', path: '' } }),
      transfer: { listPlaces: () => [], listFiles: () => [], exportTo: () => ({ ok: false, reason: 'place-gone' }), importFrom: () => ({ ok: false, reason: 'place-gone' }) },
      exitKiosk: () => undefined,
    });
    const sender = { url: 'app://bedside/index.html', isMainFrame: true };
    expect(() => handlers['admin:get-settings'](undefined, sender)).toThrow(HandlerRefusal);
    expect(() => handlers['admin:save']({ patch: { wardName: 'X' } }, sender)).toThrow(HandlerRefusal);
    await access.setFirstPin('482913');
    expect(await handlers['admin:save']({ patch: { wardName: 'X' } }, sender)).toMatchObject({ ok: true });
    handlers['admin:end'](undefined, sender);
    expect(() => handlers['admin:about'](undefined, sender)).toThrow(HandlerRefusal);
  });

  it('ends after 5 minutes without staff input, and input keeps it open', async () => {
    const { access } = boot();
    await access.setFirstPin('482913');
    clock += SESSION_IDLE_MS - 1000;
    expect(access.touch()).toBe(true);
    clock += SESSION_IDLE_MS - 1000;
    expect(access.isOpen()).toBe(true);
    clock += 2000;
    expect(access.isOpen()).toBe(false);
    expect(() => access.requireSession()).toThrow(HandlerRefusal);
  });

  it('ends on the idle reset and tells listeners why', async () => {
    const { access } = boot();
    const reasons: string[] = [];
    access.onSessionEnd((reason) => reasons.push(reason));
    await access.setFirstPin('482913');
    access.end('idle-reset');
    expect(access.isOpen()).toBe(false);
    expect(reasons).toEqual(['idle-reset']);
  });

  it('stays shut while the fleet policy is malformed', async () => {
    const settings = createSettingsStore({
      backend: new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'p', clearInvalidConfig: false }),
      log: createMemoryLog(),
    });
    const access = createAdminAccess({ settings, log: createMemoryLog(), hash: fakeHash, verify: fakeVerify, panelLock: () => 'policy-not-json' });
    expect(await access.setFirstPin('482913')).toEqual({ ok: false, reason: 'panel-locked' });
    expect(access.status().panelLock).toBe('policy-not-json');
  });
});
