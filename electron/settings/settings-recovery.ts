/**
 * Checks the settings file before the store opens it, and puts the last-known-good
 * copy back when the file is empty, cut short, not matching the schema or unreadable.
 *
 * The damaged file is kept aside (renamed, never deleted) for IT. Missing is damage
 * too when a good copy exists: a kiosk that had contacts must not start without them.
 */
import { readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Log } from '../log';
import { writeFileAtomicSync } from './atomic-file';
import { isGoodStoredFile, type RecoveryEvent } from './stored-file';

export interface RecoveryOptions {
  filePath: string;
  lastGoodPath: string;
  log: Log;
  now?: () => Date;
  /** Replaceable so tests can make a read fail the way a bad disk does. */
  readFile?: (file: string) => string;
}

type FileState =
  | { kind: 'good'; text: string }
  | { kind: 'missing' }
  | { kind: 'bad'; problem: RecoveryEvent['problem'] };

function inspect(file: string, read: (file: string) => string): FileState {
  let text: string;
  try {
    text = read(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'bad', problem: 'unreadable' };
  }
  if (text.trim() === '') return { kind: 'bad', problem: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'bad', problem: 'truncated' };
  }
  return isGoodStoredFile(parsed) ? { kind: 'good', text } : { kind: 'bad', problem: 'invalid' };
}

/** Returns what was repaired, or null when the file was fine (or a first start). */
export function recoverSettingsFile(options: RecoveryOptions): RecoveryEvent | null {
  const { filePath, lastGoodPath, log } = options;
  const read = options.readFile ?? ((file: string) => readFileSync(file, 'utf8'));
  const now = (options.now ?? (() => new Date()))();

  const current = inspect(filePath, read);
  const lastGood = inspect(lastGoodPath, read);
  if (current.kind === 'good') {
    // A kiosk from before last-good copies existed, or a copy that was lost: make one now.
    if (lastGood.kind !== 'good') writeFileAtomicSync(lastGoodPath, current.text);
    return null;
  }
  if (current.kind === 'missing' && lastGood.kind !== 'good') return null;

  const problem = current.kind === 'missing' ? 'missing' : current.problem;
  let brokenCopy: string | null = null;
  if (current.kind === 'bad') {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const aside = path.join(path.dirname(filePath), `settings.broken-${stamp}.json`);
    try {
      renameSync(filePath, aside);
      brokenCopy = path.basename(aside);
    } catch (error) {
      log.error(`settings: could not keep the damaged file aside: ${(error as Error).message}`);
      rmSync(filePath, { force: true, recursive: true });
    }
  }
  const restored = lastGood.kind === 'good' ? 'last-good' : 'defaults';
  if (lastGood.kind === 'good') writeFileAtomicSync(filePath, lastGood.text);
  log.error(
    `settings: the settings file was ${problem}; restored ${restored === 'last-good' ? 'the last good copy' : 'the defaults (no good copy)'}` +
      (brokenCopy ? `; the damaged file is kept as ${brokenCopy}` : ''),
  );
  return { at: now.toISOString(), problem, restored, brokenCopy };
}
