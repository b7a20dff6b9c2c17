/**
 * Leaves the kiosk for good ("Exit kiosk", or the operating system stopping it).
 *
 * `app.quit()` closes every window first, and a window made with `closable: false`
 * cancels that on Windows (and macOS): by Electron's design the quit is then simply
 * dropped. So every window is made closable before quitting, and if the process is
 * still alive a few seconds later (a window that would not close, a hung page),
 * `app.exit` ends it without asking.
 */
import type { App, BrowserWindow } from 'electron';
import type { Log } from '../log';

export const EXIT_FALLBACK_MS = 5000;

export function createKioskExit(options: {
  app: Pick<App, 'quit' | 'exit'>;
  windows: () => ReadonlyArray<Pick<BrowserWindow, 'setClosable' | 'isDestroyed'>>;
  setTimer: (run: () => void, ms: number) => void;
  log: Log;
}): () => void {
  let leaving = false;
  return function exitKiosk(): void {
    if (leaving) return;
    leaving = true;
    for (const window of options.windows()) {
      if (!window.isDestroyed()) window.setClosable(true);
    }
    options.setTimer(() => {
      options.log.warn('kiosk: still running after quit; exiting');
      options.app.exit(0);
    }, EXIT_FALLBACK_MS);
    options.app.quit();
  };
}
