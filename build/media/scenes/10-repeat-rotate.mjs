// Step 10: keep the rhythm, then move the hand around the nipple like a clock:
// C, then U, then backward C, then upside-down U, and back to C.
import { doc, g, C, ramp, bump, n, line, circle } from '../lib/svg.mjs';
import { frontBreast, frontCHand, zoneRing, fallingDrops, arcArrow } from '../lib/figures.mjs';
import { text } from '../lib/glyphs.mjs';

const NIP = [262, 240];
const CM = 20;
// Letter shown for each position: C, U, backward C, upside-down U.
const LETTERS = [
  { ch: 'C', tf: '' },
  { ch: 'U', tf: '' },
  { ch: 'C', tf: 'scale(-1 1)' },
  { ch: 'U', tf: 'scale(1 -1)' },
];

function letter(i, x, y, on) {
  const { ch, tf } = LETTERS[i];
  const size = on ? 44 : 30;
  return g(
    { transform: `translate(${x} ${y})` },
    circle(0, 0, on ? 38 : 28, on ? C.accentSoft : 'none', on ? C.accent : '#CFC8BE', 3, { 'fill-opacity': '0.5' }),
    g({ transform: tf }, text(ch, 0, size / 2, size, { anchor: 'middle', color: on ? '#1F5F6B' : '#B9B1A6', weight: on ? 4 : 3 })),
  );
}

function clockTicks() {
  const ticks = [];
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * Math.PI * 2;
    const r0 = i % 3 === 0 ? 178 : 184, r1 = 194;
    ticks.push(`M${n(Math.cos(a) * r0)} ${n(Math.sin(a) * r0)}L${n(Math.cos(a) * r1)} ${n(Math.sin(a) * r1)}`);
  }
  return line(ticks.join(''), '#BFB4A6', 4);
}

export default {
  id: 'repeat-rotate',
  duration: 6,
  poster: 0.1,
  frame(t) {
    const pos = Math.floor(t * 4);
    const q = t * 4 - pos;
    const move = ramp(q, 0.68, 0.98);
    const angle = -90 * (pos + move);
    const squeeze = bump(q, 0.12, 0.24, 0.3, 0.44);
    const current = q > 0.83 ? (pos + 1) % 4 : pos;
    const drops = fallingDrops(q, [NIP[0], NIP[1] + 8], [0.24, 0.3], { dur: 0.3, fall: 80, r: 6 });
    return doc(
      g({ transform: `translate(${NIP[0]} ${NIP[1]})` },
        clockTicks(),
        frontBreast(160),
        zoneRing(2.5 * CM, 5 * CM, 0.5),
        arcArrow(0, 0, 150, ((angle + 200) * Math.PI) / 180, ((angle + 140) * Math.PI) / 180, { opacity: move > 0 && move < 1 ? Math.sin(Math.PI * move) : 0, sw: 6, head: 18 }),
        g({ transform: `rotate(${n(angle)})` }, frontCHand(3.6 * CM, { squeeze, arm: 320 })),
      ),
      drops,
      LETTERS.map((_, i) => letter(i, 560, 90 + i * 100, i === current)),
    );
  },
};
