/**
 * Size of what the kiosk loads: the initial JS and CSS (raw and gzip), each locale's
 * chunks, the fonts and the default content pack, read from the production build and
 * Vite's manifest.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../../e2e/host';
import { DIST } from '../session';

export interface Size {
  raw: number;
  gzip: number;
  files: string[];
}

export interface BundleSize {
  initialJs: Size;
  initialCss: Size;
  /** Per locale, every chunk that holds its text (English is inside the initial JS). */
  locales: Record<string, Size>;
  fonts: Size;
  pack: { videos: Size; posters: Size; other: Size };
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const FONT = /\.(woff2?|ttf|otf)$/i;

async function sizeOf(root: string, files: string[], gzip = true): Promise<Size> {
  let raw = 0;
  let zipped = 0;
  for (const file of files) {
    const bytes = await readFile(path.join(root, file));
    raw += bytes.length;
    if (gzip) zipped += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip: gzip ? zipped : Number.NaN, files };
}

async function walk(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full, base)));
    else out.push(path.relative(base, full));
  }
  return out;
}

export async function measureBundleSize(distRoot = DIST): Promise<BundleSize> {
  const manifest = JSON.parse(
    await readFile(path.join(distRoot, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;

  // The entry and everything it imports statically is what the first paint waits for.
  const initial = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

  const localeFiles: Record<string, string[]> = {};
  for (const chunk of Object.values(manifest)) {
    const match = chunk.src?.match(/locales\/([^/]+)\/[^/]+\.json$/);
    if (match?.[1]) (localeFiles[match[1]] ??= []).push(chunk.file);
  }
  const locales: Record<string, Size> = {};
  for (const [language, files] of Object.entries(localeFiles).sort()) {
    locales[language] = await sizeOf(distRoot, files);
  }

  const packRoot = path.join(PROJECT_ROOT, 'renderer/content/default');
  const packFiles = await walk(packRoot);
  const videos = packFiles.filter((file) => /\.(webm|mp4)$/i.test(file));
  const posters = packFiles.filter((file) => /\.(webp|png|jpe?g)$/i.test(file));
  const other = packFiles.filter((file) => !videos.includes(file) && !posters.includes(file));

  return {
    initialJs: await sizeOf(distRoot, [...initial]),
    initialCss: await sizeOf(distRoot, [...css]),
    locales,
    fonts: await sizeOf(
      distRoot,
      (await walk(distRoot)).filter((file) => FONT.test(file)),
      false,
    ),
    pack: {
      videos: await sizeOf(packRoot, videos, false),
      posters: await sizeOf(packRoot, posters, false),
      other: await sizeOf(packRoot, other, false),
    },
  };
}
