import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { teachingCodeProblem } from '../../../../electron/teaching/teaching-code';

describe('teaching code rules', () => {
  it('takes 4 to 6 digits that are not trivial', () => {
    for (const code of ['2468', '13579', '902417', '1123'])
      expect(teachingCodeProblem(code)).toBeNull();
  });

  it('says why a code is refused', () => {
    expect(teachingCodeProblem('123')).toBe('format');
    expect(teachingCodeProblem('1234567')).toBe('format');
    expect(teachingCodeProblem('12a4')).toBe('format');
    expect(teachingCodeProblem(' 2468')).toBe('format');
    expect(teachingCodeProblem('٢٤٦٨')).toBe('format');
    expect(teachingCodeProblem('0000')).toBe('same-digit');
    expect(teachingCodeProblem('777777')).toBe('same-digit');
    expect(teachingCodeProblem('1234')).toBe('sequence');
    expect(teachingCodeProblem('98765')).toBe('sequence');
    expect(teachingCodeProblem('456789')).toBe('sequence');
  });

  it('never accepts anything but 4 to 6 ASCII digits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (code) => {
        if (teachingCodeProblem(code) === null) expect(code).toMatch(/^[0-9]{4,6}$/);
      }),
      { numRuns: 10_000 },
    );
  });
});
