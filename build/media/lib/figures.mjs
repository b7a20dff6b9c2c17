// Shared drawings used by several scenes: breasts (side and front views),
// the C-shaped hand, flat hands, cup, milk drops, arrows, heads, hearts, baby.
import { C, el, g, shape, line, limb, circle, smooth, poly, n, T, lerp, clamp } from './svg.mjs';

/* ------------------------------------------------------------------ */
/* Milk, cup, arrows, small symbols                                    */
/* ------------------------------------------------------------------ */

/** A milk drop (tear shape, point up) centred at x,y with radius r. */
export const drop = (x, y, r = 6, opacity = 1) =>
  opacity <= 0.01
    ? ''
    : shape(
        `M${n(x)} ${n(y - r * 2.1)} C${n(x + r * 0.5)} ${n(y - r * 1.1)} ${n(x + r)} ${n(y - r * 0.6)} ${n(x + r)} ${n(y)}` +
          ` A${n(r)} ${n(r)} 0 0 1 ${n(x - r)} ${n(y)} C${n(x - r)} ${n(y - r * 0.6)} ${n(x - r * 0.5)} ${n(y - r * 1.1)} ${n(x)} ${n(y - r * 2.1)} Z`,
        C.milk, C.milkLine, 2, { opacity: n(opacity) },
      );

/**
 * Drops leaving a nipple at `from` and falling `fall` px. `t` is the loop phase,
 * `times` the phases at which each drop is released, `dur` its fall time (phase units).
 */
export const fallingDrops = (t, from, times, { dur = 0.18, fall = 120, r = 6, dx = 0 } = {}) =>
  times.map((t0) => {
    let k = t - t0;
    if (k < 0) k += 1; // wrap so drops released near the loop end continue at its start
    if (k > dur) return '';
    const u = k / dur;
    const grow = clamp(u / 0.25);
    const y = from[1] + r * 0.6 + (u <= 0.25 ? 0 : Math.pow((u - 0.25) / 0.75, 1.7) * fall);
    return drop(from[0] + dx * u, y + r * grow, r * (0.45 + 0.55 * grow), u > 0.9 ? (1 - u) / 0.1 : 1);
  });

/** Clear cup with a little milk, rim centre at x,y. */
export const cup = (x, y, { w = 70, h = 80, milk = 0.25 } = {}) => {
  const b = w * 0.36;
  const body = `M${n(x - w / 2)} ${n(y)} L${n(x - b)} ${n(y + h)} Q${n(x)} ${n(y + h + 8)} ${n(x + b)} ${n(y + h)} L${n(x + w / 2)} ${n(y)}`;
  const my = y + h * (1 - milk);
  const mw = lerp(b, w / 2, 1 - milk);
  return g(
    {},
    shape(body + ' Z', C.cup, 'none', 0),
    milk > 0
      ? shape(`M${n(x - mw)} ${n(my)} L${n(x - b)} ${n(y + h)} Q${n(x)} ${n(y + h + 8)} ${n(x + b)} ${n(y + h)} L${n(x + mw)} ${n(my)} Z`, C.milk, C.milkLine, 2)
      : '',
    line(body, C.cupLine, 3),
    el('ellipse', { cx: x, cy: y, rx: w / 2, ry: 6, fill: 'none', stroke: C.cupLine, 'stroke-width': 3 }),
  );
};

/** Arrow along a straight or quadratic path, head at `to`. */
export const arrow = (from, to, { via, color = C.accent, sw = 6, head = 16, opacity = 1, dash } = {}) => {
  const d = via
    ? `M${n(from[0])} ${n(from[1])} Q${n(via[0])} ${n(via[1])} ${n(to[0])} ${n(to[1])}`
    : `M${n(from[0])} ${n(from[1])} L${n(to[0])} ${n(to[1])}`;
  const ref = via || from;
  const a = Math.atan2(to[1] - ref[1], to[0] - ref[0]);
  const p = (ang, r) => [to[0] + Math.cos(ang) * r, to[1] + Math.sin(ang) * r];
  const tip = p(a, head * 0.35);
  return g(
    { opacity: n(opacity) },
    line(d, color, sw, dash ? { 'stroke-dasharray': dash } : {}),
    shape(poly([tip, p(a + 2.6, head), p(a - 2.6, head)], true), color, color, 2),
  );
};

