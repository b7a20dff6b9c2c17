/**
 * Reads a content pack from a .zip file. The central directory is read here (links,
 * encrypted entries and names that leave the pack must be refused), and each entry is
 * inflated here too, in bounded steps, because a zip's declared sizes are only claims:
 *
 * - the output may not run past the size the entry's header declares (a zip bomb
 *   declares a small size and inflates to a gigabyte), nor past the caller's limit;
 * - the deflate stream must end exactly there, and its CRC must match;
 * - compressed input goes to the inflater INFLATE_CHUNK_BYTES at a time (so one push
 *   yields at most about 4 MB), and the event loop gets a turn after every
 *   READ_BLOCK_BYTES of input or YIELD_OUTPUT_BYTES of output, so no entry blocks the
 *   main process for long (tests/bench/pack-stall.ts measures it).
 *
 * The file is read through a handle, range by range, never whole. Names are UTF-8
 * when the entry's flag says so and CP437 (the zip format's own default) otherwise.
 *
 * A zip made by zipping the pack folder itself (every name under `my-pack/`) is read
 * as if the files were at the top.
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { crc32 } from 'node:zlib';
import { Inflate } from 'fflate';
import { PackReadError, type PackEntry, type PackEntryType, type PackReader } from './pack-reader';

/** Compressed bytes handed to the inflater in one push (deflate expands at most about 1032:1). */
export const INFLATE_CHUNK_BYTES = 4 * 1024;
/** Compressed bytes read from the file at once; the event loop gets a turn after each block. */
export const READ_BLOCK_BYTES = 256 * 1024;
/** Output after which the event loop gets a turn, even within a block. */
export const YIELD_OUTPUT_BYTES = 1024 * 1024;

interface ZipRecord {
  name: string;
  type: PackEntryType;
  size: number;
  encrypted: boolean;
  method: number;
  compressedSize: number;
  crc: number;
  localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const LOCAL_SIGNATURE = 0x04034b50;
const UTF8_FLAG = 0x800;
const STORED = 0;
const DEFLATED = 8;

// The IBM PC character set, which zip tools use for names without the UTF-8 flag.
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

export function decodeCp437(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH.charAt(byte - 0x80);
  return text;
}
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

async function readRange(handle: FileHandle, position: number, length: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) throw new PackReadError('is a damaged zip file (it ends early)');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
}

