/**
 * The ward teaching code: 4 to 6 digits that open teaching mode only (never settings).
 * Codes anyone would guess first are refused with a reason staff can act on.
 */
import type { TeachingCodeProblem } from '../ipc/contract';

export function teachingCodeProblem(code: string): TeachingCodeProblem | null {
  if (!/^[0-9]{4,6}$/.test(code)) return 'format';
  if (/^(\d)\1+$/.test(code)) return 'same-digit';
  const digits = [...code].map(Number);
  const steps = new Set(digits.slice(1).map((digit, i) => digit - (digits[i] ?? 0)));
  if (steps.size === 1 && (steps.has(1) || steps.has(-1))) return 'sequence';
  return null;
}
