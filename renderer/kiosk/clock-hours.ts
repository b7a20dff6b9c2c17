/**
 * Daily hours as staff set them ("22:00" to "06:00"): is a moment inside them?
 * A span may cross midnight; equal start and end mean no hours at all.
 * The main process keeps the same rule in electron/lifecycle/clock-hours.ts (the
 * renderer may not import it); tests/unit/renderer/kiosk checks both agree.
 */
function minutesOfDay(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}

export function isWithinHours(now: Date, start: string, end: string): boolean {
  const at = now.getHours() * 60 + now.getMinutes();
  const from = minutesOfDay(start);
  const to = minutesOfDay(end);
  if (from === to) return false;
  return from < to ? at >= from && at < to : at >= from || at < to;
}
