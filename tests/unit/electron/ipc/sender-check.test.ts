import { describe, expect, it } from 'vitest';
import { createSenderCheck, isOnOrigin } from '../../../../electron/ipc/sender-check';

describe('isOnOrigin', () => {
  it.each([
    ['app://bedside/index.html', true],
    ['app://bedside/', true],
    ['app://bedside/pack/media/x.webm', true],
    ['app://evil/index.html', false],
    ['app://bedside.evil/index.html', false],
    ['app://x@bedside/index.html', false],
    ['app://bedside:8080/index.html', false],
    ['http://bedside/index.html', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['about:blank', false],
    ['', false],
    ['not a url', false],
  ])('%s on app://bedside: %s', (url, expected) => {
    expect(isOnOrigin(url, 'app://bedside')).toBe(expected);
  });

  it('compares ports for http origins (the browser host)', () => {
    expect(isOnOrigin('http://127.0.0.1:5000/index.html', 'http://127.0.0.1:5000')).toBe(true);
    expect(isOnOrigin('http://127.0.0.1:5001/index.html', 'http://127.0.0.1:5000')).toBe(false);
    expect(isOnOrigin('http://localhost:5000/index.html', 'http://127.0.0.1:5000')).toBe(false);
  });
});

describe('createSenderCheck', () => {
  const check = createSenderCheck({ origin: 'app://bedside', trustedWebContentsIds: () => [7] });

  it('trusts the kiosk window main frame on the app origin', () => {
    expect(check({ url: 'app://bedside/index.html', isMainFrame: true, webContentsId: 7 })).toBe(true);
  });

  it('refuses sub-frames, other windows, other origins and callers without an id', () => {
    expect(check({ url: 'app://bedside/index.html', isMainFrame: false, webContentsId: 7 })).toBe(false);
    expect(check({ url: 'app://bedside/index.html', isMainFrame: true, webContentsId: 8 })).toBe(false);
    expect(check({ url: 'https://example.com/', isMainFrame: true, webContentsId: 7 })).toBe(false);
    expect(check({ url: 'app://bedside/index.html', isMainFrame: true })).toBe(false);
    expect(check({ url: '', isMainFrame: true, webContentsId: 7 })).toBe(false);
  });

  it('without a list of ids, checks frame and origin only', () => {
    const hostCheck = createSenderCheck({ origin: 'http://127.0.0.1:4000' });
    expect(hostCheck({ url: 'http://127.0.0.1:4000/index.html', isMainFrame: true })).toBe(true);
    expect(hostCheck({ url: 'http://127.0.0.1:4000/index.html', isMainFrame: false })).toBe(false);
  });
});
