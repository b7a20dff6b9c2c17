/**
 * Validates a whole content pack before the kiosk uses it: the manifest against its
 * schema, then every file it names (present, inside the pack, not a link, the right
 * kind by its first bytes, within the size limits, captions that parse), the optional
 * text overrides and the pack's total size.
 *
 * Every problem names the file and says what is wrong in plain words, so the staff
 * who made the pack can fix it without a developer. The validator never throws.
 */
import type { z } from 'zod';
import type { PackProblem, StepId } from '../ipc/contract';
import { checkCaptions } from './captions-check';
import { SNIFFED_NAMES, sniffMediaType, sniffVideoCodec, type SniffedType } from './media-sniff';
import { formatBytes, PACK_LIMITS } from './pack-limits';
import { MANIFEST_FILE, manifestSchema, type PackManifest } from './pack-manifest';
import { PackReadError, type PackEntry, type PackReader } from './pack-reader';
import { checkTextOverride, LOCALE_OVERRIDE_PATTERN, type TextTree } from './text-overrides';

export type { PackProblem };

export const WHOLE_PACK = '(pack)';

export interface ValidPack {
  manifest: PackManifest;
  /** Files to copy on import: the manifest, every named file and the text overrides. */
  files: PackEntry[];
  /** Text overrides by language, then namespace. */
  texts: Record<string, Record<string, TextTree>>;
  bytes: number;
}

export type PackValidation =
  { ok: true; pack: ValidPack } | { ok: false; problems: PackProblem[]; manifest?: PackManifest };

type FileRole = 'video' | 'poster' | 'captions';

const EXPECTED: Record<FileRole, { types: SniffedType[]; limit: number; what: string }> = {
  video: { types: ['webm', 'mp4'], limit: PACK_LIMITS.videoBytes, what: 'a WebM or MP4 video' },
  poster: {
    types: ['webp', 'png', 'jpeg'],
    limit: PACK_LIMITS.posterBytes,
    what: 'a WebP, PNG or JPEG image',
  },
  captions: { types: [], limit: PACK_LIMITS.captionBytes, what: 'a WebVTT caption file' },
};

const EXTENSION_TYPES: Record<string, SniffedType> = {
  '.webm': 'webm',
  '.mp4': 'mp4',
  '.webp': 'webp',
  '.png': 'png',
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
};

function extensionOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? '' : file.slice(dot).toLowerCase();
}

/** Writes a zod issue path the way a person reads it: steps[6].video */
function fieldName(pathParts: readonly PropertyKey[]): string {
  let out = '';
  for (const part of pathParts) {
    out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  }
  return out;
}

function schemaProblems(error: z.ZodError): PackProblem[] {
  return error.issues.map((issue) => {
    const field = fieldName(issue.path);
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      message = `has fields this app does not know: ${issue.keys.join(', ')}`;
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      message = 'is missing';
    }
    return { file: MANIFEST_FILE, problem: field ? `${field} ${message}` : message };
  });
}

