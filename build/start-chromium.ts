/**
 * `npm run start:chromium`: the kiosk in the system Chromium, full screen, through the
 * browser test host (for trying it, demos and teaching on a laptop). Deployments use
 * the packaged Electron app, never this.
 */
import { chromium } from '@playwright/test';
import { findChromium, OFFLINE_FLAGS } from '../tests/e2e/chromium-path';
import { startHost } from '../tests/e2e/host';

async function main(): Promise<number> {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('No display found (DISPLAY and WAYLAND_DISPLAY are unset): the kiosk needs a screen to show on.');
    return 1;
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('No Chromium found. Install it (Debian: apt-get install -y chromium) or set BEDSIDE_CHROMIUM.');
    return 1;
  }
  const host = await startHost({ echoLog: true });
  const browser = await chromium.launch({
    executablePath,
    headless: false,
    args: [...OFFLINE_FLAGS, '--kiosk', '--start-fullscreen'],
  });
  const context = await browser.newContext({ viewport: null });
  await host.attach(context);
  const page = await context.newPage();
  await page.goto(host.url);
  console.log(`Bedside Guide is running in Chromium (${executablePath}). Close the window to stop.`);
  await new Promise<void>((resolve) => {
    page.on('close', () => resolve());
    browser.on('disconnected', () => resolve());
    process.on('SIGINT', () => resolve());
    process.on('SIGTERM', () => resolve());
  });
  await browser.close().catch(() => undefined);
  await host.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.log(`Could not start the kiosk in Chromium: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
