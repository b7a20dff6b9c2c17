import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
    // Every contact is in one sheet now; it closes before the language is changed.
    await kiosk.getByRole('dialog').getByRole('button', { name: enCommon.help.close }).click();
    await kiosk.locator('.language-button[lang="es"]').click();
    await expect(bar.locator('.help-contacts')).toContainText(esCommon.help.roles.lactation);
    await expect(bar.locator('.help-contacts')).toContainText('Ana \u05e9 Pérez');
    // The one button to every contact and their QR codes.
    await bar.getByRole('button', { name: esCommon.help.more }).click();
    await expect(kiosk.getByRole('dialog')).toContainText('Ana \u05e9 Pérez');
    await expect(kiosk.getByRole('dialog').locator('.qr-code').first()).toHaveAttribute('src', /^data:image\/svg\+xml/);
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

test.describe('settings export and import', () => {
  test.setTimeout(180_000);
  const WARD_DESK = { id: 'ward-desk', name: 'Ward 4B desk', role: 'nurse', phone: '555-0100' } as const;
  test.use({ hostOptions: { settings: { contacts: [WARD_DESK], wardName: 'Maternity 4B' } } });

  test('exports to the transfer folder, brings the contacts back, and refuses a damaged file', async ({ kiosk, host }) => {
    // A file cut short on its way from another kiosk, waiting in the transfer folder.
    const transfer = path.join(host.dataDir, 'transfer');
    await mkdir(transfer, { recursive: true });
    await writeFile(path.join(transfer, 'damaged-settings.json'), '{ "format": "bedside-guide-settings", "settings": { "contacts": [');
    await host.core.admin.setFirstPin(PIN);
    host.core.admin.end('done');
    await openPanel(kiosk, PIN, false);

    const backupTab = () => kiosk.getByRole('button', { name: enAdmin.tabs.backup, exact: true }).click();
    const status = kiosk.locator('.admin-section[data-section="backup"] .admin-status');
    await backupTab();
    await expect(kiosk.getByRole('radio')).toBeChecked();
    await kiosk.getByRole('button', { name: enAdmin.backup.export }).click();
    await expect(status).toContainText(/^Saved as bedside-settings-.*\.json\.$/);
    const exported = (await readdir(transfer)).find((name) => name.startsWith('bedside-settings-'));
    expect(exported).toBeDefined();
    const body = JSON.parse(await readFile(path.join(transfer, exported!), 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(body)).toContain('Ward 4B desk');
    expect(JSON.stringify(body)).not.toMatch(/adminPin|scrypt/);
    await expect(kiosk.getByRole('button', { name: `${enAdmin.backup.import}: ${exported}` })).toBeVisible();
    await expectNoAxeViolations(kiosk, 'export done');

    // Staff remove the contact by mistake...
    await kiosk.getByRole('button', { name: enAdmin.tabs.contacts, exact: true }).click();
    await kiosk.getByRole('button', { name: `${enAdmin.contacts.remove}: Ward 4B desk` }).click();
    await kiosk.getByRole('button', { name: enAdmin.contacts.confirmRemoveYes }).click();
    await expect(kiosk.locator('.contact-card')).toHaveCount(0);
    expect(host.core.settings.getPublic().contacts).toEqual([]);

    // ...a damaged file is refused with its reason, and nothing changes...
    await backupTab();
    await kiosk.getByRole('button', { name: `${enAdmin.backup.import}: damaged-settings.json` }).click();
    await kiosk.getByRole('button', { name: enAdmin.backup.importYes }).click();
    await expect(status).toHaveText(enAdmin.backup.reasons['not-json']);
    await expectNoAxeViolations(kiosk, 'damaged import refused');
    expect(host.core.settings.getPublic()).toMatchObject({ contacts: [], wardName: 'Maternity 4B' });

    // ...and the exported file brings the contact back, in the panel and the help bar.
    await kiosk.getByRole('button', { name: `${enAdmin.backup.import}: ${exported}` }).click();
    await expect(kiosk.getByRole('alertdialog')).toContainText(exported!);
    await expectNoAxeViolations(kiosk, 'import confirmation');
    await kiosk.getByRole('button', { name: enAdmin.backup.importYes }).click();
    await expect(status).toHaveText(enAdmin.backup.imported);
    expect(host.core.settings.getPublic().contacts).toEqual([WARD_DESK]);
    await kiosk.getByRole('button', { name: enAdmin.tabs.contacts, exact: true }).click();
    await expect(kiosk.locator('.contact-card-name')).toHaveText(['Ward 4B desk']);
    await kiosk.getByRole('button', { name: enAdmin.done }).click();
    await expect(kiosk.locator('.help-bar .help-contacts')).toContainText('Ward 4B desk');
  });
});

test.describe('a fleet policy that sets the ward name and contacts', () => {
  test.setTimeout(180_000);
  const policy = {
    version: 1,
    settings: {
      wardName: 'Maternity 4B (IT)',
      contacts: [{ id: 'it-desk', name: 'Ward desk set by IT', role: 'nurse', extension: '4100' }],
    },
  };
  test.use({ hostOptions: { policyText: JSON.stringify(policy) } });

  test('shows them as set by the IT department, and staff cannot edit them', async ({ kiosk, host }) => {
    await host.core.admin.setFirstPin(PIN);
    host.core.admin.end('done');
    await openPanel(kiosk, PIN, false);

    const contacts = kiosk.locator('.admin-section[data-section="contacts"]');
    await expect(contacts.locator('.managed')).toHaveText(enAdmin.setByIt);
    await expect(contacts.locator('.contact-card-name')).toHaveText(['Ward desk set by IT']);
    await expect(contacts.getByRole('button', { name: enAdmin.contacts.add })).toHaveCount(0);
    await expect(contacts.getByRole('button', { name: new RegExp(`^(${enAdmin.contacts.edit}|${enAdmin.contacts.remove}|${enAdmin.contacts.moveUp}|${enAdmin.contacts.moveDown})`) })).toHaveCount(0);
    await expectNoAxeViolations(kiosk, 'contacts set by IT');

    await kiosk.getByRole('button', { name: enAdmin.tabs.ward, exact: true }).click();
    const wardName = kiosk.getByLabel(enAdmin.ward.wardName);
    await expect(wardName).toHaveValue('Maternity 4B (IT)');
    await expect(wardName).toBeDisabled();
    await expect(kiosk.locator('.admin-section[data-section="ward"] .managed').first()).toHaveText(enAdmin.setByIt);
    await expectNoAxeViolations(kiosk, 'ward name set by IT');

    // The main process refuses them too, whatever the page sends.
    const page = { url: host.url, isMainFrame: true };
    const refused = await host.core.router.handle(
      'admin:save',
      { patch: { wardName: 'Changed by staff', contacts: [] } },
      page,
    );
    expect(refused).toMatchObject({ ok: true, value: { ok: false } });
    expect(JSON.stringify(refused)).toContain('locked');
    expect(host.core.settings.getPublic()).toMatchObject({
      wardName: 'Maternity 4B (IT)',
      contacts: [{ id: 'it-desk' }],
    });
  });
});

test.describe('right-to-left entry', () => {
  test.setTimeout(180_000);

  test('with Arabic chosen, the top-right corner opens the PIN pad and the top-left does not', async ({ kiosk }) => {
    await kiosk.locator('.language-button[lang="ar"]').click();
    await expect(kiosk.locator('html')).toHaveAttribute('dir', 'rtl');
    await holdCorner(kiosk, 'ltr');
    await kiosk.waitForTimeout(500);
    await expect(kiosk.locator('.pin-pad')).toHaveCount(0);
    await holdCorner(kiosk, 'rtl');
    await expect(kiosk.locator('.pin-pad')).toBeVisible();
    await expect(kiosk.getByRole('heading', { name: enAdmin.pin.setupTitle })).toBeVisible();
    await expectNoAxeViolations(kiosk, 'PIN pad opened in Arabic');
  });
});
