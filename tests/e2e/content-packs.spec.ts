import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import enAdmin from '../../locales/en/admin.json' with { type: 'json' };
import en from '../../locales/en/guide.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import { openPanel } from './admin-actions';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { PROJECT_ROOT } from './host';
import { startGuide } from './kiosk-actions';

const PIN = '582946';
// One folder of "mounted drives" per describe: describes may run in parallel workers.
const drivesFor = (name: string) => path.join(tmpdir(), `bedside-drives-${process.pid}-${name}`);
const stickOf = (drives: string) => path.join(drives, 'nurse', 'PACKS');

/** A hospital pack on the USB stick: the built-in media, its own id, and its own step 7 video. */
async function hospitalPack(
  drives: string,
  name: string,
  edit: (root: string) => Promise<void> = async () => {},
) {
  const root = path.join(stickOf(drives), name);
  await cp(path.join(PROJECT_ROOT, 'renderer/content/default'), root, { recursive: true });
  // Step 7 plays a different loop in this pack, so the e2e can tell which pack plays.
  await cp(
    path.join(root, 'media/compress-roll.webm'),
    path.join(root, 'media/st-marys-press-back.webm'),
  );
  const manifest = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  manifest.id = 'st-marys';
  manifest.title = `St Mary's ${name}`;
  manifest.version = '2.0.0';
  manifest.steps[6].video = 'media/st-marys-press-back.webm';
  await writeFile(path.join(root, 'manifest.json'), JSON.stringify(manifest));
  await edit(root);
}

async function openPacksTab(kiosk: Page) {
  await openPanel(kiosk, PIN, true);
  await kiosk.getByRole('button', { name: enAdmin.tabs.packs, exact: true }).click();
  await expect(kiosk.getByRole('heading', { name: enAdmin.packs.title })).toBeVisible();
}

async function showStep7(kiosk: Page) {
  await kiosk.getByRole('button', { name: enAdmin.done }).click();
  await startGuide(kiosk, en.welcome.start);
  await kiosk.getByRole('button', { name: en.overview.begin }).click();
  await kiosk.getByRole('button', { name: `Step 7: ${en.steps['press-back'].title}` }).click();
}

const playing = (kiosk: Page) =>
  kiosk
    .locator('.video-frame video')
    .evaluate((v: HTMLVideoElement) => !v.paused && v.currentTime > 0.2 && !v.error);

test.describe('importing a content pack', () => {
  const drives = drivesFor('import');
  test.use({ hostOptions: { driveRoots: [drives] } });
  test.beforeAll(async () => {
    await rm(drives, { recursive: true, force: true });
    await mkdir(stickOf(drives), { recursive: true });
    await hospitalPack(drives, 'nicu');
    await hospitalPack(drives, 'broken', async (root) => {
      await writeFile(path.join(root, 'media/c-hold.webm'), 'not a video');
      await rm(path.join(root, 'media/lean-collect.webp'));
    });
  });
  test.afterAll(() => rm(drives, { recursive: true, force: true }));

  test('imports a valid pack from a USB drive and plays its video on step 7', async ({ kiosk }) => {
    await openPacksTab(kiosk);
    await expect(kiosk.getByTestId('active-pack')).toContainText(enAdmin.packs.builtIn);
    await expectNoAxeViolations(kiosk, 'pack import');
    await kiosk.getByRole('button', { name: `Check and use St Mary's nicu` }).click();
    await expect(
      kiosk.getByRole('status').filter({ hasText: "Now showing St Mary's nicu, version 2.0.0." }),
    ).toBeVisible({
      timeout: 30_000,
    });
    await expect(kiosk.getByTestId('active-pack')).toContainText("St Mary's nicu");
    await showStep7(kiosk);
    await expect(kiosk.locator('.video-frame video')).toHaveAttribute(
      'src',
      '/pack/media/st-marys-press-back.webm',
    );
    await expect.poll(() => playing(kiosk), { timeout: 15_000 }).toBe(true);
  });

  test('refuses a broken pack with a full report, and the previous pack still plays', async ({
    kiosk,
  }) => {
    await openPacksTab(kiosk);
    await kiosk.getByRole('button', { name: `Check and use St Mary's broken` }).click();
    const report = kiosk.getByTestId('pack-report');
    await expect(report).toBeVisible({ timeout: 30_000 });
    await expect(report).toContainText('This pack was not used. 2 problems were found:');
    await expect(report).toContainText('media/c-hold.webm: is not a video or image this app knows');
    await expect(report).toContainText('media/lean-collect.webp: is missing');
    await expect(report).toContainText(enAdmin.packs.keptPrevious);
    await expectNoAxeViolations(kiosk, 'pack import report');
    await expect(kiosk.getByTestId('active-pack')).toContainText(enAdmin.packs.builtIn);
    await showStep7(kiosk);
    await expect(kiosk.locator('.video-frame video')).toHaveAttribute(
      'src',
      '/pack/media/press-back.webm',
    );
    await expect.poll(() => playing(kiosk), { timeout: 15_000 }).toBe(true);
  });
});