/** Arrow along a circular arc (centre cx,cy, radius r, angles in radians). */
export const arcArrow = (cx, cy, r, a0, a1, opts = {}) => {
  const pts = [];
  for (let i = 0; i <= 24; i++) {
    const a = lerp(a0, a1, i / 24);
    pts.push([cx + Math.cos(a) * r, cy + Math.sin(a) * r]);
  }
  const { color = C.accent, sw = 5, head = 14, opacity = 1 } = opts;
  const end = pts[pts.length - 1], prev = pts[pts.length - 3];
  const a = Math.atan2(end[1] - prev[1], end[0] - prev[0]);
  const p = (ang, rr) => [end[0] + Math.cos(ang) * rr, end[1] + Math.sin(ang) * rr];
  return g(
    { opacity: n(opacity) },
    line(smooth(pts.slice(0, -1)), color, sw, opts.dash ? { 'stroke-dasharray': opts.dash } : {}),
    shape(poly([p(a, head * 0.45), p(a + 2.6, head), p(a - 2.6, head)], true), color, color, 2),
  );
};

export const heart = (x, y, s = 1, opacity = 1, fill = C.heart) =>
  shape(
    `M${n(x)} ${n(y + 9 * s)} C${n(x - 14 * s)} ${n(y)} ${n(x - 12 * s)} ${n(y - 12 * s)} ${n(x - 5 * s)} ${n(y - 12 * s)}` +
      ` C${n(x - 2 * s)} ${n(y - 12 * s)} ${n(x)} ${n(y - 9 * s)} ${n(x)} ${n(y - 7 * s)}` +
      ` C${n(x)} ${n(y - 9 * s)} ${n(x + 2 * s)} ${n(y - 12 * s)} ${n(x + 5 * s)} ${n(y - 12 * s)}` +
      ` C${n(x + 12 * s)} ${n(y - 12 * s)} ${n(x + 14 * s)} ${n(y)} ${n(x)} ${n(y + 9 * s)} Z`,
    fill, '#C96A7A', 2, { opacity: n(opacity) },
  );

/** Wavy vertical line (heat / calm waves). */
export const squiggle = (x, y0, y1, amp, phase, { color = C.warm, sw = 4, opacity = 1, waves = 1.5 } = {}) => {
  const pts = [];
  for (let i = 0; i <= 16; i++) {
    const k = i / 16;
    pts.push([x + amp * Math.sin((k * waves + phase) * Math.PI * 2), lerp(y0, y1, k)]);
  }
  return line(smooth(pts), color, sw, { opacity: n(opacity) });
};

/* ------------------------------------------------------------------ */
/* Breast, side view (local coords: chest wall at x = 0, centre y = 0)  */
/* ------------------------------------------------------------------ */

/** How far a full press (push = 1) moves the breast back: a share of its length. */
const PUSH = 0.16;

/**
 * Side profile of chest and breast, facing right. Returns the drawing plus
 * the surface functions so a hand can sit exactly on the skin.
 * push: 0..1 breast pressed back toward the chest; pinch at x = pinchX.
 */
