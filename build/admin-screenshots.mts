import { chromium } from '@playwright/test';
import path from 'node:path';
import { findChromium, OFFLINE_FLAGS } from '../tests/e2e/chromium-path';
import { startHost } from '../tests/e2e/host';
import { openPanel, holdCorner } from '../tests/e2e/admin-actions';

const out = process.argv[2] ?? '/tmp/admin-shots';
const lang = process.argv[3] ?? 'en';
const size = process.argv[4] ?? '1280x800';
const [width, height] = size.split('x').map(Number) as [number, number];
const host = await startHost({
  settings: {
    wardName: 'Maternity 4B',
    contacts: [
      { id: 'n1', name: 'Ana Pérez', role: 'nurse', phone: '555-0100', extension: '4102', availability: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '07:00', to: '19:00' } },
      { id: 'l1', name: 'Lactation team', role: 'lactation', phone: '+1 (555) 0199' },
      { id: 'x1', name: '<img src=x onerror=alert(1)>', role: 'other', extension: '12' },
    ],
  },
});
const browser = await chromium.launch({ executablePath: findChromium()!, args: OFFLINE_FLAGS });
const context = await browser.newContext({ viewport: { width, height } });
await host.attach(context);
const page = await context.newPage();
page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
await page.goto(host.url);
await page.locator('.app[data-screen="welcome"]').waitFor();
if (lang !== 'en') {
  await page.locator(`.language-button[lang="${lang}"]`).click();
  await page.waitForFunction((lng) => document.documentElement.lang === lng, lang);
}
const shoot = async (name: string) => {
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, `${lang}-${size}-${name}.png`) });
};
await shoot('help-bar');
await holdCorner(page);
await page.locator('.pin-pad').waitFor();
await shoot('pin-setup');
for (const d of '111111') await page.locator('.pin-keys .pin-key').filter({ hasText: new RegExp(`^${d}$`) }).click();
await page.locator('.pin-actions .button-primary').click();
for (const d of '111111') await page.locator('.pin-keys .pin-key').filter({ hasText: new RegExp(`^${d}$`) }).click();
await page.locator('.pin-actions .button-primary').click();
await page.locator('.pin-message').filter({ hasText: /./ }).waitFor();
await shoot('pin-trivial');
await page.locator('.pin-actions .button-secondary').click();
await openPanel(page, '482913', true);
await shoot('contacts');
await page.locator('.contact-card').first().getByRole('button', { name: /QR/ }).click();
await shoot('contacts-qr');
await page.locator('.admin-section .button-primary').last().click();
await page.locator('#contact-name').fill(' ');
await page.locator('#contact-phone').fill('call me');
await page.locator('.contact-form input[type=checkbox]').first().check();
await page.locator('#contact-to').fill('08:00');
await page.locator('#contact-from').fill('08:00');
await page.locator('.contact-form button[type=submit]').click();
await page.locator('.field-error').filter({ hasText: /./ }).first().waitFor();
await shoot('contact-form-errors');
await page.locator('.contact-form .button-secondary').click();
await page.locator('.contact-card').nth(1).getByRole('button', { name: /^(Remove|Quitar)/ }).click();
await shoot('contacts-remove-confirm');
// The panel's tabs, in order (renderer/admin/AdminPanel.tsx).
const TABS = ['contacts', 'ward', 'kiosk', 'teaching', 'backup', 'packs', 'about'];
for (const tab of TABS.slice(1)) {
  await page.locator('.admin-tab').nth(TABS.indexOf(tab)).click();
  await page.waitForTimeout(500);
  await shoot(tab);
  if (tab === 'kiosk') {
    // The hours forms sit below the idle timeout.
    await page.locator('.hours-form').last().scrollIntoViewIfNeeded();
    await shoot('kiosk-hours');
  }
}
await page.locator('.admin-tab').nth(TABS.indexOf('kiosk')).click();
await page.locator('.exit-box .button-danger').click();
await shoot('kiosk-exit-confirm');
await page.locator('.admin-done').click();
await page.locator('.app[data-screen="welcome"]').waitFor();
await holdCorner(page);
await page.locator('.pin-pad').waitFor();
for (let i = 0; i < 5; i++) {
  for (const d of '000001') await page.locator('.pin-keys .pin-key').filter({ hasText: new RegExp(`^${d}$`) }).click();
  await page.locator('.pin-actions .button-primary').click();
  await page.waitForFunction(() => !document.querySelector('.pin-key[disabled]') || document.querySelector('.pin-message')?.textContent?.includes('30'), null, { timeout: 60000 });
  await page.waitForTimeout(200);
}
await page.waitForTimeout(4000);
await shoot('pin-locked');
await browser.close();
await host.close();
console.log('done');
