/**
 * Chromium's caches and storage for one run of the kiosk: a fresh folder in the temp
 * directory, so nothing a page stored survives a restart. Made only once this process
 * holds the single-instance lock, removed when it quits, and any folder an earlier run
 * left behind (a power cut, a crash, Windows refusing to delete open files) is removed
 * at the next start, so the temp disk does not fill up over months.
 */
import path from 'node:path';

export const SESSION_PREFIX = 'bedside-session-';

export interface FolderFs {
  mkdtempSync(prefix: string): string;
  readdirSync(folder: string): string[];
  rmSync(target: string, options: { recursive: true; force: true }): void;
}

export function createSessionFolder(options: {
  tempDir: string;
  fs: FolderFs;
  log: { warn(message: string): void };
}) {
  const { fs, tempDir, log } = options;
  let current: string | null = null;

  function remove(folder: string): void {
    try {
      fs.rmSync(folder, { recursive: true, force: true });
    } catch {
      log.warn(`kiosk: could not remove the old session folder ${path.basename(folder)}`);
    }
  }

  return {
    /** Removes what earlier runs left, then makes this run's folder. Call with the lock held. */
    create(): string {
      let names: string[] = [];
      try {
        names = fs.readdirSync(tempDir);
      } catch {
        // No listing: nothing to tidy; the new folder is still made below.
      }
      for (const name of names) {
        if (name.startsWith(SESSION_PREFIX)) remove(path.join(tempDir, name));
      }
      current = fs.mkdtempSync(path.join(tempDir, SESSION_PREFIX));
      return current;
    },
    /** At quit: this run's folder goes (what cannot go yet is taken at the next start). */
    removeCurrent(): void {
      if (current) remove(current);
      current = null;
    },
  };
}
