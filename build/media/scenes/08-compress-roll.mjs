// Step 8, the heart of the skill: press back, press together (thumb and fingers come
// together and roll forward), relax. One cycle every 2 s; milk drops appear.
// A 1-2-3 counter on the right paces the rhythm; the captions name each beat.
import { doc, g, C, ramp, circle } from '../lib/svg.mjs';
import { sideCloseUp, fallingDrops, cup, arrow } from '../lib/figures.mjs';
import { text } from '../lib/glyphs.mjs';
import { RHYTHM_SECONDS, rhythm, rhythmCues } from '../lib/rhythm.mjs';

const DURATION = 4;
const CYCLES = DURATION / RHYTHM_SECONDS;

/** Step 1 of the rhythm: arrows over the thumb and under the fingers, back toward the chest. */
export const pressArrows = (tp, fp, opacity) =>
  g({},
    arrow([tp[0] + 70, tp[1] - 58], [tp[0] - 10, tp[1] - 58], { opacity, sw: 7, head: 18 }),
    arrow([fp[0] + 40, fp[1] + 60], [fp[0] - 30, fp[1] + 60], { opacity, sw: 7, head: 18 }),
  );

/** Counter 1 · 2 · 3 in a row, a pictogram under each number; the current one lit. */
export function rhythmCounter(stage, x0 = 452, y = 58, dx = 74) {
  const item = (i) => {
    const on = i === stage;
    const x = x0 + i * dx;
    const col = on ? C.accent : '#C9C2B8';
    const iy = y + 40;
    const icon = [
      arrow([x + 20, iy + 14], [x - 20, iy + 14], { color: col, sw: 5, head: 13 }), // press back
      g({}, arrow([x, iy - 6], [x, iy + 10], { color: col, sw: 5, head: 12 }), arrow([x, iy + 36], [x, iy + 20], { color: col, sw: 5, head: 12 })), // together
      g({}, arrow([x, iy + 8], [x, iy - 8], { color: col, sw: 4, head: 11 }), arrow([x, iy + 22], [x, iy + 38], { color: col, sw: 4, head: 11 })), // open
    ][i];
    return g(
      {},
      circle(x, y - 13, on ? 29 : 23, on ? C.accentSoft : 'none', col, 3, { 'fill-opacity': '0.5' }),
      text(String(i + 1), x, y, on ? 28 : 22, { anchor: 'middle', color: on ? '#1F5F6B' : col, weight: on ? 3.5 : 3 }),
      icon,
    );
  };
  return g({}, [0, 1, 2].map(item));
}

export default {
  id: 'compress-roll',
  duration: DURATION,
  poster: 0.27,
  cues: rhythmCues([0, RHYTHM_SECONDS]),
  /** What the hand is doing at loop phase t: pressing back, pressing together (0..1). */
  motion(t) {
    const { push, squeeze } = rhythm((t * CYCLES) % 1);
    return { press: push, together: squeeze };
  },
  frame(t) {
    const c = (t * CYCLES) % 1;
    const { push, squeeze, roll, stage } = rhythm(c);
    const scene = sideCloseUp({ push, squeeze, roll });
    const nip = scene.nipple;
    const cupTop = 404;
    const drops = fallingDrops(t, nip, [0.22, 0.3, 0.72, 0.8], { dur: 0.2, fall: cupTop - nip[1] - 10, r: 6.5 });
    const press = ramp(c, 0.0, 0.06) * (1 - ramp(c, 0.24, 0.3));
    const squeezeHint = ramp(c, 0.3, 0.36) * (1 - ramp(c, 0.56, 0.62));
    const relaxHint = ramp(c, 0.64, 0.7) * (1 - ramp(c, 0.9, 0.98));
    const tp = scene.thumb, fp = scene.fingers;
    return doc(
      scene.svg,
      cup(nip[0] + 4, cupTop, { w: 84, h: 62, milk: 0.3 }),
      drops,
      // 1 press: thumb and fingers go back toward the chest
      pressArrows(tp, fp, press),
      // 2 compress: thumb and fingers come together
      arrow([tp[0], tp[1] - 92], [tp[0], tp[1] - 42], { opacity: squeezeHint, sw: 7, head: 18 }),
      arrow([fp[0], fp[1] + 96], [fp[0], fp[1] + 46], { opacity: squeezeHint, sw: 7, head: 18 }),
      // 3 relax: the hand eases off and forward again
      arrow([tp[0] + 6, tp[1] - 40], [tp[0] + 6, tp[1] - 84], { opacity: relaxHint, sw: 5, head: 15, color: C.lineSoft }),
      arrow([fp[0] + 6, fp[1] + 44], [fp[0] + 6, fp[1] + 88], { opacity: relaxHint, sw: 5, head: 15, color: C.lineSoft }),
      rhythmCounter(stage),
    );
  },
};
