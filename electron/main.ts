/**
 * Composition root of the kiosk: builds the real Electron dependencies and wires the
 * modules together. The only main-process file that imports the `electron` runtime.
 */
import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, protocol, session } from 'electron';
import log from 'electron-log/main';
import ElectronStore from 'electron-store';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createAppCore, type AppCore } from './app-core';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, type EventName, type EventPayloads } from './ipc/contract';
import { senderInfoOf } from './ipc/sender-check';
import { applyKioskSwitches } from './lifecycle/command-line';
import { createKioskExit } from './lifecycle/exit-kiosk';
import { createKeepAwake } from './lifecycle/keep-awake';
import { letOperatingSystemStop } from './lifecycle/os-stop';
import { catchUncaughtErrors, watchChildProcesses } from './lifecycle/process-watch';
import { createRecoveryPolicy } from './lifecycle/recovery-policy';
import { createRelauncher, planRelaunch } from './lifecycle/relaunch';
import {
  driveParents,
  packDriveRoots,
  removableDriveRoots,
  type DriveFacts,
} from './lifecycle/removable-drives';
import { watchRenderer } from './lifecycle/renderer-recovery';
import { createSessionFolder } from './lifecycle/session-folder';
import { claimSingleInstance } from './lifecycle/single-instance';
import { askStaffPageUrl } from './window/ask-staff-page';
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

let kioskWindow: BrowserWindow | null = null;
let askStaffWindow: BrowserWindow | null = null;
let core: AppCore | null = null;
/** Set once leaving is allowed, for the windows the core's close guard does not watch. */
let leaving = false;
/** start() has returned, one way or the other. */
let started = false;

const relauncher = createRelauncher({
  app,
  plan: () =>
    planRelaunch({
      argv: process.argv,
      execPath: process.execPath,
      env: process.env,
      isPackaged: app.isPackaged,
      uptimeMs: process.uptime() * 1000,
    }),
  spawnDetached: (file, args) => spawn(file, args, { detached: true, stdio: 'ignore' }).unref(),
  setTimer: (run, ms) => void setTimeout(run, ms),
  log,
});

const exitKiosk = createKioskExit({
  app,
  windows: () => BrowserWindow.getAllWindows(),
  setTimer: (run, ms) => void setTimeout(run, ms).unref(),
  log,
});

function leave(): void {
  leaving = true;
  exitKiosk();
}

/**
 * Sends an event to the page. A session timer can fire while the app quits, after the
 * window is destroyed, where `webContents.send` throws ("Object has been destroyed") and
 * the uncaught-error path would start a relaunch: a destroyed window hears nothing.
 */
function sendToKiosk<E extends EventName>(event: E, payload: EventPayloads[E]): void {
  if (!kioskWindow || kioskWindow.isDestroyed()) return;
  kioskWindow.webContents.send(event, payload);
}

/** The static "ask staff" page, in the kiosk window or a window of its own: never no window. */
async function showAskStaff(): Promise<void> {
  // An error before ready (a throw in the top-level setup) may not make a window yet.
  await app.whenReady();
  if (kioskWindow && !kioskWindow.isDestroyed()) {
    kioskWindow.show();
    await kioskWindow.loadURL(askStaffPageUrl());
    return;
  }
  if (askStaffWindow && !askStaffWindow.isDestroyed()) return;
  askStaffWindow = new BrowserWindow({
    kiosk: true,
    fullscreen: true,
    frame: false,
    closable: false,
    autoHideMenuBar: true,
    backgroundColor: '#fbf7f2',
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
    },
  });
  askStaffWindow.on('close', (event) => {
    if (!leaving) event.preventDefault();
  });
  await askStaffWindow.loadURL(askStaffPageUrl());
}

/** Loud in IT's log, something a parent can understand on screen, and a relaunch to come. */
function failLoudly(why: string): void {
  log.error(`kiosk: ${why}; showing the ask-staff page until the relaunch`);
  showAskStaff().catch((error: unknown) => {
    log.error(`kiosk: could not show the ask-staff page: ${error instanceof Error ? error.message : String(error)}`);
  });
  relauncher.relaunch(why);
}

catchUncaughtErrors(process, { log, onUncaught: (message) => failLoudly(`uncaught error (${message})`) });

const driveFacts: DriveFacts = {
  platform: process.platform,
  run: (file, args) =>
    execFileSync(file, args, { encoding: 'utf8', timeout: 5000, windowsHide: true }),
  log,
};