export function sideTorso({ L = 215, Ht = 98, Hb = 120, droop = 24, push = 0, pinchX = 120, pinch = 0, withHead = false } = {}) {
  const Lp = L * (1 - PUSH * push);
  const hs = 1 + 0.06 * push;
  const surf = (x, sign) => {
    const u = clamp(x / Lp);
    const c = droop * Math.pow(u, 1.6);
    const f = Math.pow(Math.max(0, 1 - Math.pow(u, 2.6)), 0.5);
    const k = 1 - pinch * Math.exp(-Math.pow((x - pinchX) / 32, 2));
    return sign < 0 ? c - (Ht * hs * f * (1 - 0.18 * u) + 44 * Math.pow(1 - u, 4)) * k : c + (Hb * hs * f + 30 * Math.pow(1 - u, 4)) * k;
  };
  const top = (x) => surf(x, -1);
  const bot = (x) => surf(x, 1);
  const N = 36;
  const pts = [[-2, -330], [0, -240], [0, -Ht - 70]];
  for (let i = 1; i <= N; i++) {
    const x = (Lp * i) / N;
    pts.push([x, top(x)]);
  }
  for (let i = N - 1; i >= 1; i--) {
    const x = (Lp * i) / N;
    pts.push([x, bot(x)]);
  }
  pts.push([-2, Hb + 44], [-6, 240], [-14, 420]);
  const nipple = [Lp + 9, droop];
  const body = smooth(pts) + ' L-500 420 L-500 -330 Z';
  const crease = smooth([[Lp * 0.55, bot(Lp * 0.55) + 2], [Lp * 0.25, bot(Lp * 0.25) + 4], [4, Hb + 30]]);
  const gownTop = Hb + 58;
  const parts = [
    withHead ? headProfile(-34, -420, 64, { eyesClosed: false }) : '',
    shape(body, C.skin, C.line, 3),
    line(crease, C.lineSoft, 2.5),
    // nipple: small rounded bump with the areola hint
    line(smooth([[Lp - 12, top(Lp - 12)], [Lp - 2, droop - 12], [Lp, droop], [Lp - 2, droop + 12], [Lp - 12, bot(Lp - 12)]]), C.areola, 5),
    shape(`M${n(Lp - 2)} ${n(droop - 8)} Q${n(Lp + 12)} ${n(droop - 8)} ${n(Lp + 12)} ${n(droop)} Q${n(Lp + 12)} ${n(droop + 8)} ${n(Lp - 2)} ${n(droop + 8)} Z`, C.areola, C.line, 2.5),
    // hospital gown below the breast
    shape(`M-500 ${gownTop} L-6 ${gownTop - 6} Q-2 300 -14 420 L-500 420 Z`, C.gown, C.gownLine, 3),
  ];
  return { svg: g({}, parts), top, bot, nipple, Lp };
}

/**
 * C-hold hand seen from the side, drawn like the letter C opening toward the
 * nipple (the same C as the front view): the web of the hand on the side of the
 * breast, the thumb lying over the top with its pad on the upper skin, the index
 * finger lying under the breast with its pad on the lower skin, both pads at x = px
 * (the same distance behind the nipple). The other fingers peek out under the
 * index; the forearm goes down and back. `torso` is a sideTorso().
 */
