/**
 * Keeps the main process alive and quiet: GPU, utility and other child processes that
 * die are logged (Chromium restarts them), and an uncaught error or rejected promise is
 * logged instead of Electron's modal error dialog, which nobody at a bedside could close.
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

export function catchUncaughtErrors(source: ErrorSource, options: { log: Log }): void {
  // Only the message: a stack or an object dump could carry more than IT needs.
  source.on('uncaughtException', (error) => {
    options.log.error(`main: uncaught error: ${error.message}`);
  });
  source.on('unhandledRejection', (reason) => {
    options.log.error(
      `main: unhandled rejection: ${reason instanceof Error ? reason.message : 'non-error value'}`,
    );
  });
}
