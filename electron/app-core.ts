/**
 * Builds everything behind the window that does not need Electron: the settings, the
 * content pack, the IPC router and the app:// protocol handler.
 *
 * `main.ts` calls it with electron-store and Electron's paths; the browser test host
 * calls it with conf and a temporary folder. Both then run the very same handlers.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAdminAccess } from './admin/admin-access';
import { createSettingsTransfer } from './admin/settings-transfer';
import { REMOVABLE_DRIVE_ROOTS } from './content/pack-discovery';
import { createPackStore } from './content/pack-store';
import { createProtocolHandler } from './content/protocol-handler';
import { createHandlers } from './ipc/handlers';
import { createProblemReports } from './ipc/problem-reports';
import type { EventPayloads } from './ipc/contract';
import { createPackHandlers } from './ipc/pack-handlers';
import { createIpcRouter } from './ipc/router';
import { createSenderCheck } from './ipc/sender-check';
import type { Log } from './log';
import type { PanelLock, PolicyPackState } from './ipc/contract';
import { defaultPolicyPath, loadPolicy, policyContentPack } from './settings/fleet-policy';
import { recoverSettingsFile } from './settings/settings-recovery';
import { nodeSettingsFs, type SettingsFs } from './settings/settings-fs';
import { createMemoryBackend, createSettingsStore, type SettingsBackend } from './settings/settings-store';
import { storageProblemOf } from './settings/storage-problem';
import { createFailureBackoff, settingsBackoffStore } from './teaching/failure-backoff';
import { hashSecret, verifySecret } from './settings/secret-hash';
import { createTeachingSession } from './teaching/teaching-session';
import { createCloseGuard } from './window/close-guard';

export interface AppCoreOptions {
  origin: string;
  rendererRoot: string;
  /** The built-in content pack, always available. */
  builtInPackRoot: string;
  /**
   * Opens the settings store (electron-store in the app, conf in tests). Called once,
   * after the file at `settingsPath` has been checked and repaired if it had to be.
   */
  openSettings: () => SettingsBackend;
  /** The file `openSettings` reads; its last-known-good copy is kept beside it. */
  settingsPath: string;
  log: Log;
  trustedWebContentsIds?: () => readonly number[];
  /** Cheaper scrypt costs for tests; the app always uses the PIN's costs. */
  secretCost?: { N: number; r: number; p: number };
  now?: () => number;
  /** Quits the app once staff allowed it (`app.quit`); the test host only logs. */
  quit?: () => void;
  /**
   * Folder for imported content packs, inside the app's user data folder. Without it
   * (unit tests of other features) imports go to a fresh temporary folder.
   */
  packsDir?: string;
  /** Folders searched for USB drives holding packs; tests point them at temp folders. */
  driveRoots?: () => readonly string[];
  /** The fleet policy file; the platform's machine-wide path when not given. */
  policyPath?: string;
  /** Owners a policy file may have (root by default). */
  policyTrustedUids?: readonly number[];
  appVersion?: string;
  logPath?: string | null;
  /** Folders offered for settings export and import besides mounted drives. */
  transferFolders?: readonly string[];
  /** Where removable drives are mounted for settings export and import (/media, /run/media on Linux). */
  transferDriveRoots?: readonly string[];
  /** Removable drives listed as they are, for settings export and import (Windows drive letters). */
  transferDrives?: () => readonly string[];
  /** Leaves the kiosk for maintenance ("Exit kiosk"); by default the close guard lets it through and quits. */
  exitKiosk?: () => void;
  /** The settings' file operations; tests make the disk full or read-only through it. */
  settingsFs?: SettingsFs;
}

/** The data folder holds the scrypt records: on Linux and macOS, the kiosk's user alone may enter it. */
function keepPrivate(folder: string, fs: SettingsFs): void {
  if (process.platform === 'win32') return;
  try {
    fs.chmod(folder, 0o700);
  } catch {
    // Missing (the store makes it on first save) or not ours to change: the files inside are 600.
  }
}

type PackEvent = 'guide:changed' | 'packs:progress';

