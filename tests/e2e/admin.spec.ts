import enAdmin from '../../locales/en/admin.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import esCommon from '../../locales/es/common.json' with { type: 'json' };
import { expectNoAxeViolations } from './axe';
import { holdCorner, openPanel, typePin } from './admin-actions';
import { expect, test } from './fixtures';

const PIN = '482913';
const hhmm = (date: Date) => `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

test.describe('staff admin panel', () => {
  // scrypt at full strength is slow on a busy CI machine; that is its job.
  test.setTimeout(180_000);

  test('a nurse sets a PIN, adds two contacts with hours, and parents see them in English and Spanish', async ({ kiosk, host }) => {
    await holdCorner(kiosk);
    await expect(kiosk.getByRole('heading', { name: enAdmin.pin.setupTitle })).toBeVisible();
    await expectNoAxeViolations(kiosk, 'PIN setup');
    // A trivial PIN is refused with its reason.
    await typePin(kiosk, '123456');
    await typePin(kiosk, '123456');
    await expect(kiosk.locator('.pin-message')).toHaveText(enAdmin.pin.problems['straight-run'], { timeout: 30_000 });
    await typePin(kiosk, PIN);
    await typePin(kiosk, PIN);
    await expect(kiosk.locator('.app[data-screen="admin"]')).toBeVisible({ timeout: 60_000 });
    await expectNoAxeViolations(kiosk, 'contacts');

    const now = new Date();
    const later = new Date(now.getTime() + 3 * 3600_000);
    const laterEnd = new Date(now.getTime() + 4 * 3600_000);
    const addContact = async (name: string, phone: string, from: string, to: string) => {
      await kiosk.getByRole('button', { name: enAdmin.contacts.add }).click();
      await kiosk.getByLabel(enAdmin.contacts.name).fill(name);
      await kiosk.getByLabel(enAdmin.contacts.role).selectOption('lactation');
      await kiosk.getByLabel(enAdmin.contacts.phone).fill(phone);
      await kiosk.getByLabel(enAdmin.contacts.limitHours).check();
      for (const day of ['Sat', 'Sun']) await kiosk.getByLabel(day, { exact: true }).check();
      await kiosk.getByLabel(enAdmin.contacts.from, { exact: true }).fill(from);
      await kiosk.getByLabel(enAdmin.contacts.to, { exact: true }).fill(to);
      await kiosk.getByRole('button', { name: enAdmin.save }).click();
    };
    // A bad phone number gets its message next to the field and saves nothing.
    await kiosk.getByRole('button', { name: enAdmin.contacts.add }).click();
    await kiosk.getByLabel(enAdmin.contacts.name).fill('<script>alert(1)</script>');
    await kiosk.getByLabel(enAdmin.contacts.phone).fill('call me');
    await kiosk.getByRole('button', { name: enAdmin.save }).click();
    await expect(kiosk.locator('#contact-phone-error')).toHaveText(enAdmin.issues['phone-characters']);
    await expectNoAxeViolations(kiosk, 'contact form with errors');
    await kiosk.getByRole('button', { name: enAdmin.cancel }).click();
    expect(host.core.settings.getPublic().contacts).toEqual([]);

    // One answering now (a shift that started an hour ago), one whose shift starts later.
    await addContact('Ana \u05e9 Pérez', '555-0100', hhmm(new Date(now.getTime() - 3600_000)), hhmm(new Date(now.getTime() + 2 * 3600_000)));
    await expect(kiosk.locator('.contact-card')).toHaveCount(1);
    await addContact('<script>alert(1)</script>', '+1 (555) 0199', hhmm(later), hhmm(laterEnd));
    await expect(kiosk.locator('.contact-card')).toHaveCount(2);
    await expect(kiosk.locator('.contact-card-name').nth(1)).toHaveText('<script>alert(1)</script>');

    for (const [index, tab] of ['ward', 'kiosk', 'teaching', 'backup', 'packs', 'about'].entries()) {
      await kiosk.locator('.admin-tab').nth(index + 1).click();
      await expect(kiosk.locator(`.admin-section[data-section="${tab}"] h2`).first()).toBeVisible();
      await expectNoAxeViolations(kiosk, `admin ${tab}`);
    }
    // The night theme's hours: chosen on the Kiosk tab, saved as a pair (hours that
    // start later, so the rest of the test runs in daylight at any hour).
    const halfHour = (date: Date) => `${hhmm(date).slice(0, 3)}${date.getMinutes() < 30 ? '00' : '30'}`;
    const nightStart = halfHour(new Date(now.getTime() + 2 * 3600_000));
    const nightEnd = halfHour(new Date(now.getTime() + 3 * 3600_000));
    await kiosk.getByRole('button', { name: enAdmin.tabs.kiosk, exact: true }).click();
    const night = kiosk.locator('.hours-form').filter({ hasText: enAdmin.kiosk.night.title });
    await night.locator('#hours-nightStart').selectOption(nightStart);
    await night.locator('#hours-nightEnd').selectOption(nightEnd);
    await night.getByRole('button', { name: enAdmin.save }).click();
    await expect(kiosk.locator('.admin-status').last()).toHaveText(enAdmin.saved);
    expect(host.core.settings.get()).toMatchObject({ nightStart, nightEnd });
    await kiosk.getByRole('button', { name: enAdmin.done }).click();
    await expect(kiosk.locator('.app[data-screen="welcome"]')).toBeVisible();
    expect(host.core.admin.isOpen()).toBe(false);

    const bar = kiosk.locator('.help-bar');
    await expect(bar.locator('.help-contacts')).toContainText(enCommon.help.roles.lactation);
    await expect(bar.locator('.help-contacts')).toContainText('Ana \u05e9 Pérez');
    await expect(bar.locator('.help-contacts')).not.toContainText('<script>');
    await bar.getByRole('button', { name: enCommon.help.more }).click();
    await expect(bar.locator('.help-more')).toContainText('<script>alert(1)</script>');
    await kiosk.locator('.language-button[lang="es"]').click();
    await expect(bar.locator('.help-contacts')).toContainText(esCommon.help.roles.lactation);
    await expect(bar.locator('.help-contacts')).toContainText('Ana \u05e9 Pérez');
    await bar.getByRole('button', { name: esCommon.help.qr }).first().click();
    await expect(kiosk.getByRole('dialog')).toContainText('Ana \u05e9 Pérez');
    await expect(kiosk.locator('.qr-code')).toHaveAttribute('src', /^data:image\/svg\+xml/);
    await expectNoAxeViolations(kiosk, 'help bar QR in Spanish');
  });

  test('locks the PIN pad after 5 wrong PINs, even for the right one', async ({ kiosk, host }) => {
    await host.core.admin.setFirstPin(PIN);
    host.core.admin.end('done');
    await holdCorner(kiosk);
    await expect(kiosk.getByRole('heading', { name: enAdmin.pin.enterTitle })).toBeVisible();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await typePin(kiosk, '000001');
      await expect.poll(() => host.core.admin.status().failures, { timeout: 60_000 }).toBe(attempt);
    }
    await expect(kiosk.locator('.pin-message')).toContainText('Too many wrong PINs', { timeout: 30_000 });
    await expect(kiosk.locator('.pin-key').first()).toBeDisabled();
    await expectNoAxeViolations(kiosk, 'PIN pad locked');
    const status = host.core.admin.status();
    expect(status.retryAt).not.toBeNull();
    expect(await host.core.admin.unlock(PIN)).toMatchObject({ ok: false, reason: 'locked' });
  });

  test('the idle reset ends the admin session', async ({ kiosk, host }) => {
    await host.core.admin.setFirstPin(PIN);
    host.core.admin.end('done');
    await openPanel(kiosk, PIN, false);
    host.core.endAdminSession('idle-reset');
    await expect(kiosk.locator('.app[data-screen="welcome"]')).toBeVisible();
    const refused = await host.core.router.handle('admin:get-settings', undefined, { url: host.url, isMainFrame: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

test.describe('a malformed fleet policy', () => {
  test.use({ hostOptions: { policyText: '{ "version": 1, ' } });

  test('locks the admin panel and says why, while patients keep the guide', async ({ kiosk }) => {
    await holdCorner(kiosk);
    await expect(kiosk.getByRole('alert')).toContainText(enAdmin.pin.panelLockReasons['policy-not-json']);
    await expectNoAxeViolations(kiosk, 'admin locked by policy');
    await kiosk.getByRole('button', { name: enAdmin.pin.close }).click();
    await expect(kiosk.locator('.app[data-screen="welcome"]')).toBeVisible();
  });
});