export function sideCHand(torso, px, { tone = C.skinDeep } = {}) {
  const T = torso.top(px), B = torso.bot(px), H = B - T;
  const up = (x, d) => [x, torso.top(x) - d]; // a point d px above the upper skin
  const down = (x, d) => [x, torso.bot(x) + d]; // a point d px below the lower skin
  const W = [px - 84, T + 0.5 * H + 6]; // web of the hand, on the side of the breast
  const thumb = smooth([[W[0] + 6, W[1] - 8], [px - 82, T + 0.2 * H], up(px - 56, 10), up(px - 26, 13), up(px - 2, 12)]);
  const index = smooth([[W[0] + 6, W[1] + 10], [px - 80, B - 0.2 * H], down(px - 54, 10), down(px - 26, 13), down(px - 2, 12)]);
  const others = [1, 2].map((i) =>
    smooth([[W[0] - 4 * i, W[1] + 20 + 10 * i], [px - 84 - 4 * i, B - 0.12 * H + 14 * i], down(px - 54 - 6 * i, 12 + 20 * i), down(px - 22 - 12 * i, 14 + 21 * i)]),
  );
  const heel = smooth([[W[0] - 26, W[1] - 34], [W[0] + 8, W[1] - 30], [W[0] + 20, W[1] + 6], [W[0] + 8, W[1] + 44], [W[0] - 30, W[1] + 50], [W[0] - 40, W[1] + 6]], true);
  const forearm = smooth([[W[0] - 10, W[1] + 10], [W[0] - 44, B + 70], [W[0] - 90, B + 330]]);
  const OUT = 3;
  return g(
    {},
    ...others.slice().reverse().map((d) => limb(d, 25, C.skin)),
    // one silhouette: outlines first, then fills
    line(forearm, C.line, 56 + 2 * OUT),
    shape(heel, C.line, C.line, 2 * OUT),
    line(thumb, C.line, 28 + 2 * OUT),
    line(index, C.line, 27 + 2 * OUT),
    line(forearm, tone, 56),
    shape(heel, tone, 'none', 0),
    line(thumb, tone, 28),
    line(index, tone, 27),
    // details: nails at the tips (thumbnail on top, index nail underneath), crease of the thumb
    line(smooth([up(px - 18, 22), up(px - 8, 24), up(px + 2, 19)]), C.lineSoft, 2.5),
    line(smooth([down(px - 18, 22), down(px - 8, 24), down(px + 2, 19)]), C.lineSoft, 2.5),
    line(`M${n(W[0] + 4)} ${n(W[1] - 18)} q14 8 12 22`, C.lineSoft, 2.5),
  );
}

/* ------------------------------------------------------------------ */
/* Breast and C-hand, front view (local coords centred on the nipple)   */
/* ------------------------------------------------------------------ */

/** Breast seen from the front, nipple at 0,0, radius r. */
export const frontBreast = (r = 165, { areola = 34, nip = 11 } = {}) => {
  const pts = [];
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2;
    const k = 1 + 0.05 * Math.sin(a); // a little fuller below the nipple
    pts.push([Math.cos(a) * r * 0.97 * k, Math.sin(a) * r * k + r * 0.04]);
  }
  return g(
    {},
    shape(smooth(pts, true), C.skin, C.line, 3),
    line(smooth([[-r * 0.62, r * 0.78], [0, r * 0.94], [r * 0.62, r * 0.78]]), C.lineSoft, 2.5),
    circle(0, 0, areola, C.areola, 'none', 0, { opacity: '0.55' }),
    circle(0, 0, nip, C.areola, C.line, 2.5),
  );
};

/**
 * Front-view C-hold hand around a nipple at 0,0, seen edge-on like the letter C
 * (opening to the right): thumb above the nipple, index finger below it, the web
 * of the hand on the left, the other fingers hidden under the breast behind the
 * index (their tips just peek out), forearm down to the left.
 * R is the distance of the thumb and finger pads from the nipple;
 * squeeze 0..1 draws them together (the compress of steps 8 and 10).
 * Returns the svg; frontCHand.pads(R, squeeze) gives the two pad centres.
 */
