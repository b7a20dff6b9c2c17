/**
 * `npm start` without the Electron binary (and `npm run start:chromium`): the kiosk in
 * the system Chromium, through the browser test host, for trying it, demos and teaching
 * on a laptop. Deployments use the packaged Electron app.
 *
 * It is still a kiosk: one full-screen window with no tab strip, address bar or
 * buttons (--kiosk takes effect only in a persistent context's window), the page's
 * lockdown rules applied in the browser (build/chromium-lockdown.ts, plus the context
 * rules below), and what staff save kept in the user's data folder across starts.
 * Chromium's own profile (caches, page storage) is fresh each start, as in Electron.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isOnOrigin } from '../electron/ipc/sender-check';
import { findChromium } from '../tests/e2e/chromium-path';
import { startHost } from '../tests/e2e/host';
import { defaultDataFolder, DROPPED_DEFAULT_ARGS, KIOSK_ARGS, parseFallbackArgs } from './chromium-kiosk';

const HERE = path.dirname(fileURLToPath(import.meta.url));

async function lockdownScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(HERE, 'chromium-lockdown.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The context-level rules: nothing off the app origin loads, no second window stays open. */
async function lockDownContext(context: BrowserContext, origin: string, startUrl: string, log: (line: string) => void) {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isOnOrigin(url, origin)) return route.continue();
    log(`[warn] lockdown: refused a request to ${new URL(url).protocol}//${new URL(url).host}`);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => {
    if (context.pages()[0] !== page) {
      log('[warn] lockdown: refused new window');
      page.close().catch(() => undefined);
    }
  });
  const keepOnOrigin = (page: Page) =>
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame() || isOnOrigin(frame.url(), origin)) return;
      log('[warn] lockdown: left the app origin; back to the guide');
      page.goto(startUrl).catch(() => undefined);
    });
  return keepOnOrigin;
}

/**
 * --kiosk asks the window manager for full screen; with none (a bare X server, some
 * kiosk sessions) the window keeps Chromium's default size. Setting the bounds to the
 * screen through the DevTools protocol fills it either way.
 */
async function fillScreen(context: BrowserContext, page: Page): Promise<void> {
  try {
    const sizes = await page.evaluate(() => ({
      screen: { width: window.screen.width, height: window.screen.height },
      window: { width: window.outerWidth, height: window.outerHeight },
    }));
    if (sizes.window.width >= sizes.screen.width && sizes.window.height >= sizes.screen.height) return;
    const cdp = await context.newCDPSession(page);
    const { windowId } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number };
    // Chromium takes bounds only in the normal state (which shows the browser bar for a
    // moment), then full screen again hides it, now at the screen's size.
    await cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'normal' } });
    await cdp.send('Browser.setWindowBounds', {
      windowId,
      bounds: { left: 0, top: 0, width: sizes.screen.width, height: sizes.screen.height },
    });
    await cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'fullscreen' } });
    await cdp.detach();
  } catch (error) {
    // The window keeps the size --kiosk gave it.
    console.log(`[warn] kiosk: could not fill the screen: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function main(): Promise<number> {
  const parsed = parseFallbackArgs(process.argv.slice(2), {
    dataDir: defaultDataFolder(process.platform, process.env, homedir()),
  });
  if (!parsed.ok) {
    console.log(parsed.message);
    return 2;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('No display found (DISPLAY and WAYLAND_DISPLAY are unset): the kiosk needs a screen to show on.');
    return 1;
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('No Chromium found. Install it (Debian: apt-get install -y chromium) or set BEDSIDE_CHROMIUM.');
    return 1;
  }
  const { dataDir } = parsed.options;
  let stopping = false;
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => {
    stop = () => {
      stopping = true;
      resolve();
    };
  });
  const host = await startHost({ echoLog: true, dataDir, onExitKiosk: () => stop() });
  const profile = await mkdtemp(path.join(tmpdir(), 'bedside-chromium-'));
  const log = (line: string) => console.log(line);
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: false,
      args: [...KIOSK_ARGS],
      ignoreDefaultArgs: [...DROPPED_DEFAULT_ARGS],
      viewport: null,
      acceptDownloads: false,
      permissions: [],
      serviceWorkers: 'block',
    });
    await context.addInitScript({ content: await lockdownScript() });
    const keepOnOrigin = await lockDownContext(context, host.origin, host.url, log);
    await host.attach(context);
    const open = async (page: Page) => {
      keepOnOrigin(page);
      // Ctrl+W and a few other chords cannot be stopped by a page: the guide comes back.
      page.on('close', () => {
        if (!stopping) context.newPage().then(open, () => stop());
      });
      await page.goto(host.url);
    };
    const first = context.pages()[0] ?? (await context.newPage());
    await open(first);
    await fillScreen(context, first);
    console.log(
      `Bedside Guide is running in Chromium (${executablePath}), full screen. Staff data is kept in ${dataDir}. ` +
        'To stop: "Exit kiosk" in the staff panel, or Ctrl+C here.',
    );
    context.on('close', () => stop());
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop());
    await stopped;
    await context.close().catch(() => undefined);
  } finally {
    await host.close();
    await rm(profile, { recursive: true, force: true });
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.log(`Could not start the kiosk in Chromium: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
