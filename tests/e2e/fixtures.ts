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
  /**
   * When set, the page runs on Playwright's fake clock from this local time
   * ("2026-01-15T23:00"), paused a minute later once the app shows.
   */
  clockTime: string | null;
}

export const test = base.extend<KioskFixtures>({
  hostOptions: [{}, { option: true }],
  allowedConsoleErrors: [[], { option: true }],
  clockTime: [null, { option: true }],
  host: async ({ hostOptions }, use) => {
    // Tests run at any hour: the night shade stays off unless a test sets night hours.
    const host = await startHost({
      ...hostOptions,
      settings: { nightStart: '00:00', nightEnd: '00:00', ...hostOptions.settings },
    });
    await use(host);
    await host.close();
  },
  kiosk: async ({ host, context, page, allowedConsoleErrors, clockTime }, use) => {
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
    if (clockTime) await page.clock.install({ time: new Date(clockTime) });
    await page.goto(host.url);
    await expect(page.locator('.app[data-screen]')).toBeVisible();
    // From here time moves only when the test moves it (a minute on, so the fake clock
    // is surely past the real seconds the page took to load).
    if (clockTime) await page.clock.pauseAt(new Date(new Date(clockTime).getTime() + 60_000));
    await use(page);
    expect(offOrigin, 'requests outside the app origin').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  },
});

export { expect };
