// Step 2: seated in a chair, eyes closed, one slow breath: shoulders lift a
// little and then drop, soft waves show the calm breathing.
import { doc, C, el, shape, wave, ramp, n } from '../lib/svg.mjs';
import { seatedPerson, arrow } from '../lib/figures.mjs';

export default {
  id: 'get-comfortable',
  duration: 5,
  poster: 0.55,
  frame(t) {
    const breath = wave(t); // in over the first half, out over the second
    const halo = el('ellipse', { cx: 222, cy: 236, rx: 120 + breath * 22, ry: 150 + breath * 22, fill: C.accentSoft, opacity: n(0.18 + 0.22 * breath) });
    return doc(
      shape('M0 400 L640 400 L640 480 L0 480 Z', C.bgWarm, 'none', 0),
      halo,
      shape('M92 190 Q70 250 104 300 L138 292 Q118 240 130 196 Z', '#E7D7F0', '#A98BBE', 3), // cushion
      seatedPerson({ x: 210, y: 330, breath, shoulderDrop: -breath * 0.8, eyesClosed: true, hand: [300, 318] }),
      arrow([178, 150], [178, 178], { color: C.accent, sw: 4, head: 12, opacity: ramp(t, 0.55, 0.65) * (1 - ramp(t, 0.85, 0.95)) }),
    );
  },
};
