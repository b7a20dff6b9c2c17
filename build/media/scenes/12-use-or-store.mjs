// Step 12: give the milk to the baby by spoon right away, or seal it in a
// labelled storage bag and put it in the fridge. No figures are drawn: the fridge
// temperature and the storage times are in the text beside the video, in the
// parent's units and as staff set them, and a date would be written the parent's
// way. The label shows handwriting, the fridge a snowflake for cold.
import { doc, g, C, shape, line, el, circle, ramp, n, wave } from '../lib/svg.mjs';
import { babyFace, cup } from '../lib/figures.mjs';

function spoon(x, y, tilt, full) {
  return g(
    { transform: `translate(${n(x)} ${n(y)}) rotate(${n(tilt)})` },
    line('M0 0 L70 -5', C.steelLine, 9), line('M0 0 L70 -5', C.steel, 4),
    el('ellipse', { cx: -12, cy: 2, rx: 20, ry: 11, fill: C.steel, stroke: C.steelLine, 'stroke-width': 3 }),
    full > 0.05 ? el('ellipse', { cx: -12, cy: 1, rx: 14 * full, ry: 6 * full, fill: C.milk, stroke: C.milkLine, 'stroke-width': 2 }) : '',
  );
}

function bag(x, y, { seal = 1, label = 1, opacity = 1 } = {}) {
  return g(
    { transform: `translate(${n(x)} ${n(y)})`, opacity: n(opacity) },
    shape('M-48 -70 L48 -70 L52 60 Q0 78 -52 60 Z', '#F4F8FB', C.cupLine, 3),
    shape('M-50 -10 Q0 0 50 -10 L52 60 Q0 78 -52 60 Z', C.milk, C.milkLine, 2),
    line('M-50 -58 L50 -58', '#C9D7E1', 6),
    line(`M-50 -58 L${n(-50 + 100 * seal)} -58`, C.accent, 6),
    circle(-50 + 100 * seal, -58, 7, C.accentSoft, C.accent, 2.5),
    shape('M-40 -44 L40 -44 L40 -16 L-40 -16 Z', '#FFFFFF', C.cupLine, 2, { opacity: n(0.4 + 0.6 * label) }),
    g({ opacity: n(label) }, line('M-28 -28 q6 -8 12 0 t12 0 t12 0 t12 0', '#35586E', 2.6)),
  );
}

/** Six-armed snowflake: cold, without a number. */
function snowflake(x, y, r) {
  const arms = [0, 60, 120].map((deg) => {
    const a = (deg * Math.PI) / 180;
    const dx = Math.cos(a) * r, dy = Math.sin(a) * r;
    return `M${n(x - dx)} ${n(y - dy)}L${n(x + dx)} ${n(y + dy)}`;
  });
  const barbs = [0, 60, 120, 180, 240, 300].map((deg) => {
    const a = (deg * Math.PI) / 180, k = 0.6 * r, b = 0.32 * r;
    const [px, py] = [x + Math.cos(a) * k, y + Math.sin(a) * k];
    const [ux, uy] = [Math.cos(a + 0.9) * b, Math.sin(a + 0.9) * b];
    const [vx, vy] = [Math.cos(a - 0.9) * b, Math.sin(a - 0.9) * b];
    return `M${n(px + ux)} ${n(py + uy)}L${n(px)} ${n(py)}L${n(px + vx)} ${n(py + vy)}`;
  });
  return line(arms.join('') + barbs.join(''), C.accent, 3);
}

function fridge(door) {
  // door 0 = open, 1 = closed
  return g(
    {},
    shape('M460 110 L600 110 L600 440 L460 440 Z', '#F2F6F8', C.steelLine, 3),
    line('M470 230 L590 230 M470 330 L590 330', '#C9D3DA', 4),
    shape('M470 148 L590 148 L590 172 L470 172 Z', '#DDEBF2', 'none', 0),
    // door, hinged on the right edge, drawn as a panel that narrows when opening
    shape(`M600 110 L${n(600 - 140 * door - 30 * (1 - door))} ${n(110 - 20 * (1 - door))} L${n(600 - 140 * door - 30 * (1 - door))} ${n(440 + 20 * (1 - door))} L600 440 Z`, '#E4ECF1', C.steelLine, 3),
    snowflake(530, 86, 13),
    line(`M${n(612 - 140 * door - 30 * (1 - door) + 10)} 250 L${n(612 - 140 * door - 30 * (1 - door) + 10)} 300`, C.steelLine, 6),
  );
}

export default {
  id: 'use-or-store',
  duration: 6,
  poster: 0.36,
  frame(t) {
    // left: spoon feeding, two gentle sips per loop
    const s = wave(t, 2);
    const spoonX = 122 + 70 * (1 - s), spoonY = 306 - 30 * (1 - s);
    const full = t % 0.5 < 0.3 ? 1 : 1 - ramp(t % 0.5, 0.3, 0.35);
    // right: seal, label, into the fridge, door closes, opens again, new bag appears
    const seal = ramp(t, 0.04, 0.2);
    const label = ramp(t, 0.2, 0.3);
    const move = ramp(t, 0.34, 0.52);
    const door = ramp(t, 0.54, 0.64) * (1 - ramp(t, 0.82, 0.9));
    const bx = 380 + move * 148, by = 270 + move * 20;
    const inFridge = 1 - ramp(t, 0.82, 0.86);
    const fresh = ramp(t, 0.9, 1);
    return doc(
      shape('M0 440 L640 440 L640 480 L0 480 Z', C.bgWarm, 'none', 0),
      // left panel
      babyFace(110, 290, 1.5),
      spoon(spoonX + 18, spoonY, -10 + s * 10, t % 0.5 < 0.32 ? full : 0),
      cup(236, 398, { w: 60, h: 40, milk: 0.6 }),
      line('M300 60 L300 440', '#D8CFC3', 4, { 'stroke-dasharray': '2 14' }),
      // right panel
      fridge(door),
      move < 1 ? bag(bx, by, { seal, label }) : door < 0.85 ? bag(bx, by, { seal, label, opacity: inFridge }) : '',
      g({ opacity: n(fresh) }, bag(380, 270, { seal: 0, label: 0 })),
    );
  },
};
