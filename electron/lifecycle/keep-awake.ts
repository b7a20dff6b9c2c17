/**
 * Keeps the display awake during the ward's active hours (a dark screen looks broken
 * to a parent) and lets the operating system sleep it outside them.
 */
import type { PowerSaveBlocker } from 'electron';
import type { Log } from '../log';
import { isWithinHours } from './clock-hours';

export function createKeepAwake(options: {
  powerSaveBlocker: Pick<PowerSaveBlocker, 'start' | 'stop'>;
  hours: () => { start: string; end: string };
  now: () => Date;
  log: Log;
}) {
  const { powerSaveBlocker, log } = options;
  let blockerId: number | null = null;

  /** Brings the blocker in line with the hours; call it every minute and when settings change. */
  function update(): void {
    const { start, end } = options.hours();
    const active = isWithinHours(options.now(), start, end);
    if (active && blockerId === null) {
      blockerId = powerSaveBlocker.start('prevent-display-sleep');
      log.info('kiosk: active hours; keeping the display awake');
    } else if (!active && blockerId !== null) {
      powerSaveBlocker.stop(blockerId);
      blockerId = null;
      log.info('kiosk: outside active hours; the display may sleep');
    }
  }

  return { update, isKeepingAwake: () => blockerId !== null };
}