export function createAppCore(options: AppCoreOptions) {
  const { log } = options;
  const lastGoodPath = path.join(path.dirname(options.settingsPath), 'settings.last-good.json');
  const settingsFs = options.settingsFs ?? nodeSettingsFs;
  keepPrivate(path.dirname(options.settingsPath), settingsFs);
  const recovery = recoverSettingsFile({ filePath: options.settingsPath, lastGoodPath, log, fs: settingsFs });
  const policy = loadPolicy({
    path: options.policyPath ?? defaultPolicyPath(process.platform, process.env),
    log,
    trustedUids: options.policyTrustedUids,
  });
  let backend: SettingsBackend;
  let unsaved = recovery.unsaved;
  if (unsaved) {
    backend = createMemoryBackend(recovery.values ?? {});
  } else {
    try {
      backend = options.openSettings();
    } catch (error) {
      // The file was readable a moment ago; whatever the store trips on, start on what was read.
      log.error(`settings: the settings store cannot be opened (${(error as NodeJS.ErrnoException).code ?? 'error'}); the kiosk runs on the values read, in memory`);
      backend = createMemoryBackend(recovery.values ?? {});
      unsaved = storageProblemOf(error);
    }
  }
  const settings = createSettingsStore({
    backend,
    log,
    lastGoodPath,
    filePath: options.settingsPath,
    policy,
    fs: settingsFs,
    unsaved,
  });
  const panelLock = (): PanelLock | null =>
    policy.status === 'malformed' ? (`policy-${policy.reason}` as PanelLock) : null;
  const now = options.now ?? Date.now;
  const admin = createAdminAccess({ settings, log, panelLock, now });
  if (policy.status === 'applied') admin.applyPolicyReset(policy.resetPin);
  const transfer = createSettingsTransfer({
    settings,
    log,
    folders: options.transferFolders ?? [path.join(path.dirname(options.settingsPath), 'transfer')],
    driveRoots: options.transferDriveRoots ?? [],
    drives: options.transferDrives,
  });
  const packs = createPackStore({
    dir: options.packsDir ?? mkdtempSync(path.join(tmpdir(), 'bedside-packs-')),
    builtInRoot: options.builtInPackRoot,
    log,
  });
  const packRoot = () => packs.activeRoot();
  const about = () => ({
    appVersion: options.appVersion ?? '0.0.0',
    logPath: options.logPath ?? null,
    settingsPath: options.settingsPath,
    lastRecovery: settings.readAdmin().lastRecovery ?? null,
    storage: settings.storageProblem(),
    policy: { status: policy.status, path: policy.path },
  });

  // Events the window must hear about: main.ts sends them over IPC, the test host
  // through its page binding.
  const packListeners = new Set<
    <E extends PackEvent>(event: E, payload: EventPayloads[E]) => void
  >();
  const emit = <E extends PackEvent>(event: E, payload: EventPayloads[E]) => {
    for (const listener of packListeners) listener(event, payload);
  };
  packs.onChange((guide) => emit('guide:changed', guide));

  // The fleet policy's content pack (IT deployment). Applied in the background at every
  // start: the same id and version is not copied again, and a pack that is missing or
  // broken is logged while the pack in use keeps playing. Staff cannot replace it.
  const policyPackPath = policyContentPack(policy);
  let policyPackState: PolicyPackState | null = policyPackPath ? 'applying' : null;
  async function applyPolicyPack(source: string): Promise<PolicyPackState> {
    log.info(`policy: applying content pack ${source}`);
    try {
      const result = await packs.setActiveFromPath(source);
      if (result.ok) {
        log.info(`policy: content pack ${source} is in use (${result.pack.id} ${result.pack.version})`);
        return 'applied';
      }
      const current = await packs.active().catch(() => null);
      log.error(
        `policy: content pack ${source} cannot be used (${result.problems.length} problem(s)); ` +
          `keeping ${current ? `${current.id} ${current.version}` : 'the current pack'}`,
      );
      for (const p of result.problems.slice(0, 20)) log.error(`policy: content pack ${p.file}: ${p.problem}`);
    } catch (error) {
      log.error(
        `policy: content pack ${source} cannot be used (${error instanceof Error ? error.message : 'unknown error'}); keeping the current pack`,
      );
    }
    return 'failed';
  }
  const policyPackApplied: Promise<PolicyPackState | null> = policyPackPath
    ? applyPolicyPack(policyPackPath).then((state) => (policyPackState = state))
    : Promise.resolve(null);

  // Kiosk lockdown: the page's idle resets, and the guard that keeps the kiosk open.
  const idleResetListeners = new Set<() => void>();
  /** Runs `listener` whenever the page reset itself after idling; returns an unsubscribe. */
  function onIdleReset(listener: () => void): () => void {
    idleResetListeners.add(listener);
    return () => idleResetListeners.delete(listener);
  }
  const idleReset = () => {
    endSessions('idle-reset');
    for (const listener of idleResetListeners) {
      try {
        listener();
      } catch (error) {
        log.error(`session: an idle-reset listener failed: ${error instanceof Error ? error.message : 'unknown error'}`);
      }
    }
  };
  const closeGuard = createCloseGuard({
    log,
    quit: options.quit ?? (() => log.info('kiosk: exit allowed (no app to quit in this host)')),
  });

  const teaching = createTeachingSession({
    settings: () => settings.get().teaching,
    verifySecret,
    // The staff PIN opens teaching mode too, under the PIN's own back-off.
    verifyStaffPin: (pin) => admin.verifyPinForTeaching(pin),
    staffPinSet: () => admin.status().pinSet,
    // Kept in the settings file beside the PIN's, so a restart gives no fresh attempts.
    backoff: createFailureBackoff({
      store: settingsBackoffStore(settings),
      now,
    }),
    log,
  });

  // Counted per day; the finished day is written within the hour after it ends (checked
  // hourly, the timer never keeps a process alive) and whatever is held at quit.
  const problemReports = createProblemReports({ log, now });
  setInterval(() => problemReports.endDayIfOver(), 60 * 60 * 1000).unref();

  const router = createIpcRouter({
    handlers: {
      ...createHandlers({
        settings,
        guide: packs.guide,
        log,
        problemReports,
        idleReset,
        teaching: {
          session: teaching,
          hashSecret: (secret) => hashSecret(secret, options.secretCost),
          isAdminSession: () => admin.isOpen(),
        },
        admin: {
          access: admin,
          transfer,
          about,
          exitKiosk: options.exitKiosk ?? (() => closeGuard.allowExit()),
        },
      }),
      ...createPackHandlers({
        packs,
        settings,
        log,
        driveRoots: options.driveRoots ?? (() => REMOVABLE_DRIVE_ROOTS),
        isAdminSessionOpen: () => panelLock() === null && admin.touch(),
        onProgress: (progress) => emit('packs:progress', progress),
        policyPack: () => policyPackState,
      }),
    },
    isTrustedSender: createSenderCheck({
      origin: options.origin,
      trustedWebContentsIds: options.trustedWebContentsIds,
    }),
    log,
  });
  const protocolHandler = createProtocolHandler({
    rendererRoot: options.rendererRoot,
    packRoot,
  });
  /**
   * What the idle reset and a window reload call: every session a person opened ends,
   * so the next parent finds nothing of the last one.
   */
  function endSessions(reason: 'idle-reset' | 'reload'): void {
    teaching.end(reason);
    admin.end(reason);
  }

  return {
    settings,
    /** Writes the problem counts held so far (at quit, so none are lost with the process). */
    flushProblemReports: () => problemReports.flush(),
    /** What the About page shows (versions, the last repair, whether changes are saved). */
    about,
    router,
    protocolHandler,
    teaching,
    admin,
    endSessions,
    onIdleReset,
    closeGuard,
    /** Ends the admin session alone (the idle reset calls `endSessions`, which ends it too). */
    endAdminSession: (reason: 'idle-reset' | 'done' = 'idle-reset') => admin.end(reason),
    packs,
    /**
     * Makes the pack at `source` (a folder or .zip) the active one; the fleet policy's
     * `contentPack` goes through it at start. Validates it fully first.
     */
    setActivePackFromPath: packs.setActiveFromPath,
    /**
     * Settles once the fleet policy's content pack has been applied or has failed
     * (with its state), at once with null when the policy names no pack. Never rejects.
     */
    policyPackApplied,
    onPackEvent(listener: <E extends PackEvent>(event: E, payload: EventPayloads[E]) => void) {
      packListeners.add(listener);
      return () => packListeners.delete(listener);
    },
  };
}

export type AppCore = ReturnType<typeof createAppCore>;