test.describe('a video deleted under a running pack', () => {
  const drives = drivesFor('deleted');
  test.use({
    hostOptions: { driveRoots: [drives] },
    allowedConsoleErrors: ['Failed to load resource: the server responded with a status of 404'],
  });
  test.beforeAll(async () => {
    await rm(drives, { recursive: true, force: true });
    await mkdir(stickOf(drives), { recursive: true });
    await hospitalPack(drives, 'nicu');
  });
  test.afterAll(() => rm(drives, { recursive: true, force: true }));

  test('falls back to the poster and the words', async ({ kiosk, host }) => {
    await openPacksTab(kiosk);
    await kiosk.getByRole('button', { name: `Check and use St Mary's nicu` }).click();
    await expect(kiosk.getByTestId('active-pack')).toContainText("St Mary's nicu", {
      timeout: 30_000,
    });
    await rm(path.join(host.core.packs.activeRoot(), 'media/st-marys-press-back.webm'));
    await showStep7(kiosk);
    const fallback = kiosk.getByTestId('video-fallback');
    await expect(fallback).toBeVisible();
    await expect(fallback).toContainText(enCommon.video.fallback);
    await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(en.steps['press-back'].title);
  });
});

test.describe('a content pack set by the fleet policy', () => {
  const drives = drivesFor('policy');
  const itPack = path.join(drives, 'it', 'st-marys-fleet');
  test.use({
    hostOptions: {
      driveRoots: [drives],
      policyText: JSON.stringify({ version: 1, contentPack: itPack }),
    },
  });
  test.beforeAll(async () => {
    await rm(drives, { recursive: true, force: true });
    await mkdir(stickOf(drives), { recursive: true });
    // A pack on a USB stick that staff could otherwise import.
    await hospitalPack(drives, 'nicu');
    await hospitalPack(drives, 'fleet', async (root) => {
      const manifest = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
      manifest.publisher = "St Mary's lactation team";
      manifest.licence = 'CC-BY-4.0';
      await writeFile(path.join(root, 'manifest.json'), JSON.stringify(manifest));
      await mkdir(path.dirname(itPack), { recursive: true });
      await cp(root, itPack, { recursive: true });
      await rm(root, { recursive: true, force: true });
    });
  });
  test.afterAll(() => rm(drives, { recursive: true, force: true }));

  test('shows IT’s pack as set by the IT department, with no import or restore', async ({
    kiosk,
    host,
  }) => {
    await openPacksTab(kiosk);
    await expect(kiosk.getByTestId('active-pack')).toContainText("St Mary's fleet");
    await expect(kiosk.getByTestId('pack-managed')).toHaveText(enAdmin.setByIt);
    await expect(kiosk.getByTestId('pack-policy')).toHaveText(enAdmin.packs.managedHint);
    await expect(kiosk.getByRole('button', { name: enAdmin.packs.restore })).toHaveCount(0);
    await expect(kiosk.getByRole('button', { name: /^Check and use/ })).toHaveCount(0);
    await expect(kiosk.getByText(enAdmin.packs.foundTitle)).toHaveCount(0);
    await expect(kiosk.getByLabel(enAdmin.packs.folderLabel)).toHaveCount(0);
    await expectNoAxeViolations(kiosk, 'pack set by IT');

    // The main process refuses what the tab does not offer.
    const page = { url: host.url, isMainFrame: true };
    expect(await host.core.router.handle('packs:restore-built-in', undefined, page)).toEqual({
      ok: false,
      error: { code: 'managed', issues: [] },
    });
    expect(await host.core.packs.active()).toMatchObject({ id: 'st-marys', builtIn: false });

    // The About page names who made the videos and under which licence.
    await kiosk.getByRole('button', { name: enAdmin.tabs.about, exact: true }).click();
    await expect(kiosk.getByTestId('about-pack-publisher')).toHaveText("St Mary's lactation team");
    await expect(kiosk.getByTestId('about-pack-licence')).toHaveText('CC-BY-4.0');
    // Every shipped language with its review status.
    const locales = kiosk.getByTestId('about-locales').locator('li');
    await expect(locales).toHaveCount(18);
    for (const item of await locales.all()) {
      await expect(item).toContainText(/: (not yet reviewed by a clinician|reviewed by .+)$/);
    }
    await expectNoAxeViolations(kiosk, 'about with IT pack');
  });
});

