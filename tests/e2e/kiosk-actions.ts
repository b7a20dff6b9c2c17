/**
 * What a parent does, as Playwright steps: shared by the e2e specs and the
 * screenshot script so each gesture is written once.
 */
import { expect, type Page } from '@playwright/test';

export async function startGuide(page: Page, startLabel: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: startLabel }).click();
}

/** A horizontal finger swipe across the middle of the main area. */
export async function swipe(page: Page, direction: 'left' | 'right'): Promise<void> {
  const box = await page.locator('#main').boundingBox();
  if (!box) throw new Error('main area not visible');
  const y = box.y + box.height / 2;
  const from = direction === 'left' ? box.x + box.width * 0.75 : box.x + box.width * 0.25;
  const to = direction === 'left' ? box.x + box.width * 0.25 : box.x + box.width * 0.75;
  await page.mouse.move(from, y);
  await page.mouse.down();
  await page.mouse.move(to, y, { steps: 8 });
  await page.mouse.up();
}

export async function expectStep(page: Page, stepId: string, counter: string): Promise<void> {
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', stepId);
  await expect(page.locator('.step-counter')).toHaveText(counter);
}

/** Opens the help bar's staff menu (screen cleaning, teaching mode): one small gear button. */
export async function openStaffMenu(page: Page): Promise<void> {
  const toggle = page.locator('.help-staff');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.locator('#staff-menu-items')).toBeVisible();
}
