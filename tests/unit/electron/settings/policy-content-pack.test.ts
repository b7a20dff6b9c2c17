/**
 * The fleet policy's `contentPack`: the app core applies it at start through the pack
 * store, once per pack id and version, keeps the current pack when it cannot be used,
 * and refuses staff imports while it is set.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppCore } from '../../../../electron/app-core';
import { createMemoryLog } from '../../../../electron/log';
import {
  cleanUpPacks,
  copyDefaultPack,
  DEFAULT_PACK,
  editManifest,
  tempDir,
  writePackFile,
  zipPack,
} from '../content/pack-fixtures';

afterEach(cleanUpPacks);

const ORIGIN = 'app://bedside';
const PAGE = { url: `${ORIGIN}/index.html`, isMainFrame: true };
const me = [process.getuid?.() ?? 0];

/** A hospital pack: the built-in media under its own id and version. */
async function hospitalPack(version = '2.0.0'): Promise<string> {
  const root = await copyDefaultPack();
  await editManifest(root, (manifest) => {
    manifest.id = 'st-marys';
    manifest.title = "St Mary's NICU";
    manifest.version = version;
  });
  return root;
}

/** One kiosk's data folder; `start` runs the app core on it as a start of the app would. */
async function kiosk() {
  const dataDir = await tempDir();
  const packsDir = path.join(dataDir, 'content-packs');
  const policyPath = path.join(dataDir, 'etc', 'policy.json');
  mkdirSync(path.dirname(policyPath), { mode: 0o755 });
  const store: Record<string, unknown> = {};
  return {
    packsDir,
    activeFolder: () =>
      (JSON.parse(readFileSync(path.join(packsDir, 'active.json'), 'utf8')) as { folder: string | null }).folder,
    start(policy: Record<string, unknown> | null) {
      if (policy) writeFileSync(policyPath, JSON.stringify(policy), { mode: 0o644 });
      const log = createMemoryLog();
      const core = createAppCore({
        origin: ORIGIN,
        rendererRoot: '/nonexistent',
        builtInPackRoot: DEFAULT_PACK,
        openSettings: () => ({ store, set: (values: Record<string, unknown>) => Object.assign(store, values) }),
        settingsPath: path.join(dataDir, 'settings.json'),
        policyPath,
        policyTrustedUids: me,
        packsDir,
        driveRoots: () => [],
        log,
      });
      return { core, log, text: () => log.lines.join('\n') };
    },
  };
}

// Real copies on a shared, busy disk: a generous hang guard, not a speed check.
describe('fleet policy: content pack', { timeout: 60_000 }, () => {
  it('applies the pack the policy names at start and logs it', async () => {
    const pack = await hospitalPack();
    const { core, text } = (await kiosk()).start({ version: 1, contentPack: pack });
    expect(await core.policyPackApplied).toBe('applied');
    expect(await core.packs.active()).toMatchObject({ id: 'st-marys', version: '2.0.0', builtIn: false });
    expect(text()).toContain(`policy: content pack ${pack} is in use (st-marys 2.0.0)`);
  });

  it('applies a .zip pack too', async () => {
    const zip = await zipPack(await hospitalPack('2.1.0'));
    const { core } = (await kiosk()).start({ version: 1, contentPack: zip });
    expect(await core.policyPackApplied).toBe('applied');
    expect(await core.packs.active()).toMatchObject({ id: 'st-marys', version: '2.1.0' });
  });

  it('does not copy the same pack again at the next start', async () => {
    const pack = await hospitalPack();
    const tablet = await kiosk();
    const first = tablet.start({ version: 1, contentPack: pack });
    await first.core.policyPackApplied;
    const folder = tablet.activeFolder();
    const before = readdirSync(tablet.packsDir).sort();

    const second = tablet.start({ version: 1, contentPack: pack });
    expect(await second.core.policyPackApplied).toBe('applied');
    // The copy's folder name has a random part: a new copy would have a new name.
    expect(tablet.activeFolder()).toBe(folder);
    expect(readdirSync(tablet.packsDir).sort()).toEqual(before);
    expect(second.text()).toContain('content pack: st-marys 2.0.0 is already in use; not copied again');
    expect(second.text()).not.toContain('content pack: now showing');
  });

  it('keeps the current pack when the policy names a broken pack, and logs why', async () => {
    const tablet = await kiosk();
    const good = await hospitalPack('2.0.0');
    await tablet.start({ version: 1, contentPack: good }).core.policyPackApplied;
    const folder = tablet.activeFolder();

    const broken = await hospitalPack('3.0.0');
    await writePackFile(broken, 'media/c-hold.webm', 'not a video');
    const { core, text } = tablet.start({ version: 1, contentPack: broken });
    expect(await core.policyPackApplied).toBe('failed');
    expect(await core.packs.active()).toMatchObject({ id: 'st-marys', version: '2.0.0' });
    expect(tablet.activeFolder()).toBe(folder);
    expect(text()).toContain(`policy: content pack ${broken} cannot be used (1 problem(s)); keeping st-marys 2.0.0`);
    expect(text()).toContain('media/c-hold.webm');
    // The panel still opens: a bad pack is not a bad policy.
    expect(core.admin.status().panelLock).toBeNull();
  });

  it('keeps the built-in pack when the named pack is not there', async () => {
    const missing = path.join(await tempDir(), 'no-such-pack.zip');
    const { core, text } = (await kiosk()).start({ version: 1, contentPack: missing });
    expect(await core.policyPackApplied).toBe('failed');
    expect(await core.packs.active()).toMatchObject({ builtIn: true });
    expect(text()).toContain(`policy: content pack ${missing} cannot be used`);
    expect(text()).toContain('keeping');
  });

  it('refuses staff imports and restores while the policy names a pack', async () => {
    const { core } = (await kiosk()).start({ version: 1, contentPack: await hospitalPack() });
    await core.policyPackApplied;
    expect(await core.admin.setFirstPin('482913')).toEqual({ ok: true });
    expect(core.admin.isOpen()).toBe(true);

    const listing = await core.router.handle('packs:list', undefined, PAGE);
    expect(listing).toMatchObject({ ok: true, value: { policyPack: 'applied', candidates: [] } });
    for (const [channel, payload] of [
      ['packs:import', { candidateId: '0123456789abcdef' }],
      ['packs:restore-built-in', undefined],
      ['packs:set-import-folder', { folder: '/tmp' }],
    ] as const) {
      expect(await core.router.handle(channel, payload, PAGE)).toEqual({
        ok: false,
        error: { code: 'managed', issues: [] },
      });
    }
    expect(await core.packs.active()).toMatchObject({ id: 'st-marys', builtIn: false });
  });

  it('lets staff import as before when the policy names no pack', async () => {
    const { core } = (await kiosk()).start({ version: 1, settings: { wardName: '4B' } });
    expect(await core.policyPackApplied).toBeNull();
    await core.admin.setFirstPin('482913');
    expect(await core.router.handle('packs:list', undefined, PAGE)).toMatchObject({
      ok: true,
      value: { policyPack: null },
    });
    expect(await core.router.handle('packs:restore-built-in', undefined, PAGE)).toMatchObject({ ok: true });
  });
});
