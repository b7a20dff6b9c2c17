/**
 * Loads a content pack (manifest.json plus media) and turns it into the guide the
 * renderer shows. Every path in the manifest must stay inside the pack folder.
 */
import path from 'node:path';
import { z } from 'zod';
import { STEP_IDS, type Guide, type StepId } from '../ipc/contract';
import { PACK_PREFIX, safeSegments } from './protocol-handler';
import { DEFAULT_STORAGE_FIGURES } from './storage-figures';

const packPath = z
  .string()
  .min(1)
  .max(200)
  .refine((value) => !/^[a-z][a-z0-9+.-]*:/i.test(value), 'remote or absolute URLs are not allowed')
  .refine((value) => safeSegments(value) !== null && !value.startsWith('/'), 'path leaves the pack');

const stepSchema = z
  .object({
    id: z.enum(STEP_IDS),
    video: packPath,
    poster: packPath,
    captions: z.record(z.string(), packPath).optional(),
  })
  .strict();

export const manifestSchema = z
  .object({
    schemaVersion: z.literal(1),
    id: z.string().min(1).max(80),
    version: z.string().min(1).max(40),
    title: z.string().min(1).max(120),
    publisher: z.string().min(1).max(120),
    licence: z.string().min(1).max(80),
    date: z.string().max(40),
    credits: z.string().max(400).default(''),
    steps: z.array(stepSchema).length(STEP_IDS.length),
  })
  .strict()
  .refine(
    (manifest) => manifest.steps.every((step, index) => step.id === STEP_IDS[index]),
    { message: 'steps must list every step id once, in the fixed order', path: ['steps'] },
  );

export type PackManifest = z.infer<typeof manifestSchema>;

export type PackLoadResult =
  | { ok: true; guide: Guide }
  | { ok: false; problems: string[] };

function packUrl(relative: string): string {
  return PACK_PREFIX + relative.split('/').map(encodeURIComponent).join('/');
}

/** Reads and validates the pack in `root`; never throws. */
export async function loadContentPack(
  root: string,
  readText: (file: string) => Promise<string>,
): Promise<PackLoadResult> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readText(path.join(root, 'manifest.json')));
  } catch (error) {
    return {
      ok: false,
      problems: [`manifest.json: ${error instanceof SyntaxError ? 'not valid JSON' : 'cannot be read'}`],
    };
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map(
        (issue) => `manifest.json: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
      ),
    };
  }
  const manifest = parsed.data;
  // Missing media is not fatal: the renderer falls back to the poster or the text.
  const steps = manifest.steps.map((step) => ({
    id: step.id as StepId,
    video: packUrl(step.video),
    poster: packUrl(step.poster),
    captions: Object.fromEntries(
      Object.entries(step.captions ?? {}).map(([lng, file]) => [lng, packUrl(file)]),
    ),
  }));
  return {
    ok: true,
    guide: {
      pack: {
        id: manifest.id,
        version: manifest.version,
        title: manifest.title,
        publisher: manifest.publisher,
        licence: manifest.licence,
        credits: manifest.credits,
      },
      steps,
      storage: DEFAULT_STORAGE_FIGURES,
    },
  };
}
