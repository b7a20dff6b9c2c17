import { describe, expect, it } from 'vitest';
import { guardNavigation } from '../../../../electron/window/navigation-guard';
import { FakeEvent, FakeWebContents, fakeLog } from '../fakes';
import { HOSTILE_URLS, OWN_URLS } from './hostile-urls';

const ORIGIN = 'app://bedside';

function guarded() {
  const contents = new FakeWebContents();
  const log = fakeLog();
  guardNavigation(contents.asElectron(), { origin: ORIGIN, log });
  return { contents, log };
}

const NAVIGATION_EVENTS = ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const;

describe('navigation guard', () => {
  it('has at least 20 hostile URLs to try', () => {
    expect(HOSTILE_URLS.length).toBeGreaterThanOrEqual(20);
  });

  for (const eventName of NAVIGATION_EVENTS) {
    it.each(HOSTILE_URLS)(`${eventName} refuses %j`, (url) => {
      const { contents, log } = guarded();
      const event = new FakeEvent(url);
      contents.emit(eventName, event, url);
      expect(event.defaultPrevented).toBe(true);
      expect(log.lines.at(-1)).toMatch(/^\[warn\] lockdown: refused/);
    });

    it.each(OWN_URLS)(`${eventName} lets the app's own page %s through`, (url) => {
      const { contents, log } = guarded();
      const event = new FakeEvent(url);
      contents.emit(eventName, event, url);
      expect(event.defaultPrevented).toBe(false);
      expect(log.lines).toEqual([]);
    });
  }

  it.each([...HOSTILE_URLS, ...OWN_URLS])('denies every new window, even %j', (url) => {
    const { contents } = guarded();
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = guarded();
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('logs where a refused navigation went without its path or query', () => {
    const { contents, log } = guarded();
    contents.emit('will-navigate', new FakeEvent('https://example.com/patient?name=Ana'));
    expect(log.lines).toEqual(['[warn] lockdown: refused navigation to https://example.com']);
  });
});
