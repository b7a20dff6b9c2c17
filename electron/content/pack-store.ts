/**
 * Which content pack the kiosk shows, and how a new one gets there.
 *
 * Imported packs live in `<userData>/content-packs/<folder>/`; `active.json` names
 * the one in use. An import validates the pack fully, copies only the files it needs
 * into a staging folder, validates the copy again, renames it into place and only then
 * rewrites `active.json` (write to a temporary file, then rename: atomic on one file
 * system). Until that rename the previous pack keeps playing; after it the previous
 * pack's folder is removed. The built-in pack is never copied or touched, so
 * "Restore built-in pack" always works.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type {
  Guide,
  PackImportProgress as ImportProgress,
  PackImportResult as ImportResult,
  PackSummary,
} from '../ipc/contract';
import type { Log } from '../log';
import { guideOf, loadContentPack } from './content-pack';
import { PACK_LIMITS } from './pack-limits';
import { createFolderReader, PackReadError, type PackReader } from './pack-reader';
import { createZipReader } from './pack-zip-reader';
import { validatePack, WHOLE_PACK } from './validate-pack';

const ACTIVE_FILE = 'active.json';
const STAGING_PREFIX = '.incoming-';

export interface PackStoreOptions {
  /** Folder for imported packs, inside the app's user data folder. */
  dir: string;
  builtInRoot: string;
  log: Log;
}

/** A reader for a pack at `source`: a .zip file or a folder. */
export function readerFor(source: string): PackReader {
  return source.toLowerCase().endsWith('.zip')
    ? createZipReader(source, PACK_LIMITS.packBytes)
    : createFolderReader(source);
}

function summaryOf(guide: Guide): PackSummary {
  const { id, version, title, publisher, licence, date, builtIn } = guide.pack;
  return { id, version, title, publisher, licence, date, builtIn };
}

