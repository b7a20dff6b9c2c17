import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../electron/ipc/contract';
import { describeAvailability, isAvailableAt, splitByAvailability } from '../../../renderer/app/availability';

// 2026-11-26 is a Thursday; local time, as the kiosk reads its own clock.
const at = (day: number, hh: number, mm = 0) => new Date(2026, 10, 23 + day, hh, mm);
const MON = 0;
const THU = 3;
const FRI = 4;

describe('contact availability', () => {
  const weekdays = { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, from: '08:00', to: '16:30' };
  const nights = { days: ['thu'] as const, from: '20:00', to: '08:00' };

  it('answers any time without hours', () => expect(isAvailableAt(undefined, at(THU, 3))).toBe(true));

  it('answers inside a day shift only, end excluded', () => {
    expect(isAvailableAt({ ...weekdays, days: [...weekdays.days] }, at(MON, 8))).toBe(true);
    expect(isAvailableAt({ ...weekdays, days: [...weekdays.days] }, at(MON, 16, 29))).toBe(true);
    expect(isAvailableAt({ ...weekdays, days: [...weekdays.days] }, at(MON, 16, 30))).toBe(false);
    expect(isAvailableAt({ ...weekdays, days: [...weekdays.days] }, at(5, 10))).toBe(false);
  });

  it('runs a night shift past midnight into the next morning', () => {
    const n = { ...nights, days: [...nights.days] };
    expect(isAvailableAt(n, at(THU, 19, 59))).toBe(false);
    expect(isAvailableAt(n, at(THU, 23))).toBe(true);
    expect(isAvailableAt(n, at(FRI, 7, 59))).toBe(true);
    expect(isAvailableAt(n, at(FRI, 8))).toBe(false);
    expect(isAvailableAt(n, at(THU, 3))).toBe(false);
  });

  it('keeps the order staff set, answering contacts first', () => {
    const contacts: Contact[] = [
      { id: 'a', name: 'A', role: 'nurse', extension: '1', availability: { ...nights, days: [...nights.days] } },
      { id: 'b', name: 'B', role: 'nurse', extension: '2' },
    ];
    const split = splitByAvailability(contacts, at(THU, 12));
    expect(split.now.map((c) => c.id)).toEqual(['b']);
    expect(split.later.map((c) => c.id)).toEqual(['a']);
  });

  it('describes hours in the reader language from Intl', () => {
    const text = describeAvailability({ days: ['mon', 'fri'], from: '08:00', to: '16:30' }, 'es');
    expect(text).toMatch(/lun.*vie/);
    expect(text).toContain('16:30');
  });
});
