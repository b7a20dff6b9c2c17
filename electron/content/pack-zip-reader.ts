/**
 * Reads a content pack from a .zip file. fflate inflates the files; the central
 * directory is read here because fflate does not expose what the validator needs to
 * refuse: links (Unix mode in the external attributes), encrypted entries and names
 * that leave the pack.
 *
 * A zip made by zipping the pack folder itself (every name under `my-pack/`) is read
 * as if the files were at the top.
 */
import { readFile, stat } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { PackReadError, type PackEntry, type PackEntryType, type PackReader } from './pack-reader';

interface ZipRecord {
  name: string;
  type: PackEntryType;
  size: number;
  encrypted: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;

/** True when a zip entry name could land outside the folder it is unpacked into. */
export function leavesPack(name: string): boolean {
  return (
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split('/').some((segment) => segment === '..') ||
    name.includes('\0')
  );
}

function readCentralDirectory(zip: Uint8Array): ZipRecord[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new PackReadError('is not a zip file, or the zip is damaged');
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    throw new PackReadError('is a ZIP64 archive, which is not supported; make a smaller zip');
  }
  const decoder = new TextDecoder('utf-8');
  const records: ZipRecord[] = [];
  for (let index = 0; index < count; index++) {
    if (offset + 46 > zip.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw new PackReadError('is a damaged zip file (its table of contents is broken)');
    }
    const madeBy = view.getUint16(offset + 4, true) >> 8;
    const flags = view.getUint16(offset + 8, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const mode = view.getUint32(offset + 38, true) >>> 16;
    const name = decoder.decode(zip.subarray(offset + 46, offset + 46 + nameLength));
    let type: PackEntryType = name.endsWith('/') ? 'directory' : 'file';
    if (madeBy === UNIX_HOST && mode !== 0) {
      const format = mode & S_IFMT;
      if (format === S_IFLNK) type = 'link';
      else if (format === S_IFDIR) type = 'directory';
      else if (format !== S_IFREG) type = 'other';
    }
    if (leavesPack(name)) type = 'outside';
    records.push({
      name: name.replace(/\/$/, ''),
      type,
      size: type === 'file' ? size : 0,
      encrypted: (flags & 1) === 1,
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return records;
}

/** The folder every entry sits in, when the zip was made from the pack folder itself. */
function sharedTopFolder(records: ZipRecord[]): string {
  if (records.some((r) => r.name === 'manifest.json')) return '';
  const tops = new Set(records.map((r) => r.name.split('/')[0]));
  if (tops.size !== 1) return '';
  const [top] = [...tops];
  return records.some((r) => r.name === `${top}/manifest.json`) ? `${top}/` : '';
}

export function createZipReader(zipFile: string, maxZipBytes: number): PackReader {
  let loaded: Promise<{ zip: Uint8Array; records: ZipRecord[]; prefix: string }> | null = null;
  const load = () =>
    (loaded ??= (async () => {
      const info = await stat(zipFile);
      if (info.size > maxZipBytes) throw new PackReadError('is too large');
      const zip = new Uint8Array(await readFile(zipFile));
      const records = readCentralDirectory(zip);
      return { zip, records, prefix: sharedTopFolder(records) };
    })());

  return {
    kind: 'zip',
    async entries(limit) {
      const { records, prefix } = await load();
      return records
        .filter((r) => r.name.startsWith(prefix) && r.name !== prefix.replace(/\/$/, ''))
        .slice(0, limit + 1)
        .map((r): PackEntry => ({ path: r.name.slice(prefix.length), type: r.type, size: r.size }));
    },
    async read(entryPath, maxBytes) {
      const { zip, records, prefix } = await load();
      const name = prefix + entryPath;
      const record = records.find((r) => r.name === name);
      if (!record) throw new PackReadError('is missing');
      if (record.type === 'link')
        throw new PackReadError('is a link; a pack may not contain links');
      if (record.type !== 'file') throw new PackReadError('is not a file');
      if (record.encrypted)
        throw new PackReadError('is encrypted in the zip; zip it without a password');
      if (record.size > maxBytes) throw new PackReadError('is too large');
      let files: Record<string, Uint8Array>;
      try {
        // The filter decides before inflating, so a zip bomb never gets unpacked.
        files = unzipSync(zip, {
          filter: (file) => file.name === name && file.originalSize <= maxBytes,
        });
      } catch {
        throw new PackReadError(
          'cannot be unpacked from the zip (damaged or an unsupported compression)',
        );
      }
      const data = files[name];
      if (!data) throw new PackReadError('cannot be unpacked from the zip');
      if (data.length > maxBytes) throw new PackReadError('is too large');
      return data;
    },
  };
}
