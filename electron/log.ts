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

/**
 * Text from outside the main process (a renderer's report, a key of a damaged file)
 * made safe for one log line: control characters (CR/LF could forge a line), bidi and
 * other invisible format marks (they could reorder what IT reads) are written as
 * \u escapes, and the length is capped.
 */
export function escapeForLog(text: string, max = 200): string {
  const escaped = text.replace(
    /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\\]|\p{Cs}/gu,
    (char) => (char === '\\' ? '\\\\' : `\\u{${char.codePointAt(0)!.toString(16)}}`),
  );
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}
