/**
 * Loads a content pack folder and turns it into the guide the renderer shows: media
 * URLs under /pack/, the pack's text overrides, and its storage figures merged over
 * the CDC defaults.
 */
import type { Guide, StepId } from '../ipc/contract';
import type { PackManifest } from './pack-manifest';
import { createFolderReader } from './pack-reader';
import { PACK_PREFIX } from './protocol-handler';
import { DEFAULT_STORAGE_FIGURES } from './storage-figures';
import { validatePack, type PackProblem, type ValidPack } from './validate-pack';

export type PackLoadResult = { ok: true; guide: Guide } | { ok: false; problems: PackProblem[] };

function packUrl(relative: string): string {
  return PACK_PREFIX + relative.split('/').map(encodeURIComponent).join('/');
}

/** The storage figures a pack asks for: each section it gives replaces the default's. */
export function storageFigures(manifest: PackManifest): Guide['storage'] {
  return { ...DEFAULT_STORAGE_FIGURES, ...manifest.storage };
}

export function guideOf(pack: ValidPack, builtIn: boolean): Guide {
  const { manifest } = pack;
  return {
    pack: {
      id: manifest.id,
      version: manifest.version,
      title: manifest.title,
      publisher: manifest.publisher,
      licence: manifest.licence,
      date: manifest.date,
      credits: manifest.credits ?? '',
      builtIn,
    },
    steps: manifest.steps.map((step) => ({
      id: step.id as StepId,
      video: packUrl(step.video),
      poster: packUrl(step.poster),
      captions: Object.fromEntries(
        Object.entries(step.captions ?? {}).map(([lng, file]) => [lng, packUrl(file)]),
      ),
      alt: step.alt ?? {},
    })),
    storage: storageFigures(manifest),
    texts: pack.texts,
  };
}

/**
 * Reads and validates the pack in `root`; never throws. Media files are not opened
 * here (see ValidateOptions.checkMedia): a lost video falls back in the renderer.
 */
export async function loadContentPack(root: string, builtIn: boolean): Promise<PackLoadResult> {
  const result = await validatePack(createFolderReader(root), { checkMedia: false });
  if (!result.ok) return { ok: false, problems: result.problems };
  return { ok: true, guide: guideOf(result.pack, builtIn) };
}
