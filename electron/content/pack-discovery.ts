/**
 * Finds content packs staff can import: folders holding a manifest.json, and .zip
 * files, on removable drives and in the import folder. The kiosk lists them in its
 * own screen, so staff never need an OS file dialog (a classic kiosk escape).
 *
 * The renderer only ever sees an opaque id per pack; the path stays here.
 */
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PackCandidate } from '../ipc/contract';
import { manifestSchema, MANIFEST_FILE } from './pack-manifest';
import { readerFor } from './pack-store';

/** Where Linux desktops mount USB drives: /media/<user>/<label>, /media/<label>, /run/media/<user>/<label>. */
export const REMOVABLE_DRIVE_ROOTS = ['/media', '/run/media'];

// /media/<user>/<label>/packs/<pack>: a drive root, then two folders down.
const MAX_DEPTH = 4;
const MAX_FOLDERS_VISITED = 400;

async function summarise(
  location: string,
): Promise<Pick<PackCandidate, 'title' | 'version' | 'packId'>> {
  try {
    const bytes = await readerFor(location).read(MANIFEST_FILE, 256 * 1024);
    const parsed = manifestSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    if (parsed.success) {
      return { title: parsed.data.title, version: parsed.data.version, packId: parsed.data.id };
    }
  } catch {
    // Shown without a title; the import reports exactly what is wrong.
  }
  return { title: null, version: null, packId: null };
}

async function scan(root: string, depth: number, found: string[], budget: { folders: number }) {
  if (budget.folders-- <= 0) return;
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return;
  }
  if (names.includes(MANIFEST_FILE)) {
    found.push(root);
    return;
  }
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    const full = path.join(root, name);
    const info = await stat(full).catch(() => null);
    if (!info) continue;
    if (info.isFile() && name.toLowerCase().endsWith('.zip')) found.push(full);
    else if (info.isDirectory() && depth < MAX_DEPTH) await scan(full, depth + 1, found, budget);
  }
}

export const candidateId = (location: string) =>
  createHash('sha256').update(location).digest('hex').slice(0, 16);

/** Lists the packs under the drive roots and the import folder, with ids for import. */
export async function findPackCandidates(options: {
  driveRoots: readonly string[];
  importFolder: string | null;
}): Promise<{ candidates: PackCandidate[]; paths: Map<string, string> }> {
  const candidates: PackCandidate[] = [];
  const paths = new Map<string, string>();
  const sources: [string, PackCandidate['source']][] = [
    ...options.driveRoots.map((root): [string, PackCandidate['source']] => [root, 'drive']),
    ...(options.importFolder
      ? [[options.importFolder, 'folder'] as [string, PackCandidate['source']]]
      : []),
  ];
  for (const [root, source] of sources) {
    const found: string[] = [];
    await scan(root, 0, found, { folders: MAX_FOLDERS_VISITED });
    for (const location of found) {
      const id = candidateId(location);
      if (paths.has(id)) continue;
      paths.set(id, location);
      candidates.push({
        id,
        source,
        kind: location.toLowerCase().endsWith('.zip') ? 'zip' : 'folder',
        location,
        ...(await summarise(location)),
      });
    }
  }
  return { candidates, paths };
}
