/**
 * The ward's settings, validated on every read and write, with a last-known-good copy
 * written after each successful save and the fleet policy laid on top.
 *
 * The backend is electron-store in the app and conf in Node tests (same API, both
 * with `clearInvalidConfig` off: they would silently wipe the contacts). A value that
 * does not match the schema is never passed on to the screens or saved.
 */
import type { FieldIssue, PublicSettings } from '../ipc/contract';
import { applyPolicy, lockedKeys, type PolicyState } from './fleet-policy';
import { nodeSettingsFs, type SettingsFs } from './settings-fs';
import { salvageSettings } from './settings-salvage';
import {
  DEFAULT_SETTINGS,
  pickSettings,
  SETTING_KEYS,
  settingsSchema,
  type SettingKey,
  type Settings,
} from './settings-schema';
import { storageProblemOf, type StorageProblem } from './storage-problem';
import { ADMIN_STATE_KEYS, adminStateSchema, type AdminState } from './stored-file';
import { settingIssuesOf } from './setting-issues';

/** The part of conf / electron-store this module uses. */
export interface SettingsBackend {
  readonly store: Record<string, unknown>;
  set(values: Record<string, unknown>): void;
}

export interface SettingsLog {
  warn(message: string): void;
  error?(message: string): void;
}

/** A backend that keeps the values in memory only: for a disk that takes no writes. */
export function createMemoryBackend(initial: Record<string, unknown> = {}): SettingsBackend {
  const values = { ...initial };
  return {
    get store() {
      return { ...values };
    },
    set(patch) {
      Object.assign(values, patch);
    },
  };
}

export type SaveResult = { ok: true; settings: Settings } | { ok: false; issues: FieldIssue[] };

