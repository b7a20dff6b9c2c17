/**
 * One kiosk per machine: a second launch (a double-click, an autostart racing a
 * relaunch) hands over to the first, which comes to the front, and then exits.
 */
import type { App } from 'electron';
import type { Log } from '../log';

/** True when this process is the kiosk; false when another one already is (then exit). */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  options: { focus: () => void; log: Log },
): boolean {
  if (!app.requestSingleInstanceLock()) {
    options.log.info('kiosk: another instance is running; handing over to it');
    return false;
  }
  app.on('second-instance', () => {
    options.log.info('kiosk: a second launch was refused; focusing the kiosk');
    options.focus();
  });
  return true;
}
