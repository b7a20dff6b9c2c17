/**
 * Teaching mode's screens in every shipped language at the tablet's size: the presenter
 * bar on a step, the rhythm pacer, the hand-position guide and the first teach-back
 * question. No text may overflow or be clipped, and axe-core finds no violation.
 * (teaching.spec.ts drives what each screen does; this walk is about words and layout.)
 *
 * Axe runs on every screen in English, Spanish and Arabic (right to left), and on the
 * screen with the most words (the teach-back question) in the others: its rules look at
 * structure, names, contrast and language tags, which the screens share in every
 * language, as in languages.spec.ts.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../electron/settings/settings-schema';
import { hashSecret } from '../../electron/settings/secret-hash';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { readScreen } from './layout-check';

const WARD_CODE = '2468';
const AXE_EVERYWHERE = new Set(['en', 'es', 'ar']);

async function openTeaching(page: Page): Promise<void> {
  await page.locator('.help-teaching').click();
  const pad = page.locator('.code-dialog');
  await expect(pad).toBeVisible();
  for (const digit of WARD_CODE) await pad.getByRole('button', { name: digit, exact: true }).click();
  await pad.locator('.code-key.button-primary').click();
  await expect(page.getByTestId('presenter-bar')).toBeVisible();
}

/** From the presenter bar's step screen to step `n` (1-based), by the patient's Next button. */
async function nextSteps(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await page.locator('.step-buttons .button-primary').click();
}

for (const language of DEFAULT_SETTINGS.languages) {
  test(`${language}: teaching mode's screens fit, in its own words, with no axe violation`, async ({
    host,
    kiosk,
  }) => {
    // Four screens with axe each, on a busy 2-core machine.
    test.setTimeout(180_000);
    const current = host.core.settings.get().teaching;
    host.core.settings.update({
      teaching: { ...current, codeHash: await hashSecret(WARD_CODE, { N: 2 ** 14, r: 8, p: 1 }) },
    });
    if (language !== 'en') {
      await kiosk.locator(`.language-button[lang="${language}"]`).click();
      await expect(kiosk.locator('html')).toHaveAttribute('lang', language);
    }
    // Into step 7, where the pacer is.
    await kiosk.locator('.top-bar-nav .button').nth(1).click();
    await kiosk.locator('.topic-button').first().click();
    await kiosk.locator('.overview-step').nth(6).click();
    await expect(kiosk.locator('[data-step]')).toHaveAttribute('data-step', 'press-back');
    await openTeaching(kiosk);

    const problems: string[] = [];
    const check = async (screen: string) => {
      const where = `${language} ${screen}`;
      const { overflows } = await readScreen(kiosk);
      for (const overflow of overflows) {
        problems.push(`${where}: ${overflow.element} ${overflow.size} "${overflow.text}"`);
      }
      if (AXE_EVERYWHERE.has(language) || screen === 'teach-back question')
        await expectNoAxeViolations(kiosk, where);
    };

    await check('step 7 with the presenter bar');
    await kiosk.locator('.button-presenter-main').click();
    await expect(kiosk.getByTestId('rhythm-pacer')).toBeVisible();
    await check('rhythm pacer');
    await kiosk.locator('.practice-back').click();
    await nextSteps(kiosk, 3);
    await expect(kiosk.locator('[data-step]')).toHaveAttribute('data-step', 'repeat-rotate');
    await kiosk.locator('.button-presenter-main').click();
    await expect(kiosk.getByTestId('hand-guide')).toBeVisible();
    await check('hand-position guide');
    await kiosk.locator('.practice-back').click();
    await kiosk.locator('.button-presenter-main + .button').click();
    await expect(kiosk.locator('.teach-answers')).toBeVisible();
    await check('teach-back question');
    expect(problems).toEqual([]);
  });
}
