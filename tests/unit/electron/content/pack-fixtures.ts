/**
 * Builds content packs for tests: a copy of the built-in pack in a temporary folder,
 * which each test then breaks in one way.
 */
import { zipSync, type Zippable } from 'fflate';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../..',
);
export const DEFAULT_PACK = path.join(PROJECT_ROOT, 'renderer/content/default');

export type Manifest = Record<string, unknown> & { steps: Record<string, unknown>[] };

export const VALID_VTT = 'WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nPress back\n';

const made: string[] = [];

/** A fresh copy of the built-in pack; removed by `cleanUpPacks`. */
export async function copyDefaultPack(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bedside-pack-test-'));
  made.push(dir);
  const root = path.join(dir, 'pack');
  await cp(DEFAULT_PACK, root, { recursive: true });
  return root;
}

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bedside-pack-test-'));
  made.push(dir);
  return dir;
}

export async function cleanUpPacks(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export async function readManifest(root: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8')) as Manifest;
}

export async function writeManifest(root: string, manifest: unknown): Promise<void> {
  await writeFile(path.join(root, 'manifest.json'), JSON.stringify(manifest, null, 2));
}

export async function editManifest(
  root: string,
  edit: (manifest: Manifest) => void,
): Promise<void> {
  const manifest = await readManifest(root);
  edit(manifest);
  await writeManifest(root, manifest);
}

export async function writePackFile(
  root: string,
  file: string,
  data: string | Uint8Array,
): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), data);
}

/** Every file of a folder, for zipping. */
async function collect(root: string, prefix: string, into: Zippable): Promise<Zippable> {
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) await collect(full, `${prefix}${entry.name}/`, into);
    else into[`${prefix}${entry.name}`] = new Uint8Array(await readFile(full));
  }
  return into;
}

/** Zips `root` (under `top/` when given) plus extra raw entries, into a .zip file. */
export async function zipPack(
  root: string,
  options: { top?: string; extra?: Zippable } = {},
): Promise<string> {
  const files = await collect(root, options.top ? `${options.top}/` : '', {});
  Object.assign(files, options.extra ?? {});
  const zipFile = path.join(await tempDir(), 'pack.zip');
  await writeFile(zipFile, zipSync(files, { level: 0 }));
  return zipFile;
}
