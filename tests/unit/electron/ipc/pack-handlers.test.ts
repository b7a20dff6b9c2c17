import { cp } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPackStore } from '../../../../electron/content/pack-store';
import { createPackHandlers } from '../../../../electron/ipc/pack-handlers';
import type { PolicyPackState } from '../../../../electron/ipc/contract';
import { HandlerRefusal } from '../../../../electron/ipc/router';
import { createMemoryLog } from '../../../../electron/log';
import { createSettingsStore } from '../../../../electron/settings/settings-store';
import { cleanUpPacks, DEFAULT_PACK, tempDir } from '../content/pack-fixtures';

afterEach(cleanUpPacks);

const sender = { url: 'app://bedside/index.html', isMainFrame: true };

async function setUp(adminOpen: boolean, policyPack: PolicyPackState | null = null) {
  const log = createMemoryLog();
  const values: Record<string, unknown> = {};
  const settings = createSettingsStore({
    backend: { store: values, set: (next) => Object.assign(values, next) },
    log,
  });
  const packs = createPackStore({
    dir: path.join(await tempDir(), 'packs'),
    builtInRoot: DEFAULT_PACK,
    log,
  });
  const drives = await tempDir();
  await cp(DEFAULT_PACK, path.join(drives, 'stick', 'pack'), { recursive: true });
  const handlers = createPackHandlers({
    packs,
    settings,
    log,
    driveRoots: () => [drives],
    isAdminSessionOpen: () => adminOpen,
    onProgress: () => {},
    policyPack: () => policyPack,
  });
  return { handlers, settings, packs, log };
}

// Real copies on a shared, busy disk: a generous hang guard, not a speed check.
describe('content-pack channels', { timeout: 30_000 }, () => {
  it('refuse every call without an open admin session', async () => {
    const { handlers } = await setUp(false);
    const calls: (() => unknown)[] = [
      () => handlers['packs:list'](undefined, sender),
      () => handlers['packs:import']({ candidateId: '0123456789abcdef' }, sender),
      () => handlers['packs:restore-built-in'](undefined, sender),
      () => handlers['packs:set-import-folder']({ folder: '/tmp' }, sender),
    ];
    for (const call of calls) {
      await expect(Promise.resolve().then(call)).rejects.toMatchObject({ code: 'forbidden' });
    }
  });

  it('import only a pack the last listing offered, by its id', async () => {
    const { handlers } = await setUp(true);
    await expect(
      handlers['packs:import']({ candidateId: '0123456789abcdef' }, sender),
    ).rejects.toBeInstanceOf(HandlerRefusal);
    const listing = await handlers['packs:list'](undefined, sender);
    expect(listing.candidates).toHaveLength(1);
    const result = await handlers['packs:import'](
      { candidateId: listing.candidates[0]!.id },
      sender,
    );
    expect(result).toMatchObject({ ok: true });
  });

  it('set the import folder only to an existing absolute folder', async () => {
    const { handlers, settings } = await setUp(true);
    expect(await handlers['packs:set-import-folder']({ folder: 'relative/path' }, sender)).toEqual({
      ok: false,
      problem: 'not-absolute',
    });
    expect(
      await handlers['packs:set-import-folder']({ folder: '/no/such/folder' }, sender),
    ).toEqual({
      ok: false,
      problem: 'not-a-folder',
    });
    const folder = await tempDir();
    expect(await handlers['packs:set-import-folder']({ folder }, sender)).toEqual({ ok: true });
    expect(settings.get().packImportFolder).toBe(folder);
  });

  it.each(['applying', 'applied', 'failed'] as const)(
    'refuse import, restore and the import folder while the fleet policy sets the pack (%s)',
    async (state) => {
      const { handlers, settings, packs, log } = await setUp(true, state);
      const listing = await handlers['packs:list'](undefined, sender);
      // The drive holds a pack, but nothing is offered.
      expect(listing).toMatchObject({ candidates: [], policyPack: state, active: { builtIn: true } });
      const calls: (() => unknown)[] = [
        () => handlers['packs:import']({ candidateId: '0123456789abcdef' }, sender),
        () => handlers['packs:restore-built-in'](undefined, sender),
        () => handlers['packs:set-import-folder']({ folder: '/tmp' }, sender),
      ];
      for (const call of calls) {
        await expect(Promise.resolve().then(call)).rejects.toMatchObject({ code: 'managed' });
      }
      expect(settings.get().packImportFolder).toBe('');
      expect(await packs.active()).toMatchObject({ builtIn: true });
      expect(log.lines.join('\n')).toContain('import refused: the fleet policy sets the content pack');
    },
  );

  it('say no pack is pinned when the policy names none', async () => {
    const { handlers } = await setUp(true, null);
    const listing = await handlers['packs:list'](undefined, sender);
    expect(listing.policyPack).toBeNull();
    expect(listing.candidates).toHaveLength(1);
  });
});
