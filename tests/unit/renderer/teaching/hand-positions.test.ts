import { describe, expect, it } from 'vitest';
import { handClock } from '../../../../build/media/scenes/10-repeat-rotate.mjs';
import { HAND_GEOMETRY, HAND_POSITIONS } from '../../../../renderer/teaching/hand-positions';

describe('the hand positions of step 10', () => {
  it('start from the C-hold: thumb on top, fingers underneath', () => {
    expect(HAND_GEOMETRY.c).toMatchObject({ thumb: 0, fingers: 180 });
  });

  it('each turn the same grip a quarter round the nipple, thumb across from the fingers', () => {
    HAND_POSITIONS.forEach((position, i) => {
      const { thumb, fingers, wrap } = HAND_GEOMETRY[position];
      expect((fingers - thumb + 360) % 360, position).toBe(180);
      expect(wrap, position).toBe((HAND_GEOMETRY.c.wrap - 90 * i + 360) % 360);
      expect(thumb, position).toBe((HAND_GEOMETRY.c.thumb - 90 * i + 360) % 360);
    });
    expect(HAND_GEOMETRY.backwardC).toEqual({ thumb: 180, fingers: 0, wrap: 90 });
  });

  it('are drawn in the teaching diagram as the step 10 loop draws them', () => {
    HAND_POSITIONS.forEach((position, i) => {
      expect(HAND_GEOMETRY[position], position).toEqual(handClock(i));
    });
  });
});
