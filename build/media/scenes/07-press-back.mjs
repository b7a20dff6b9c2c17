// Step 7: thumb and fingers push the breast gently back toward the chest wall.
import { doc, C, ramp, line, n } from '../lib/svg.mjs';
import { sideCloseUp, arrow } from '../lib/figures.mjs';
import { rhythmCounter } from './08-compress-roll.mjs';

export default {
  id: 'press-back',
  duration: 4,
  poster: 0.2,
  frame(t) {
    const c = (t * 2) % 1;
    const push = ramp(c, 0.05, 0.35) * (1 - ramp(c, 0.62, 0.92));
    const scene = sideCloseUp({ push });
    const tp = scene.thumb, fp = scene.fingers;
    const show = ramp(c, 0.0, 0.1) * (1 - ramp(c, 0.45, 0.6));
    const chest = scene.map([0, -60]), chest2 = scene.map([0, 150]);
    return doc(
      scene.svg,
      line(`M${n(chest[0])} ${n(chest[1])} L${n(chest2[0])} ${n(chest2[1])}`, C.accent, 4, { 'stroke-dasharray': '8 8', opacity: n(0.35 + 0.65 * push) }),
      arrow([tp[0] + 70, tp[1] - 40], [tp[0] - 30, tp[1] - 40], { opacity: show, sw: 8, head: 20 }),
      arrow([fp[0] + 70, fp[1] + 44], [fp[0] - 30, fp[1] + 44], { opacity: show, sw: 8, head: 20 }),
      rhythmCounter(0),
    );
  },
};
