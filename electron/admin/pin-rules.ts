/**
 * What a staff PIN must be: 6 to 8 digits, and not one a passer-by would guess
 * (all one digit, or a straight run up or down such as 123456 or 987654).
 */
import type { PinProblem } from '../ipc/contract';

export const PIN_MIN_DIGITS = 6;
export const PIN_MAX_DIGITS = 8;

export function pinProblem(pin: string): PinProblem | null {
  if (!/^[0-9]*$/.test(pin)) return 'not-digits';
  if (pin.length < PIN_MIN_DIGITS) return 'too-short';
  if (pin.length > PIN_MAX_DIGITS) return 'too-long';
  if (/^(.)\1*$/.test(pin)) return 'same-digit';
  const steps = new Set<number>();
  for (let i = 1; i < pin.length; i++) steps.add((Number(pin[i]) - Number(pin[i - 1]) + 10) % 10);
  // One constant step of +1 or -1 (wrapping 9 to 0 too, as in 890123) is a run.
  if (steps.size === 1 && (steps.has(1) || steps.has(9))) return 'straight-run';
  return null;
}
