import { EventEmitter } from 'node:events';
import type { App, BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { createCloseGuard } from '../../../../electron/window/close-guard';
import { FakeEvent, fakeLog } from '../fakes';

function setup() {
  const log = fakeLog();
  let quits = 0;
  const guard = createCloseGuard({ log, quit: () => void quits++ });
  const window = new EventEmitter();
  const app = new EventEmitter();
  guard.guardWindow(window as unknown as BrowserWindow);
  guard.guardApp(app as unknown as App);
  return { guard, window, app, log, quits: () => quits };
}

describe('close guard', () => {
  it('refuses to close the window or quit the app', () => {
    const { window, app, log } = setup();
    const close = new FakeEvent();
    const quit = new FakeEvent();
    window.emit('close', close);
    app.emit('before-quit', quit);
    expect([close.defaultPrevented, quit.defaultPrevented]).toEqual([true, true]);
    expect(log.lines).toEqual([
      '[warn] lockdown: refused to close the kiosk window',
      '[warn] lockdown: refused to quit',
    ]);
  });

  it('lets both through once staff chose "Exit kiosk", and quits', () => {
    const { guard, window, app, quits } = setup();
    guard.allowExit();
    const close = new FakeEvent();
    const quit = new FakeEvent();
    window.emit('close', close);
    app.emit('before-quit', quit);
    expect([close.defaultPrevented, quit.defaultPrevented]).toEqual([false, false]);
    expect(guard.isExitAllowed()).toBe(true);
    expect(quits()).toBe(1);
  });
});
