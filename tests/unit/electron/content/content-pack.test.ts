import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../../electron/content/content-pack';
import { STEP_IDS } from '../../../../electron/ipc/contract';

const defaultPack = fileURLToPath(new URL('../../../../renderer/content/default', import.meta.url));
const read = (file: string) => readFile(file, 'utf8');

async function loadManifest(change: (manifest: Record<string, unknown>) => unknown) {
  const manifest = JSON.parse(await read(path.join(defaultPack, 'manifest.json')));
  const changed = change(manifest) ?? manifest;
  return loadContentPack('/pack', async () => JSON.stringify(changed));
}

describe('content pack loader', () => {
  it('accepts the built-in pack, with all twelve steps in order and URLs under /pack/', async () => {
    const result = await loadContentPack(defaultPack, read);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.guide.steps.map((step) => step.id)).toEqual([...STEP_IDS]);
    for (const step of result.guide.steps) {
      expect(step.video).toMatch(/^\/pack\/media\/[a-z-]+\.webm$/);
      expect(step.poster).toMatch(/^\/pack\/media\/[a-z-]+\.webp$/);
    }
    expect(result.guide.storage.room).toEqual({ maxTempC: 25, maxTempF: 77, hours: 4 });
  });

  it('reports a manifest that is not JSON', async () => {
    const result = await loadContentPack('/pack', async () => '{ not json');
    expect(result).toEqual({ ok: false, problems: ['manifest.json: not valid JSON'] });
  });

  it('reports a manifest that cannot be read', async () => {
    const result = await loadContentPack('/pack', async () => {
      throw new Error('EACCES');
    });
    expect(result).toEqual({ ok: false, problems: ['manifest.json: cannot be read'] });
  });

  it.each([
    ['steps out of order', (m: Record<string, unknown>) => { (m.steps as unknown[]).reverse(); }, 'fixed order'],
    ['a step missing', (m: Record<string, unknown>) => { (m.steps as unknown[]).pop(); }, 'steps'],
    ['a remote video', (m: Record<string, unknown>) => { (m.steps as { video: string }[])[0]!.video = 'https://cdn.example/x.webm'; }, 'remote'],
    ['a path out of the pack', (m: Record<string, unknown>) => { (m.steps as { video: string }[])[0]!.video = '../secret.webm'; }, 'leaves the pack'],
    ['an absolute path', (m: Record<string, unknown>) => { (m.steps as { poster: string }[])[0]!.poster = '/etc/passwd'; }, 'leaves the pack'],
    ['an unknown field', (m: Record<string, unknown>) => { m.autorun = 'x'; }, 'autorun'],
  ])('rejects %s, naming the problem', async (_name, change, expected) => {
    const result = await loadManifest(change);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain(expected);
  });
});
