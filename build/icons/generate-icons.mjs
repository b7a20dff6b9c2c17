// Draws the app icon (a cream drop of milk on a teal disc) as PNG files for
// electron-builder: build/icons/<size>x<size>.png for Linux, icon.png for Windows.
// Pure code, no image tools: the same script always writes the same bytes.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const TEAL = [0x0b, 0x5f, 0x6e];
const CREAM = [0xfb, 0xf7, 0xf2];
const SAMPLES = 4; // per axis, for smooth edges

/** Which colour a point of the unit square shows, or null outside the disc. */
function colourAt(x, y) {
  const dx = x - 0.5;
  const dy = y - 0.5;
  if (dx * dx + dy * dy > 0.48 * 0.48) return null;
  const cy = 0.6;
  const r = 0.2;
  const top = 0.2;
  const inBulb = dx * dx + (y - cy) ** 2 <= r * r;
  const inTip = y >= top && y <= cy && Math.abs(dx) <= r * ((y - top) / (cy - top)) ** 0.75;
  return inBulb || inTip ? CREAM : TEAL;
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function drawIcon(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt(
            (px + (sx + 0.5) / SAMPLES) / size,
            (py + (sy + 0.5) / SAMPLES) / size,
          );
          if (!colour) continue;
          covered++;
          r += colour[0];
          g += colour[1];
          b += colour[2];
        }
      }
      const at = 1 + px * 4;
      if (covered > 0) {
        row[at] = Math.round(r / covered);
        row[at + 1] = Math.round(g / covered);
        row[at + 2] = Math.round(b / covered);
        row[at + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
      }
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 48, 64, 128, 256, 512];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const size of ICON_SIZES) {
    await writeFile(path.join(here, `${size}x${size}.png`), drawIcon(size));
  }
  await writeFile(path.join(here, 'icon.png'), drawIcon(512));
  console.log(
    `Wrote ${ICON_SIZES.length + 1} icons to ${path.relative(process.cwd(), here) || '.'}`,
  );
}
