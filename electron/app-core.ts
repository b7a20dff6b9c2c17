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

export interface AppCoreOptions {
  origin: string;
  rendererRoot: string;
  /** The built-in content pack, always available. */
  builtInPackRoot: string;
  settingsBackend: SettingsBackend;
  log: Log;
  trustedWebContentsIds?: () => readonly number[];
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

  const router = createIpcRouter({
    handlers: createHandlers({ settings, guide, log }),
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
  return { settings, router, protocolHandler };
}

export type AppCore = ReturnType<typeof createAppCore>;
