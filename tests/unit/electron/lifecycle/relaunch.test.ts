import type { App } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  attemptOf,
  CALM_MS,
  createRelauncher,
  delayBefore,
  FIRST_DELAY_MS,
  MAX_DELAY_MS,
  planRelaunch,
  type RelaunchPlan,
} from '../../../../electron/lifecycle/relaunch';
import { fakeLog } from '../fakes';

const installed = {
  argv: ['/opt/bedside-guide/bedside-guide'],
  execPath: '/opt/bedside-guide/bedside-guide',
  env: {},
  isPackaged: true,
  uptimeMs: 1000,
};

describe('relaunch plan', () => {
  it('waits 10 s, then twice as long each time in a row, at most 15 minutes', () => {
    expect(delayBefore(0)).toBe(FIRST_DELAY_MS);
    expect(delayBefore(1)).toBe(2 * FIRST_DELAY_MS);
    expect(delayBefore(3)).toBe(8 * FIRST_DELAY_MS);
    expect(delayBefore(50)).toBe(MAX_DELAY_MS);
  });

  it('counts relaunches in the arguments and starts from 0 after 10 calm minutes', () => {
    const first = planRelaunch(installed);
    expect(first.args).toEqual(['--bedside-relaunch=1']);
    const again = planRelaunch({ ...installed, argv: [installed.argv[0] ?? '', ...first.args] });
    expect(again).toMatchObject({ args: ['--bedside-relaunch=2'], delayMs: 2 * FIRST_DELAY_MS });
    const calm = planRelaunch({ ...installed, argv: ['x', '--bedside-relaunch=5'], uptimeMs: CALM_MS });
    expect(calm).toMatchObject({ args: ['--bedside-relaunch=1'], delayMs: FIRST_DELAY_MS });
    expect(attemptOf(['x', '--bedside-relaunch=nonsense'])).toBe(0);
  });

  it('keeps the app folder of a development run', () => {
    expect(planRelaunch({ ...installed, argv: ['/electron', '.'], isPackaged: false }).args).toEqual([
      '.',
      '--bedside-relaunch=1',
    ]);
  });

  it('relaunches an AppImage through $APPIMAGE, not its temporary mount', () => {
    const plan = planRelaunch({
      ...installed,
      execPath: '/tmp/.mount_BedsidXyz/bedside-guide',
      argv: ['/tmp/.mount_BedsidXyz/bedside-guide'],
      env: { APPIMAGE: '/home/kiosk/Bedside-Guide-0.1.0.AppImage' },
    });
    expect(plan).toMatchObject({
      execPath: '/home/kiosk/Bedside-Guide-0.1.0.AppImage',
      viaAppImage: true,
    });
    // A development run started from inside some other AppImage is not one.
    expect(
      planRelaunch({ ...installed, isPackaged: false, env: { APPIMAGE: '/other.AppImage' } }).viaAppImage,
    ).toBe(false);
  });
});

describe('relauncher', () => {
  function setup(plan: RelaunchPlan, failSpawn = false) {
    const calls: string[] = [];
    const timers: Array<[() => void, number]> = [];
    const app = {
      relaunch: (options?: { execPath?: string; args?: string[] }) =>
        void calls.push(`relaunch ${options?.execPath} ${options?.args?.join(' ')}`),
      exit: (code?: number) => void calls.push(`exit ${code}`),
      releaseSingleInstanceLock: () => void calls.push('release lock'),
    };
    const relauncher = createRelauncher({
      app: app as unknown as App,
      plan: () => plan,
      spawnDetached: (file, args) => {
        if (failSpawn) throw new Error('ENOENT');
        calls.push(`spawn ${file} ${args.join(' ')}`);
      },
      setTimer: (run, ms) => void timers.push([run, ms]),
      log: fakeLog(),
    });
    return { relauncher, calls, timers };
  }

  it('uses app.relaunch and app.exit after the back-off for an installed app', () => {
    const { relauncher, calls, timers } = setup(planRelaunch(installed));
    relauncher.relaunch('could not start');
    relauncher.relaunch('uncaught error');
    expect(calls).toEqual([]);
    expect(timers.map(([, ms]) => ms)).toEqual([FIRST_DELAY_MS]);
    timers[0]?.[0]();
    expect(calls).toEqual([
      'relaunch /opt/bedside-guide/bedside-guide --bedside-relaunch=1',
      'exit 0',
    ]);
  });

  it('gives up the single-instance lock, then starts the AppImage itself', () => {
    const { relauncher, calls, timers } = setup(
      planRelaunch({ ...installed, env: { APPIMAGE: '/k/Bedside.AppImage' } }),
    );
    relauncher.relaunch('too many renderer recoveries');
    timers[0]?.[0]();
    expect(calls).toEqual(['release lock', 'spawn /k/Bedside.AppImage --bedside-relaunch=1', 'exit 0']);
  });

  it('stays up (no exit into nothing) when the relaunch itself fails', () => {
    const { relauncher, calls, timers } = setup(
      planRelaunch({ ...installed, env: { APPIMAGE: '/gone.AppImage' } }),
      true,
    );
    relauncher.relaunch('could not start');
    timers[0]?.[0]();
    expect(calls).toEqual(['release lock']);
  });
});
