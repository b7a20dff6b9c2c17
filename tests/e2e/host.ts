/**
 * The browser test host: the kiosk's real main-process code, without Electron.
 *
 * It builds the same app core as electron/main.ts (settings in conf, a temporary data
 * folder), serves the build through the same app:// protocol handler behind a
 * loopback HTTP server, and bridges a page's `window.bedside` to the same IPC router
 * with Playwright's exposeBinding. Only Electron's transport is replaced, by a copy
 * that drops what contextBridge and ipcRenderer.invoke drop (bridge-transport.ts).
 */
import Conf from 'conf';
import { build } from 'esbuild';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { createAppCore, type AppCore } from '../../electron/app-core';
import type { Settings } from '../../electron/settings/settings-schema';
import { createMemoryLog } from '../../electron/log';
import type { EventName } from '../../electron/ipc/contract';
import { cloneForIpc, remoteMethodError } from './bridge-transport';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface HostOptions {
  rendererRoot?: string;
  builtInPackRoot?: string;
  /** Settings written before the app starts (as staff would have saved them). */
  settings?: Partial<Settings>;
  /** The raw settings file written before start (for damaged-file cases). */
  settingsFileText?: string;
  /** A fleet policy file's text; written into the data folder and used as the policy. */
  policyText?: string;
  /** Print log lines to the console (the Chromium launcher does). */
  echoLog?: boolean;
  /** Folders searched for USB drives holding content packs (default: none). */
  driveRoots?: string[];
  /**
   * Keep the data (settings, PIN, packs, logs) in this folder and leave it in place at
   * close, as the Chromium fallback does; by default a temporary folder, deleted at close.
   */
  dataDir?: string;
  /** Staff confirmed "Exit kiosk" (the Chromium fallback closes its window). */
  onExitKiosk?: () => void;
}

let preloadBundle: Promise<string> | null = null;

/** Bundles tests/e2e/host-preload.ts once per process. */
function hostPreload(): Promise<string> {
  preloadBundle ??= build({
    entryPoints: [path.join(PROJECT_ROOT, 'tests/e2e/host-preload.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return preloadBundle;
}

async function toWebRequest(origin: string, req: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  return new Request(new URL(req.url ?? '/', origin), { method: req.method, headers });
}

async function sendWebResponse(response: Response, res: ServerResponse): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) {
    res.end();
    return;
  }
  Readable.fromWeb(response.body as never)
    .on('error', () => res.destroy())
    .pipe(res);
}

export interface Host {
  origin: string;
  url: string;
  dataDir: string;
  core: AppCore;
  log: ReturnType<typeof createMemoryLog>;
  /** Times "Exit kiosk" was confirmed (the host does not quit). */
  exitRequests: number[];
  /** Gives every page of the context its `window.bedside`. */
  attach(context: BrowserContext): Promise<void>;
  close(): Promise<void>;
}

export async function startHost(options: HostOptions = {}): Promise<Host> {
  const keepData = options.dataDir !== undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'bedside-host-')));
  if (keepData) await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const log = createMemoryLog(options.echoLog ? (line) => console.log(line) : undefined);
  const rendererRoot = options.rendererRoot ?? path.join(PROJECT_ROOT, 'dist/renderer');
  const builtInPackRoot =
    options.builtInPackRoot ?? path.join(PROJECT_ROOT, 'renderer/content/default');

  let core: AppCore | null = null;
  const server = createServer((req, res) => {
    if (!core) {
      res.writeHead(503).end();
      return;
    }
    const handler = core.protocolHandler;
    toWebRequest(origin, req)
      .then(handler)
      .then((response) => sendWebResponse(response, res))
      .catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const openSettings = () =>
    new Conf<Record<string, unknown>>({
      cwd: dataDir,
      configName: 'settings',
      projectName: 'bedside-guide',
      clearInvalidConfig: false,
      configFileMode: 0o600,
    });
  if (options.settings) openSettings().set(options.settings);
  if (options.settingsFileText !== undefined) {
    await writeFile(path.join(dataDir, 'settings.json'), options.settingsFileText);
  }
  const policyPath = path.join(dataDir, 'policy', 'policy.json');
  if (options.policyText !== undefined) {
    await mkdir(path.dirname(policyPath), { recursive: true, mode: 0o755 });
    await writeFile(policyPath, options.policyText, { mode: 0o644 });
  }
  const exitRequests: number[] = [];
  core = createAppCore({
    origin,
    rendererRoot,
    builtInPackRoot,
    openSettings,
    settingsPath: path.join(dataDir, 'settings.json'),
    log,
    policyPath,
    policyTrustedUids: [process.getuid?.() ?? 0, 0],
    appVersion: '0.1.0',
    logPath: path.join(dataDir, 'logs', 'main.log'),
    transferFolders: [path.join(dataDir, 'transfer')],
    exitKiosk: () => {
      exitRequests.push(Date.now());
      options.onExitKiosk?.();
    },
    // The teaching code's scrypt costs take seconds a try on a busy CI core; the lowest accepted costs keep the same rules.
    secretCost: { N: 2 ** 14, r: 8, p: 1 },
    packsDir: path.join(dataDir, 'content-packs'),
    driveRoots: () => options.driveRoots ?? [],
  });

  const pages = new Set<Page>();
  function emit(event: EventName, payload: unknown): void {
    for (const page of pages) {
      page
        .evaluate(
          ([name, value]) =>
            (window as { __bedsideEmit?: (e: string, p: unknown) => void }).__bedsideEmit?.(
              name as string,
              value,
            ),
          [event, payload] as const,
        )
        .catch(() => undefined);
    }
  }
  core.settings.onChange(() => emit('settings:changed', core?.settings.getPublic()));
  core.teaching.onChange((status) => emit('teaching:changed', status));

  core.onPackEvent((event, payload) => {
    for (const page of pages) {
      page
        .evaluate(
          ([name, data]) =>
            (window as { __bedsideEmit?: (e: string, p: unknown) => void }).__bedsideEmit?.(name, data),
          [event, payload] as const,
        )
        .catch(() => undefined);
    }
  });
  core.admin.onSessionEnd((reason) => emit('admin:session-ended', { reason }));
  // A policy's content pack is in place (or has failed) before a test opens the page.
  await core.policyPackApplied;

  const activeCore = core;
  return {
    origin,
    url: `${origin}/index.html`,
    dataDir,
    core: activeCore,
    log,
    exitRequests,
    async attach(context) {
      await context.exposeBinding(
        '__bedsideInvoke',
        async (source, channel: unknown, payload: unknown) => {
          try {
            const reply = await activeCore.router.handle(cloneForIpc(channel), cloneForIpc(payload), {
              url: source.frame.url(),
              isMainFrame: source.frame === source.page.mainFrame(),
            });
            // ipcMain's reply is structured-cloned too: a class instance or a function in it fails here as it would there.
            return cloneForIpc(reply);
          } catch (error) {
            throw remoteMethodError(String(channel), error);
          }
        },
      );
      await context.addInitScript({ content: await hostPreload() });
      context.on('page', (page) => {
        pages.add(page);
        page.on('close', () => pages.delete(page));
      });
      for (const page of context.pages()) pages.add(page);
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