function parseJson(
  bytes: Uint8Array,
): { ok: true; value: unknown } | { ok: false; problem: string } {
  let textContent: string;
  try {
    textContent = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'is not UTF-8 text' };
  }
  try {
    return { ok: true, value: JSON.parse(textContent.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
    return { ok: false, problem: `is not valid JSON${detail}` };
  }
}

export interface ValidateOptions {
  /**
   * Check every media file too (the default, for an import). Loading the active pack
   * at start skips it: its media were checked when it was imported, and a file lost
   * since then falls back to the poster and the text in the renderer.
   */
  checkMedia?: boolean;
}

/** Validates the pack behind `reader`; never throws. */
export async function validatePack(
  reader: PackReader,
  options: ValidateOptions = {},
): Promise<PackValidation> {
  const checkMedia = options.checkMedia ?? true;
  const problems: PackProblem[] = [];
  const report = (file: string, problem: string) => problems.push({ file, problem });

  let entries: PackEntry[];
  try {
    entries = await reader.entries(PACK_LIMITS.entries);
  } catch (error) {
    const why = error instanceof PackReadError ? error.message : 'cannot be read';
    return { ok: false, problems: [{ file: WHOLE_PACK, problem: `The pack ${why}.` }] };
  }
  if (entries.length > PACK_LIMITS.entries) {
    report(
      WHOLE_PACK,
      `holds more than ${PACK_LIMITS.entries} files and folders; remove what the pack does not use`,
    );
  }
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));
  let totalBytes = 0;
  for (const entry of entries) {
    totalBytes += entry.size;
    if (entry.type === 'link')
      report(
        entry.path,
        'is a link (shortcut); a pack may not contain links, copy the real file in',
      );
    else if (entry.type === 'outside')
      report(entry.path, 'lies outside the pack (its name uses ".." or an absolute path)');
    else if (entry.type === 'other') report(entry.path, 'is not a regular file');
  }
  if (totalBytes > PACK_LIMITS.packBytes) {
    report(
      WHOLE_PACK,
      `is ${formatBytes(totalBytes)}; a pack may be at most ${formatBytes(PACK_LIMITS.packBytes)}`,
    );
  }

  const read = async (file: string, limit: number, what: string): Promise<Uint8Array | null> => {
    const entry = byPath.get(file);
    if (!entry) {
      report(
        file,
        `is missing: the manifest names it as ${what}, but there is no such file in the pack`,
      );
      return null;
    }
    if (entry.type === 'link' || entry.type === 'outside' || entry.type === 'other') return null; // reported above
    if (entry.type === 'directory') {
      report(file, `is a folder, not ${what}`);
      return null;
    }
    if (entry.size > limit) {
      report(file, `is ${formatBytes(entry.size)}; ${what} may be at most ${formatBytes(limit)}`);
      return null;
    }
    try {
      return await reader.read(file, limit);
    } catch (error) {
      report(file, error instanceof PackReadError ? error.message : 'cannot be read');
      return null;
    }
  };

  // The manifest.
  if (!byPath.has(MANIFEST_FILE)) {
    report(MANIFEST_FILE, 'is missing: every pack needs a manifest.json at its top level');
    return { ok: false, problems };
  }
  const manifestBytes = await read(MANIFEST_FILE, PACK_LIMITS.manifestBytes, 'the manifest');
  if (!manifestBytes) return { ok: false, problems };
  const json = parseJson(manifestBytes);
  if (!json.ok) {
    report(MANIFEST_FILE, json.problem);
    return { ok: false, problems };
  }
  const parsed = manifestSchema.safeParse(json.value);
  if (!parsed.success) {
    problems.push(...schemaProblems(parsed.error));
    return { ok: false, problems };
  }
  const manifest = parsed.data;
  const keep = new Set<string>([MANIFEST_FILE]);

  // Every file the manifest names, each checked once even when steps share it.
  const named = new Map<string, { role: FileRole; step: StepId; language?: string }>();
  for (const step of manifest.steps) {
    if (!named.has(step.video)) named.set(step.video, { role: 'video', step: step.id });
    if (!named.has(step.poster)) named.set(step.poster, { role: 'poster', step: step.id });
    for (const [language, file] of Object.entries(step.captions ?? {})) {
      if (!named.has(file)) named.set(file, { role: 'captions', step: step.id, language });
    }
  }
  for (const [file, { role, step, language }] of named) {
    if (!checkMedia) {
      if (byPath.get(file)?.type === 'file') keep.add(file);
      continue;
    }
    const expected = EXPECTED[role];
    const what = `${expected.what} for step "${step}"${language ? ` in ${language}` : ''}`;
    const bytes = await read(file, expected.limit, what);
    if (!bytes) continue;
    if (role === 'captions') {
      const captionProblems = checkCaptions(bytes);
      for (const problem of captionProblems) report(file, problem);
      if (captionProblems.length === 0) keep.add(file);
      continue;
    }
    const actual = sniffMediaType(bytes);
    if (!expected.types.includes(actual)) {
      report(file, `is ${SNIFFED_NAMES[actual]}, but the manifest names it as ${what}`);
      continue;
    }
    if (EXTENSION_TYPES[extensionOf(file)] !== actual) {
      report(
        file,
        `is ${SNIFFED_NAMES[actual]} but its name ends in ${extensionOf(file)}; rename it to match`,
      );
      continue;
    }
    if (actual === 'webm' && sniffVideoCodec(bytes, 'webm') !== 'vp9') {
      report(file, 'is a WebM video that is not VP9; encode it with the VP9 codec');
      continue;
    }
    if (actual === 'mp4' && sniffVideoCodec(bytes, 'mp4') !== 'h264') {
      report(file, 'is an MP4 video that is not H.264; encode it with the H.264 codec');
      continue;
    }
    keep.add(file);
  }

  // Optional text overrides: locales/<lng>/<namespace>.json
  const texts: Record<string, Record<string, TextTree>> = {};
  for (const entry of entries) {
    if (!entry.path.startsWith('locales/') || entry.type === 'directory') continue;
    const match = LOCALE_OVERRIDE_PATTERN.exec(entry.path);
    if (!match) {
      report(entry.path, 'is not where text overrides go; use locales/<language>/guide.json');
      continue;
    }
    const [, language = '', namespace = ''] = match;
    const bytes = await read(entry.path, PACK_LIMITS.localeBytes, 'a text override');
    if (!bytes) continue;
    const content = parseJson(bytes);
    if (!content.ok) {
      report(entry.path, content.problem);
      continue;
    }
    const check = checkTextOverride(language, namespace, content.value);
    for (const problem of check.problems) report(entry.path, problem);
    if (check.problems.length === 0) {
      (texts[language] ??= {})[namespace] = check.texts;
      keep.add(entry.path);
    }
  }

  if (problems.length > 0) return { ok: false, problems, manifest };
  const files = [...keep].map((file) => byPath.get(file) as PackEntry);
  return {
    ok: true,
    pack: { manifest, files, texts, bytes: files.reduce((sum, file) => sum + file.size, 0) },
  };
}