export function frontCHand(R = 70, { squeeze = 0, tone = C.skinDeep, arm = 260 } = {}) {
  const r = R * (1 - 0.3 * squeeze); // pad distance from the nipple now
  const [wx] = frontCHand.web(R);
  const thumb = smooth([[wx + 4, -8], [wx + 18, -r * 0.62 - 8], [-R * 0.62, -r - 6], [-10, -r]]);
  const index = smooth([[wx + 4, 12], [wx + 16, r * 0.62 + 8], [-R * 0.62, r + 6], [-10, r]]);
  const behind = [
    smooth([[wx - 4, 30], [wx + 16, r * 0.7 + 22], [-R * 0.6, r + 20], [-22, r + 16]]), // middle finger, under the breast
    smooth([[wx - 10, 44], [wx + 10, r * 0.7 + 36], [-R * 0.6 - 8, r + 32], [-40, r + 30]]), // ring finger
  ];
  const forearm = smooth([[wx - 12, 16], [wx - 46, 96], [wx - 96, arm]]);
  const heel = smooth([[wx - 30, -24], [wx + 2, -34], [wx + 22, -8], [wx + 22, 26], [wx - 2, 60], [wx - 40, 46]], true);
  const OUT = 3;
  return g(
    {},
    // fingers under the breast, behind the index: only their tips show
    ...behind.slice().reverse().map((d) => limb(d, 27, C.skin)),
    // one silhouette: all outlines first, then all fills
    line(forearm, C.line, 56 + 2 * OUT),
    shape(heel, C.line, C.line, 2 * OUT),
    line(thumb, C.line, 31 + 2 * OUT),
    line(index, C.line, 29 + 2 * OUT),
    line(forearm, tone, 56),
    shape(heel, tone, 'none', 0),
    line(thumb, tone, 31),
    line(index, tone, 29),
    // details: the crease between thumb and hand, nails on the tips, finger joints
    line(`M${n(wx + 6)} ${n(-20)} Q${n(wx + 20)} ${n(-4)} ${n(wx + 18)} ${n(14)}`, C.lineSoft, 2.5),
    line(`M${n(-20)} ${n(-r - 14)} Q${n(-8)} ${n(-r - 16)} ${n(-2)} ${n(-r - 9)}`, C.lineSoft, 2.5), // thumbnail (top)
    line(`M${n(-20)} ${n(r + 14)} Q${n(-8)} ${n(r + 16)} ${n(-2)} ${n(r + 9)}`, C.lineSoft, 2.5), // index nail (under)
    line(`M${n(-R * 0.5)} ${n(r - 8)} L${n(-R * 0.5 - 4)} ${n(r + 12)}`, C.lineSoft, 2.5), // index joint
  );
}
/** Centres of the thumb pad (above) and finger pad (below) of frontCHand. */
frontCHand.pads = (R = 70, squeeze = 0) => {
  const r = R * (1 - 0.3 * squeeze);
  return { thumb: [2, -r], finger: [2, r] };
};

/** Centre of the web of the hand of frontCHand: left of the nipple, a little outside the pads' ring. */
frontCHand.web = (R = 70) => [-R - 58, 0];

/** Dashed ring band marking the 2.5–5 cm zone around the nipple. */
export const zoneRing = (r0, r1, opacity = 1) =>
  g(
    { opacity: n(opacity) },
    el('path', {
      d: `M${n(r1)} 0A${n(r1)} ${n(r1)} 0 1 0 ${n(-r1)} 0A${n(r1)} ${n(r1)} 0 1 0 ${n(r1)} 0ZM${n(r0)} 0A${n(r0)} ${n(r0)} 0 1 1 ${n(-r0)} 0A${n(r0)} ${n(r0)} 0 1 1 ${n(r0)} 0Z`,
      fill: C.accentSoft, 'fill-opacity': '0.35', 'fill-rule': 'evenodd',
    }),
    circle(0, 0, r0, 'none', C.accent, 2, { 'stroke-dasharray': '6 6' }),
    circle(0, 0, r1, 'none', C.accent, 2, { 'stroke-dasharray': '6 6' }),
  );

/* ------------------------------------------------------------------ */
/* Flat hand (palm view), fingers pointing up in local coords           */
/* ------------------------------------------------------------------ */
export function flatHand({ tone = C.skin, spread = 0, thumbOut = 1 } = {}) {
  const fingers = [
    [-21, -8, 54, -4 - spread * 6],
    [-7, -12, 62, -1 - spread * 2],
    [7, -12, 60, 1 + spread * 2],
    [21, -8, 48, 4 + spread * 6],
  ];
  return g(
    {},
    limb('M0 40 L0 130', 52, tone),
    ...fingers.map(([x, y, len, deg]) => {
      const a = (deg * Math.PI) / 180;
      return limb(`M${x} ${y + 10} L${n(x + Math.sin(a) * len)} ${n(y - Math.cos(a) * len)}`, 15, tone);
    }),
    shape('M-31 -6 Q-33 40 -20 56 L20 56 Q33 40 31 -6 Q0 -16 -31 -6 Z', tone, C.line, 3),
    limb(`M-24 26 Q-44 ${n(10 - thumbOut * 4)} ${n(-48 - thumbOut * 6)} ${n(-14 - thumbOut * 6)}`, 17, tone),
    line('M-22 -4 Q0 -10 22 -4', C.lineSoft, 2),
  );
}