async function writeFileDurably(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function createPackStore(options: PackStoreOptions) {
  const { dir, builtInRoot, log } = options;
  let activeFolder: string | null = null;
  let current: Promise<Guide | null> | null = null;
  let importing = false;
  const listeners = new Set<(guide: Guide) => void>();

  const activeRoot = () => (activeFolder ? path.join(dir, activeFolder) : builtInRoot);

  async function loadBuiltIn(): Promise<Guide | null> {
    activeFolder = null;
    const result = await loadContentPack(builtInRoot, true);
    if (result.ok) return result.guide;
    for (const p of result.problems) log.error(`content pack: built-in ${p.file}: ${p.problem}`);
    return null;
  }

  /** Reads active.json; an imported pack that no longer loads gives way to the built-in one. */
  async function loadActive(): Promise<Guide | null> {
    let folder: unknown = null;
    try {
      folder = (
        JSON.parse(await readFile(path.join(dir, ACTIVE_FILE), 'utf8')) as { folder?: unknown }
      ).folder;
    } catch {
      // No active.json yet (or unreadable): the built-in pack.
    }
    if (typeof folder === 'string' && /^[a-z0-9.-]+$/.test(folder)) {
      const result = await loadContentPack(path.join(dir, folder), false);
      if (result.ok) {
        activeFolder = folder;
        return result.guide;
      }
      for (const p of result.problems) log.error(`content pack: ${folder}/${p.file}: ${p.problem}`);
      log.error('content pack: the imported pack cannot be loaded; showing the built-in pack');
    }
    return loadBuiltIn();
  }

  /** The guide of the active pack (loaded once, then kept until the pack changes). */
  function guide(): Promise<Guide | null> {
    current ??= loadActive().then((loaded) => {
      if (!loaded) current = null; // try again next time rather than caching a failure
      return loaded;
    });
    return current;
  }

  async function setActive(folder: string | null, next: Guide): Promise<void> {
    await mkdir(dir, { recursive: true });
    const temporary = path.join(dir, `${ACTIVE_FILE}.${randomBytes(4).toString('hex')}.tmp`);
    await writeFileDurably(temporary, JSON.stringify({ folder }) + '\n');
    await rename(temporary, path.join(dir, ACTIVE_FILE));
    activeFolder = folder;
    current = Promise.resolve(next);
    for (const listener of listeners) listener(next);
  }

  /** Removes every imported folder but `keep`, and any staging left by a crash. */
  async function sweep(keep: string | null): Promise<void> {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (name === ACTIVE_FILE || name === keep) continue;
      await rm(path.join(dir, name), { recursive: true, force: true }).catch((error: unknown) =>
        log.warn(
          `content pack: could not remove ${name}: ${error instanceof Error ? error.message : 'unknown'}`,
        ),
      );
    }
  }

  async function importPack(
    reader: PackReader,
    onProgress: (progress: ImportProgress) => void = () => {},
  ): Promise<ImportResult> {
    if (importing) {
      return {
        ok: false,
        problems: [
          { file: WHOLE_PACK, problem: 'Another import is still running; wait for it to finish.' },
        ],
      };
    }
    importing = true;
    await guide(); // the previous pack is loaded and keeps playing meanwhile
    const staging = path.join(dir, `${STAGING_PREFIX}${randomBytes(6).toString('hex')}`);
    try {
      const checked = await validatePack(reader);
      if (!checked.ok) return checked;
      const { pack } = checked;
      const total = pack.bytes;
      let done = 0;
      onProgress({ done, total });
      for (const file of pack.files) {
        const target = path.join(staging, ...file.path.split('/'));
        await mkdir(path.dirname(target), { recursive: true });
        await writeFileDurably(target, await reader.read(file.path, file.size));
        done += file.size;
        onProgress({ done, total });
      }
      // The source (a USB stick) may have changed or failed mid-copy: check what landed.
      const copied = await validatePack(createFolderReader(staging));
      if (!copied.ok) {
        return {
          ok: false,
          problems: [
            {
              file: WHOLE_PACK,
              problem:
                'The copy did not match the pack (was the drive removed?). Nothing was changed; try again.',
            },
            ...copied.problems,
          ],
        };
      }
      const folder = `${pack.manifest.id}-${pack.manifest.version.toLowerCase().replace(/[^a-z0-9.-]/g, '-')}-${randomBytes(4).toString('hex')}`;
      await rename(staging, path.join(dir, folder));
      const next = guideOf(copied.pack, false);
      await setActive(folder, next);
      await sweep(folder);
      log.info(`content pack: now showing ${pack.manifest.id} ${pack.manifest.version}`);
      return { ok: true, pack: summaryOf(next) };
    } catch (error) {
      const why =
        error instanceof PackReadError
          ? `A file ${error.message}.`
          : 'The pack could not be copied.';
      log.error(
        `content pack: import failed: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
      return {
        ok: false,
        problems: [{ file: WHOLE_PACK, problem: `${why} Nothing was changed.` }],
      };
    } finally {
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      importing = false;
    }
  }

  async function restoreBuiltIn(): Promise<PackSummary> {
    const builtIn = await loadContentPack(builtInRoot, true);
    if (!builtIn.ok) throw new Error('the built-in pack does not load');
    await setActive(null, builtIn.guide);
    await sweep(null);
    log.info('content pack: restored the built-in pack');
    return summaryOf(builtIn.guide);
  }

  /**
   * Makes the pack at `source` (folder or .zip) the active one, for IT deployment
   * through the fleet policy. A pack with the same id and version already active is
   * left alone, so a policy applied at every start does not copy it again.
   */
  async function setActiveFromPath(source: string): Promise<ImportResult> {
    const active = await guide();
    const reader = readerFor(source);
    const quick = await validatePack(reader, { checkMedia: false });
    if (
      quick.ok &&
      active &&
      !active.pack.builtIn &&
      active.pack.id === quick.pack.manifest.id &&
      active.pack.version === quick.pack.manifest.version
    ) {
      log.info(`content pack: ${active.pack.id} ${active.pack.version} is already in use; not copied again`);
      return { ok: true, pack: summaryOf(active) };
    }
    return importPack(readerFor(source));
  }

  async function active(): Promise<PackSummary | null> {
    const loaded = await guide();
    return loaded ? summaryOf(loaded) : null;
  }

  function onChange(listener: (guide: Guide) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  return {
    activeRoot,
    guide,
    active,
    importPack,
    restoreBuiltIn,
    setActiveFromPath,
    onChange,
    isImporting: () => importing,
  };
}

export type PackStore = ReturnType<typeof createPackStore>;
