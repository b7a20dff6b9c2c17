/**
 * Keeps the main process honest: GPU, utility and other child processes that die are
 * logged (Chromium restarts them). An uncaught error is logged instead of Electron's
 * modal error dialog, which nobody at a bedside could close, and then the kiosk is
 * started afresh (`onUncaught`): after an exception nobody caught, the main process's
 * state cannot be trusted, and carrying on could leave a kiosk that looks fine but no
 * longer answers. A rejected promise nobody awaited is only logged: it ends one task,
 * not the process's consistency, as Electron itself treats it.
 */
import type { App } from 'electron';
import type { Log } from '../log';

export function watchChildProcesses(app: Pick<App, 'on'>, options: { log: Log }): void {
  app.on('child-process-gone', (_event, details) => {
    options.log.warn(
      `recovery: child process ${details.type} gone (${details.reason}, exit code ${details.exitCode})`,
    );
  });
}

/** The part of `process` this uses. */
export interface ErrorSource {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

export function catchUncaughtErrors(
  source: ErrorSource,
  options: { log: Log; onUncaught: (message: string) => void },
): void {
  // Only the message: a stack or an object dump could carry more than IT needs.
  source.on('uncaughtException', (error) => {
    const message = error instanceof Error ? error.message : 'non-error value';
    options.log.error(`main: uncaught error: ${message}`);
    options.onUncaught(message);
  });
  source.on('unhandledRejection', (reason) => {
    options.log.error(
      `main: unhandled rejection: ${reason instanceof Error ? reason.message : 'non-error value'}`,
    );
  });
}
