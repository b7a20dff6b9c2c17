// Step 6: the other hand brings a clean cup under the breast, nipple right above it.
import { doc, C, ramp, line, n } from '../lib/svg.mjs';
import { sideCloseUp, heldCup } from '../lib/figures.mjs';

export default {
  id: 'hold-container',
  duration: 4,
  poster: 0.6,
  frame(t) {
    const scene = sideCloseUp({});
    const nip = scene.nipple;
    const inPlace = ramp(t, 0.05, 0.4);
    const fade = ramp(t, 0.0, 0.12) * (1 - ramp(t, 0.88, 1));
    const cx = nip[0] + 4 + (1 - inPlace) * 60;
    const cy = 400 + (1 - inPlace) * 70;
    const guide = ramp(t, 0.42, 0.52) * (1 - ramp(t, 0.82, 0.9));
    return doc(
      scene.svg,
      line(`M${n(nip[0] + 4)} ${n(nip[1] + 16)} L${n(nip[0] + 4)} ${n(cy - 8)}`, C.accent, 3, { 'stroke-dasharray': '6 8', opacity: n(guide), 'stroke-dashoffset': n(-t * 56) }),
      heldCup(cx, cy, { opacity: fade, milk: 0 }),
    );
  },
};
