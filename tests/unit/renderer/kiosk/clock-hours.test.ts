import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWithinHours as mainRule } from '../../../../electron/lifecycle/clock-hours';
import { isWithinHours as pageRule } from '../../../../renderer/kiosk/clock-hours';

const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

describe('clock hours: the page and the main process agree', () => {
  it('on every moment and every span', () => {
    fc.assert(
      fc.property(clock, clock, clock, (start, end, now) => {
        const at = new Date(`2026-03-01T${now}:00`);
        expect(pageRule(at, start, end)).toBe(mainRule(at, start, end));
      }),
    );
  });
});