test.describe('a fleet policy naming a pack that is not there', () => {
  test.use({
    hostOptions: {
      policyText: JSON.stringify({ version: 1, contentPack: '/nonexistent/bedside/pack.zip' }),
    },
  });

  test('keeps the built-in pack playing and tells staff to call IT', async ({ kiosk, host }) => {
    await openPacksTab(kiosk);
    await expect(kiosk.getByTestId('active-pack')).toContainText(enAdmin.packs.builtIn);
    await expect(kiosk.getByTestId('pack-managed')).toHaveText(enAdmin.setByIt);
    await expect(kiosk.getByTestId('pack-policy')).toHaveText(enAdmin.packs.policyFailed);
    await expect(kiosk.getByRole('button', { name: enAdmin.packs.restore })).toHaveCount(0);
    await expectNoAxeViolations(kiosk, 'IT pack failed');
    expect(host.log.lines.join('\n')).toContain(
      'policy: content pack /nonexistent/bedside/pack.zip cannot be used',
    );
  });
});

test('restores the built-in pack', async ({ kiosk, host }) => {
  const source = await mkdtemp(path.join(tmpdir(), 'bedside-fleet-'));
  try {
    await cp(path.join(PROJECT_ROOT, 'renderer/content/default'), source, { recursive: true });
    const manifest = JSON.parse(await readFile(path.join(source, 'manifest.json'), 'utf8'));
    manifest.id = 'fleet-pack';
    await writeFile(path.join(source, 'manifest.json'), JSON.stringify(manifest));
    // As the fleet policy would: IT names a pack path.
    expect(await host.core.setActivePackFromPath(source)).toMatchObject({ ok: true });
    await openPacksTab(kiosk);
    await expect(kiosk.getByTestId('active-pack')).not.toContainText(enAdmin.packs.builtIn);
    await kiosk.getByRole('button', { name: enAdmin.packs.restore }).click();
    await expect(
      kiosk.getByRole('status').filter({ hasText: enAdmin.packs.restored }),
    ).toBeVisible();
    await expect(kiosk.getByTestId('active-pack')).toContainText(enAdmin.packs.builtIn);
  } finally {
    await rm(source, { recursive: true, force: true });
  }
});
