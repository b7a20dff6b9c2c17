// Step 4: relaxed, with the baby close by (and the baby's photo on the wall);
// hearts drift from baby to parent and soft waves spread from the chest.
import { doc, g, C, shape, line, fract } from '../lib/svg.mjs';
import { seatedPerson, babyFace, heart, arcArrow } from '../lib/figures.mjs';

function cot() {
  return g(
    {},
    shape('M400 300 L600 300 L590 372 Q500 392 410 372 Z', '#F3E6D3', C.woodLine, 3),
    line('M430 380 L420 470 M570 380 L580 470 M425 440 L575 440', C.woodLine, 6),
  );
}
function photo() {
  return g(
    {},
    shape('M470 50 L590 50 L590 160 L470 160 Z', '#FFFFFF', C.woodLine, 6),
    g({ transform: 'translate(530 108) scale(0.75)' }, babyFace(0, 0, 1)),
  );
}

export default {
  id: 'let-down',
  duration: 5,
  poster: 0.3,
  frame(t) {
    const hearts = [0, 1, 2, 3].map((i) => {
      const k = fract(t * 2 + i / 4);
      const x = 480 - k * 200, y = 270 - Math.sin(Math.PI * k) * 90 - k * 20;
      return heart(x, y, 1 + 0.3 * Math.sin(Math.PI * k), Math.sin(Math.PI * k));
    });
    const waves = [0, 1, 2].map((i) => {
      const k = fract(t * 2 + i / 3);
      return arcArrow(262, 230, 30 + k * 60, -0.9, 0.9, { color: C.heart, sw: 4, head: 0.01, opacity: Math.sin(Math.PI * k) * 0.8 });
    });
    return doc(
      shape('M0 410 L640 410 L640 480 L0 480 Z', C.bgWarm, 'none', 0),
      photo(),
      cot(),
      babyFace(500, 300, 1.05),
      seatedPerson({ x: 170, y: 330, breath: 0.5 + 0.5 * Math.sin(t * Math.PI * 2), eyesClosed: false, hand: [250, 320] }),
      waves,
      hearts,
    );
  },
};
