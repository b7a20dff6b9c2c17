/**
 * The file operations the settings code makes, in one seam: tests replace it to make
 * the disk full, read-only or refusing (they run as root, where chmod stops nothing).
 */
import { chmodSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { writeFileAtomicSync } from './atomic-file';

/**
 * Far larger than any settings file a ward can make (20 contacts are a few KB), so a
 * damaged file with junk in it is still read key by key; beyond it the file is not
 * read at all, so a runaway file cannot fill the kiosk's memory.
 */
export const SETTINGS_FILE_MAX_BYTES = 4 * 1024 * 1024;

export interface SettingsFs {
  /** The file's text; throws with `code` ENOENT, EISDIR, EFBIG (over the limit) or the disk's own. */
  readFile(file: string): string;
  writeFileAtomic(file: string, data: string): void;
  rename(from: string, to: string): void;
  remove(file: string): void;
  chmod(file: string, mode: number): void;
}

export const nodeSettingsFs: SettingsFs = {
  readFile(file) {
    const info = statSync(file);
    if (info.isDirectory()) throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' });
    if (info.size > SETTINGS_FILE_MAX_BYTES) throw Object.assign(new Error(`${file} is too large`), { code: 'EFBIG' });
    return readFileSync(file, 'utf8');
  },
  writeFileAtomic: writeFileAtomicSync,
  rename: renameSync,
  remove: (file) => rmSync(file, { force: true, recursive: true }),
  chmod: chmodSync,
};
