import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPackStore, readerFor } from '../../../../electron/content/pack-store';
import { createMemoryLog } from '../../../../electron/log';
import {
  cleanUpPacks,
  copyDefaultPack,
  DEFAULT_PACK,
  editManifest,
  tempDir,
  VALID_VTT,
  writePackFile,
  zipPack,
} from './pack-fixtures';

afterEach(cleanUpPacks);

async function hospitalPack(version = '2.0.0'): Promise<string> {
  const root = await copyDefaultPack();
  await writePackFile(root, 'captions/es/press-back.vtt', VALID_VTT);
  await writePackFile(root, 'README.txt', 'notes the kiosk does not need');
  await editManifest(root, (m) => {
    m.id = 'st-marys-nicu';
    m.version = version;
    m.title = "St Mary's NICU videos";
    m.storage = { fridge: { tempC: 4, tempF: 39, days: 2 } };
    const pressBack = m.steps[6] as Record<string, unknown>;
    pressBack.captions = { es: 'captions/es/press-back.vtt' };
  });
  return root;
}

async function newStore() {
  const dir = path.join(await tempDir(), 'content-packs');
  const log = createMemoryLog();
  return { dir, log, store: createPackStore({ dir, builtInRoot: DEFAULT_PACK, log }) };
}

// Real copies on a shared, busy disk: a generous hang guard, not a speed check.
describe('the pack store', { timeout: 30_000 }, () => {
  it('starts with the built-in pack', async () => {
    const { store } = await newStore();
    expect((await store.active())?.builtIn).toBe(true);
    expect(store.activeRoot()).toBe(DEFAULT_PACK);
  });

  it('imports a valid pack: copies only what it needs, then switches to it', async () => {
    const { store, dir } = await newStore();
    const changes: string[] = [];
    store.onChange((guide) => changes.push(guide.pack.id));
    const progress: number[] = [];
    const result = await store.importPack(readerFor(await hospitalPack()), (p) =>
      progress.push(p.done / p.total),
    );
    expect(result).toMatchObject({
      ok: true,
      pack: { id: 'st-marys-nicu', version: '2.0.0', builtIn: false },
    });
    expect(changes).toEqual(['st-marys-nicu']);
    expect(progress.at(0)).toBe(0);
    expect(progress.at(-1)).toBe(1);
    const root = store.activeRoot();
    expect(path.dirname(root)).toBe(dir);
    const copied = await readdir(root, { recursive: true });
    expect(copied).toContain(path.join('captions', 'es', 'press-back.vtt'));
    expect(copied).not.toContain('README.txt');
    const guide = await store.guide();
    expect(guide?.storage.fridge.days).toBe(2);
    expect(guide?.storage.room.hours).toBe(4);
    expect(guide?.steps[6]?.captions).toEqual({ es: '/pack/captions/es/press-back.vtt' });
  });

  it('imports a zipped pack', async () => {
    const { store } = await newStore();
    const zip = await zipPack(await hospitalPack(), { top: 'nicu-pack' });
    expect(await store.importPack(readerFor(zip))).toMatchObject({ ok: true });
  });

  it('keeps the previous pack when an import is refused, and reports every problem', async () => {
    const { store } = await newStore();
    await store.importPack(readerFor(await hospitalPack('1.0.0')));
    const before = store.activeRoot();
    const broken = await hospitalPack('1.1.0');
    await rm(path.join(broken, 'media/press-back.webm'));
    const result = await store.importPack(readerFor(broken));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.file).toBe('media/press-back.webm');
    expect(store.activeRoot()).toBe(before);
    expect((await store.active())?.version).toBe('1.0.0');
    expect(await readdir(before)).toContain('manifest.json');
  });

  it('removes the previous imported pack once the new one is in place', async () => {
    const { store, dir } = await newStore();
    await store.importPack(readerFor(await hospitalPack('1.0.0')));
    const first = path.basename(store.activeRoot());
    await store.importPack(readerFor(await hospitalPack('1.1.0')));
    const entries = await readdir(dir);
    expect(entries).not.toContain(first);
    expect(entries.sort()).toEqual(['active.json', path.basename(store.activeRoot())].sort());
  });

  it('remembers the active pack across a restart', async () => {
    const { store, dir, log } = await newStore();
    await store.importPack(readerFor(await hospitalPack()));
    const again = createPackStore({ dir, builtInRoot: DEFAULT_PACK, log });
    expect((await again.active())?.id).toBe('st-marys-nicu');
  });

  it('falls back to the built-in pack when the imported one was damaged on disk, and says so', async () => {
    const { store, dir, log } = await newStore();
    await store.importPack(readerFor(await hospitalPack()));
    await writeFile(path.join(store.activeRoot(), 'manifest.json'), '{ broken');
    const again = createPackStore({ dir, builtInRoot: DEFAULT_PACK, log });
    expect((await again.active())?.builtIn).toBe(true);
    expect(log.lines.some((line) => line.includes('showing the built-in pack'))).toBe(true);
  });

  it('keeps serving a running pack whose video was deleted (the renderer falls back)', async () => {
    const { store } = await newStore();
    await store.importPack(readerFor(await hospitalPack()));
    await rm(path.join(store.activeRoot(), 'media/press-back.webm'));
    expect((await store.active())?.id).toBe('st-marys-nicu');
  });

  it('restores the built-in pack and removes the imported one', async () => {
    const { store, dir } = await newStore();
    await store.importPack(readerFor(await hospitalPack()));
    const summary = await store.restoreBuiltIn();
    expect(summary.builtIn).toBe(true);
    expect(store.activeRoot()).toBe(DEFAULT_PACK);
    expect(await readdir(dir)).toEqual(['active.json']);
    expect(JSON.parse(await readFile(path.join(dir, 'active.json'), 'utf8'))).toEqual({
      folder: null,
    });
  });

  it('cleans up a staging folder left by a crash on the next import', async () => {
    const { store, dir } = await newStore();
    await mkdir(path.join(dir, '.incoming-deadbeef'), { recursive: true });
    await store.importPack(readerFor(await hospitalPack()));
    expect((await readdir(dir)).filter((name) => name.startsWith('.incoming'))).toEqual([]);
  });

  it('sets the active pack from a path for the fleet policy, once per version', async () => {
    const { store, log } = await newStore();
    const source = await hospitalPack('3.0.0');
    expect(await store.setActiveFromPath(source)).toMatchObject({
      ok: true,
      pack: { version: '3.0.0' },
    });
    const root = store.activeRoot();
    expect(await store.setActiveFromPath(source)).toMatchObject({ ok: true });
    expect(store.activeRoot()).toBe(root); // not copied again
    expect(log.lines.filter((line) => line.includes('now showing'))).toHaveLength(1);
  });

  it('refuses a broken pack named by the fleet policy and keeps the current one', async () => {
    const { store } = await newStore();
    const result = await store.setActiveFromPath(path.join(await tempDir(), 'missing.zip'));
    expect(result.ok).toBe(false);
    expect((await store.active())?.builtIn).toBe(true);
  });
});
