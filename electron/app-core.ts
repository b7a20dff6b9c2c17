/**
 * Builds everything behind the window that does not need Electron: the settings, the
 * content pack, the IPC router and the app:// protocol handler.
 *
 * `main.ts` calls it with electron-store and Electron's paths; the browser test host
 * calls it with conf and a temporary folder. Both then run the very same handlers.
 */
import { readFile } from 'node:fs/promises';
import { loadContentPack } from './content/content-pack';
import { createProtocolHandler } from './content/protocol-handler';
import { createHandlers } from './ipc/handlers';
import { createIpcRouter } from './ipc/router';
import { createSenderCheck } from './ipc/sender-check';
import type { Log } from './log';
import { createSettingsStore, type SettingsBackend } from './settings/settings-store';
import { createFailureBackoff, memoryBackoffStore } from './teaching/failure-backoff';
import { hashSecret, verifySecret } from './settings/secret-hash';
import { createTeachingSession } from './teaching/teaching-session';
import { createCloseGuard } from './window/close-guard';

export interface AppCoreOptions {
  origin: string;
  rendererRoot: string;
  /** The built-in content pack, always available. */
  builtInPackRoot: string;
  settingsBackend: SettingsBackend;
  log: Log;
  trustedWebContentsIds?: () => readonly number[];
  /** Cheaper scrypt costs for tests; the app always uses the PIN's costs. */
  secretCost?: { N: number; r: number; p: number };
  now?: () => number;
  /** Quits the app once staff allowed it (`app.quit`); the test host only logs. */
  quit?: () => void;
}

export function createAppCore(options: AppCoreOptions) {
  const { log } = options;
  const settings = createSettingsStore({ backend: options.settingsBackend, log });
  const packRoot = () => options.builtInPackRoot;

  const guide = async () => {
    const result = await loadContentPack(packRoot(), (file) => readFile(file, 'utf8'));
    if (result.ok) return result.guide;
    for (const problem of result.problems) log.error(`content pack: ${problem}`);
    return null;
  };

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
    backoff: createFailureBackoff({ store: memoryBackoffStore(), now: options.now ?? Date.now }),
    log,
  });

  const router = createIpcRouter({
    handlers: createHandlers({
      settings,
      guide,
      log,
      idleReset,
      teaching: {
        session: teaching,
        hashSecret: (secret) => hashSecret(secret, options.secretCost),
        // The admin panel's session (issue 4) plugs in here; until then nobody may edit.
        isAdminSession: () => false,
      },
    }),
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
  }

  return { settings, router, protocolHandler, teaching, endSessions, onIdleReset, closeGuard };
}

export type AppCore = ReturnType<typeof createAppCore>;
