import { EventEmitter } from 'node:events';
import type { App, BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { createKioskExit, EXIT_FALLBACK_MS } from '../../../../electron/lifecycle/exit-kiosk';
import { letOperatingSystemStop, STOP_SIGNALS } from '../../../../electron/lifecycle/os-stop';
import { createCloseGuard } from '../../../../electron/window/close-guard';
import { FakeEvent, fakeLog } from '../fakes';

class FakeWindow {
  constructor(public closable: boolean) {}
  setClosable(closable: boolean) {
    this.closable = closable;
  }
  isDestroyed() {
    return false;
  }
}

/**
 * app.quit() as each platform does it: on Windows and macOS a window with
 * `closable: false` cancels the quit (electron#5891, by design); Linux ignores closable.
 */
function platformApp(platform: NodeJS.Platform, windows: FakeWindow[]) {
  const state = { quit: false, exitCodes: [] as number[] };
  return {
    state,
    app: {
      quit: () => {
        const honoursClosable = platform === 'win32' || platform === 'darwin';
        if (honoursClosable && windows.some((window) => !window.closable)) return;
        state.quit = true;
      },
      exit: (code = 0) => void state.exitCodes.push(code),
    },
  };
}

function exitOn(platform: NodeJS.Platform) {
  const windows = [new FakeWindow(false)];
  const { app, state } = platformApp(platform, windows);
  const timers: Array<[() => void, number]> = [];
  const exit = createKioskExit({
    app: app as unknown as App,
    windows: () => windows as unknown as BrowserWindow[],
    setTimer: (run, ms) => void timers.push([run, ms]),
    log: fakeLog(),
  });
  return { exit, state, timers, windows };
}

describe('Exit kiosk', () => {
  for (const platform of ['win32', 'linux', 'darwin'] as const) {
    it(`quits on ${platform}, where the kiosk window was made with closable: false`, () => {
      const { exit, state, windows } = exitOn(platform);
      exit();
      expect(state.quit).toBe(true);
      expect(windows[0]?.closable).toBe(true);
    });
  }

  it('ends the process with app.exit when the quit did not happen in 5 seconds', () => {
    const { exit, state, timers } = exitOn('win32');
    exit();
    expect(timers.map(([, ms]) => ms)).toEqual([EXIT_FALLBACK_MS]);
    timers[0]?.[0]();
    expect(state.exitCodes).toEqual([0]);
  });

  it('a second press does nothing more', () => {
    const { exit, timers } = exitOn('linux');
    exit();
    exit();
    expect(timers).toHaveLength(1);
  });
});

/** An app that is already ready, as whenReady() answers it then. */
function readyApp() {
  return { whenReady: () => Promise.resolve() } as unknown as App;
}

/**
 * `process` as Node runs it: the OS handler (sigaction) is installed when a signal gets its
 * first listener, and only then; `installs` counts those.
 */
class NodeLikeSignals extends EventEmitter {
  readonly installs: Record<string, number> = { SIGTERM: 0, SIGINT: 0, SIGHUP: 0 };
  constructor() {
    super();
    this.on('newListener', (type: string) => {
      if (type in this.installs && this.listenerCount(type) === 0) this.installs[type]! += 1;
    });
  }
}

describe('the operating system stops the kiosk', () => {
  it('installs its own OS handler after ready even when a module already listened from the start', async () => {
    const signals = new NodeLikeSignals();
    const heardByOthers: string[] = [];
    // when-exit, bundled under electron-store, listens at load: its watcher predates Electron's handler.
    for (const signal of STOP_SIGNALS) signals.once(signal, () => heardByOthers.push(signal));
    expect(signals.installs).toEqual({ SIGTERM: 1, SIGINT: 1, SIGHUP: 1 });
    const stops: string[] = [];
    await letOperatingSystemStop(readyApp(), signals as never, {
      allowStopBy: (signal) => void stops.push(signal),
      log: fakeLog(),
    });
    // A second install, made after ready, is the one that replaces Electron's handler.
    expect(signals.installs).toEqual({ SIGTERM: 2, SIGINT: 2, SIGHUP: 2 });
    signals.emit('SIGTERM');
    expect(stops).toEqual(['SIGTERM']);
    expect(heardByOthers).toEqual(['SIGTERM']);
    expect(signals.listenerCount('SIGINT')).toBe(2);
  });

  it('listens for the signals only once the app is ready, after Electron installed its own handlers', async () => {
    let ready: () => void = () => undefined;
    const app = { whenReady: () => new Promise<void>((resolve) => (ready = resolve)) };
    const signals = new EventEmitter();
    const listening = letOperatingSystemStop(app as unknown as App, signals as never, {
      allowStopBy: () => undefined,
      log: fakeLog(),
    });
    await new Promise((resolve) => setImmediate(resolve));
    // A sigaction made now would be replaced by Electron's a moment later.
    expect(STOP_SIGNALS.map((signal) => signals.listenerCount(signal))).toEqual([0, 0, 0]);
    ready();
    await listening;
    expect(STOP_SIGNALS.map((signal) => signals.listenerCount(signal))).toEqual([1, 1, 1]);
  });

  async function guarded() {
    const log = fakeLog();
    let quits = 0;
    const guard = createCloseGuard({ log, quit: () => void quits++ });
    const app = new EventEmitter();
    const window = new EventEmitter();
    guard.guardApp(app as unknown as App);
    guard.guardWindow(window as unknown as BrowserWindow);
    const signals = new EventEmitter();
    await letOperatingSystemStop(readyApp(), signals as never, {
      allowStopBy: (signal) => guard.allowStopBy(signal),
      log,
    });
    return { app, window, signals, log, quits: () => quits };
  }

  for (const signal of STOP_SIGNALS) {
    it(`lets ${signal} through the before-quit guard and quits`, async () => {
      const { app, window, signals, quits, log } = await guarded();
      signals.emit(signal);
      const quit = new FakeEvent();
      const close = new FakeEvent();
      app.emit('before-quit', quit);
      window.emit('close', close);
      expect([quit.defaultPrevented, close.defaultPrevented]).toEqual([false, false]);
      expect(quits()).toBe(1);
      expect(log.lines).toContain(`[info] kiosk: stopping on ${signal} from the operating system`);
    });
  }

  it('still refuses a quit no signal asked for', async () => {
    const { app } = await guarded();
    const quit = new FakeEvent();
    app.emit('before-quit', quit);
    expect(quit.defaultPrevented).toBe(true);
  });
});
