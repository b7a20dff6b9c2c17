/**
 * Handlers of the content-pack channels (staff import). Every one of them refuses
 * unless the main process holds an open admin session. While the fleet policy names
 * the pack, the ones that would change it (or where packs come from) refuse too.
 */
import { stat } from 'node:fs/promises';
import { findPackCandidates } from '../content/pack-discovery';
import { readerFor, type PackStore } from '../content/pack-store';
import type { Log } from '../log';
import type { SettingsStore } from '../settings/settings-store';
import type { PackImportProgress, PolicyPackState } from './contract';
import { HandlerRefusal, type Handlers } from './router';

export interface PackHandlerDeps {
  packs: PackStore;
  settings: SettingsStore;
  log: Log;
  /** Folders searched for removable drives (REMOVABLE_DRIVE_ROOTS in the app). */
  driveRoots: () => readonly string[];
  /** True only while staff have unlocked the admin panel. */
  isAdminSessionOpen: () => boolean;
  onProgress: (progress: PackImportProgress) => void;
  /** The fleet policy's pack and how applying it went; null when the policy names none. */
  policyPack?: () => PolicyPackState | null;
}

type PackChannel =
  'packs:list' | 'packs:import' | 'packs:restore-built-in' | 'packs:set-import-folder';

export function createPackHandlers(deps: PackHandlerDeps): Pick<Handlers, PackChannel> {
  // Ids handed out by the last listing; an import names one of them, never a path.
  let listed = new Map<string, string>();

  const requireAdmin = () => {
    if (!deps.isAdminSessionOpen()) throw new HandlerRefusal('forbidden');
  };
  const policyPack = () => deps.policyPack?.() ?? null;
  /** IT's pack is not for staff to replace: a clear refusal the panel can explain. */
  const refuseWhilePinned = (what: string) => {
    if (policyPack() === null) return;
    deps.log.warn(`content pack: ${what} refused: the fleet policy sets the content pack`);
    throw new HandlerRefusal('managed');
  };
  const importFolder = () => deps.settings.get().packImportFolder || null;

  return {
    'packs:list': async () => {
      requireAdmin();
      const pinned = policyPack();
      if (pinned !== null) {
        // Nothing can be imported, so the drives are not even searched.
        listed = new Map();
        return {
          active: await deps.packs.active(),
          candidates: [],
          importFolder: importFolder() ?? '',
          importing: deps.packs.isImporting(),
          policyPack: pinned,
        };
      }
      const { candidates, paths } = await findPackCandidates({
        driveRoots: deps.driveRoots(),
        importFolder: importFolder(),
      });
      listed = paths;
      return {
        active: await deps.packs.active(),
        candidates,
        importFolder: importFolder() ?? '',
        importing: deps.packs.isImporting(),
        policyPack: null,
      };
    },
    'packs:import': async ({ candidateId }) => {
      requireAdmin();
      refuseWhilePinned('import');
      const source = listed.get(candidateId);
      if (!source) throw new HandlerRefusal('unavailable');
      deps.log.info(`content pack: importing from ${source}`);
      return deps.packs.importPack(readerFor(source), deps.onProgress);
    },
    'packs:restore-built-in': () => {
      requireAdmin();
      refuseWhilePinned('restoring the built-in pack');
      return deps.packs.restoreBuiltIn();
    },
    'packs:set-import-folder': async ({ folder }) => {
      requireAdmin();
      refuseWhilePinned('setting the import folder');
      if (deps.settings.locked().includes('packImportFolder')) throw new HandlerRefusal('managed');
      // The setting's own schema, as for admin:save and a settings import.
      if (deps.settings.validate({ packImportFolder: folder }).length > 0) return { ok: false, problem: 'not-absolute' };
      if (folder !== '') {
        const info = await stat(folder).catch(() => null);
        if (!info?.isDirectory()) return { ok: false, problem: 'not-a-folder' };
      }
      deps.settings.update({ packImportFolder: folder });
      return { ok: true };
    },
  };
}
