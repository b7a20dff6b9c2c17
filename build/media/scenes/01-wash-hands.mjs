// Step 1: two hands rubbing together under a running tap, with soap bubbles.
import { doc, g, C, el, shape, line, circle, smooth, n, rng, fract, TAU, wave } from '../lib/svg.mjs';
import { flatHand } from '../lib/figures.mjs';

const rand = rng(1);
const BUBBLES = Array.from({ length: 16 }, () => ({
  x: 250 + rand() * 150, y: 230 + rand() * 110, r: 5 + rand() * 11,
  speed: 1 + Math.floor(rand() * 2), off: rand(), drift: (rand() - 0.5) * 30,
}));

function tap() {
  return g(
    {},
    shape('M380 0 L380 52 Q380 78 354 78 L330 78 Q316 78 316 92 L316 104 L296 104 L296 86 Q296 56 330 56 L352 56 Q358 56 358 48 L358 0 Z', C.steel, C.steelLine, 3),
    shape('M352 22 L404 22 Q412 22 412 30 L412 36 L352 36 Z', C.steel, C.steelLine, 3),
  );
}

function water(t) {
  const streams = [300, 306, 312].map((x, i) =>
    line(`M${x} 104 L${x + 1} 252`, i === 1 ? '#FFFFFF' : C.water, i === 1 ? 3 : 7, i === 1 ? { 'stroke-dasharray': '14 22', 'stroke-dashoffset': n(-t * 36 * 6) } : {}),
  );
  return g({ opacity: '0.95' }, streams);
}

export default {
  id: 'wash-hands',
  duration: 4,
  poster: 0.1,
  frame(t) {
    const rub = Math.sin(TAU * t * 4); // four rubs per loop
    const bubbles = BUBBLES.map((b) => {
      const k = fract(t * b.speed + b.off);
      const y = b.y - k * 120;
      return circle(b.x + b.drift * k, y, b.r * (0.6 + 0.4 * k), C.bubble, C.bubbleLine, 2, { opacity: n(Math.sin(Math.PI * k) * 0.95), 'fill-opacity': '0.7' });
    });
    return doc(
      // sink
      shape('M90 360 L550 360 Q540 470 320 470 Q100 470 90 360 Z', '#EEF3F6', C.steelLine, 3),
      el('ellipse', { cx: 320, cy: 360, rx: 230, ry: 26, fill: '#F7FAFC', stroke: C.steelLine, 'stroke-width': 3 }),
      el('ellipse', { cx: 312, cy: 372, rx: 60, ry: 8, fill: C.water, opacity: n(0.5 + 0.3 * wave(t, 4)) }),
      shape('M455 330 Q455 318 470 318 L520 318 Q535 318 535 330 L535 342 L455 342 Z', '#F6D7E0', '#C58A9B', 3), // soap
      tap(),
      water(t),
      g({ transform: `translate(${n(262 + rub * 12)} ${n(300 - rub * 7)}) rotate(62)` }, flatHand({ tone: C.skin })),
      g({ transform: `translate(${n(362 - rub * 12)} ${n(300 + rub * 7)}) rotate(-62) scale(-1 1)` }, flatHand({ tone: C.skinDeep })),
      line(smooth([[296, 246], [306, 262], [318, 250]]), C.water, 5, { opacity: n(0.6 + 0.4 * wave(t, 8)) }),
      bubbles,
    );
  },
};
