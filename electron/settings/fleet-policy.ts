/**
 * The machine policy IT pushes to a fleet of tablets: settings it sets and locks, a
 * content pack it deploys, and a PIN reset. Read once at start from a file only administrators can write.
 *
 * Fail closed: a policy that cannot be read or does not parse locks the admin panel
 * (patients keep their guide with the settings already saved). A policy that ordinary
 * users could have written is not trusted at all: it is ignored and logged.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Log } from '../log';
import { settingSchemas, type SettingKey, type Settings } from './settings-schema';

/**
 * A pack path IT writes: absolute (on the platform the file was written for), no
 * hidden characters. Whether a pack is really there is checked when it is applied,
 * where a missing or broken pack keeps the current one rather than locking the panel.
 */
const packPathSchema = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .refine((value) => !/\p{Cc}/u.test(value), 'control characters')
  .refine((value) => path.posix.isAbsolute(value) || path.win32.isAbsolute(value), 'not absolute');

export const policySchema = z
  .object({
    /** Format version of the file; 1 is the only one so far. */
    version: z.literal(1),
    /** Settings set on every kiosk; staff see them as "Set by your IT department". */
    settings: z.object(settingSchemas).partial().strict().optional(),
    /**
     * A content pack (folder or .zip, absolute path) every kiosk shows. Staff cannot
     * import another or restore the built-in pack while it is set.
     */
    contentPack: packPathSchema.optional(),
    /**
     * Any new value clears the admin PIN once (the panel then asks staff to choose a new
     * one). A ticket number or date works well; the same value again does nothing.
     */
    resetPin: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type Policy = z.infer<typeof policySchema>;

export type PolicyState =
  | { status: 'none'; path: string }
  | {
      status: 'applied';
      path: string;
      settings: Partial<Settings>;
      resetPin: string | null;
      /** The content pack IT deploys, or null when the policy names none. */
      contentPack: string | null;
    }
  | { status: 'malformed'; path: string; reason: 'unreadable' | 'not-json' | 'invalid' }
  | { status: 'ignored'; path: string; reason: 'writable-by-others' };

export function defaultPolicyPath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32') {
    return path.win32.join(env.ProgramData ?? 'C:\\ProgramData', 'BedsideGuide', 'policy.json');
  }
  if (platform === 'darwin') return '/Library/Application Support/BedsideGuide/policy.json';
  return '/etc/bedside-guide/policy.json';
}

export interface PolicyOptions {
  path: string;
  log: Log;
  platform?: NodeJS.Platform;
  /** Owners allowed to own the file and its folder (root; tests add their own user). */
  trustedUids?: readonly number[];
  readFile?: (file: string) => string;
  stat?: (file: string) => Stats;
}

/** Anyone but a trusted owner could change it: writable by others, by a group, or owned by someone else. */
function writableByOthers(stats: Stats, trustedUids: readonly number[]): boolean {
  if ((stats.mode & 0o002) !== 0) return true;
  if ((stats.mode & 0o020) !== 0 && stats.gid !== 0) return true;
  return !trustedUids.includes(stats.uid);
}

export function loadPolicy(options: PolicyOptions): PolicyState {
  const { log } = options;
  const file = options.path;
  const platform = options.platform ?? process.platform;
  const stat = options.stat ?? ((target: string) => statSync(target));
  const read = options.readFile ?? ((target: string) => readFileSync(target, 'utf8'));

  let stats: Stats;
  try {
    stats = stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'none', path: file };
    log.error(`policy: ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); the admin panel is locked`);
    return { status: 'malformed', path: file, reason: 'unreadable' };
  }
  // Windows keeps access rights in ACLs, not mode bits; %ProgramData% is admin-only by default.
  if (platform !== 'win32') {
    const trusted = options.trustedUids ?? [0];
    let folderStats: Stats | null;
    try {
      folderStats = stat(path.dirname(file));
    } catch {
      folderStats = null;
    }
    if (writableByOthers(stats, trusted) || !folderStats || writableByOthers(folderStats, trusted)) {
      log.error(`policy: ${file} or its folder can be changed by ordinary users; the policy is ignored`);
      return { status: 'ignored', path: file, reason: 'writable-by-others' };
    }
  }
  let text: string;
  try {
    if (!stats.isFile()) throw new Error('not a file');
    text = read(file);
  } catch {
    log.error(`policy: ${file} cannot be read; the admin panel is locked`);
    return { status: 'malformed', path: file, reason: 'unreadable' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    log.error(`policy: ${file} is not valid JSON; the admin panel is locked`);
    return { status: 'malformed', path: file, reason: 'not-json' };
  }
  const parsed = policySchema.safeParse(json);
  const settings = parsed.success ? (parsed.data.settings ?? {}) : null;
  if (
    !parsed.success ||
    !settings ||
    (settings.defaultLanguage !== undefined &&
      settings.languages !== undefined &&
      !settings.languages.includes(settings.defaultLanguage))
  ) {
    const where = parsed.success
      ? 'settings.defaultLanguage'
      : parsed.error.issues.map((issue) => issue.path.join('.') || '(top level)').join(', ');
    log.error(`policy: ${file} does not match the policy format (at ${where}); the admin panel is locked`);
    return { status: 'malformed', path: file, reason: 'invalid' };
  }
  const contentPack = parsed.data.contentPack ?? null;
  log.info(
    `policy: applied ${file} (sets ${Object.keys(settings).join(', ') || 'no settings'}${contentPack ? '; names a content pack' : ''})`,
  );
  return { status: 'applied', path: file, settings, resetPin: parsed.data.resetPin ?? null, contentPack };
}

/** The content pack the policy deploys, or null. */
export function policyContentPack(policy: PolicyState): string | null {
  return policy.status === 'applied' ? policy.contentPack : null;
}

/** The settings IT has set, which staff cannot change. */
export function lockedKeys(policy: PolicyState): SettingKey[] {
  return policy.status === 'applied' ? (Object.keys(policy.settings) as SettingKey[]) : [];
}

/**
 * The settings in force: the ward's own, with IT's on top. When the two disagree about
 * languages, the pinned side wins and the other is adjusted so patients always have a
 * default language they can pick.
 */
export function applyPolicy(stored: Settings, policy: PolicyState): Settings {
  if (policy.status !== 'applied') return stored;
  const merged: Settings = { ...stored, ...policy.settings };
  if (!merged.languages.includes(merged.defaultLanguage)) {
    if (policy.settings.defaultLanguage !== undefined && policy.settings.languages === undefined) {
      merged.languages = [...merged.languages, merged.defaultLanguage];
    } else {
      merged.defaultLanguage = merged.languages[0] ?? stored.defaultLanguage;
    }
  }
  return merged;
}
