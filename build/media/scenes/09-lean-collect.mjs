// Step 9: lean forward a little; drops fall straight into the cup, clear of the
// hand. A small figure in the corner shows the posture.
import { doc, g, C, ramp, circle } from '../lib/svg.mjs';
import { sideCloseUp, heldCup, fallingDrops, arcArrow, seatedPerson } from '../lib/figures.mjs';
import { rhythm } from '../lib/rhythm.mjs';

const LEAN = 14;

export default {
  id: 'lean-collect',
  duration: 4,
  poster: 0.3,
  frame(t) {
    const k = ramp(t, 0.02, 0.18) * (1 - ramp(t, 0.86, 0.99));
    const { push, squeeze, roll } = rhythm((t * 2) % 1);
    const scene = sideCloseUp({ push, squeeze, roll, lean: LEAN * k, scale: 1, x: 150, y: 200 });
    const nip = scene.nipple;
    const cupY = 404;
    const drops = fallingDrops(t, nip, [0.22, 0.27, 0.32, 0.72, 0.77], { dur: 0.14, fall: cupY - nip[1] - 8, r: 6 });
    return doc(
      scene.svg,
      heldCup(nip[0] + 2, cupY, { w: 84, h: 58, milk: 0.35 }),
      drops,
      // posture inset: the whole person leaning forward a little
      circle(548, 112, 88, '#FFFFFF', '#DDD3C6', 3),
      g({ transform: 'translate(548 112) scale(0.36) translate(-250 -250)' }, seatedPerson({ x: 200, y: 330, lean: LEAN * 1.4 * k, eyesClosed: false, hand: [290, 250] })),
      arcArrow(500, 250, 150, -1.55, -1.05, { color: C.accent, sw: 6, head: 18, opacity: ramp(t, 0.0, 0.04) * (1 - ramp(t, 0.2, 0.28)) }),
    );
  },
};