export function createSettingsStore(options: {
  backend: SettingsBackend;
  log: SettingsLog;
  /** Where the last-known-good copy goes; none in tests that do not need it. */
  lastGoodPath?: string;
  /** The settings file itself, so it can be kept readable by this user alone. */
  filePath?: string;
  policy?: PolicyState;
  fs?: SettingsFs;
  /** Set when the kiosk starts on a disk that takes no writes (the values are in memory). */
  unsaved?: StorageProblem | null;
}) {
  const { log } = options;
  const fs = options.fs ?? nodeSettingsFs;
  let backend = options.backend;
  const policy: PolicyState = options.policy ?? { status: 'none', path: '' };
  // Why changes cannot be saved (then they live in memory until the kiosk restarts).
  let unsaved: StorageProblem | null = options.unsaved ?? null;
  const listeners = new Set<(settings: Settings) => void>();
  // What was last read or written whole, for when the file cannot be read mid-run.
  let lastRead: Record<string, unknown> | null = null;

  function readStore(): Record<string, unknown> {
    try {
      lastRead = backend.store;
    } catch (error) {
      log.warn(`settings: the settings file could not be read (${(error as Error).message}); using the last values read`);
    }
    return lastRead ?? {};
  }

  readStore();

  /**
   * The ward's own settings, without the policy. A file changed under the running kiosk
   * so that a field no longer matches costs that field alone, as at start.
   */
  function getStored(): Settings {
    const stored = pickSettings(readStore());
    const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
    if (parsed.success) return parsed.data;
    log.warn('settings: stored settings do not match the schema; showing the valid fields, defaults for the rest');
    const salvaged = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...pickSettings(salvageSettings(stored, null).values) });
    return salvaged.success ? salvaged.data : DEFAULT_SETTINGS;
  }

  /** The settings in force (the policy's on top). */
  function get(): Settings {
    return applyPolicy(getStored(), policy);
  }

  function getPublic(): PublicSettings {
    const { wardName, contacts, defaultLanguage, languages, idleTimeoutSeconds, nightStart, nightEnd } =
      get();
    return { wardName, contacts, defaultLanguage, languages, idleTimeoutSeconds, nightStart, nightEnd };
  }

  function locked(): SettingKey[] {
    return lockedKeys(policy);
  }

  function writeLastGood(): void {
    if (!options.lastGoodPath) return;
    try {
      fs.writeFileAtomic(options.lastGoodPath, JSON.stringify(backend.store, null, '\t'));
    } catch (error) {
      log.warn(`settings: could not write the last good copy: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  }

  function write(values: Record<string, unknown>): void {
    try {
      backend.set(values);
    } catch (error) {
      // A disk that fills up or turns read-only under the running kiosk: keep working
      // on what is in memory (a PIN check must still count), and tell staff.
      const kept = readStore();
      backend = createMemoryBackend(kept);
      backend.set(values);
      unsaved = storageProblemOf(error);
      (log.error ?? log.warn)(
        `settings: changes cannot be saved (${(error as NodeJS.ErrnoException).code ?? 'error'}); the kiosk keeps them in memory until it restarts`,
      );
    }
    lastRead = null;
    if (unsaved) return;
    if (options.filePath) {
      try {
        // It holds the scrypt records: readable by the kiosk's user alone.
        fs.chmod(options.filePath, 0o600);
      } catch {
        // Windows keeps access rights in ACLs; the user data folder is the user's own.
      }
    }
    writeLastGood();
  }

  /** Field problems `patch` would cause, without saving anything. */
  function validate(patch: Record<string, unknown>): FieldIssue[] {
    const issues: FieldIssue[] = [];
    for (const key of Object.keys(patch)) {
      if (!(SETTING_KEYS as string[]).includes(key)) issues.push({ path: key, code: 'invalid' });
      else if (locked().includes(key as SettingKey)) issues.push({ path: key, code: 'locked' });
    }
    if (issues.length > 0) return issues;
    const merged = settingsSchema.safeParse({ ...getStored(), ...patch });
    if (!merged.success) return settingIssuesOf(merged.error);
    // A default the policy's languages leave out would be quietly replaced: say so instead.
    if (
      patch.defaultLanguage !== undefined &&
      applyPolicy(merged.data, policy).defaultLanguage !== merged.data.defaultLanguage
    ) {
      return [{ path: 'defaultLanguage', code: 'default-not-enabled' }];
    }
    return [];
  }

  /** Validates the whole result first, so nothing is half-saved. */
  function save(patch: Record<string, unknown>): SaveResult {
    const issues = validate(patch);
    if (issues.length > 0) return { ok: false, issues };
    const next = settingsSchema.parse({ ...getStored(), ...patch });
    write(next);
    const effective = get();
    for (const listener of listeners) listener(effective);
    return { ok: true, settings: effective };
  }

  /** For main-process callers with values they built; throws on invalid input. */
  function update(patch: Partial<Settings>): Settings {
    const result = save(patch);
    if (!result.ok) throw new Error(`settings: refused ${result.issues.map((i) => `${i.path}:${i.code}`).join(', ')}`);
    return result.settings;
  }

  /** The staff-access records; a damaged one is left out alone (a damaged PIN reads as unreadable, not absent). */
  function readAdmin(): AdminState {
    const store = readStore();
    const picked: Record<string, unknown> = {};
    for (const key of ADMIN_STATE_KEYS) if (store[key] !== undefined) picked[key] = store[key];
    const parsed = adminStateSchema.safeParse(picked);
    if (parsed.success) return parsed.data;
    const salvaged = salvageSettings(picked, null);
    return adminStateSchema.parse(Object.fromEntries(ADMIN_STATE_KEYS.filter((key) => key in salvaged.values).map((key) => [key, salvaged.values[key]])));
  }

  /** Staff-access records: saved like settings but not announced to the screens. */
  function writeAdmin(patch: AdminState): void {
    write(adminStateSchema.parse(patch));
  }

  function onChange(listener: (settings: Settings) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** Why changes cannot be saved right now, or null when they can. */
  function storageProblem(): StorageProblem | null {
    return unsaved;
  }

  return { get, getStored, getPublic, locked, validate, save, update, readAdmin, writeAdmin, onChange, policy, storageProblem };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
