// A tiny single-line stroke font, drawn as paths so frames never depend on
// installed system fonts. It deliberately holds only what may appear in the
// frames: the rhythm counter's 1, 2, 3 and the hand-position letters C and U.
// No other digit, no unit and no separator: a measurement, a temperature or a
// date drawn into a loop could not follow the parent's language and units, nor
// a figure staff have changed, so the text beside the video carries them all.
import { el, n } from './svg.mjs';

// Glyph box: 16 units tall, baseline at y = 16. [advance width, path]
const GLYPHS = {
  '1': [8, 'M1.5 3.2L5.5 0L5.5 16'],
  '2': [10, 'M0.5 4C1 1.4 3 0 5 0C8 0 10 2 10 4.6C10 8.5 0 11.5 0 16L10 16'],
  '3': [10, 'M0.5 2C2 0.6 3.4 0 5 0C8 0 9.5 1.8 9.5 4C9.5 6.3 7.5 7.8 4.5 7.8C8 7.8 10 9.5 10 12C10 14.5 8 16 5 16C3 16 1.4 15.3 0 14'],
  'C': [10, 'M10 2.5C9 0.8 7.2 0 5.5 0C2.2 0 0 3.5 0 8C0 12.5 2.2 16 5.5 16C7.2 16 9 15.2 10 13.5'],
  'U': [10, 'M0 0L0 10.5C0 14 2 16 5 16C8 16 10 14 10 10.5L10 0'],
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
