/**
 * The renderer's only way to the main process: the `window.bedside` API that the
 * preload (or the browser test host) exposes. Nothing else touches `window.bedside`.
 */
import type { BedsideApi } from '../electron/ipc/contract';

declare global {
  interface Window {
    bedside?: BedsideApi;
  }
}

/** Thrown when the page runs without its host (opened as a plain file, for example). */
export class HostMissingError extends Error {
  constructor() {
    super('window.bedside is missing');
    this.name = 'HostMissingError';
  }
}

export function host(): BedsideApi {
  if (!window.bedside) throw new HostMissingError();
  return window.bedside;
}

/** Reports a problem for IT's log; never fails the caller. */
export function reportProblem(...args: Parameters<BedsideApi['reportProblem']>): void {
  try {
    host()
      .reportProblem(...args)
      .catch(() => undefined);
  } catch {
    // No host: nothing to report to.
  }
}

/** Tells the main process the page reset itself after idling (it ends any staff session). */
export function reportIdleReset(): void {
  try {
    host()
      .reportIdleReset()
      .catch(() => undefined);
  } catch {
    // No host: nobody to tell.
  }
}
