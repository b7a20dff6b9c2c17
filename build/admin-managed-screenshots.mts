/**
 * Screenshots of the admin panel where the fleet policy sets things: the contacts and
 * ward name locked, and the Videos tab with IT's content pack. For looking at them
 * after a change (`npm run build && tsx build/admin-managed-screenshots.mts [out] [lang] [size]`).
 */
import { chromium } from '@playwright/test';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium, OFFLINE_FLAGS } from '../tests/e2e/chromium-path';
import { PROJECT_ROOT, startHost } from '../tests/e2e/host';
import { openPanel } from '../tests/e2e/admin-actions';

const out = process.argv[2] ?? '/tmp/admin-shots';
const lang = process.argv[3] ?? 'en';
const size = process.argv[4] ?? '1280x800';
const [width, height] = size.split('x').map(Number) as [number, number];
/** The panel's tabs, in order (renderer/admin/AdminPanel.tsx). */
const TABS = ['contacts', 'ward', 'kiosk', 'teaching', 'backup', 'packs', 'about'];

// IT's pack: the built-in media under a hospital's name.
const packParent = await mkdtemp(path.join(tmpdir(), 'bedside-it-pack-'));
const itPack = path.join(packParent, 'st-marys-nicu');
await cp(path.join(PROJECT_ROOT, 'renderer/content/default'), itPack, { recursive: true });
const manifest = JSON.parse(await readFile(path.join(itPack, 'manifest.json'), 'utf8')) as Record<string, unknown>;
Object.assign(manifest, {
  id: 'st-marys-nicu',
  version: '2.1.0',
  title: "St Mary's NICU hand expression videos",
  publisher: "St Mary's Hospital lactation team",
  licence: 'CC-BY-4.0',
});
await writeFile(path.join(itPack, 'manifest.json'), JSON.stringify(manifest));

const host = await startHost({
  settings: { wardName: 'Ward typed by staff' },
  policyText: JSON.stringify({
    version: 1,
    settings: {
      wardName: 'Maternity 4B',
      contacts: [
        { id: 'ward-desk', name: "Ward 4B nurses' desk", role: 'nurse', phone: '+1 (555) 010-4100', extension: '4100' },
        {
          id: 'lactation',
          name: 'Lactation team',
          role: 'lactation',
          extension: '4190',
          availability: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '16:30' },
        },
      ],
    },
    contentPack: itPack,
  }),
});
const browser = await chromium.launch({ executablePath: findChromium()!, args: OFFLINE_FLAGS });
try {
  const context = await browser.newContext({ viewport: { width, height } });
  await host.attach(context);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') console.log('CONSOLE', m.text());
  });
  await page.goto(host.url);
  await page.locator('.app[data-screen="welcome"]').waitFor();
  if (lang !== 'en') {
    await page.locator(`.language-button[lang="${lang}"]`).click();
    await page.waitForFunction((lng) => document.documentElement.lang === lng, lang);
  }
  const shoot = async (name: string) => {
    await page.waitForTimeout(400);
    const file = path.join(out, `${lang}-${size}-managed-${name}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  };
  await host.core.admin.setFirstPin('482913');
  host.core.admin.end('done');
  await openPanel(page, '482913', false);
  await shoot('contacts');
  for (const tab of ['ward', 'packs', 'about']) {
    await page.locator('.admin-tab').nth(TABS.indexOf(tab)).click();
    await page.locator(`.admin-section[data-section="${tab}"] h2`).first().waitFor();
    await shoot(tab);
  }
} finally {
  await browser.close();
  await host.close();
  await rm(packParent, { recursive: true, force: true });
}
