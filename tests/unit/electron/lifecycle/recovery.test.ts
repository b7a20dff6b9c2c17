import { describe, expect, it } from 'vitest';
import {
  createRecoveryPolicy,
  RECOVERY_WINDOW_MS,
} from '../../../../electron/lifecycle/recovery-policy';
import {
  HANG_CRASH_WAIT_MS,
  watchRenderer,
} from '../../../../electron/lifecycle/renderer-recovery';
import { FakeWebContents, fakeLog } from '../fakes';

const START = 'app://bedside/index.html';
const MINUTE = 60_000;

function setup() {
  let now = 0;
  const contents = new FakeWebContents();
  const app = { relaunches: [] as string[] };
  const log = fakeLog();
  const timers: Array<[() => void, number]> = [];
  watchRenderer(contents.asElectron(), {
    startUrl: START,
    policy: createRecoveryPolicy({ now: () => now }),
    relaunch: (why) => void app.relaunches.push(why),
    log,
    setTimer: (run, ms) => void timers.push([run, ms]),
  });
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { contents, app, log, settle, timers, advance: (ms: number) => (now += ms) };
}

describe('recovery policy', () => {
  it('reloads three times in ten minutes, then relaunches', () => {
    let now = 0;
    const policy = createRecoveryPolicy({ now: () => now });
    const actions = [0, 1, 2, 3].map(() => {
      now += MINUTE;
      return policy.next();
    });
    expect(actions).toEqual(['reload', 'reload', 'reload', 'relaunch']);
  });

  it('forgets recoveries older than ten minutes', () => {
    let now = 0;
    const policy = createRecoveryPolicy({ now: () => now });
    policy.next();
    policy.next();
    policy.next();
    now += RECOVERY_WINDOW_MS;
    expect(policy.next()).toBe('reload');
  });
});

describe('renderer recovery', () => {
  it.each(['crashed', 'killed', 'oom', 'launch-failed', 'integrity-failure'])(
    'reloads the welcome page when the renderer is gone (%s)',
    async (reason) => {
      const { contents, log, settle } = setup();
      contents.emit('render-process-gone', {}, { reason, exitCode: 1 });
      await settle();
      expect(contents.loadedUrls).toEqual([START]);
      expect(log.lines).toEqual([
        `[warn] recovery: the page's renderer is gone (${reason}); reloading the guide`,
      ]);
    },
  );

  it('ignores a clean exit (the app is quitting)', () => {
    const { contents } = setup();
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(contents.loadedUrls).toEqual([]);
  });

  it('ends a hang by crashing the renderer, reloads only once it is gone, and counts one recovery', async () => {
    const { contents, settle, timers } = setup();
    contents.emit('unresponsive');
    // On Linux the crash is only requested: a load now could land in the dying renderer.
    expect(contents.crashedByUs).toBe(1);
    expect(contents.loadedUrls).toEqual([]);
    contents.emit('unresponsive');
    expect(contents.crashedByUs).toBe(1);
    contents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 1 });
    await settle();
    expect(contents.loadedUrls).toEqual([START]);
    // The fallback timer finds the hang handled and does nothing more.
    timers[0]?.[0]();
    await settle();
    expect(contents.loadedUrls).toEqual([START]);
  });

  it('reloads anyway when a hung renderer never reports itself gone', async () => {
    const { contents, settle, timers, log } = setup();
    contents.emit('unresponsive');
    expect(timers.map(([, ms]) => ms)).toEqual([HANG_CRASH_WAIT_MS]);
    timers[0]?.[0]();
    await settle();
    expect(contents.loadedUrls).toEqual([START]);
    expect(log.lines.at(-1)).toMatch(/did not report itself gone; reloading the guide/);
  });

  it('reloads again when the renderer dies during a reload (never a dead page)', async () => {
    const { contents, settle } = setup();
    contents.loadResult = new Promise(() => undefined);
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await settle();
    expect(contents.loadedUrls).toEqual([START, START]);
  });

  it('relaunches the app on the fourth recovery in ten minutes', async () => {
    const { contents, app, log, settle, advance } = setup();
    for (let i = 0; i < 4; i++) {
      advance(2 * MINUTE);
      contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
      await settle();
    }
    expect(contents.loadedUrls).toHaveLength(3);
    expect(app.relaunches).toEqual(['too many renderer recoveries']);
    expect(log.lines.at(-1)).toMatch(/relaunching the app/);
  });

  it('logs a failed reload instead of throwing', async () => {
    const { contents, log, settle } = setup();
    contents.loadResult = Promise.reject(new Error('ERR_FAILED'));
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await settle();
    await settle();
    expect(log.lines.at(-1)).toBe('[error] recovery: reload failed: ERR_FAILED');
  });
});