/* ------------------------------------------------------------------ */
/* People                                                              */
/* ------------------------------------------------------------------ */

/** Head in profile facing right. */
export function headProfile(x, y, r, { eyesClosed = true, tilt = 0, smile = 1 } = {}) {
  const face = smooth([
    [r * 0.05, -r * 0.98], [r * 0.7, -r * 0.72], [r * 0.92, -r * 0.2], [r * 1.08, r * 0.05], [r * 0.92, r * 0.16],
    [r * 0.9, r * 0.42], [r * 0.72, r * 0.72], [r * 0.3, r * 0.9], [-r * 0.3, r * 0.82], [-r * 0.9, r * 0.3],
    [-r * 0.95, -r * 0.35], [-r * 0.55, -r * 0.88],
  ], true);
  const hair = smooth([
    [r * 0.72, -r * 0.68], [r * 0.2, -r * 1.08], [-r * 0.6, -r * 0.95], [-r * 1.05, -r * 0.3], [-r * 1.02, r * 0.35],
    [-r * 0.75, r * 0.9], [-r * 0.45, r * 0.55], [-r * 0.25, -r * 0.1], [r * 0.25, -r * 0.45],
  ], true);
  const eye = eyesClosed
    ? line(`M${n(r * 0.42)} ${n(-r * 0.12)} q${n(r * 0.14)} ${n(r * 0.12)} ${n(r * 0.28)} 0`, C.line, 2.5)
    : circle(r * 0.55, -r * 0.1, r * 0.06, C.line, 'none', 0);
  return g(
    { transform: `translate(${n(x)} ${n(y)}) rotate(${n(tilt)})` },
    shape(face, C.skin, C.line, 3),
    shape(hair, C.hair, C.line, 2.5),
    line(`M${n(-r * 0.05)} ${n(r * 0.1)} q${n(r * 0.16)} ${n(-r * 0.1)} ${n(r * 0.16)} ${n(r * 0.14)}`, C.lineSoft, 2.5), // ear
    eye,
    line(`M${n(r * 0.62)} ${n(r * 0.45)} q${n(r * 0.12)} ${n(r * 0.08 * smile)} ${n(r * 0.24)} ${n(-r * 0.02)}`, C.line, 2.5),
  );
}

/** Sleeping baby face, swaddled, seen from the front. */
export function babyFace(x, y, s = 1) {
  return g(
    { transform: `translate(${n(x)} ${n(y)}) scale(${n(s)})` },
    shape(smooth([[-46, 0], [0, -46], [46, 0], [30, 60], [-30, 60]], true), '#F7E3C6', C.line, 3), // blanket
    circle(0, -4, 30, C.skin, C.line, 3),
    line('M-13 -6 q5 4 10 0 M3 -6 q5 4 10 0', C.line, 2.5),
    line('M-5 8 q5 4 10 0', C.line, 2.5),
    circle(-16, 5, 4.5, C.heart, 'none', 0, { opacity: '0.45' }),
    circle(16, 5, 4.5, C.heart, 'none', 0, { opacity: '0.45' }),
    line('M-4 -33 q4 -6 8 -2', C.hair, 3),
  );
}

/**
 * Seated person in profile facing right, on a simple armchair.
 * breath 0..1 lifts the chest and shoulders; lean tilts the torso (degrees).
 */