async function start() {
  Menu.setApplicationMenu(null);
  lockDownEveryWebContents(app, { origin: APP_ORIGIN, log });
  watchChildProcesses(app, { log });

  const kioskSession = session.fromPartition(KIOSK_PARTITION);
  lockDownSession(kioskSession, { origin: APP_ORIGIN, log });
  const appCore = createAppCore({
    origin: APP_ORIGIN,
    rendererRoot,
    builtInPackRoot,
    // clearInvalidConfig off: electron-store would otherwise wipe a damaged file, contacts and all.
    // configFileMode: the file holds the PIN's scrypt record, so it is the owner's alone from
    // its first write (the core re-applies 600 too, but only after the store has written it).
    openSettings: () =>
      new ElectronStore({ name: 'settings', clearInvalidConfig: false, configFileMode: 0o600 }),
    settingsPath: path.join(app.getPath('userData'), 'settings.json'),
    log,
    trustedWebContentsIds: () => (kioskWindow ? [kioskWindow.webContents.id] : []),
    quit: leave,
    packsDir: path.join(app.getPath('userData'), 'content-packs'),
    appVersion: app.getVersion(),
    logPath: log.transports.file.getFile().path,
    transferFolders: [path.join(app.getPath('userData'), 'transfer')],
    transferDriveRoots: driveParents(process.platform),
    transferDrives: () => removableDriveRoots(driveFacts),
    driveRoots: () => packDriveRoots(driveFacts),
  });
  core = appCore;
  appCore.closeGuard.guardApp(app);
  // The day's problem counts would otherwise go with the process.
  app.on('will-quit', () => appCore.flushProblemReports());

  kioskSession.protocol.handle(APP_SCHEME, appCore.protocolHandler);
  for (const channel of appCore.router.channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      appCore.router.handle(channel, payload, senderInfoOf(event)),
    );
  }

  // Electronegativity cannot look inside kioskWindowOptions(), where context isolation, the
  // sandbox, Auxclick off and the preload are set; tests/unit/electron/window/kiosk-window.test.ts
  // asserts each of them.
  kioskWindow = new BrowserWindow( // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK -- set and tested in kioskWindowOptions
    kioskWindowOptions({ preload: preloadPath, session: kioskSession }), // eng-disable PRELOAD_JS_CHECK -- reviewed: it exposes only the named methods of bedside-api.ts
  );
  appCore.closeGuard.guardWindow(kioskWindow);
  // Windows's shutdown and logout: no signal there, this event instead.
  kioskWindow.on('session-end', () => appCore.closeGuard.allowStopBy('the end of the Windows session'));
  watchRenderer(kioskWindow.webContents, {
    startUrl,
    policy: createRecoveryPolicy({ now: Date.now }),
    relaunch: (why) => relauncher.relaunch(why),
    log,
  });
  // Whatever the page may have stored in memory goes with the idle reset.
  appCore.onIdleReset(() => {
    kioskSession.clearStorageData().catch(() => log.warn('session: could not clear storage'));
  });

  const keepAwake = createKeepAwake({
    powerSaveBlocker,
    hours: () => {
      const { activeStart, activeEnd } = appCore.settings.get();
      return { start: activeStart, end: activeEnd };
    },
    now: () => new Date(),
    log,
  });
  keepAwake.update();
  setInterval(keepAwake.update, 60_000);

  appCore.settings.onChange(() => {
    keepAwake.update();
    sendToKiosk('settings:changed', appCore.settings.getPublic());
  });
  appCore.teaching.onChange((status) => sendToKiosk('teaching:changed', status));
  // A reloaded page starts on the welcome screen: no session may outlive it.
  kioskWindow.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) appCore.endSessions('reload');
  });
  appCore.onPackEvent((event, payload) => sendToKiosk(event, payload));
  appCore.admin.onSessionEnd((reason) => {
    sendToKiosk('admin:session-ended', { reason });
  });
  kioskWindow.once('ready-to-show', () => kioskWindow?.show());
  await kioskWindow.loadURL(startUrl);
  // On Linux a kiosk window may never emit ready-to-show (electron#25916): shown either way.
  if (!kioskWindow.isDestroyed()) kioskWindow.show();
  log.info(`kiosk: started ${app.getVersion()} on ${APP_HOST}`);
}

const isKiosk = claimSingleInstance(app, {
  focus: () => {
    const shown = [kioskWindow, askStaffWindow].find((window) => window && !window.isDestroyed());
    if (!shown) {
      // Still starting: the window is on its way. Started and windowless: a failure.
      if (started) failLoudly('a second launch found no kiosk window');
      return;
    }
    if (shown.isMinimized()) shown.restore();
    shown.show();
    shown.focus();
  },
  log,
});

if (!isKiosk) {
  app.exit(0);
} else {
  // Chromium's own caches and storage: a fresh temporary folder each start, made only
  // now that this process is the kiosk, and removed again when it quits.
  const sessionFolder = createSessionFolder({
    tempDir: app.getPath('temp'),
    fs: { mkdtempSync, readdirSync, rmSync },
    log,
  });
  app.setPath('sessionData', sessionFolder.create());
  app.on('quit', () => sessionFolder.removeCurrent());
  applyKioskSwitches(app.commandLine);
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
  void letOperatingSystemStop(app, process, {
    allowStopBy: (signal) => {
      if (core) core.closeGuard.allowStopBy(signal);
      else {
        log.info(`kiosk: stopping on ${signal} from the operating system`);
        leave();
      }
    },
    log,
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      failLoudly(`could not start (${error instanceof Error ? error.message : String(error)})`);
    })
    .finally(() => {
      started = true;
    });
}
