// Step 7: in the C-hold, thumb and fingers push the breast gently straight back
// toward the chest wall (dashed line), hold, then ease off. Two pushes per loop, on
// the beats of step 8's rhythm (the hold is where step 8 presses together); the
// counter shows this is the first of its three parts.
import { doc, C, ramp, line, n } from '../lib/svg.mjs';
import { sideCloseUp } from '../lib/figures.mjs';
import { RHYTHM_BEATS, RHYTHM_SECONDS, rhythm, rhythmCues } from '../lib/rhythm.mjs';
import { rhythmCounter, pressArrows } from './08-compress-roll.mjs';

const DURATION = 4;
const CYCLES = DURATION / RHYTHM_SECONDS;
const RELAX = RHYTHM_BEATS[2];
// This loop only presses back and relaxes: "press back" lasts until the release.
const BEATS = [{ key: 'pressBack', from: 0, to: RELAX.from }, RELAX];

export default {
  id: 'press-back',
  duration: DURATION,
  poster: 0.14,
  cues: rhythmCues([0, RHYTHM_SECONDS], BEATS),
  /** What the hand is doing at loop phase t: pressing back, pressing together (0..1). */
  motion(t) {
    return { press: rhythm((t * CYCLES) % 1).push, together: 0 };
  },
  frame(t) {
    const c = (t * CYCLES) % 1;
    const { push } = rhythm(c);
    const scene = sideCloseUp({ push });
    const show = ramp(c, 0.0, 0.08) * (1 - ramp(c, 0.42, 0.56));
    const chest = scene.map([0, -150]), chest2 = scene.map([0, 190]);
    return doc(
      scene.svg,
      line(`M${n(chest[0])} ${n(chest[1])} L${n(chest2[0])} ${n(chest2[1])}`, C.accent, 4, { 'stroke-dasharray': '10 10', opacity: n(0.35 + 0.65 * push) }),
      pressArrows(scene.thumb, scene.fingers, show),
      rhythmCounter(0),
    );
  },
};
