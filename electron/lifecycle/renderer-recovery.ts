/**
 * Watches the kiosk page: when its renderer crashes, is killed or hangs, the page is
 * loaded afresh (back on the welcome screen, nothing remembered); too many recoveries
 * in a row relaunch the app (see recovery-policy.ts).
 *
 * A hang is ended by crashing the renderer, and the reload waits for the renderer to be
 * reported gone: on Linux `forcefullyCrashRenderer` only sends the crash request, so a
 * load started at once can land in the dying process and fail with it. Every gone report
 * is acted on, also one during a reload (the new renderer crashed too): the policy, not a
 * flag, stops a loop.
 */
import type { WebContents } from 'electron';
import type { Log } from '../log';
import type { RecoveryAction } from './recovery-policy';

/** How long a hung renderer has to report itself gone before the page is loaded anyway. */
export const HANG_CRASH_WAIT_MS = 5000;

export type WatchedContents = Pick<
  WebContents,
  'on' | 'loadURL' | 'forcefullyCrashRenderer' | 'isDestroyed'
>;

export function watchRenderer(
  contents: WatchedContents,
  options: {
    startUrl: string;
    policy: { next(): RecoveryAction };
    /** Starts the app afresh (relaunch.ts: back-off, AppImage). */
    relaunch: (why: string) => void;
    log: Log;
    setTimer?: (run: () => void, ms: number) => void;
  },
): void {
  const { log } = options;
  const setTimer = options.setTimer ?? ((run, ms) => void setTimeout(run, ms));
  /** A hang was ended by crashing the renderer; its gone report has not come yet. */
  let crashingHungRenderer = false;

  function recover(cause: string) {
    if (contents.isDestroyed()) return;
    const action = options.policy.next();
    if (action === 'relaunch') {
      log.error(`recovery: ${cause}; too many recoveries in 10 minutes, relaunching the app`);
      options.relaunch('too many renderer recoveries');
      return;
    }
    log.warn(`recovery: ${cause}; reloading the guide`);
    contents.loadURL(options.startUrl).catch((error: unknown) => {
      log.error(
        `recovery: reload failed: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
    });
  }

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    const cause = crashingHungRenderer
      ? `the page stopped responding and its renderer was ended (${details.reason})`
      : `the page's renderer is gone (${details.reason})`;
    crashingHungRenderer = false;
    recover(cause);
  });
  contents.on('unresponsive', () => {
    if (crashingHungRenderer || contents.isDestroyed()) return;
    crashingHungRenderer = true;
    log.warn('recovery: the page stopped responding; ending its renderer');
    contents.forcefullyCrashRenderer();
    setTimer(() => {
      if (!crashingHungRenderer) return;
      crashingHungRenderer = false;
      recover('the hung renderer did not report itself gone');
    }, HANG_CRASH_WAIT_MS);
  });
}
