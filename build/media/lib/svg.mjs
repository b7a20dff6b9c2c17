// Shared SVG helpers: element builders, outlined strokes, smooth paths,
// 2-D affine transforms, periodic timing helpers and a seeded RNG.

export const W = 640;
export const H = 480;

/** Colour palette: warm skin, soft brown outlines, calm teal accent. */
export const C = {
  bg: '#FBF6EF',
  bgWarm: '#F6EDE2',
  skin: '#F3CDB0',
  skinDeep: '#EDBB98',
  areola: '#D9A083',
  line: '#8A5A44',
  lineSoft: '#C4967C',
  hair: '#6B4A3A',
  gown: '#B9D3E6',
  gownLine: '#6F93AE',
  milk: '#FFFFFF',
  milkLine: '#7FA3BC',
  accent: '#2F8C9E',
  accentSoft: '#9CCFD8',
  warm: '#E0805F',
  heart: '#E58A98',
  towel: '#F2B880',
  towelStripe: '#E49A5C',
  wood: '#C9A27C',
  woodLine: '#8C6A4C',
  cup: '#E4F0F6',
  cupLine: '#5E89A3',
  water: '#BFE0EE',
  steel: '#D5DCE2',
  steelLine: '#7D8A96',
  bubble: '#FFFFFF',
  bubbleLine: '#8FB6CC',
};

/** Number formatting with at most 2 decimals keeps SVG text small and stable. */
export const n = (v) => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};

const attrs = (a = {}) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : v}"`)
    .join('');

export const el = (name, a = {}, ...children) => {
  const body = children.flat(Infinity).filter(Boolean).join('');
  return body ? `<${name}${attrs(a)}>${body}</${name}>` : `<${name}${attrs(a)}/>`;
};
export const g = (a, ...children) => el('g', a, ...children);

export const doc = (...children) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
  el('rect', { width: W, height: H, fill: C.bg }) +
  children.flat(Infinity).filter(Boolean).join('') +
  '</svg>';

/** Filled shape with a soft outline. */
export const shape = (d, fill, stroke = C.line, sw = 3, extra = {}) =>
  el('path', { d, fill, stroke, 'stroke-width': sw, 'stroke-linejoin': 'round', 'stroke-linecap': 'round', ...extra });

/** Plain stroke. */
export const line = (d, stroke = C.line, sw = 3, extra = {}) =>
  el('path', { d, fill: 'none', stroke, 'stroke-width': sw, 'stroke-linejoin': 'round', 'stroke-linecap': 'round', ...extra });

/** A thick rounded band with an outline (fingers, arms, C-shaped hand). */
export const limb = (d, width, fill = C.skin, stroke = C.line, sw = 3) => [
  line(d, stroke, width + 2 * sw),
  line(d, fill, width),
];

export const circle = (x, y, r, fill, stroke = C.line, sw = 3, extra = {}) =>
  el('circle', { cx: x, cy: y, r, fill, stroke, 'stroke-width': sw, ...extra });

/** Polyline / polygon path through points. */
export const poly = (pts, closed = false) =>
  'M' + pts.map((p) => `${n(p[0])} ${n(p[1])}`).join(' L') + (closed ? ' Z' : '');

/** Smooth Catmull-Rom path through points (open or closed). */
export const smooth = (pts, closed = false, tension = 1) => {
  const P = pts;
  const m = P.length;
  if (m < 2) return '';
  const get = (i) => (closed ? P[(i + m) % m] : P[Math.max(0, Math.min(m - 1, i))]);
  let d = `M${n(P[0][0])} ${n(P[0][1])}`;
  const last = closed ? m : m - 1;
  for (let i = 0; i < last; i++) {
    const p0 = get(i - 1), p1 = get(i), p2 = get(i + 1), p3 = get(i + 2);
    const k = tension / 6;
    const c1 = [p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k];
    const c2 = [p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k];
    d += ` C${n(c1[0])} ${n(c1[1])} ${n(c2[0])} ${n(c2[1])} ${n(p2[0])} ${n(p2[1])}`;
  }
  return closed ? d + ' Z' : d;
};

/* ---------- affine transforms: [a, b, c, d, e, f] as in SVG matrix() ---------- */
export const T = {
  id: () => [1, 0, 0, 1, 0, 0],
  mul: (m1, m2) => [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ],
  translate: (x, y) => [1, 0, 0, 1, x, y],
  scale: (sx, sy = sx) => [sx, 0, 0, sy, 0, 0],
  rotate: (deg, cx = 0, cy = 0) => {
    const r = (deg * Math.PI) / 180, c = Math.cos(r), s = Math.sin(r);
    return [c, s, -s, c, cx - c * cx + s * cy, cy - s * cx - c * cy];
  },
  chain: (...ms) => ms.reduce((acc, m) => T.mul(acc, m), [1, 0, 0, 1, 0, 0]),
  apply: (m, p) => [m[0] * p[0] + m[2] * p[1] + m[4], m[1] * p[0] + m[3] * p[1] + m[5]],
  attr: (m) => `matrix(${m.map(n).join(' ')})`,
};

/* ---------- timing: every scene is a function of phase t in [0, 1) ---------- */
export const clamp = (x, a = 0, b = 1) => Math.min(b, Math.max(a, x));
export const lerp = (a, b, k) => a + (b - a) * k;
export const lerpPt = (p, q, k) => [lerp(p[0], q[0], k), lerp(p[1], q[1], k)];
export const ease = (x) => {
  const k = clamp(x);
  return k * k * (3 - 2 * k);
};
/** 0 before t0, eased 0..1 between t0 and t1, 1 after. */
export const ramp = (t, t0, t1) => ease((t - t0) / (t1 - t0));
/** Smooth bump: rises over [a,b], holds, falls over [c,d]. */
export const bump = (t, a, b, c, d) => ramp(t, a, b) * (1 - ramp(t, c, d));
/** Periodic wave 0..1..0 with `cycles` full periods per loop (seamless). */
export const wave = (t, cycles = 1, offset = 0) => 0.5 - 0.5 * Math.cos(2 * Math.PI * (t * cycles + offset));
export const fract = (x) => x - Math.floor(x);
export const TAU = Math.PI * 2;

/** Deterministic PRNG (mulberry32). */
export const rng = (seed) => () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};
