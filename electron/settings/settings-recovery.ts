/**
 * Checks the settings file before the store opens it, and repairs it when it is empty,
 * cut short, too large, not matching the schema or unreadable: field by field, from
 * the file and its last-known-good copy (see settings-salvage.ts), so one bad field
 * costs that field alone.
 *
 * The damaged file is kept aside (renamed, never deleted) for IT. Missing is damage
 * too when a last-good copy exists, good or not: a kiosk that had contacts must not
 * start as a new one without saying so. A disk that refuses every write (full,
 * read-only) does not stop the start: the repaired values are handed back to run on
 * in memory, and staff are told their changes cannot be saved.
 */
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { escapeForLog, type Log } from '../log';
import { nodeSettingsFs, type SettingsFs } from './settings-fs';
import { parseBoundedObject } from './bounded-json';
import { salvageSettings } from './settings-salvage';
import { isGoodStoredFile, type RecoveryEvent } from './stored-file';
import { storageProblemOf, type StorageProblem } from './storage-problem';

export interface RecoveryOptions {
  filePath: string;
  lastGoodPath: string;
  log: Log;
  now?: () => Date;
  fs?: SettingsFs;
  /** Replaceable so tests can make a read fail the way a bad disk does (shorthand for `fs.readFile`). */
  readFile?: (file: string) => string;
}

export interface RecoveryResult {
  /** What was repaired, or null when the file was fine (or a first start). */
  event: RecoveryEvent | null;
  /** What the kiosk starts from, as read and repaired (null on a first start). */
  values: Record<string, unknown> | null;
  /** Set when the repaired values could not be written: the kiosk must run on `values` in memory. */
  unsaved: StorageProblem | null;
}

type Problem = RecoveryEvent['problem'];
type FileState =
  | { kind: 'good'; text: string; value: Record<string, unknown> }
  | { kind: 'missing' }
  | { kind: 'bad'; problem: Problem; value: Record<string, unknown> | null };

function inspect(file: string, read: (file: string) => string): FileState {
  let text: string;
  try {
    text = read(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'bad', problem: code === 'EFBIG' ? 'too-big' : 'unreadable', value: null };
  }
  if (text.trim() === '') return { kind: 'bad', problem: 'empty', value: null };
  // Key by key with a depth bound: a value nested too deep is set aside, not parsed.
  const value = parseBoundedObject(text);
  if (value === null) {
    try {
      JSON.parse(text);
    } catch {
      return { kind: 'bad', problem: 'truncated', value: null };
    }
    // JSON, but not an object (an array, a number, null).
    return { kind: 'bad', problem: 'invalid', value: null };
  }
  if (isGoodStoredFile(value)) return { kind: 'good', text, value };
  return { kind: 'bad', problem: 'invalid', value };
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : 'error');
}

export function recoverSettingsFile(options: RecoveryOptions): RecoveryResult {
  const { filePath, lastGoodPath, log } = options;
  const fs: SettingsFs = { ...(options.fs ?? nodeSettingsFs), ...(options.readFile ? { readFile: options.readFile } : {}) };
  const now = (options.now ?? (() => new Date()))();

  const current = inspect(filePath, (file) => fs.readFile(file));
  const lastGood = inspect(lastGoodPath, (file) => fs.readFile(file));
  if (current.kind === 'good') {
    // A kiosk from before last-good copies existed, or a copy that was lost: make one now.
    if (lastGood.kind !== 'good' || lastGood.text !== current.text) {
      try {
        fs.writeFileAtomic(lastGoodPath, current.text);
      } catch (error) {
        log.warn(`settings: could not write the last good copy (${codeOf(error)})`);
      }
    }
    return { event: null, values: current.value, unsaved: null };
  }
  if (current.kind === 'missing' && lastGood.kind === 'missing') return { event: null, values: null, unsaved: null };

  const problem: Problem = current.kind === 'missing' ? 'missing' : current.problem;
  const objectOf = (state: FileState) => (state.kind === 'missing' ? null : state.value);
  const salvage = salvageSettings(current.kind === 'bad' ? current.value : null, objectOf(lastGood));
  const { values, setAside } = salvage;
  // Nothing could be read at all, though a file was there: whether it held a PIN is
  // unknown, and "no PIN" would let whoever comes first claim the panel.
  const nothingRead = objectOf(current) === null && objectOf(lastGood) === null;
  if (nothingRead && !salvage.pinUnreadable) {
    salvage.pinUnreadable = true;
    values.adminPinUnreadable = true;
  }
  const restored: RecoveryEvent['restored'] =
    Object.keys(values).every((key) => key === 'adminPinUnreadable')
      ? 'defaults'
      : lastGood.kind === 'good' && isDeepStrictEqual(values, lastGood.value)
        ? 'last-good'
        : 'fields';

  let brokenCopy: string | null = null;
  if (current.kind === 'bad') {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const aside = path.join(path.dirname(filePath), `settings.broken-${stamp}.json`);
    try {
      fs.rename(filePath, aside);
      brokenCopy = path.basename(aside);
    } catch (error) {
      log.error(`settings: could not keep the damaged file aside (${codeOf(error)})`);
      try {
        // A folder in the file's place would stop the repaired file being written.
        fs.remove(filePath);
      } catch {
        // The write below says whether the disk takes anything at all.
      }
    }
  }

  const event: RecoveryEvent = {
    at: now.toISOString(),
    problem,
    restored,
    brokenCopy,
    ...(setAside.length > 0 ? { setAside } : {}),
    ...(lastGood.kind === 'bad' ? { lastGoodProblem: lastGood.problem } : {}),
  };
  const text = JSON.stringify({ ...values, lastRecovery: event }, null, '\t');
  let unsaved: StorageProblem | null = null;
  try {
    fs.writeFileAtomic(filePath, text);
  } catch (error) {
    unsaved = storageProblemOf(error);
    log.error(`settings: the repaired settings cannot be saved (${codeOf(error)}); the kiosk runs on them in memory`);
  }
  if (!unsaved) {
    try {
      fs.writeFileAtomic(lastGoodPath, text);
    } catch (error) {
      log.warn(`settings: could not write the last good copy (${codeOf(error)})`);
    }
  }

  const restoredText = {
    'last-good': 'restored the last good copy',
    fields: 'kept every valid field',
    defaults: 'started from the defaults (no good copy)',
  }[restored];
  log.error(
    `settings: the settings file was ${problem}` +
      (lastGood.kind === 'bad' ? ` and its last good copy ${lastGood.problem}` : '') +
      `; ${restoredText}` +
      (setAside.length > 0 ? `; set aside: ${escapeForLog(setAside.join(', '), 400)}` : '') +
      (salvage.pinUnreadable ? '; the PIN record is unreadable: the staff panel stays locked until IT resets the PIN' : '') +
      (brokenCopy ? `; the damaged file is kept as ${brokenCopy}` : ''),
  );
  return { event, values: { ...values, lastRecovery: event }, unsaved };
}
