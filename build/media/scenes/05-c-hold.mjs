// Step 5: the C-hold seen from the front. Thumb above the nipple, fingers below,
// the hand shaped like the letter C; the pads rest in the 2.5–5 cm band behind
// the nipple, at the edge of the areola. The band is marked as a shape only: its
// figures are in the step text beside the video, in the parent's language and
// units (a number drawn here could not follow either). The hand comes in, settles, the pads are
// marked, then it tries a little closer and a little further (where pressing
// brings milk) and settles again before leaving, so the loop closes.
import { doc, g, C, ramp, bump, n, line, circle } from '../lib/svg.mjs';
import { frontBreast, frontCHand, zoneRing } from '../lib/figures.mjs';

const NIP = [300, 240];
const CM = 22; // px per cm in this view
const R0 = 2.5 * CM, R1 = 5 * CM;
const REST = 3.2 * CM; // where the pads settle: just outside the areola, inside the band

/** Radial dimension mark across the band, from its inner ring to its outer ring. */
function dimension(angleDeg, opacity) {
  const a = (angleDeg * Math.PI) / 180;
  const ux = Math.cos(a), uy = Math.sin(a);
  const p = (r, off = 0) => [r * ux - off * uy, r * uy + off * ux];
  const tick = (r) => `M${n(p(r, -10)[0])} ${n(p(r, -10)[1])}L${n(p(r, 10)[0])} ${n(p(r, 10)[1])}`;
  return g(
    { opacity: n(opacity) },
    line(`M${n(p(R0)[0])} ${n(p(R0)[1])}L${n(p(R1)[0])} ${n(p(R1)[1])}`, C.accent, 5),
    line(tick(R0) + tick(R1), C.accent, 4),
  );
}

/** Pulsing ring on a pad where it touches the skin. */
const padMark = ([x, y], k) =>
  k <= 0.01 ? '' : g({ opacity: n(k) }, circle(x, y, 17 + 5 * k, 'none', C.accent, 4), circle(x, y, 5, C.accent, 'none', 0));

export default {
  id: 'c-hold',
  duration: 4,
  poster: 0.4,
  frame(t) {
    const arrive = ramp(t, 0.02, 0.24); // 0 = away and open, 1 = in place
    const leave = ramp(t, 0.86, 0.99);
    const away = 1 - arrive + leave;
    const search = bump(t, 0.5, 0.57, 0.6, 0.66) * -0.6 * CM + bump(t, 0.64, 0.71, 0.74, 0.8) * 1.1 * CM;
    const R = REST + search + away * 1.6 * CM;
    const pads = frontCHand.pads(R);
    const mark = bump(t, 0.26, 0.32, 0.8, 0.86) * (0.75 + 0.25 * Math.cos(t * Math.PI * 2 * 6));
    return doc(
      g({ transform: `translate(${NIP[0]} ${NIP[1]})` },
        frontBreast(170, { areola: 2.3 * CM, nip: 11 }),
        zoneRing(R0, R1, 0.45 + 0.55 * (1 - away)),
        dimension(-36, 0.4 + 0.6 * (1 - away)),
        g({ transform: `translate(${n(-away * 70)} ${n(away * 40)})`, opacity: n(1 - 0.85 * Math.max(0, away - 0.4) / 0.6) },
          frontCHand(R, { arm: 280 }),
        ),
        padMark(pads.thumb, mark),
        padMark(pads.finger, mark),
      ),
    );
  },
};
