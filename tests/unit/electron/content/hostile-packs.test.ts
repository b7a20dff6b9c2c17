/**
 * Packs built to hurt: a zip bomb that declares a small size, an entry whose stream
 * runs past its header, a 40,000-deep text file, names the protocol handler would not
 * serve, names zipped without the UTF-8 flag, storage figures looser than any
 * published guidance. The stall bound is tested by its structure (input handed to
 * the inflater in small chunks with a turn of the event loop between them, output
 * stopped at the header's size); the stall itself is measured by
 * `tests/bench/pack-stall.ts`, not timed here.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { packNameProblem } from '../../../../electron/content/pack-path-rule';
import { PACK_LIMITS } from '../../../../electron/content/pack-limits';
import { createFolderReader } from '../../../../electron/content/pack-reader';
import {
  createZipReader,
  decodeCp437,
  inflateBounded,
  INFLATE_CHUNK_BYTES,
  READ_BLOCK_BYTES,
  YIELD_OUTPUT_BYTES,
} from '../../../../electron/content/pack-zip-reader';
import { safeSegments } from '../../../../electron/content/protocol-handler';
import { validatePack, type PackValidation } from '../../../../electron/content/validate-pack';
import { cleanUpPacks, copyDefaultPack, editManifest, tempDir, writePackFile } from './pack-fixtures';

afterEach(cleanUpPacks);

interface RawEntry {
  name: Uint8Array;
  data: Uint8Array;
  /** What the headers claim; the truth by default. */
  declaredSize?: number;
  crc?: number;
  utf8?: boolean;
  method?: number;
}

