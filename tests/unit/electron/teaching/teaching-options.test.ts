import { describe, expect, it } from 'vitest';
import { takeHomeUrlSchema, teachingOptionsSchema } from '../../../../electron/ipc/contract';
import { DEFAULT_TEACHING_OPTIONS } from '../../../../electron/teaching/teaching-settings';

describe('teaching options', () => {
  it('accept the defaults: a 2-second cycle in a 1.5 to 3 second range', () => {
    expect(teachingOptionsSchema.parse(DEFAULT_TEACHING_OPTIONS)).toEqual(DEFAULT_TEACHING_OPTIONS);
    expect(DEFAULT_TEACHING_OPTIONS.pacerDefaultSeconds).toBe(2);
  });

  it('refuse a default pace outside the range staff set', () => {
    const result = teachingOptionsSchema.safeParse({
      ...DEFAULT_TEACHING_OPTIONS,
      pacerDefaultSeconds: 4,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('pacer-range');
  });

  it('take only https links for the take-home QR code, or none', () => {
    expect(takeHomeUrlSchema.safeParse('').success).toBe(true);
    expect(takeHomeUrlSchema.safeParse('https://hospital.example/learn').success).toBe(true);
    for (const bad of [
      'http://hospital.example',
      'javascript:alert(1)',
      'hospital.example',
      'https://hospital.example/\u202eevil',
      'https://a.example/ b',
      `https://a.example/${'x'.repeat(300)}`,
    ]) {
      expect(takeHomeUrlSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