export function seatedPerson({ x = 250, y = 330, breath = 0, shoulderDrop = 0, lean = 0, hand = null, eyesClosed = true, chair = true } = {}) {
  const hip = [x, y];
  const rot = (p) => T.apply(T.rotate(lean, hip[0], hip[1]), p);
  const sh = rot([x + 8, y - 160 + shoulderDrop * 10 - breath * 5]);
  const neck = rot([x + 18, y - 178 - breath * 3]);
  const head = rot([x + 26, y - 228 - breath * 3]);
  const chestF = rot([x + 62 + breath * 5, y - 110]);
  const torso = smooth([
    rot([x - 44, y + 6]), rot([x - 48, y - 70]), rot([x - 34, y - 150]), rot([x - 6, y - 176 - breath * 3]),
    rot([x + 34, y - 170 - breath * 3]), rot([x + 50 + breath * 4, y - 140]), chestF, rot([x + 52, y - 60]), rot([x + 46, y + 8]),
  ], true);
  const knee = [x + 150, y + 6];
  const foot = [x + 160, y + 118];
  const elbow = rot([x + 6, y - 70 + shoulderDrop * 6]);
  const handPt = hand || [x + 90, y - 10];
  return g(
    {},
    chair
      ? g({},
          shape(`M${x - 95} ${y - 190} Q${x - 110} ${y - 40} ${x - 80} ${y + 30} L${x - 40} ${y + 30} L${x - 60} ${y - 190} Z`, C.wood, C.woodLine, 3),
          shape(`M${x - 90} ${y + 14} L${x + 150} ${y + 14} L${x + 150} ${y + 46} L${x - 90} ${y + 46} Z`, C.wood, C.woodLine, 3),
          line(`M${x - 70} ${y + 46} L${x - 74} ${y + 130} M${x + 130} ${y + 46} L${x + 134} ${y + 130}`, C.woodLine, 8),
        )
      : '',
    limb(smooth([[x + 10, y - 4], [x + 80, y - 6], knee]), 60, C.gown, C.gownLine),
    limb(smooth([knee, [x + 156, y + 60], foot]), 40, C.skin),
    shape(`M${foot[0] - 16} ${foot[1] - 8} L${foot[0] + 34} ${foot[1] - 4} Q${foot[0] + 40} ${foot[1] + 10} ${foot[0] + 24} ${foot[1] + 12} L${foot[0] - 18} ${foot[1] + 12} Z`, C.skin, C.line, 3),
    limb(`M${n(neck[0])} ${n(neck[1] + 20)} L${n(head[0] - 10)} ${n(head[1] + 20)}`, 26, C.skin),
    shape(torso, C.gown, C.gownLine, 3),
    headProfile(head[0], head[1], 40, { eyesClosed, tilt: lean * 0.5 }),
    limb(smooth([sh, elbow, handPt]), 30, C.gown, C.gownLine),
    circle(handPt[0], handPt[1], 15, C.skin, C.line, 3),
  );
}

/* ------------------------------------------------------------------ */
/* Side close-up used by steps 6-9: torso + breast + C-hand, placed      */
/* ------------------------------------------------------------------ */
export const SIDE = { x: 150, y: 222, CM: 21.5, scale: 1.15 };

/**
 * push 0..1 (press back toward the chest), squeeze 0..1 (thumb and fingers
 * together), roll 0..1 (fingertips roll forward toward the nipple),
 * lean: degrees forward about the hips, scale: whole drawing.
 * Returns the svg and the nipple tip position on screen.
 */
export function sideCloseUp({ push = 0, squeeze = 0, roll = 0, lean = 0, scale = SIDE.scale, x = SIDE.x, y = SIDE.y, hand = true, withHead = false, behindSvg = '' } = {}) {
  const L = 215;
  const Lp = L * (1 - PUSH * push);
  const pinchX = (L - 3.6 * SIDE.CM) * (Lp / L) + 12 * roll;
  const torso = sideTorso({ L, push, pinchX, pinch: 0.3 * squeeze, withHead });
  const tp = [pinchX, torso.top(pinchX)];
  const fp = [pinchX, torso.bot(pinchX)];
  const m = T.chain(T.translate(x, y), T.scale(scale), T.rotate(lean, -60, 420));
  return {
    svg: g({ transform: T.attr(m) }, behindSvg, torso.svg, hand ? sideCHand(torso, pinchX) : ''),
    nipple: T.apply(m, [torso.nipple[0] + 4, torso.nipple[1]]),
    thumb: T.apply(m, tp),
    fingers: T.apply(m, fp),
    map: (p) => T.apply(m, p),
  };
}

