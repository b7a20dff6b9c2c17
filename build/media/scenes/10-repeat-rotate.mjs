// Step 10: keep the rhythm, then move the hand around the nipple like the hand of
// a clock: C, then U, then backward C, then upside-down U, and back to C. Front
// view. Each position lasts 2 s: one press-compress-relax (the pads close in and
// drops come), then the hand turns a quarter to the next position. The letter of
// the current position is lit in the column on the right.
import { doc, g, C, ramp, n, line, circle } from '../lib/svg.mjs';
import { frontBreast, frontCHand, zoneRing, fallingDrops, arcArrow } from '../lib/figures.mjs';
import { text } from '../lib/glyphs.mjs';

const NIP = [262, 236];
const CM = 20;
const R = 3.2 * CM;
// Letter shown for each position: C, U, backward C, upside-down U.
const LETTERS = [
  { ch: 'C', tf: '' },
  { ch: 'U', tf: '' },
  { ch: 'C', tf: 'scale(-1 1)' },
  { ch: 'U', tf: 'scale(1 -1)' },
];

function letter(i, x, y, on) {
  const { ch, tf } = LETTERS[i];
  const size = on ? 46 : 30;
  return g(
    { transform: `translate(${x} ${y})` },
    circle(0, 0, on ? 40 : 30, C.bg, 'none', 0),
    circle(0, 0, on ? 40 : 28, on ? C.accentSoft : 'none', on ? C.accent : '#CFC8BE', 3, { 'fill-opacity': '0.5' }),
    g({ transform: tf }, text(ch, 0, size / 2, size, { anchor: 'middle', color: on ? '#1F5F6B' : '#B9B1A6', weight: on ? 4 : 3 })),
  );
}

/** Clock ticks round the breast; the four hand positions get long ticks. */
function clockTicks() {
  const ticks = [];
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * Math.PI * 2;
    const r0 = i % 3 === 0 ? 176 : 184, r1 = 194;
    ticks.push(`M${n(Math.cos(a) * r0)} ${n(Math.sin(a) * r0)}L${n(Math.cos(a) * r1)} ${n(Math.sin(a) * r1)}`);
  }
  return line(ticks.join(''), '#BFB4A6', 4);
}

export default {
  id: 'repeat-rotate',
  duration: 8,
  poster: 0.08,
  frame(t) {
    const pos = Math.floor(t * 4);
    const q = t * 4 - pos; // phase inside this position's 2 s
    const move = ramp(q, 0.66, 0.97);
    const angle = -90 * (pos + move); // counter-clockwise on screen: 9, 6, 3, 12 o'clock
    const squeeze = ramp(q, 0.12, 0.3) * (1 - ramp(q, 0.4, 0.58));
    const current = q > 0.82 ? (pos + 1) % 4 : pos;
    const drops = fallingDrops(q, [NIP[0], NIP[1] + 8], [0.26, 0.34], { dur: 0.32, fall: 90, r: 6 });
    const turning = move > 0 && move < 1 ? Math.sin(Math.PI * move) : 0;
    return doc(
      g({ transform: `translate(${NIP[0]} ${NIP[1]})` },
        clockTicks(),
        frontBreast(160, { areola: 2.3 * CM, nip: 10 }),
        zoneRing(2.5 * CM, 5 * CM, 0.45),
        g({ transform: `rotate(${n(angle)})` }, frontCHand(R, { squeeze, arm: 520 })),
        arcArrow(0, 0, 212, ((angle + 206) * Math.PI) / 180, ((angle + 136) * Math.PI) / 180, { opacity: turning, sw: 8, head: 22 }),
      ),
      drops,
      LETTERS.map((_, i) => letter(i, 568, 72 + i * 92, i === current)),
    );
  },
};
