// Step 3: a warm towel on one breast (soft heat waves) and gentle circular
// massage strokes with the flat hand on the other.
import { doc, g, C, shape, smooth, n, TAU, line } from '../lib/svg.mjs';
import { frontChest, flatHand, squiggle, arcArrow } from '../lib/figures.mjs';

export default {
  id: 'warm-breasts',
  duration: 4,
  poster: 0.25,
  frame(t) {
    const chest = frontChest({ cx: 320, cy: 280, sep: 120, r: 96 });
    const [a, b] = chest.nipples;
    const towel = g(
      {},
      shape(smooth([[a[0] - 92, a[1] - 60], [a[0] + 10, a[1] - 78], [a[0] + 94, a[1] - 54], [a[0] + 98, a[1] + 62], [a[0] - 6, a[1] + 86], [a[0] - 96, a[1] + 58]], true), C.towel, '#B8743F', 3),
      [-50, -18, 14, 46].map((dy) => line(smooth([[a[0] - 88, a[1] + dy], [a[0], a[1] + dy - 8 + dy * 0.1], [a[0] + 90, a[1] + dy + 2]]), C.towelStripe, 4)),
    );
    const heat = [-40, 0, 40].map((dx, i) => {
      const k = (t * 2 + i / 3) % 1;
      return squiggle(a[0] + dx, a[1] - 100 - k * 50, a[1] - 150 - k * 50, 6, t * 4, { color: C.warm, sw: 4, opacity: Math.sin(Math.PI * k) });
    });
    const ang = TAU * t * 2; // two slow circles per loop
    const hx = b[0] + Math.cos(ang) * 22, hy = b[1] + Math.sin(ang) * 22;
    return doc(
      chest.svg,
      towel,
      heat,
      arcArrow(b[0], b[1], 70, ang + 0.6, ang + 0.6 + 4.2, { color: C.accent, sw: 4, head: 14, opacity: 0.8, dash: '9 8' }),
      g({ transform: `translate(${n(hx + 6)} ${n(hy + 10)}) rotate(-18) scale(0.8)` }, flatHand({ tone: C.skinDeep })),
    );
  },
};
