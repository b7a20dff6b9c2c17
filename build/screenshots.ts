/**
 * `npm run screenshots`: photographs every patient screen in the given languages and
 * viewports, through the browser host, so people can look at what the kiosk shows.
 *
 *   npm run screenshots -- --out /tmp/shots --lang en,es --size 1280x800,1920x1080
 */
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium, OFFLINE_FLAGS } from '../tests/e2e/chromium-path';
import { startHost } from '../tests/e2e/host';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'test-results/screenshots' },
    lang: { type: 'string', default: 'en,es' },
    size: { type: 'string', default: '1280x800,1920x1080' },
    contacts: { type: 'boolean', default: true },
  },
});

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
        contacts: [
          { id: 'n1', name: 'Ana Pérez', role: 'nurse', phone: '555-0100', extension: '4102' },
          { id: 'l1', name: 'Lactation team', role: 'lactation', phone: '555-0199' },
        ],
      }
    : { ...noNight, languages: values.lang!.split(',') },
});
const browser = await chromium.launch({ executablePath, args: OFFLINE_FLAGS });
await mkdir(values.out!, { recursive: true });

for (const size of values.size!.split(',')) {
  const [width, height] = size.split('x').map(Number) as [number, number];
  for (const language of values.lang!.split(',')) {
    const context = await browser.newContext({ viewport: { width, height } });
    await host.attach(context);
    const page = await context.newPage();
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
    await shoot('welcome');
    const topics = ['overview', 'when-it-helps', 'good-to-know', 'storage', 'safety', 'about'];
    for (const [index, name] of topics.entries()) {
      await page.locator('.top-bar-nav .button').nth(1).click();
      await page.locator('.topic-button').nth(index).click();
      await shoot(name);
    }
    await page.locator('.button-language').click();
    await shoot('language');
    await page.locator('.language-button.current').click();
    await page.locator('.top-bar-nav .button').nth(1).click();
    await page.locator('.topic-button').first().click();
    for (const step of [1, 5, 8, 10, 12]) {
      await page.locator('.overview-step').nth(step - 1).click();
      await page.waitForTimeout(1200);
      await shoot(`step-${step}`);
      await page.locator('.top-bar-nav .button').nth(1).click();
      await page.locator('.topic-button').first().click();
    }
    await context.close();
  }
}
await browser.close();
await host.close();
console.log(`Screenshots written to ${values.out}`);