/** A zip written byte by byte, so its headers can lie. */
function buildZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const method = entry.method ?? 8;
    const compressed = method === 8 ? deflateRawSync(entry.data) : Buffer.from(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const crc = entry.crc ?? crc32(entry.data);
    const flags = entry.utf8 === false ? 0 : 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(entry.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(entry.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, Buffer.from(entry.name), compressed);
    centrals.push(central, Buffer.from(entry.name));
    offset += 30 + entry.name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

async function zipFile(entries: RawEntry[]): Promise<string> {
  const file = path.join(await tempDir(), 'hostile.zip');
  await writeFile(file, buildZip(entries));
  return file;
}

function expectProblem(result: PackValidation, file: string, problem: RegExp) {
  expect(result.ok, 'the pack should be refused').toBe(false);
  if (result.ok) return;
  const matching = result.problems.filter((p) => p.file === file && problem.test(p.problem));
  expect(matching, `problems were: ${JSON.stringify(result.problems, null, 1)}`).not.toHaveLength(0);
}

describe('a zip whose entries lie about their size', { timeout: 60_000 }, () => {
  it('refuses a bomb that declares 1 KB and inflates to 64 MB, stopping at the declared size', async () => {
    const file = await zipFile([{ name: utf8('manifest.json'), data: new Uint8Array(64 * 1024 * 1024), declaredSize: 1024 }]);
    const reader = createZipReader(file, PACK_LIMITS.packBytes);
    await expect(reader.read('manifest.json', PACK_LIMITS.manifestBytes)).rejects.toThrow(/inflates to more than its zip header says/);
  });

  it('refuses a stream that ends before its declared size, and a wrong checksum', async () => {
    const short = await zipFile([{ name: utf8('a.json'), data: utf8('{"a":1}'), declaredSize: 100 }]);
    await expect(createZipReader(short, PACK_LIMITS.packBytes).read('a.json', 1000)).rejects.toThrow(/does not end where its zip header says/);
    const crc = await zipFile([{ name: utf8('a.json'), data: utf8('{"a":1}'), crc: 12345 }]);
    await expect(createZipReader(crc, PACK_LIMITS.packBytes).read('a.json', 1000)).rejects.toThrow(/checksum/);
  });

  it.each([
    ['highly compressible data', (i: number) => (i % 4096 === 0 ? 1 : 0)],
    ['barely compressible data', (i: number) => (i * 2654435761) >>> 24],
  ])('inflates %s in bounded steps with turns of the event loop between them, never past the size', async (_name, byte) => {
    const data = new Uint8Array(8 * 1024 * 1024).map((_, i) => byte(i));
    const compressed = deflateRawSync(data);
    // Work between two turns of the event loop: input pushed and output produced.
    const spans: { input: number; output: number }[] = [{ input: 0, output: 0 }];
    let pushes = 0;
    let maxPush = 0;
    let last = 0;
    // Each turn of the event loop (its check phase) starts a new span; no clock involved.
    let watching = true;
    const onTurn = () => {
      spans.push({ input: 0, output: 0 });
      if (watching) setImmediate(onTurn);
    };
    setImmediate(onTurn);
    const out = await inflateBounded(
      {
        read: async (position, length) => {
          spans.push({ input: 0, output: 0 });
          return new Uint8Array(compressed.subarray(position, position + length));
        },
      },
      { compressedSize: compressed.length, size: data.length, crc: crc32(data), method: 8 },
      data.length,
      (step) => {
        pushes++;
        maxPush = Math.max(maxPush, step.input);
        const span = spans[spans.length - 1]!;
        span.input += step.input;
        span.output += step.output - last;
        last = step.output;
      },
    );
    watching = false;
    expect(Buffer.from(out).equals(Buffer.from(data))).toBe(true);
    expect(pushes).toBe(Math.ceil(compressed.length / INFLATE_CHUNK_BYTES));
    expect(maxPush).toBeLessThanOrEqual(INFLATE_CHUNK_BYTES);
    expect(last).toBeLessThanOrEqual(data.length);
    // No span of work without a turn of the event loop is larger than the bounds.
    expect(Math.max(...spans.map((s) => s.input))).toBeLessThanOrEqual(READ_BLOCK_BYTES);
    expect(Math.max(...spans.map((s) => s.output))).toBeLessThanOrEqual(YIELD_OUTPUT_BYTES + 1032 * INFLATE_CHUNK_BYTES);
  });

  it('refuses at once an entry declaring more than the caller allows', async () => {
    const file = await zipFile([{ name: utf8('big.webm'), data: new Uint8Array(10), declaredSize: PACK_LIMITS.videoBytes + 1 }]);
    await expect(createZipReader(file, PACK_LIMITS.packBytes).read('big.webm', PACK_LIMITS.videoBytes)).rejects.toThrow(/too large/);
  });
});

describe('zip file names', () => {
  it('decodes a name without the UTF-8 flag as CP437', async () => {
    // "café.json" as an old Windows zip tool writes it: é is 0x82 in CP437.
    const name = new Uint8Array([...utf8('caf'), 0x82, ...utf8('.json')]);
    const file = await zipFile([{ name, data: utf8('{}'), utf8: false }]);
    const reader = createZipReader(file, PACK_LIMITS.packBytes);
    expect((await reader.entries(10)).map((e) => e.path)).toEqual(['café.json']);
    expect(new TextDecoder().decode(await reader.read('café.json', 100))).toBe('{}');
    expect(decodeCp437(new Uint8Array([0x80, 0xe1, 0xff]))).toBe('Çß\u00a0');
  });

  it('decodes a flagged name as UTF-8', async () => {
    const file = await zipFile([{ name: utf8('leche/cómo.json'), data: utf8('{}') }]);
    expect((await createZipReader(file, PACK_LIMITS.packBytes).entries(10)).map((e) => e.path)).toEqual(['leche/cómo.json']);
  });
});

describe('one path rule for the manifest and the protocol handler', () => {
  it.each(['media/a:b.webm', 'media/ step.webm', 'media /step.webm', 'media./step.webm', 'media/st\u200bep.webm'])(
    'refuses %s in both',
    async (name) => {
      const root = await copyDefaultPack();
      await editManifest(root, (m) => ((m.steps[0] as Record<string, unknown>).video = name));
      const result = await validatePack(createFolderReader(root));
      expect(result.ok).toBe(false);
      expect(safeSegments(`/${name.split('/').map(encodeURIComponent).join('/')}`)).toBeNull();
      expect(name.split('/').some((part) => packNameProblem(part) !== null)).toBe(true);
    },
  );

  it('accepts in both the names a normal pack uses', () => {
    for (const name of ['media/press-back.webm', 'captions/pt-BR/step 1.vtt', 'media/cómo_1.webp']) {
      expect(safeSegments(`/${name.split('/').map(encodeURIComponent).join('/')}`)).not.toBeNull();
      expect(name.split('/').every((part) => packNameProblem(part) === null)).toBe(true);
    }
  });
});

describe('text overrides', () => {
  it('gives a 40,000-deep guide.json a problem, not a RangeError', async () => {
    const root = await copyDefaultPack();
    await writePackFile(root, 'locales/en/guide.json', '{"a":'.repeat(40_000) + '"x"' + '}'.repeat(40_000));
    const result = await validatePack(createFolderReader(root));
    expectProblem(result, 'locales/en/guide.json', /nests deeper than/);
  }, 30_000);
});

describe('storage figures', () => {
  it.each([
    ['room 40 °C for 24 h', { room: { maxTempC: 40, maxTempF: 104, hours: 24 } }, /storage\.room\.maxTempC is 40 °C; the most published guidance allows \(ABM protocol 8\) is 29 °C/],
    ['room for 10 hours', { room: { maxTempC: 25, maxTempF: 77, hours: 10 } }, /storage\.room\.hours is 10 hours; .* is 8 hours/],
    ['a freezer at +40 °C', { freezer: { tempC: 40, tempF: 104, bestMonths: 6, maxMonths: 12 } }, /storage\.freezer\.tempC is 40 °C; .* is -18 °C/],
    ['a freezer for 18 months', { freezer: { tempC: -18, tempF: 0, bestMonths: 6, maxMonths: 18 } }, /storage\.freezer\.maxMonths is 18 months/],
    ['a refrigerator for 12 days', { fridge: { tempC: 4, tempF: 39, days: 12 } }, /storage\.fridge\.days is 12 days; .* is 8 days/],
    ['a refrigerator at 10 °C', { fridge: { tempC: 10, tempF: 50, days: 3 } }, /storage\.fridge\.tempC is 10 °C/],
  ])('refuses %s, naming the file and the figure', async (_name, storage, problem) => {
    const root = await copyDefaultPack();
    await editManifest(root, (m) => (m.storage = storage));
    expectProblem(await validatePack(createFolderReader(root)), 'manifest.json', problem);
  }, 30_000);

  it('keeps stricter hospital figures', async () => {
    const root = await copyDefaultPack();
    await editManifest(root, (m) => (m.storage = { room: { maxTempC: 22, maxTempF: 72, hours: 2 }, fridge: { tempC: 4, tempF: 39, days: 2 } }));
    const result = await validatePack(createFolderReader(root));
    expect(result.ok ? [] : result.problems).toEqual([]);
  }, 30_000);
});
