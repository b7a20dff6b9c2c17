/**
 * Lets the operating system stop the kiosk. Electron turns SIGINT, SIGTERM and SIGHUP
 * into `app.quit()`, which the close guard would refuse like any other quit; a signal
 * handler runs first, so it tells the guard to let this one through.
 *
 * Windows sends no such signals; its shutdown and logout arrive as the window's
 * `session-end` event, which main.ts hands to the same guard.
 */
import type { Log } from '../log';

export const STOP_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

export interface SignalSource {
  on(signal: StopSignal, listener: () => void): unknown;
}

export function letOperatingSystemStop(
  source: SignalSource,
  options: { allowStopBy: (signal: StopSignal) => void; log: Log },
): void {
  for (const signal of STOP_SIGNALS) {
    source.on(signal, () => options.allowStopBy(signal));
  }
}
