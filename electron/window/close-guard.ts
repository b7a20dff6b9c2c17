/**
 * Refuses to close the kiosk window or quit the app, until staff choose "Exit kiosk"
 * in the admin panel (which calls `allowExit`) or the operating system stops it
 * (`allowStopBy`, see lifecycle/os-stop.ts).
 *
 * Relaunching after repeated crashes uses `app.exit`, which does not ask this guard.
 */
import type { App, BrowserWindow } from 'electron';
import type { Log } from '../log';

export function createCloseGuard(options: {
  log: Log;
  /** Quits the app once exit is allowed (`app.quit` in the kiosk). */
  quit: () => void;
}) {
  const { log } = options;
  let exitAllowed = false;

  const refuseUnlessAllowed = (what: string) => (event: { preventDefault(): void }) => {
    if (exitAllowed) return;
    event.preventDefault();
    log.warn(`lockdown: refused to ${what}`);
  };

  return {
    /** Staff chose "Exit kiosk": from now on closing and quitting are let through, and the app quits. */
    allowExit(): void {
      exitAllowed = true;
      log.info('kiosk: staff chose to exit the kiosk');
      options.quit();
    },
    /**
     * The operating system asked the kiosk to stop (shutdown, logout, Ctrl+C, a service
     * manager): let it, or shutdown waits for a SIGKILL and a terminal keeps a window
     * nobody can close.
     */
    allowStopBy(signal: string): void {
      if (exitAllowed) return;
      exitAllowed = true;
      log.info(`kiosk: stopping on ${signal} from the operating system`);
      options.quit();
    },
    isExitAllowed: () => exitAllowed,
    guardWindow(window: Pick<BrowserWindow, 'on'>): void {
      window.on('close', refuseUnlessAllowed('close the kiosk window'));
    },
    guardApp(app: Pick<App, 'on'>): void {
      app.on('before-quit', refuseUnlessAllowed('quit'));
    },
  };
}

export type CloseGuard = ReturnType<typeof createCloseGuard>;
