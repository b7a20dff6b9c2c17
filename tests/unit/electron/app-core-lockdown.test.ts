import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/app-core';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../electron/settings/settings-schema';
import { fakeLog } from './fakes';

const ORIGIN = 'app://bedside';
const PAGE = { url: `${ORIGIN}/index.html`, isMainFrame: true };

function core(quit?: () => void) {
  const store: Record<string, unknown> = {};
  const log = fakeLog();
  const appCore = createAppCore({
    origin: ORIGIN,
    rendererRoot: '/nonexistent',
    builtInPackRoot: '/nonexistent',
    openSettings: () => ({ store, set: (values: Record<string, unknown>) => Object.assign(store, values) }),
    // Nothing is on disk here: the recovery check finds no file and no last-good copy.
    settingsPath: '/nonexistent/settings.json',
    policyPath: '/nonexistent/policy.json',
    log,
    quit,
  });
  return { appCore, log };
}

describe('app core: kiosk lockdown', () => {
  it('tells every idle-reset listener when the page reset itself', async () => {
    const { appCore, log } = core();
    const heard: string[] = [];
    const stop = appCore.onIdleReset(() => heard.push('admin'));
    appCore.onIdleReset(() => {
      throw new Error('listener bug');
    });
    appCore.onIdleReset(() => heard.push('teaching'));
    expect(await appCore.router.handle('session:idle-reset', undefined, PAGE)).toEqual({
      ok: true,
      value: null,
    });
    stop();
    await appCore.router.handle('session:idle-reset', undefined, PAGE);
    expect(heard).toEqual(['admin', 'teaching', 'teaching']);
    expect(log.lines).toContain('[error] session: an idle-reset listener failed: listener bug');
  });

  it('refuses an idle reset from anywhere but the kiosk page', async () => {
    const { appCore } = core();
    let heard = 0;
    appCore.onIdleReset(() => heard++);
    const result = await appCore.router.handle('session:idle-reset', undefined, {
      url: 'app://evil/index.html',
      isMainFrame: true,
    });
    expect(result).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(heard).toBe(0);
  });

  it('keeps the kiosk open until allowExit, which quits', () => {
    let quits = 0;
    const { appCore } = core(() => quits++);
    expect(appCore.closeGuard.isExitAllowed()).toBe(false);
    appCore.closeGuard.allowExit();
    expect([appCore.closeGuard.isExitAllowed(), quits]).toEqual([true, 1]);
  });

  it('publishes the night hours to the page, and keeps the active hours in the main process', () => {
    const { appCore } = core();
    expect(appCore.settings.getPublic()).toMatchObject({ nightStart: '22:00', nightEnd: '06:00' });
    expect(appCore.settings.getPublic()).not.toHaveProperty('activeStart');
  });
});

describe('settings schema: kiosk hours', () => {
  it.each(['00:00', '06:30', '23:59', '24:00'])('accepts %s', (time) => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, nightStart: time }).success).toBe(true);
  });
  it.each(['24:01', '6:00', '25:00', '12:60', 'noon', '', '22:00 '])('refuses %j', (time) => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, nightStart: time }).success).toBe(false);
  });
});
