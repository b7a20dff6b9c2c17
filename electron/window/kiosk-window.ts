/**
 * The options of the one kiosk window: full screen, isolated and sandboxed.
 */
import type { BrowserWindowConstructorOptions, Session } from 'electron';

/** In-memory partition: without the `persist:` prefix nothing survives a restart. */
export const KIOSK_PARTITION = 'bedside-kiosk';

export function kioskWindowOptions(options: {
  preload: string;
  session: Session;
}): BrowserWindowConstructorOptions {
  return {
    show: false,
    kiosk: true,
    fullscreen: true,
    frame: false,
    closable: false,
    autoHideMenuBar: true,
    backgroundColor: '#fbf7f2',
    webPreferences: {
      preload: options.preload,
      session: options.session,
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
      safeDialogs: true,
    },
  };
}
