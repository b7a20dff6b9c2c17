// Step 10: keep the rhythm, then move the hand around the nipple like the hand of
// a clock: C, then U, then backward C, then upside-down U, and back to C. Front
// view. At each position the hand does one press back, press together, relax, on
// step 8's beats (rings close in on the pads as they press back, the pads close in
// and drops come), then the whole hand turns a quarter, the same grip each time:
// so the backward C has the thumb below and the fingers on top (see README.md).
// The letter of the current position is lit in the column on the right.
import { doc, g, C, ramp, n, line, circle } from '../lib/svg.mjs';
import { frontBreast, frontCHand, zoneRing, fallingDrops, arcArrow } from '../lib/figures.mjs';
import { text } from '../lib/glyphs.mjs';
import { RHYTHM_SECONDS, rhythm, rhythmCues } from '../lib/rhythm.mjs';

const NIP = [262, 236];
const CM = 20;
const R = 3.2 * CM;
const TURN_SECONDS = 1;
const POSITION_SECONDS = RHYTHM_SECONDS + TURN_SECONDS;
const POSITIONS = 4;
const DURATION = POSITIONS * POSITION_SECONDS;
// Each move turns the hand a quarter counter-clockwise on screen (SVG degrees).
const QUARTER_TURN = -90;
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

/**
 * Clock positions (degrees to the hour, 0 = 12 o'clock, as the viewer sees it) of the thumb pad,
 * the finger pad and the web of the hand at position i (0 = C ... 3 = upside-down U),
 * from the same drawing and turn the frames use: the teaching diagram must agree.
 */
export function handClock(i) {
  const clock = ([x, y]) => {
    const a = (Math.atan2(y, x) * 180) / Math.PI + QUARTER_TURN * i; // SVG: y down, so clockwise
    return ((Math.round((a + 90) / 30) * 30) % 360 + 360) % 360; // to the nearest hour
  };
  const pads = frontCHand.pads(R);
  return { thumb: clock(pads.thumb), fingers: clock(pads.finger), wrap: clock(frontCHand.web(R)) };
}

/** Where the loop is at phase t: the position, the hand's movement and its turn. */
function at(t) {
  const time = t * DURATION;
  const pos = Math.min(POSITIONS - 1, Math.floor(time / POSITION_SECONDS));
  const s = time - pos * POSITION_SECONDS; // seconds into this position
  const pressing = s < RHYTHM_SECONDS;
  const { push, squeeze } = pressing ? rhythm(s / RHYTHM_SECONDS) : { push: 0, squeeze: 0 };
  const move = pressing ? 0 : ramp(s, RHYTHM_SECONDS + 0.05, POSITION_SECONDS - 0.05);
  return { pos, q: s / POSITION_SECONDS, push, squeeze, move };
}

/** Rings closing in on each pad while it presses back toward the chest wall. */
function pressRings(pads, push) {
  if (push <= 0.01) return '';
  const ring = ([x, y]) => circle(x, y, 34 - 14 * push, 'none', C.accent, 4);
  return g({ opacity: n(Math.min(1, push * 1.6) * 0.9) }, ring(pads.thumb), ring(pads.finger));
}

export default {
  id: 'repeat-rotate',
  duration: DURATION,
  poster: 0.08,
  cues: rhythmCues(Array.from({ length: POSITIONS }, (_, i) => i * POSITION_SECONDS)),
  /** What the hand is doing at loop phase t: pressing back, pressing together (0..1). */
  motion(t) {
    const { push, squeeze } = at(t);
    return { press: push, together: squeeze };
  },
  frame(t) {
    const { pos, q, push, squeeze, move } = at(t);
    const angle = QUARTER_TURN * (pos + move); // the web at 9, 6, 3, 12 o'clock
    const current = move > 0.5 ? (pos + 1) % POSITIONS : pos;
    // Drops leave the nipple while the pads press together (0.6 to 1.24 s of the cycle).
    const drops = fallingDrops(q, [NIP[0], NIP[1] + 8], [0.28, 0.33], { dur: 0.2, fall: 90, r: 6 });
    const turning = move > 0 && move < 1 ? Math.sin(Math.PI * move) : 0;
    return doc(
      g({ transform: `translate(${NIP[0]} ${NIP[1]})` },
        clockTicks(),
        frontBreast(160, { areola: 2.3 * CM, nip: 10 }),
        zoneRing(2.5 * CM, 5 * CM, 0.45),
        g({ transform: `rotate(${n(angle)})` },
          frontCHand(R, { squeeze, arm: 520 }),
          pressRings(frontCHand.pads(R, squeeze), push * (1 - squeeze)),
        ),
        arcArrow(0, 0, 212, ((angle + 206) * Math.PI) / 180, ((angle + 136) * Math.PI) / 180, { opacity: turning, sw: 8, head: 22 }),
      ),
      drops,
      LETTERS.map((_, i) => letter(i, 568, 72 + i * 92, i === current)),
    );
  },
};
