import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findPackCandidates } from '../../../../electron/content/pack-discovery';
import { cleanUpPacks, copyDefaultPack, DEFAULT_PACK, tempDir, zipPack } from './pack-fixtures';
import { cp } from 'node:fs/promises';

afterEach(cleanUpPacks);

describe('finding packs to import', { timeout: 30_000 }, () => {
  it('finds pack folders and zips on drives mounted as /media/<user>/<label>, and in the import folder', async () => {
    const media = await tempDir();
    const drive = path.join(media, 'nurse', 'USB STICK');
    await mkdir(path.join(drive, 'packs'), { recursive: true });
    await cp(DEFAULT_PACK, path.join(drive, 'packs', 'nicu'), { recursive: true });
    await cp(await zipPack(await copyDefaultPack()), path.join(drive, 'nicu-pack.zip'));
    await writeFile(path.join(drive, 'holiday.jpg'), 'not a pack');
    const importFolder = await tempDir();
    await cp(DEFAULT_PACK, path.join(importFolder, 'ward-pack'), { recursive: true });

    const { candidates, paths } = await findPackCandidates({ driveRoots: [media], importFolder });
    expect(candidates.map((c) => [c.source, c.kind, path.basename(c.location)])).toEqual([
      ['drive', 'zip', 'nicu-pack.zip'],
      ['drive', 'folder', 'nicu'],
      ['folder', 'folder', 'ward-pack'],
    ]);
    expect(candidates[0]).toMatchObject({
      title: 'Bedside Guide built-in pack',
      packId: 'bedside-default',
    });
    for (const candidate of candidates) {
      expect(candidate.id).toMatch(/^[0-9a-f]{16}$/);
      expect(paths.get(candidate.id)).toBe(candidate.location);
    }
  });

  it('lists a pack whose manifest is broken, without a title, so the import can explain why', async () => {
    const media = await tempDir();
    await mkdir(path.join(media, 'stick'), { recursive: true });
    await writeFile(path.join(media, 'stick', 'manifest.json'), '{ nope');
    const { candidates } = await findPackCandidates({ driveRoots: [media], importFolder: null });
    expect(candidates).toMatchObject([{ kind: 'folder', title: null, version: null }]);
  });

  it('finds nothing, without failing, when no drive is mounted', async () => {
    const { candidates } = await findPackCandidates({
      driveRoots: [path.join(await tempDir(), 'no-such-root')],
      importFolder: null,
    });
    expect(candidates).toEqual([]);
  });
});
