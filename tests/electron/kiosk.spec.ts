/**
 * The real app in the real Electron binary. Runs wherever a binary exists; elsewhere
 * every test here is reported as skipped, with the reason. Needs a display: `npm run
 * test:electron` starts it under xvfb-run when there is none (build/run-electron-tests.mjs).
 */
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBedsideApi } from '../../electron/ipc/bedside-api';
import { findElectron } from './electron-binary';

const found = findElectron();
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test.skip('missing' in found, 'missing' in found ? `no Electron binary: ${found.missing}` : '');

let app: ElectronApplication;
let window: Page;

test.beforeAll(async () => {
  if (!('path' in found)) return;
  // No executablePath: Playwright then finds the binary through the electron package (which
  // honours ELECTRON_OVERRIDE_DIST_PATH) and preloads its loader, which holds Electron's
  // `ready` until Playwright is attached. Given an executablePath it treats the app as
  // packaged and skips the loader (microsoft/playwright#21577), and the kiosk window can
  // be made before Playwright is listening.
  app = await electron.launch({ args: [projectRoot] });
  window = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.evaluate(({ app: electronApp }) => electronApp.exit(0)).catch(() => undefined);
});

test('opens the guide full screen on the app origin', async () => {
  await expect(window.locator('.app[data-screen="welcome"]')).toBeVisible();
  expect(window.url()).toBe('app://bedside/index.html');
  const state = await app.evaluate(({ BrowserWindow }) => {
    const win = BrowserWindow.getAllWindows()[0];
    return { kiosk: win?.isKiosk(), fullScreen: win?.isFullScreen(), closable: win?.isClosable() };
  });
  // Electron does not implement `closable` on Linux: there isClosable() is always true
  // and the close guard alone keeps the window open.
  expect(state).toEqual({ kiosk: true, fullScreen: true, closable: process.platform === 'linux' });
});

test('a refusal crosses the real contextBridge as data, with its code', async () => {
  const reply = await window.evaluate(() =>
    (
      window as unknown as { bedside: { adminGetSettings(): Promise<unknown> } }
    ).bedside.adminGetSettings(),
  );
  expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('exposes only the named API, with no Node in the page', async () => {
  const shape = await window.evaluate(() => ({
    api: Object.keys((window as unknown as { bedside: object }).bedside).sort(),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(shape.require).toBe('undefined');
  expect(shape.process).toBe('undefined');
  const named = Object.keys(
    createBedsideApi({ invoke: () => Promise.resolve(null), subscribe: () => () => undefined }),
  ).sort();
  expect(shape.api).toEqual(named);
});

test('swallows a blocked shortcut before the page sees it; a digit still reaches the page', async () => {
  await expect(window.locator('.app[data-screen="welcome"]')).toBeVisible();
  // Electron has no reload or devtools key of its own once the menu is gone, so "nothing
  // happened" proves little: the page counts the keys that reach it instead.
  await window.evaluate(() => {
    const seen: string[] = [];
    const page = globalThis as unknown as Window & { __keys: string[] };
    page.__keys = seen;
    page.addEventListener('keydown', (event: KeyboardEvent) => seen.push(event.key), true);
  });
  await window.keyboard.press('Control+R');
  await window.keyboard.press('F12');
  await window.keyboard.press('Alt+ArrowLeft');
  await window.keyboard.press('7');
  const seen = await window.evaluate(() => (window as unknown as { __keys: string[] }).__keys);
  expect(seen).toEqual(['7']);
  const devtools = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.webContents.isDevToolsOpened(),
  );
  expect(devtools).toBe(false);
});

test('heals a crashed renderer: back on the welcome screen within 5 seconds', async () => {
  await window.getByRole('button', { name: 'Start' }).click();
  await expect(window.locator('.app[data-screen="overview"]')).toBeVisible();
  await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer(),
  );
  // Playwright's Page died with the renderer; the reloaded page is asked from the main process.
  await expect
    .poll(
      () =>
        app.evaluate(async ({ BrowserWindow }) => {
          const contents = BrowserWindow.getAllWindows()[0]?.webContents;
          if (!contents || contents.isCrashed() || contents.isLoading()) return 'not yet';
          return contents
            .executeJavaScript(
              "document.querySelector('.app')?.getAttribute('data-screen') ?? 'none'",
            )
            .catch(() => 'not yet');
        }),
      { timeout: 5000, intervals: [100, 250, 500] },
    )
    .toBe('welcome');
});
