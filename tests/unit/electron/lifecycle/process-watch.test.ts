import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  catchUncaughtErrors,
  watchChildProcesses,
} from '../../../../electron/lifecycle/process-watch';
import { claimSingleInstance } from '../../../../electron/lifecycle/single-instance';
import { applyKioskSwitches } from '../../../../electron/lifecycle/command-line';
import { FakeApp, fakeLog } from '../fakes';

describe('single instance', () => {
  it('hands over to the running kiosk when the lock is taken', () => {
    const app = new FakeApp();
    app.lockAvailable = false;
    expect(claimSingleInstance(app.asElectron(), { focus: () => undefined, log: fakeLog() })).toBe(
      false,
    );
  });

  it('brings the kiosk to the front when a second launch is refused', () => {
    const app = new FakeApp();
    let focused = 0;
    expect(
      claimSingleInstance(app.asElectron(), { focus: () => void focused++, log: fakeLog() }),
    ).toBe(true);
    app.emit('second-instance', {}, [], '/');
    expect(focused).toBe(1);
  });
});

describe('process watch', () => {
  it('logs a child process that died', () => {
    const app = new FakeApp();
    const log = fakeLog();
    watchChildProcesses(app.asElectron(), { log });
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 133 });
    expect(log.lines).toEqual(['[warn] recovery: child process GPU gone (crashed, exit code 133)']);
  });

  it('logs uncaught errors and rejections (only their message) instead of a modal dialog', () => {
    const source = new EventEmitter();
    const log = fakeLog();
    catchUncaughtErrors(source as never, { log, onUncaught: () => undefined });
    source.emit('uncaughtException', new Error('boom'));
    source.emit('unhandledRejection', new Error('late boom'));
    source.emit('unhandledRejection', { pin: '1234' });
    expect(log.lines).toEqual([
      '[error] main: uncaught error: boom',
      '[error] main: unhandled rejection: late boom',
      '[error] main: unhandled rejection: non-error value',
    ]);
  });

  it('recovers from an uncaught error (the kiosk starts afresh), not from a stray rejection', () => {
    const source = new EventEmitter();
    const recovered: string[] = [];
    catchUncaughtErrors(source as never, { log: fakeLog(), onUncaught: (message) => recovered.push(message) });
    source.emit('unhandledRejection', new Error('one task failed'));
    expect(recovered).toEqual([]);
    source.emit('uncaughtException', new Error('state is broken'));
    expect(recovered).toEqual(['state is broken']);
  });
});

describe('command line', () => {
  it('turns off swipe navigation and pinch zoom', () => {
    const app = new FakeApp();
    applyKioskSwitches(app.commandLine as never);
    expect(app.switches).toEqual([
      ['disable-features', 'OverscrollHistoryNavigation'],
      ['overscroll-history-navigation', '0'],
      ['disable-pinch', undefined],
    ]);
  });

  it("keeps IT's --disable-features and adds the kiosk's to it", () => {
    const app = new FakeApp();
    app.commandLine.appendSwitch('disable-features', 'Vulkan,OverscrollHistoryNavigation');
    applyKioskSwitches(app.commandLine as never);
    expect(app.commandLine.getSwitchValue('disable-features')).toBe(
      'Vulkan,OverscrollHistoryNavigation',
    );
    const other = new FakeApp();
    other.commandLine.appendSwitch('disable-features', 'UseChromeOSDirectVideoDecoder');
    applyKioskSwitches(other.commandLine as never);
    expect(other.commandLine.getSwitchValue('disable-features')).toBe(
      'UseChromeOSDirectVideoDecoder,OverscrollHistoryNavigation',
    );
  });
});
