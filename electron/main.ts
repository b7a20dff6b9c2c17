/**
 * Composition root of the kiosk: builds the real Electron dependencies and wires the
 * modules together. The only main-process file that imports the `electron` runtime.
 */
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import log from 'electron-log/main';
import ElectronStore from 'electron-store';
import path from 'node:path';
import { createAppCore } from './app-core';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './ipc/contract';
import { KIOSK_PARTITION, kioskWindowOptions } from './window/kiosk-window';

const appRoot = app.getAppPath();
const rendererRoot = path.join(appRoot, 'dist', 'renderer');
const builtInPackRoot = path.join(appRoot, 'renderer', 'content', 'default');
const preloadPath = path.join(appRoot, 'dist', 'electron', 'preload.cjs');

log.initialize({ preload: false });
log.transports.file.maxSize = 1024 * 1024;
log.transports.console.level = app.isPackaged ? false : 'info';

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
  },
]);

let kioskWindow: BrowserWindow | null = null;

async function start() {
  Menu.setApplicationMenu(null);
  const kioskSession = session.fromPartition(KIOSK_PARTITION);
  const core = createAppCore({
    origin: APP_ORIGIN,
    rendererRoot,
    builtInPackRoot,
    settingsBackend: new ElectronStore({ name: 'settings', clearInvalidConfig: false }),
    log,
    trustedWebContentsIds: () => (kioskWindow ? [kioskWindow.webContents.id] : []),
  });

  kioskSession.protocol.handle(APP_SCHEME, core.protocolHandler);
  for (const channel of core.router.channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      core.router.handle(channel, payload, {
        url: event.senderFrame?.url ?? '',
        isMainFrame: event.senderFrame === event.sender.mainFrame,
        webContentsId: event.sender.id,
      }),
    );
  }

  kioskWindow = new BrowserWindow(kioskWindowOptions({ preload: preloadPath, session: kioskSession }));
  core.settings.onChange(() => {
    kioskWindow?.webContents.send('settings:changed', core.settings.getPublic());
  });
  core.teaching.onChange((status) => kioskWindow?.webContents.send('teaching:changed', status));
  // A reloaded page starts on the welcome screen: no session may outlive it.
  kioskWindow.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) core.endSessions('reload');
  });
  kioskWindow.once('ready-to-show', () => kioskWindow?.show());
  await kioskWindow.loadURL(`${APP_ORIGIN}/index.html`);
  log.info(`kiosk: started ${app.getVersion()} on ${APP_HOST}`);
}

app.whenReady().then(start, (error: unknown) => {
  log.error(`kiosk: could not start: ${error instanceof Error ? error.message : String(error)}`);
});
