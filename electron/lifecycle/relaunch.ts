/**
 * Starts the kiosk again (after a failed start, an uncaught error, too many renderer
 * recoveries), with a back-off so a fault that returns at every start cannot spin the
 * tablet in a tight loop: 10 s, then twice as long each time, at most 15 minutes. A
 * kiosk that ran 10 minutes without a relaunch counts from the start again. The count
 * travels in the relaunched process's arguments, so nothing is written to disk.
 *
 * Inside an AppImage, `process.execPath` is on the image's temporary mount, which is
 * gone once this process exits; Electron's relauncher helper runs from that same
 * binary, so `app.relaunch()` brings nothing back (electron-builder#1727, #4650). There
 * the AppImage file itself ($APPIMAGE) is started, detached, after this process gives
 * up the single-instance lock (or the new one would hand over to us and exit).
 */
import type { App } from 'electron';
import type { Log } from '../log';

export const ATTEMPT_SWITCH = '--bedside-relaunch=';
export const FIRST_DELAY_MS = 10_000;
export const MAX_DELAY_MS = 15 * 60_000;
export const CALM_MS = 10 * 60_000;

/** How many relaunches in a row led to this process (0 for a normal start). */
export function attemptOf(argv: readonly string[]): number {
  const found = argv.find((arg) => arg.startsWith(ATTEMPT_SWITCH));
  const value = found ? Number(found.slice(ATTEMPT_SWITCH.length)) : 0;
  return Number.isInteger(value) && value > 0 ? Math.min(value, 1000) : 0;
}

/** The wait before relaunch number `attempt + 1`. */
export function delayBefore(attempt: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.min(attempt, 20), MAX_DELAY_MS);
}

export interface RelaunchPlan {
  delayMs: number;
  execPath: string;
  args: string[];
  /** Through $APPIMAGE: spawned detached, not through app.relaunch. */
  viaAppImage: boolean;
}

export function planRelaunch(facts: {
  argv: readonly string[];
  execPath: string;
  env: Readonly<Record<string, string | undefined>>;
  isPackaged: boolean;
  uptimeMs: number;
}): RelaunchPlan {
  const attempt = facts.uptimeMs >= CALM_MS ? 0 : attemptOf(facts.argv);
  // argv[0] is the binary; a development run also has the app folder as argv[1].
  const kept = facts.argv.slice(1).filter((arg) => !arg.startsWith(ATTEMPT_SWITCH));
  const args = [...kept, `${ATTEMPT_SWITCH}${attempt + 1}`];
  const appImage = facts.isPackaged ? facts.env.APPIMAGE : undefined;
  return {
    delayMs: delayBefore(attempt),
    execPath: appImage || facts.execPath,
    args,
    viaAppImage: Boolean(appImage),
  };
}

export interface Relauncher {
  /** Relaunches after the back-off; `why` goes to IT's log. Later calls are ignored. */
  relaunch(why: string): void;
}

export function createRelauncher(options: {
  app: Pick<App, 'relaunch' | 'exit' | 'releaseSingleInstanceLock'>;
  plan: () => RelaunchPlan;
  spawnDetached: (execPath: string, args: string[]) => void;
  setTimer: (run: () => void, ms: number) => void;
  log: Log;
}): Relauncher {
  let scheduled = false;
  return {
    relaunch(why) {
      if (scheduled) return;
      scheduled = true;
      const plan = options.plan();
      options.log.error(`recovery: ${why}; relaunching in ${Math.round(plan.delayMs / 1000)} s`);
      options.setTimer(() => {
        try {
          if (plan.viaAppImage) {
            options.app.releaseSingleInstanceLock();
            options.spawnDetached(plan.execPath, plan.args);
          } else {
            options.app.relaunch({ execPath: plan.execPath, args: plan.args });
          }
        } catch (error) {
          // Exiting now would leave no kiosk at all; the window (or the ask-staff page) stays.
          options.log.error(
            `recovery: relaunch failed, staying up: ${error instanceof Error ? error.message : 'unknown error'}`,
          );
          scheduled = false;
          return;
        }
        // app.exit, not app.quit: the close guard must not (and does not) ask about this.
        options.app.exit(0);
      }, plan.delayMs);
    },
  };
}