/** Clear cup held from the left by the other hand (fingers wrapped round the front). */
export function heldCup(x, y, { w = 80, h = 62, milk = 0.3, tone = C.skinDeep, opacity = 1 } = {}) {
  const lx = x - w / 2;
  return g(
    { opacity: n(opacity) },
    limb(smooth([[lx - 150, y + 200], [lx - 70, y + 110], [lx - 10, y + 40]]), 56, tone), // forearm from below
    cup(x, y, { w, h, milk }),
    el('ellipse', { cx: lx - 6, cy: y + 30, rx: 24, ry: 34, fill: tone, stroke: C.line, 'stroke-width': 3 }),
    ...[12, 28, 44].map((dy, i) => limb(`M${n(lx - 4)} ${n(y + dy)} L${n(lx + 26 - i * 4)} ${n(y + dy + 3)}`, 14, tone)),
    limb(`M${n(lx - 14)} ${n(y + 6)} Q${n(lx - 2)} ${n(y - 10)} ${n(lx + 10)} ${n(y - 4)}`, 14, tone), // thumb at the rim
  );
}

/** Upper body seen from the front (gown at the waist). Returns svg and nipple positions. */
export function frontChest({ cx = 320, cy = 270, sep = 120, r = 96 } = {}) {
  const y0 = cy - 175;
  const body =
    `M${cx - 228} 490 L${cx - 226} ${y0 + 60} Q${cx - 218} ${y0 + 2} ${cx - 150} ${y0 - 6} L${cx - 54} ${y0 - 18}` +
    ` Q${cx - 44} ${y0 - 50} ${cx - 44} -10 L${cx + 44} -10 Q${cx + 44} ${y0 - 50} ${cx + 54} ${y0 - 18}` +
    ` L${cx + 150} ${y0 - 6} Q${cx + 218} ${y0 + 2} ${cx + 226} ${y0 + 60} L${cx + 228} 490 Z`;
  const nip = [[cx - sep, cy], [cx + sep, cy]];
  const breast = ([x, y]) =>
    g(
      {},
      line(smooth([[x - r * 0.98, y - r * 0.2], [x - r * 0.75, y + r * 0.62], [x, y + r * 0.98], [x + r * 0.75, y + r * 0.62], [x + r * 0.98, y - r * 0.2]]), C.line, 3),
      circle(x, y, r * 0.2, C.areola, 'none', 0, { opacity: '0.55' }),
      circle(x, y, r * 0.07, C.areola, C.line, 2.5),
    );
  return {
    nipples: nip,
    svg: g(
      {},
      shape(body, C.skin, C.line, 3),
      line(`M${cx - 196} ${y0 + 70} L${cx - 194} 490 M${cx + 196} ${y0 + 70} L${cx + 194} 490`, C.lineSoft, 2.5), // arms
      line(`M${cx - 130} ${y0 + 16} Q${cx - 80} ${y0 + 8} ${cx - 30} ${y0 + 22} M${cx + 130} ${y0 + 16} Q${cx + 80} ${y0 + 8} ${cx + 30} ${y0 + 22}`, C.lineSoft, 2.5), // collarbones
      nip.map(breast),
      shape(`M${cx - 230} ${cy + r + 40} Q${cx} ${cy + r + 24} ${cx + 230} ${cy + r + 40} L${cx + 230} 490 L${cx - 230} 490 Z`, C.gown, C.gownLine, 3),
    ),
  };
}
