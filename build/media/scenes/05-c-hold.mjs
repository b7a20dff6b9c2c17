// Step 5: the C-hold seen from the front. Thumb above, fingers below, both in
// the 2.5–5 cm band behind the nipple; the hand settles, then tries a little
// closer and a little further (where pressing brings milk).
import { doc, g, C, ramp, bump, n, line } from '../lib/svg.mjs';
import { frontBreast, frontCHand, zoneRing } from '../lib/figures.mjs';
import { text } from '../lib/glyphs.mjs';

const NIP = [280, 250];
const CM = 22; // px per cm in this view
const R0 = 2.5 * CM, R1 = 5 * CM;

/** Radial dimension mark from the 2.5 cm ring to the 5 cm ring, with its label. */
function dimension(angleDeg) {
  const a = (angleDeg * Math.PI) / 180;
  const ux = Math.cos(a), uy = Math.sin(a);
  const p = (r, off = 0) => [r * ux - off * uy, r * uy + off * ux];
  const tick = (r) => `M${n(p(r, -9)[0])} ${n(p(r, -9)[1])}L${n(p(r, 9)[0])} ${n(p(r, 9)[1])}`;
  const [ex, ey] = p(R1 + 60);
  return g(
    {},
    line(`M${n(p(R0)[0])} ${n(p(R0)[1])}L${n(p(R1)[0])} ${n(p(R1)[1])}`, C.accent, 5),
    line(tick(R0) + tick(R1), C.accent, 4),
    line(`M${n(p(R1 + 8)[0])} ${n(p(R1 + 8)[1])}L${n(ex)} ${n(ey)}L${n(ex + 24)} ${n(ey)}`, C.accent, 2.5, { 'stroke-dasharray': '4 5' }),
    text('2.5–5 cm', ex + 30, ey + 10, 28, { color: C.accent, weight: 3 }),
  );
}

export default {
  id: 'c-hold',
  duration: 4,
  poster: 0.42,
  frame(t) {
    const open = 1 - ramp(t, 0.04, 0.3) + ramp(t, 0.86, 1);
    const search = bump(t, 0.48, 0.56, 0.6, 0.66) * -0.8 * CM + bump(t, 0.64, 0.7, 0.74, 0.82) * 1.1 * CM;
    const R = 3.7 * CM + search + open * 2.8 * CM;
    return doc(
      g({ transform: `translate(${NIP[0]} ${NIP[1]})` },
        frontBreast(165),
        zoneRing(R0, R1, 0.5 + 0.5 * (1 - open)),
        dimension(-38),
        g({ transform: `translate(${n(-open * 25)} 0)` }, frontCHand(R, { arm: 260 })),
      ),
    );
  },
};
