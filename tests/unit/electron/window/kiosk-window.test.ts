import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { KIOSK_PARTITION, kioskWindowOptions } from '../../../../electron/window/kiosk-window';

const options = kioskWindowOptions({ preload: '/app/preload.cjs', session: {} as Session });

describe('kiosk window options', () => {
  it('is a frameless full-screen kiosk that cannot be closed by hand', () => {
    expect(options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      closable: false,
      show: false,
    });
  });

  it('isolates and sandboxes the page, with no Node and web security on', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/preload.cjs',
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('keeps the session in memory (no persist: partition)', () => {
    expect(KIOSK_PARTITION.startsWith('persist:')).toBe(false);
  });
});
