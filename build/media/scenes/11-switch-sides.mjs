// Step 11: when the drops stop on one breast, move to the other breast.
import { doc, g, ramp, bump, n } from '../lib/svg.mjs';
import { frontChest, frontCHand, fallingDrops, arrow } from '../lib/figures.mjs';

const S = 0.55; // scale of the hand in this wider view

export default {
  id: 'switch-sides',
  duration: 5,
  poster: 0.38,
  frame(t) {
    const chest = frontChest({ cx: 320, cy: 262, sep: 120, r: 96 });
    const [a, b] = chest.nipples;
    const squeezes = (t0s) => t0s.reduce((s, t0) => Math.max(s, bump(t, t0, t0 + 0.03, t0 + 0.05, t0 + 0.09)), 0);
    const handA = ramp(t, 0, 0.06) * (1 - ramp(t, 0.42, 0.52));
    const handB = ramp(t, 0.5, 0.6) * (1 - ramp(t, 0.9, 1));
    const slideA = ramp(t, 0.42, 0.52) * 60, slideB = (1 - ramp(t, 0.5, 0.6)) * 60;
    const hand = (p, mirror, op, slide, sq) =>
      g({ opacity: n(op), transform: `translate(${n(p[0] + (mirror ? slide : -slide))} ${n(p[1] + slide)}) scale(${mirror ? -S : S} ${S})` }, frontCHand(76, { squeeze: sq, arm: 420 }));
    const dropsA = fallingDrops(t, [a[0], a[1] + 4], [0.1, 0.2], { dur: 0.1, fall: 70, r: 5 });
    const dropsB = fallingDrops(t, [b[0], b[1] + 4], [0.66, 0.76], { dur: 0.1, fall: 70, r: 5 });
    const arc = ramp(t, 0.3, 0.4) * (1 - ramp(t, 0.72, 0.82));
    return doc(
      chest.svg,
      hand(a, false, handA, slideA, squeezes([0.08, 0.18, 0.28])),
      hand(b, true, handB, slideB, squeezes([0.64, 0.74])),
      dropsA,
      dropsB,
      arrow([a[0] + 20, a[1] - 130], [b[0] - 20, b[1] - 130], { via: [320, a[1] - 200], opacity: arc, sw: 7, head: 20, dash: '14 10' }),
    );
  },
};
