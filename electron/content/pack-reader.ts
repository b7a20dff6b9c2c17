/**
 * Read access to a content pack, whether it is a folder or a .zip of one, so the
 * validator and the importer never care which. Readers never follow links: a link
 * is listed as a link and the validator rejects it.
 */
import { lstat, open, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';

export type PackEntryType = 'file' | 'directory' | 'link' | 'other' | 'outside';

export interface PackEntry {
  /** Path inside the pack, with forward slashes, as written in a manifest. */
  path: string;
  type: PackEntryType;
  /** Bytes (uncompressed, for a zip entry). */
  size: number;
}

export interface PackReader {
  readonly kind: 'folder' | 'zip';
  /** Every entry, up to `limit` (one more is returned when there are more). */
  entries(limit: number): Promise<PackEntry[]>;
  /** The file's bytes; refuses a file larger than `maxBytes`. */
  read(entryPath: string, maxBytes: number): Promise<Uint8Array>;
}

/** Thrown by a reader when a file cannot be read; the message is plain words. */
export class PackReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackReadError';
  }
}

/** Reads a pack folder on disk. */
export function createFolderReader(root: string): PackReader {
  let realRoot: Promise<string> | null = null;
  const resolvedRoot = () => (realRoot ??= realpath(root));

  return {
    kind: 'folder',
    async entries(limit) {
      const base = await resolvedRoot();
      const found: PackEntry[] = [];
      const pending: string[] = [''];
      while (pending.length > 0 && found.length <= limit) {
        const relative = pending.shift() as string;
        const names = (await readdir(path.join(base, relative))).sort();
        for (const name of names) {
          const entryPath = relative ? `${relative}/${name}` : name;
          const info = await lstat(path.join(base, entryPath));
          const type: PackEntryType = info.isSymbolicLink()
            ? 'link'
            : info.isDirectory()
              ? 'directory'
              : info.isFile()
                ? 'file'
                : 'other';
          found.push({ path: entryPath, type, size: type === 'file' ? info.size : 0 });
          if (type === 'directory') pending.push(entryPath);
          if (found.length > limit) break;
        }
      }
      return found;
    },
    async read(entryPath, maxBytes) {
      const base = await resolvedRoot();
      const file = path.join(base, ...entryPath.split('/'));
      // Checked again here, not only in entries(): the drive may change under us.
      const info = await lstat(file).catch(() => null);
      if (!info) throw new PackReadError('is missing');
      if (info.isSymbolicLink()) throw new PackReadError('is a link; a pack may not contain links');
      if (!info.isFile()) throw new PackReadError('is not a file');
      if (info.size > maxBytes) throw new PackReadError('is too large');
      const handle = await open(file, 'r');
      try {
        const buffer = Buffer.alloc(info.size);
        const { bytesRead } = await handle.read(buffer, 0, info.size, 0);
        return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
      } finally {
        await handle.close();
      }
    },
  };
}