async function readCentralDirectory(handle: FileHandle, fileSize: number): Promise<ZipRecord[]> {
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  if (tailLength < 22) throw new PackReadError('is not a zip file, or the zip is damaged');
  const tail = await readRange(handle, fileSize - tailLength, tailLength);
  const tailView = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let eocd = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tailView.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new PackReadError('is not a zip file, or the zip is damaged');
  const count = tailView.getUint16(eocd + 10, true);
  const directorySize = tailView.getUint32(eocd + 12, true);
  const directoryOffset = tailView.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new PackReadError('is a ZIP64 archive, which is not supported; make a smaller zip');
  }
  if (directoryOffset + directorySize > fileSize) {
    throw new PackReadError('is a damaged zip file (its table of contents is broken)');
  }
  const zip = await readRange(handle, directoryOffset, directorySize);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let offset = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const records: ZipRecord[] = [];
  for (let index = 0; index < count; index++) {
    if (offset + 46 > zip.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw new PackReadError('is a damaged zip file (its table of contents is broken)');
    }
    const madeBy = view.getUint16(offset + 4, true) >> 8;
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const crc = view.getUint32(offset + 16, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const mode = view.getUint32(offset + 38, true) >>> 16;
    const localOffset = view.getUint32(offset + 42, true);
    if (offset + 46 + nameLength > zip.length) {
      throw new PackReadError('is a damaged zip file (its table of contents is broken)');
    }
    const rawName = zip.subarray(offset + 46, offset + 46 + nameLength);
    let name: string;
    try {
      name = (flags & UTF8_FLAG) !== 0 ? decoder.decode(rawName) : decodeCp437(rawName);
    } catch {
      throw new PackReadError('is a damaged zip file (a file name is not valid UTF-8)');
    }
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
      method,
      compressedSize,
      crc,
      localOffset,
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

/**
 * Inflates `compressed` (read from `handle` in chunks) to exactly `size` bytes, or
 * throws: output past `size` (or `limit`), a stream that ends early or runs on, or a
 * CRC that does not match. Exported for the structural test of its bounds.
 */
export async function inflateBounded(
  source: { read(position: number, length: number): Promise<Uint8Array> },
  record: { compressedSize: number; size: number; crc: number; method: number },
  limit: number,
  /** Called after every push to the inflater (the structural test watches it). */
  onStep?: (step: { input: number; output: number }) => void,
): Promise<Uint8Array> {
  const { compressedSize, size } = record;
  if (size > limit) throw new PackReadError('is too large');
  if (record.method === STORED) {
    if (compressedSize !== size) throw new PackReadError('is damaged in the zip (its sizes disagree)');
  } else if (record.method !== DEFLATED) {
    throw new PackReadError('cannot be unpacked from the zip (an unsupported compression)');
  }
  const output = new Uint8Array(size);
  let written = 0;
  let ended = record.method === STORED;
  let overflow = false;
  // Checked as the bytes come, not over 50 MB at the end (which would be one long stall).
  let crc = 0;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > size) {
      overflow = true;
    } else {
      output.set(chunk, written);
      written += chunk.length;
      crc = crc32(chunk, crc);
    }
    if (final) ended = true;
  });
  let sinceTurn = 0;
  for (let block = 0; block < compressedSize; block += READ_BLOCK_BYTES) {
    const blockLength = Math.min(READ_BLOCK_BYTES, compressedSize - block);
    const input = await source.read(block, blockLength);
    for (let at = 0; at < blockLength; at += INFLATE_CHUNK_BYTES) {
      const piece = input.subarray(at, Math.min(at + INFLATE_CHUNK_BYTES, blockLength));
      const before = written;
      if (record.method === STORED) {
        output.set(piece, block + at);
        written += piece.length;
        crc = crc32(piece, crc);
      } else {
        try {
          inflater.push(piece, block + at + piece.length >= compressedSize);
        } catch {
          throw new PackReadError('cannot be unpacked from the zip (its compressed data is damaged)');
        }
      }
      onStep?.({ input: piece.length, output: written });
      if (overflow) {
        throw new PackReadError('inflates to more than its zip header says; the zip is damaged or built to attack');
      }
      sinceTurn += written - before;
      if (sinceTurn >= YIELD_OUTPUT_BYTES) {
        sinceTurn = 0;
        await nextTurn();
      }
    }
    // A turn of the event loop after every block: the window keeps answering.
    sinceTurn = 0;
    await nextTurn();
  }
  if (!ended || written !== size) {
    throw new PackReadError('does not end where its zip header says; the zip is damaged');
  }
  if (crc >>> 0 !== record.crc >>> 0) {
    throw new PackReadError('is damaged in the zip (its checksum does not match)');
  }
  return output;
}

export function createZipReader(zipFile: string, maxZipBytes: number): PackReader {
  let loaded: Promise<{ records: ZipRecord[]; prefix: string; fileSize: number }> | null = null;
  const withHandle = async <T>(run: (handle: FileHandle) => Promise<T>): Promise<T> => {
    const handle = await open(zipFile, 'r');
    try {
      return await run(handle);
    } finally {
      await handle.close();
    }
  };
  const load = () =>
    (loaded ??= (async () => {
      const info = await stat(zipFile);
      if (info.size > maxZipBytes) throw new PackReadError('is too large');
      const records = await withHandle((handle) => readCentralDirectory(handle, info.size));
      return { records, prefix: sharedTopFolder(records), fileSize: info.size };
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
      const { records, prefix, fileSize } = await load();
      const name = prefix + entryPath;
      const record = records.find((r) => r.name === name);
      if (!record) throw new PackReadError('is missing');
      if (record.type === 'link')
        throw new PackReadError('is a link; a pack may not contain links');
      if (record.type !== 'file') throw new PackReadError('is not a file');
      if (record.encrypted)
        throw new PackReadError('is encrypted in the zip; zip it without a password');
      if (record.size > maxBytes) throw new PackReadError('is too large');
      return withHandle(async (handle) => {
        if (record.localOffset + 30 > fileSize) throw new PackReadError('is damaged in the zip');
        const local = await readRange(handle, record.localOffset, 30);
        const view = new DataView(local.buffer, local.byteOffset, 30);
        if (view.getUint32(0, true) !== LOCAL_SIGNATURE) throw new PackReadError('is damaged in the zip');
        const dataStart = record.localOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
        if (dataStart + record.compressedSize > fileSize) throw new PackReadError('is damaged in the zip (it ends early)');
        return inflateBounded(
          { read: (position, length) => readRange(handle, dataStart + position, length) },
          record,
          maxBytes,
        );
      });
    },
  };
}
