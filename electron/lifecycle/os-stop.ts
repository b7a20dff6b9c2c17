/**
 * Lets the operating system stop the kiosk. On Linux and macOS Electron turns SIGINT,
 * SIGTERM and SIGHUP into `app.quit()`, which the close guard refuses like any other
 * quit, so the kiosk listens for the signals itself and tells the guard to let this one
 * through.
 *
 * Only once the app is ready: Electron installs its own handlers for these signals after
 * the main script's first run (ElectronBrowserMainParts::PostCreateMainMessageLoop), and a
 * later sigaction replaces an earlier one. Listeners added at the top of main.ts would be
 * replaced and never called; added after `ready`, Node's handler is the one that stays.
 *
 * And Node calls sigaction only when a signal's first listener arrives: when-exit (under
 * electron-store's atomic writes) already listens from the bundle's first line, so one more
 * listener would leave Electron's handler in place. Every listener is taken off (Node
 * closes its watcher), ours goes on (a new watcher, a fresh sigaction over Electron's),
 * and the others go back on after it.
 *
 * Windows sends no such signals; its shutdown and logout arrive as the window's
 * `session-end` event, which main.ts hands to the same guard.
 */
import type { App } from 'electron';
import type { Log } from '../log';

export const STOP_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

/** The part of `process` this uses. */
export type SignalSource = Pick<NodeJS.EventEmitter, 'on' | 'rawListeners' | 'removeAllListeners'>;

type Listener = (...args: unknown[]) => void;

/** Listens for the stop signals once `app` is ready; settles when the listeners are on. */
export async function letOperatingSystemStop(
  app: Pick<App, 'whenReady'>,
  source: SignalSource,
  options: { allowStopBy: (signal: StopSignal) => void; log: Log },
): Promise<void> {
  await app.whenReady();
  for (const signal of STOP_SIGNALS) {
    const others = source.rawListeners(signal) as Listener[];
    source.removeAllListeners(signal);
    source.on(signal, () => options.allowStopBy(signal));
    for (const listener of others) source.on(signal, listener);
  }
}
