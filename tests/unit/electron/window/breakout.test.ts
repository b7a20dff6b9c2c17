/**
 * The breakout suite: every escape a visitor or a hostile page could try, replayed
 * against the kiosk's lockdown as main.ts wires it (every webContents Electron creates
 * and the kiosk session). It counts the attempts and the ones blocked.
 */
import { EventEmitter } from 'node:events';
import type { App, BrowserWindow } from 'electron';
import { afterAll, describe, expect, it } from 'vitest';
import { createCloseGuard } from '../../../../electron/window/close-guard';
import { lockDownEveryWebContents, lockDownSession } from '../../../../electron/window/lockdown';
import {
  FakeApp,
  FakeDownloadItem,
  FakeEvent,
  FakeSession,
  FakeWebContents,
  fakeLog,
} from '../fakes';
import { BLOCKED_KEYS, key } from './hostile-keys';
import { PERMISSIONS } from './hostile-permissions';
import { HOSTILE_URLS } from './hostile-urls';

const ORIGIN = 'app://bedside';
const log = fakeLog();
const app = new FakeApp();
lockDownEveryWebContents(app.asElectron(), { origin: ORIGIN, log });
const contents = new FakeWebContents();
app.emit('web-contents-created', {}, contents);
const session = new FakeSession();
lockDownSession(session.asElectron(), { origin: ORIGIN, log });
const closeGuard = createCloseGuard({ log, quit: () => undefined });
const window = new EventEmitter();
closeGuard.guardWindow(window as unknown as BrowserWindow);
closeGuard.guardApp(app as unknown as App);

const tally = { attempts: 0, blocked: 0 };
function attempt(blocked: boolean): boolean {
  tally.attempts++;
  if (blocked) tally.blocked++;
  return blocked;
}
function cancelled(emit: (event: FakeEvent) => void): boolean {
  const event = new FakeEvent();
  emit(event);
  return attempt(event.defaultPrevented);
}

describe('breakout attempts', () => {
  for (const eventName of ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const) {
    it(`${eventName}: every hostile URL`, () => {
      for (const url of HOSTILE_URLS) {
        const event = new FakeEvent(url);
        contents.emit(eventName, event, url);
        expect(attempt(event.defaultPrevented), url).toBe(true);
      }
    });
  }

  it('window.open / target=_blank: every hostile URL', () => {
    for (const url of HOSTILE_URLS) {
      const answer = contents.windowOpenHandler?.({ url });
      expect(attempt(answer?.action === 'deny'), url).toBe(true);
    }
  });

  it('keyboard shortcuts', () => {
    for (const spec of BLOCKED_KEYS) {
      expect(
        cancelled((event) => contents.emit('before-input-event', event, key(spec))),
        spec,
      ).toBe(true);
    }
  });

  it('permissions', () => {
    for (const permission of PERMISSIONS) {
      let granted: boolean | null = null;
      session.permissionRequestHandler?.(contents, permission, (answer) => (granted = answer), {});
      const checked = session.permissionCheckHandler?.(contents, permission, ORIGIN, {});
      expect(attempt(granted === false && checked === false), permission).toBe(true);
    }
  });

  it('downloads, <webview>, devtools, zoom', () => {
    const item = new FakeDownloadItem();
    expect(cancelled((event) => session.emit('will-download', event, item, contents))).toBe(true);
    expect(item.cancelled).toBe(true);
    expect(cancelled((event) => contents.emit('will-attach-webview', event, {}, {}))).toBe(true);
    contents.devToolsOpen = true;
    contents.emit('devtools-opened');
    expect(attempt(!contents.devToolsOpen)).toBe(true);
    contents.zoomLevel = 3;
    contents.emit('zoom-changed', {}, 'in');
    expect(attempt(contents.zoomLevel === 0)).toBe(true);
  });

  it('closing the window and quitting the app', () => {
    expect(cancelled((event) => window.emit('close', event))).toBe(true);
    expect(cancelled((event) => app.emit('before-quit', event))).toBe(true);
  });

  afterAll(() => {
    // Read by the lead for the closing note.
    console.log(
      `breakout (main-process lockdown): ${tally.attempts} attempts, ${tally.blocked} blocked`,
    );
    expect(tally.blocked).toBe(tally.attempts);
  });
});
