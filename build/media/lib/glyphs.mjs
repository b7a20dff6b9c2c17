// A tiny single-line stroke font, drawn as paths so frames never depend on
// installed system fonts. It deliberately holds only what may appear in the
// frames: digits, units (cm, °C), separators and the hand-position letters C, U.
import { el, n } from './svg.mjs';

// Glyph box: 16 units tall, baseline at y = 16. [advance width, path]
const GLYPHS = {
  '0': [10, 'M5 0C1.4 0 0 4 0 8C0 12 1.4 16 5 16C8.6 16 10 12 10 8C10 4 8.6 0 5 0Z'],
  '1': [8, 'M1.5 3.2L5.5 0L5.5 16'],
  '2': [10, 'M0.5 4C1 1.4 3 0 5 0C8 0 10 2 10 4.6C10 8.5 0 11.5 0 16L10 16'],
  '3': [10, 'M0.5 2C2 0.6 3.4 0 5 0C8 0 9.5 1.8 9.5 4C9.5 6.3 7.5 7.8 4.5 7.8C8 7.8 10 9.5 10 12C10 14.5 8 16 5 16C3 16 1.4 15.3 0 14'],
  '4': [10, 'M7.5 16L7.5 0L0 11L10 11'],
  '5': [10, 'M9.5 0L1.6 0L0.8 7C2 6.2 3.5 5.8 5 5.8C8 5.8 10 7.8 10 10.8C10 14 7.8 16 5 16C3 16 1.2 15.2 0 13.8'],
  '6': [10, 'M8.8 1C8 0.3 6.8 0 5.5 0C2 0 0 3.5 0 9C0 13.5 2 16 5 16C8 16 10 14 10 11C10 8 8 6.2 5.2 6.2C3 6.2 1 7.5 0.2 9.5'],
  '7': [10, 'M0 0L10 0L3.5 16'],
  '8': [10, 'M5 7.6C2.2 7.6 0.6 6 0.6 3.8C0.6 1.5 2.5 0 5 0C7.5 0 9.4 1.5 9.4 3.8C9.4 6 7.8 7.6 5 7.6C2 7.6 0 9.3 0 11.8C0 14.3 2.2 16 5 16C7.8 16 10 14.3 10 11.8C10 9.3 8 7.6 5 7.6Z'],
  '9': [10, 'M9.8 6.5C9 8.5 7 9.8 4.8 9.8C2 9.8 0 8 0 5C0 2 2 0 5 0C8 0 10 2.5 10 7C10 12.5 8 16 4.5 16C3.2 16 2 15.7 1.2 15'],
  'C': [10, 'M10 2.5C9 0.8 7.2 0 5.5 0C2.2 0 0 3.5 0 8C0 12.5 2.2 16 5.5 16C7.2 16 9 15.2 10 13.5'],
  'U': [10, 'M0 0L0 10.5C0 14 2 16 5 16C8 16 10 14 10 10.5L10 0'],
  'c': [9, 'M9 7.5C8.3 6.4 7 5.8 5.5 5.8C2.5 5.8 0.5 8 0.5 11C0.5 14 2.5 16 5.5 16C7 16 8.3 15.4 9 14.3'],
  'm': [10.4, 'M0 16L0 6M0 9C0.5 7 2 6 3.3 6C4.6 6 5.2 7 5.2 9L5.2 16M5.2 9C5.7 7 7.2 6 8.5 6C9.8 6 10.4 7 10.4 9L10.4 16'],
  '°': [6, 'M3 0C1.3 0 0 1.3 0 3C0 4.7 1.3 6 3 6C4.7 6 6 4.7 6 3C6 1.3 4.7 0 3 0Z'],
  '-': [6, 'M0 9L6 9'],
  '–': [9, 'M0 9L9 9'],
  '.': [1, 'M0.5 15.6L0.5 16'],
  ':': [1, 'M0.5 5.6L0.5 6M0.5 15.6L0.5 16'],
  '/': [7, 'M0 16L7 0'],
  ' ': [4, ''],
};
const GAP = 3.6;

export const textWidth = (str, size) =>
  (size / 16) * [...str].reduce((w, ch, i) => w + GLYPHS[ch][0] + (i ? GAP : 0), 0);

/**
 * Draw `str` with its baseline at y. anchor: 'start' | 'middle' | 'end'.
 * Throws on any character outside the allowed set, so no words slip into frames.
 */
export const text = (str, x, y, size, { anchor = 'start', color = '#333', weight = 2.2, transform } = {}) => {
  for (const ch of str) if (!GLYPHS[ch]) throw new Error(`glyph not allowed in frames: ${JSON.stringify(ch)}`);
  const s = size / 16;
  const w = textWidth(str, size);
  let cx = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
  const parts = [];
  for (const ch of str) {
    const [adv, d] = GLYPHS[ch];
    if (d) parts.push(el('path', { d, transform: `translate(${n(cx)} ${n(y - size)}) scale(${n(s)})` }));
    cx += (adv + GAP) * s;
  }
  return el(
    'g',
    { fill: 'none', stroke: color, 'stroke-width': n(weight / s), 'stroke-linecap': 'round', 'stroke-linejoin': 'round', transform },
    parts,
  );
};
