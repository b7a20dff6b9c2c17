/**
 * What staff do to reach the admin panel, as Playwright steps: shared by the admin
 * spec and the screenshot script.
 */
import { expect, type Page } from '@playwright/test';

/**
 * Press and hold the top corner on the reading-start side for 3 seconds: the page's
 * own direction unless a test names a corner.
 */
export async function holdCorner(page: Page, direction?: 'ltr' | 'rtl'): Promise<void> {
  // What a nurse sees before holding: the guide on screen, ready for touch.
  await page.waitForFunction(() => performance.getEntriesByName('bedside:interactive').length > 0, undefined, { timeout: 60_000 });
  const side = direction ?? ((await page.evaluate(() => document.documentElement.dir)) === 'rtl' ? 'rtl' : 'ltr');
  const width = page.viewportSize()?.width ?? 1280;
  await page.mouse.move(side === 'ltr' ? 12 : width - 12, 12);
  await page.mouse.down();
  // The hold is time itself (the app counts 3 s); callers then wait for what it opens.
  await page.waitForTimeout(3300);
  await page.mouse.up();
}

/** Types a PIN on the app's own pad (its keys, not a keyboard). */
export async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.locator('.pin-keys .pin-key').filter({ hasText: new RegExp(`^${digit}$`) }).click();
  await page.locator('.pin-actions .button-primary').click();
}

/** Opens the panel, choosing `pin` on first run or entering it otherwise. */
export async function openPanel(page: Page, pin: string, firstRun: boolean): Promise<void> {
  await holdCorner(page);
  await expect(page.locator('.pin-pad')).toBeVisible();
  await typePin(page, pin);
  if (firstRun) await typePin(page, pin);
  await expect(page.locator('.app[data-screen="admin"]')).toBeVisible({ timeout: 30_000 });
}
