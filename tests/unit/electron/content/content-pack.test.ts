import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../../electron/content/content-pack';
import { STEP_IDS } from '../../../../electron/ipc/contract';
import {
  cleanUpPacks,
  copyDefaultPack,
  DEFAULT_PACK,
  editManifest,
  writePackFile,
} from './pack-fixtures';

afterEach(cleanUpPacks);

async function loadChanged(change: (manifest: Record<string, unknown>) => void) {
  const root = await copyDefaultPack();
  await editManifest(root, change as never);
  return loadContentPack(root, false);
}

describe('content pack loader', { timeout: 30_000 }, () => {
  it('accepts the built-in pack, with all twelve steps in order and URLs under /pack/', async () => {
    const result = await loadContentPack(DEFAULT_PACK, true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.guide.pack.builtIn).toBe(true);
    expect(result.guide.steps.map((step) => step.id)).toEqual([...STEP_IDS]);
    for (const step of result.guide.steps) {
      expect(step.video).toMatch(/^\/pack\/media\/[a-z-]+\.webm$/);
      expect(step.poster).toMatch(/^\/pack\/media\/[a-z-]+\.webp$/);
    }
    // Captions cue the rhythm, so only its loops have them; the others have none.
    expect(
      result.guide.steps.filter((step) => Object.keys(step.captions).length > 0).map((s) => s.id),
    ).toEqual(['press-back', 'compress-roll', 'repeat-rotate']);
    for (const step of result.guide.steps.filter((s) => s.id === 'press-back')) {
      expect(step.captions.en).toBe(`/pack/captions/en/${step.id}.vtt`);
    }
    expect(result.guide.storage.room).toEqual({ maxTempC: 25, maxTempF: 77, hours: 4 });
  });

  it('reports a manifest that is not JSON', async () => {
    const root = await copyDefaultPack();
    await writeFile(path.join(root, 'manifest.json'), '{ not json');
    const result = await loadContentPack(root, false);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({
        file: 'manifest.json',
        problem: /not valid JSON/,
      });
  });

  it('reports a pack folder that cannot be read', async () => {
    const result = await loadContentPack('/no/such/pack', false);
    expect(result).toMatchObject({ ok: false, problems: [{ file: '(pack)' }] });
  });

  it('does not open media when loading (a lost video falls back in the renderer)', async () => {
    const root = await copyDefaultPack();
    await rm(path.join(root, 'media/press-back.webm'));
    expect((await loadContentPack(root, false)).ok).toBe(true);
  });

  it('merges a pack’s storage figures over the CDC defaults and passes its text overrides on', async () => {
    const root = await copyDefaultPack();
    await writePackFile(
      root,
      'locales/en/guide.json',
      JSON.stringify({ storage: { intro: 'NICU rules.' } }),
    );
    await editManifest(
      root,
      (m) => (m.storage = { room: { maxTempC: 25, maxTempF: 77, hours: 1 } }),
    );
    const result = await loadContentPack(root, false);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.guide.storage.room.hours).toBe(1);
    expect(result.guide.storage.fridge.days).toBe(4);
    expect(result.guide.texts).toEqual({ en: { guide: { storage: { intro: 'NICU rules.' } } } });
  });

  it.each([
    [
      'steps out of order',
      (m: Record<string, unknown>) => void (m.steps as unknown[]).reverse(),
      'fixed order',
    ],
    [
      'a step missing',
      (m: Record<string, unknown>) => void (m.steps as unknown[]).pop(),
      'all 12 steps',
    ],
    [
      'a remote video',
      (m: Record<string, unknown>) =>
        void ((m.steps as { video: string }[])[0]!.video = 'https://cdn.example/x.webm'),
      'web address',
    ],
    [
      'a path out of the pack',
      (m: Record<string, unknown>) =>
        void ((m.steps as { video: string }[])[0]!.video = '../secret.webm'),
      'out of the pack',
    ],
    [
      'an absolute path',
      (m: Record<string, unknown>) =>
        void ((m.steps as { poster: string }[])[0]!.poster = '/etc/passwd.png'),
      'absolute path',
    ],
    ['an unknown field', (m: Record<string, unknown>) => void (m.autorun = 'x'), 'autorun'],
  ])('rejects %s, naming the problem', async (_name, change, expected) => {
    const result = await loadChanged(change);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => `${p.file}: ${p.problem}`).join('\n')).toContain(expected);
  });
});
