/**
 * Watches the kiosk page: when its renderer crashes, is killed or hangs, the page is
 * loaded afresh (back on the welcome screen, nothing remembered); too many recoveries
 * in a row relaunch the app (see recovery-policy.ts).
 */
import type { WebContents } from 'electron';
import type { Log } from '../log';
import type { RecoveryAction } from './recovery-policy';

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
  },
): void {
  const { log } = options;
  // A hang is ended by crashing the renderer, which reports itself gone as well:
  // one recovery, not two.
  let recovering = false;

  function recover(cause: string, beforeReload?: () => void) {
    if (recovering || contents.isDestroyed()) return;
    const action = options.policy.next();
    if (action === 'relaunch') {
      log.error(`recovery: ${cause}; too many recoveries in 10 minutes, relaunching the app`);
      options.relaunch('too many renderer recoveries');
      return;
    }
    recovering = true;
    log.warn(`recovery: ${cause}; reloading the guide`);
    beforeReload?.();
    contents
      .loadURL(options.startUrl)
      .catch((error: unknown) => {
        log.error(
          `recovery: reload failed: ${error instanceof Error ? error.message : 'unknown error'}`,
        );
      })
      .finally(() => {
        recovering = false;
      });
  }

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    recover(`the page's renderer is gone (${details.reason})`);
  });
  contents.on('unresponsive', () => {
    recover('the page stopped responding', () => contents.forcefullyCrashRenderer());
  });
}
