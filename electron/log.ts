/**
 * The logging interface every main-process module takes.
 *
 * In the app it writes through electron-log to a rotating file IT can read; in tests
 * and the browser host it is an in-memory or console logger. Messages never carry
 * anything about a patient, nor a PIN.
 */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A logger that keeps its lines, for tests and the browser host. */
export function createMemoryLog(echo?: (line: string) => void) {
  const lines: string[] = [];
  const write = (level: string) => (message: string) => {
    const line = `[${level}] ${message}`;
    lines.push(line);
    echo?.(line);
  };
  return { lines, info: write('info'), warn: write('warn'), error: write('error') };
}
