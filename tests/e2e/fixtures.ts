/**
 * Playwright fixtures for the kiosk: a fresh test host per test (its own data folder),
 * a page already showing the app, and two guards every test gets for free: the page
 * may make no request outside its own origin, and may log no console error.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { startHost, type Host, type HostOptions } from './host';

interface KioskFixtures {
  hostOptions: HostOptions;
  host: Host;
  kiosk: Page;
  /** Console errors a test expects (each a substring); anything else fails the test. */
  allowedConsoleErrors: string[];
}

export const test = base.extend<KioskFixtures>({
  hostOptions: [{}, { option: true }],
  allowedConsoleErrors: [[], { option: true }],
  host: async ({ hostOptions }, use) => {
    const host = await startHost(hostOptions);
    await use(host);
    await host.close();
  },
  kiosk: async ({ host, context, page, allowedConsoleErrors }, use) => {
    const offOrigin: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(host.origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:')) {
        offOrigin.push(url);
      }
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (!allowedConsoleErrors.some((allowed) => text.includes(allowed))) consoleErrors.push(text);
    });
    page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
    await host.attach(context);
    await page.goto(host.url);
    await expect(page.locator('.app[data-screen]')).toBeVisible();
    await use(page);
    expect(offOrigin, 'requests outside the app origin').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  },
});

export { expect };
