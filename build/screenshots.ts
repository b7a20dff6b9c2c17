/**
 * `npm run screenshots`: photographs every patient screen in the given languages and
 * viewports, through the browser host, so people can look at what the kiosk shows.
 *
 *   npm run screenshots -- --out /tmp/shots --lang en,es --size 1280x800,1920x1080
 *   npm run screenshots -- --screens teaching --lang en,ar --size 1280x800
 *
 * `--screens` picks what to photograph: `patient` (the default), `teaching` (teaching
 * mode: the code pad, the presenter bar, the pacer, the hand-position guide, teach-back
 * and the nurse summary, opened with a throwaway ward code), or both.
 */
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { hashSecret } from '../electron/settings/secret-hash';
import { findChromium, OFFLINE_FLAGS } from '../tests/e2e/chromium-path';
import { startHost } from '../tests/e2e/host';
import { openStaffMenu } from '../tests/e2e/kiosk-actions';
import { GATE_CONTACTS } from '../tests/e2e/layout-gate';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'test-results/screenshots' },
    lang: { type: 'string', default: 'en,es' },
    size: { type: 'string', default: '1280x800,1920x1080' },
    contacts: { type: 'boolean', default: true },
    screens: { type: 'string', default: 'patient' },
  },
});
const screens = values.screens!.split(',');

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found (apt-get install -y chromium).');

// Photographs show the day theme whatever the hour: night hours are set to none.
const noNight = { nightStart: '00:00', nightEnd: '00:00' };
const host = await startHost({
  settings: values.contacts
    ? {
        ...noNight,
        wardName: 'Maternity 4B',
        languages: values.lang!.split(','),
        // The layout gate's four contacts: the most a ward is asked to show.
        contacts: [...GATE_CONTACTS],
      }
    : { ...noNight, languages: values.lang!.split(',') },
});
// Only for these photographs: a ward code so teaching mode can be opened.
const TEACHING_CODE = '2468';
if (screens.includes('teaching')) {
  host.core.settings.update({
    teaching: {
      ...host.core.settings.get().teaching,
      takeHomeUrl: 'https://hospital.example/hand-expression',
      codeHash: await hashSecret(TEACHING_CODE, { N: 2 ** 14, r: 8, p: 1 }),
    },
  });
}

/** Teaching mode, by the buttons a nurse presses (by place, so any language works). */
async function shootTeaching(page: Page, shoot: (name: string) => Promise<void>) {
  await openStaffMenu(page);
  await page.locator('.help-teaching').click();
  for (const digit of TEACHING_CODE) {
    await page.locator('.code-key').filter({ hasText: new RegExp(`^${digit}$`) }).click();
  }
  await shoot('teaching-code');
  await page.locator('.code-key.button-primary').click();
  const bar = page.locator('.presenter-bar');
  await bar.waitFor();
  // Step 7 (press back), through the bar's "Go to step" list.
  await bar.locator('.presenter-group').first().locator('.button').nth(1).click();
  await shoot('teaching-jump');
  await page.locator('.jump-step').nth(6).click();
  await page.waitForTimeout(1200);
  await shoot('teaching-bar');
  // The pacer, run for 83 s on the page's clock so the timer shows two-digit seconds.
  await bar.locator('.button-presenter-main').click();
  const pacer = page.locator('.pacer-screen');
  await pacer.locator('.pacer-actions .button-primary').click();
  await page.clock.runFor(83_300);
  await shoot('teaching-pacer');
  // The staff controls (pace, sound) sit below the parent's part: scrolled into view.
  await pacer.locator('.staff-controls').scrollIntoViewIfNeeded();
  await shoot('teaching-pacer-staff');
  await pacer.locator('.pacer-actions .button-primary').click();
  await page.locator('.practice-back').click();
  // Step 10's hand-position guide, moved on once to the U.
  await bar.locator('.presenter-group').first().locator('.button').nth(1).click();
  await page.locator('.jump-step').nth(9).click();
  await bar.locator('.button-presenter-main').click();
  await page.locator('.hand-main').click();
  await shoot('teaching-hands');
  await page.locator('.practice-back').click();
  // Teach-back: a question, a wrong answer's review, then the last screen and the summary.
  await bar.locator('.presenter-group').nth(2).locator('.button').nth(1).click();
  await page.locator('.teach-back').waitFor();
  await shoot('teaching-question');
  await page.locator('.teach-answers .button').nth(1).click();
  await page.locator('.teach-review').waitFor();
  await page.waitForTimeout(800);
  await shoot('teaching-review');
}

const browser = await chromium.launch({ executablePath, args: OFFLINE_FLAGS });
await mkdir(values.out!, { recursive: true });

/** A fresh page in `language` at `width` x `height`, and a `shoot` that names its files. */
async function openPage(language: string, size: string, fakeClock: boolean) {
  const [width, height] = size.split('x').map(Number) as [number, number];
  const context = await browser.newContext({ viewport: { width, height } });
  await host.attach(context);
  const page = await context.newPage();
  // The pacer runs on the page's clock: teaching photographs move it on without waiting.
  if (fakeClock) await page.clock.install();
  await page.goto(host.url);
  await page.locator('.app[data-screen="welcome"]').waitFor();
  if (language !== 'en') {
    await page.locator(`.language-button[lang="${language}"]`).click();
    await page.waitForFunction((lng) => document.documentElement.lang === lng, language);
  }
  const shoot = async (name: string) => {
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(values.out!, `${language}-${size}-${name}.png`) });
  };
  return { context, page, shoot };
}

for (const size of values.size!.split(',')) {
  for (const language of values.lang!.split(',')) {
    if (screens.includes('teaching')) {
      const { context, page, shoot } = await openPage(language, size, true);
      await shootTeaching(page, shoot);
      await context.close();
      // The session lives in the main process: end it, or the next page opens in it.
      host.core.teaching.end('done');
    }
    if (!screens.includes('patient')) continue;
    const { context, page, shoot } = await openPage(language, size, false);
    await shoot('welcome');
    const topics = ['overview', 'when-it-helps', 'good-to-know', 'storage', 'safety', 'about'];
    for (const [index, name] of topics.entries()) {
      await page.locator('.top-bar-nav .button').nth(1).click();
      await page.locator('.topic-button').nth(index).click();
      await shoot(name);
      const next = page.locator('.reading-pager .button-primary:enabled');
      for (let part = 2; (await next.count()) > 0; part++) {
        await next.click();
        await shoot(`${name}-page-${part}`);
      }
    }
    await page.locator('.button-language').click();
    await shoot('language');
    await page.locator('.language-button.current').click();
    await page.locator('.top-bar-nav .button').nth(1).click();
    await page.locator('.topic-button').first().click();
    await page.locator('.overview-step').first().click();
    for (let step = 1; step <= 12; step++) {
      // A second and a half into the loop: the hands are moving and a cue is showing.
      await page.waitForTimeout(1500);
      await shoot(`step-${step}`);
      if (step < 12) await page.locator('.step-buttons .button-primary').click();
    }
    // The one help button's sheet: every contact and its QR code.
    await page.locator('.help-open').click();
    await shoot('help-sheet');
    await page.locator('.sheet-close').click();
    await openStaffMenu(page);
    await shoot('staff-menu');
    await context.close();
  }
}
await browser.close();
await host.close();
console.log(`Screenshots written to ${values.out}`);
