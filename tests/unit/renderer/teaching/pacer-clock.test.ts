import { describe, expect, it } from 'vitest';
import { phaseAt } from '../../../../renderer/teaching/pacer-clock';
import { formatClock } from '../../../../renderer/teaching/format-clock';

describe('pacer', () => {
  it('splits each cycle into press, squeeze and relax', () => {
    expect([0, 0.2, 0.34, 0.6, 0.7, 0.99, 1, 2.5].map(phaseAt)).toEqual([
      'press',
      'press',
      'compress',
      'compress',
      'relax',
      'relax',
      'press',
      'compress',
    ]);
  });

  it('shows the breast timer as m:ss', () => {
    expect(formatClock(0, 'en')).toBe('0:00');
    expect(formatClock(10, 'en')).toBe('0:10');
    expect(formatClock(305, 'es')).toBe('5:05');
    expect(formatClock(-3, 'en')).toBe('0:00');
  });
});
