/**
 * Composition root of the kiosk: builds the real Electron dependencies and wires the
 * modules together. The only main-process file that imports the `electron` runtime.
 */
import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, protocol, session } from 'electron';
import log from 'electron-log/main';
import ElectronStore from 'electron-store';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAppCore } from './app-core';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './ipc/contract';
import { applyKioskSwitches } from './lifecycle/command-line';
import { createKeepAwake } from './lifecycle/keep-awake';
import { catchUncaughtErrors, watchChildProcesses } from './lifecycle/process-watch';
import { createRecoveryPolicy } from './lifecycle/recovery-policy';
import { watchRenderer } from './lifecycle/renderer-recovery';
import { claimSingleInstance } from './lifecycle/single-instance';
import { KIOSK_PARTITION, kioskWindowOptions } from './window/kiosk-window';
import { lockDownEveryWebContents, lockDownSession } from './window/lockdown';

const appRoot = app.getAppPath();
const rendererRoot = path.join(appRoot, 'dist', 'renderer');
const builtInPackRoot = path.join(appRoot, 'renderer', 'content', 'default');
const preloadPath = path.join(appRoot, 'dist', 'electron', 'preload.cjs');
const startUrl = `${APP_ORIGIN}/index.html`;

// One rotating file in the user data folder (logs/main.log, then main.old.log), for IT.
// Nothing about a patient and never a PIN is written: modules log events, not input.
log.initialize({ preload: false });
log.transports.file.maxSize = 1024 * 1024;
log.transports.console.level = app.isPackaged ? false : 'info';
catchUncaughtErrors(process, { log });

// Chromium's own caches and storage go to a fresh temporary folder each start.
app.setPath('sessionData', mkdtempSync(path.join(tmpdir(), 'bedside-session-')));
applyKioskSwitches(app.commandLine);

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
  },
]);

let kioskWindow: BrowserWindow | null = null;

async function start() {
  Menu.setApplicationMenu(null);
  lockDownEveryWebContents(app, { origin: APP_ORIGIN, log });
  watchChildProcesses(app, { log });

  const kioskSession = session.fromPartition(KIOSK_PARTITION);
  lockDownSession(kioskSession, { origin: APP_ORIGIN, log });
  const core = createAppCore({
    origin: APP_ORIGIN,
    rendererRoot,
    builtInPackRoot,
    // clearInvalidConfig off: electron-store would otherwise wipe a damaged file, contacts and all.
    openSettings: () => new ElectronStore({ name: 'settings', clearInvalidConfig: false }),
    settingsPath: path.join(app.getPath('userData'), 'settings.json'),
    log,
    trustedWebContentsIds: () => (kioskWindow ? [kioskWindow.webContents.id] : []),
    quit: () => app.quit(),
    packsDir: path.join(app.getPath('userData'), 'content-packs'),
    appVersion: app.getVersion(),
    logPath: log.transports.file.getFile().path,
    transferFolders: [path.join(app.getPath('userData'), 'transfer')],
    transferDriveRoots: process.platform === 'linux' ? ['/media', '/run/media'] : [],
  });
  core.closeGuard.guardApp(app);

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

  // Electronegativity cannot look inside kioskWindowOptions(), where context isolation, the
  // sandbox, Auxclick off and the preload are set; tests/unit/electron/window/kiosk-window.test.ts
  // asserts each of them.
  kioskWindow = new BrowserWindow( // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK -- set and tested in kioskWindowOptions
    kioskWindowOptions({ preload: preloadPath, session: kioskSession }), // eng-disable PRELOAD_JS_CHECK -- reviewed: it exposes only the named methods of bedside-api.ts
  );
  core.closeGuard.guardWindow(kioskWindow);
  watchRenderer(kioskWindow.webContents, {
    startUrl,
    policy: createRecoveryPolicy({ now: Date.now }),
    app,
    log,
  });
  // Whatever the page may have stored in memory goes with the idle reset.
  core.onIdleReset(() => {
    kioskSession.clearStorageData().catch(() => log.warn('session: could not clear storage'));
  });

  const keepAwake = createKeepAwake({
    powerSaveBlocker,
    hours: () => {
      const { activeStart, activeEnd } = core.settings.get();
      return { start: activeStart, end: activeEnd };
    },
    now: () => new Date(),
    log,
  });
  keepAwake.update();
  setInterval(keepAwake.update, 60_000);

  core.settings.onChange(() => {
    keepAwake.update();
    kioskWindow?.webContents.send('settings:changed', core.settings.getPublic());
  });
  core.teaching.onChange((status) => kioskWindow?.webContents.send('teaching:changed', status));
  // A reloaded page starts on the welcome screen: no session may outlive it.
  kioskWindow.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) core.endSessions('reload');
  });
  core.onPackEvent((event, payload) => kioskWindow?.webContents.send(event, payload));
  core.admin.onSessionEnd((reason) => {
    kioskWindow?.webContents.send('admin:session-ended', { reason });
  });
  kioskWindow.once('ready-to-show', () => kioskWindow?.show());
  await kioskWindow.loadURL(startUrl);
  log.info(`kiosk: started ${app.getVersion()} on ${APP_HOST}`);
}

const isKiosk = claimSingleInstance(app, {
  focus: () => {
    if (!kioskWindow) return;
    if (kioskWindow.isMinimized()) kioskWindow.restore();
    kioskWindow.show();
    kioskWindow.focus();
  },
  log,
});

if (!isKiosk) {
  app.exit(0);
} else {
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error(`kiosk: could not start: ${error instanceof Error ? error.message : String(error)}`);
    });
}
