import { describe, expect, it } from 'vitest';
import { isWithinHours } from '../../../../electron/lifecycle/clock-hours';
import { createKeepAwake } from '../../../../electron/lifecycle/keep-awake';
import { fakeLog } from '../fakes';

const at = (hhmm: string) => new Date(`2026-01-15T${hhmm}:00`);

describe('clock hours', () => {
  it.each([
    ['06:00', '22:00', '05:59', false],
    ['06:00', '22:00', '06:00', true],
    ['06:00', '22:00', '21:59', true],
    ['06:00', '22:00', '22:00', false],
    ['22:00', '06:00', '23:30', true],
    ['22:00', '06:00', '02:00', true],
    ['22:00', '06:00', '06:00', false],
    ['22:00', '06:00', '12:00', false],
    ['00:00', '24:00', '23:59', true],
    ['07:00', '07:00', '07:00', false],
  ])('%s to %s at %s: %s', (start, end, now, expected) => {
    expect(isWithinHours(at(now), start, end)).toBe(expected);
  });
});

describe('keep awake', () => {
  it('blocks display sleep during the active hours only', () => {
    let now = at('05:00');
    const started: string[] = [];
    const stopped: number[] = [];
    const keepAwake = createKeepAwake({
      powerSaveBlocker: {
        start: (type) => {
          started.push(type);
          return 7;
        },
        stop: (id) => {
          stopped.push(id);
          return true;
        },
      },
      hours: () => ({ start: '06:00', end: '22:00' }),
      now: () => now,
      log: fakeLog(),
    });
    keepAwake.update();
    expect(keepAwake.isKeepingAwake()).toBe(false);
    now = at('06:01');
    keepAwake.update();
    keepAwake.update();
    expect(started).toEqual(['prevent-display-sleep']);
    now = at('22:30');
    keepAwake.update();
    expect(stopped).toEqual([7]);
    expect(keepAwake.isKeepingAwake()).toBe(false);
  });
});
