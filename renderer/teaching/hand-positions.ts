/**
 * The four hand positions around the nipple, in the order the guide teaches them.
 * Angles are clock positions in degrees (0 = 12 o'clock, 90 = 3 o'clock), as seen
 * facing the parent: where the thumb and the fingers rest, and the side the hand
 * wraps around. Each position is the one before turned a quarter round the nipple,
 * the same grip each time (as the step 10 loop shows it): so in the backward C the
 * thumb is below and the fingers on top (build/media/README.md says why).
 */
export const HAND_POSITIONS = ['c', 'u', 'backwardC', 'upsideDownU'] as const;
export type HandPosition = (typeof HAND_POSITIONS)[number];

export interface HandGeometry {
  thumb: number;
  fingers: number;
  /** Where the palm and the web of the hand are. */
  wrap: number;
}

export const HAND_GEOMETRY: Record<HandPosition, HandGeometry> = {
  c: { thumb: 0, fingers: 180, wrap: 270 },
  u: { thumb: 270, fingers: 90, wrap: 180 },
  backwardC: { thumb: 180, fingers: 0, wrap: 90 },
  upsideDownU: { thumb: 90, fingers: 270, wrap: 0 },
};
