import { describe, expect, it } from 'vitest';
import { guardSession } from '../../../../electron/window/permission-guard';
import { FakeDownloadItem, FakeEvent, FakeSession, fakeLog } from '../fakes';
import { PERMISSIONS } from './hostile-permissions';

function guarded() {
  const session = new FakeSession();
  const log = fakeLog();
  guardSession(session.asElectron(), { log });
  return { session, log };
}

describe('permission guard', () => {
  it.each(PERMISSIONS)('denies a request for %s', (permission) => {
    const { session, log } = guarded();
    const answers: boolean[] = [];
    session.permissionRequestHandler?.({}, permission, (granted) => answers.push(granted), {});
    expect(answers).toEqual([false]);
    expect(log.lines).toEqual([`[warn] lockdown: refused permission ${permission}`]);
  });

  it.each(PERMISSIONS)('answers a check for %s with no', (permission) => {
    const { session } = guarded();
    expect(session.permissionCheckHandler?.({}, permission, 'app://bedside', {})).toBe(false);
  });

  it('denies every device (HID, serial, USB)', () => {
    const { session } = guarded();
    expect(session.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://bedside' })).toBe(
      false,
    );
  });

  it('cancels every download', () => {
    const { session, log } = guarded();
    const event = new FakeEvent();
    const item = new FakeDownloadItem();
    session.emit('will-download', event, item, {});
    expect(event.defaultPrevented).toBe(true);
    expect(item.cancelled).toBe(true);
    expect(log.lines).toEqual(['[warn] lockdown: refused a download']);
  });

  it('turns the spell checker off', () => {
    expect(guarded().session.spellChecker).toBe(false);
  });
});
