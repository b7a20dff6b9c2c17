/**
 * Denies every permission (camera, microphone, geolocation, notifications, HID, USB,
 * serial, ...) and cancels every download in the kiosk's session: the guide needs none.
 */
import type { Session } from 'electron';
import type { Log } from '../log';

export type GuardedSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setSpellCheckerEnabled'
  | 'on'
>;

export function guardSession(session: GuardedSession, options: { log: Log }): void {
  const { log } = options;
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`lockdown: refused permission ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.on('will-download', (event, item) => {
    event.preventDefault();
    item.cancel();
    log.warn('lockdown: refused a download');
  });
}
