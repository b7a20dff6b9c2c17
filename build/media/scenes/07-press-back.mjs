// Step 7: in the C-hold, thumb and fingers push the breast gently straight back
// toward the chest wall (dashed line), then ease off. Two pushes per loop, at the
// 2 s rhythm of step 8; the counter shows this is the first of its three parts.
import { doc, C, ramp, line, n } from '../lib/svg.mjs';
import { sideCloseUp } from '../lib/figures.mjs';
import { rhythmCounter, pressArrows } from './08-compress-roll.mjs';

export default {
  id: 'press-back',
  duration: 4,
  poster: 0.14,
  frame(t) {
    const c = (t * 2) % 1;
    const push = ramp(c, 0.04, 0.32) * (1 - ramp(c, 0.62, 0.92));
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
