/**
 * The ward's settings, validated on every read and write, with a last-known-good copy
 * written after each successful save and the fleet policy laid on top.
 *
 * The backend is electron-store in the app and conf in Node tests (same API, both
 * with `clearInvalidConfig` off: they would silently wipe the contacts). A value that
 * does not match the schema is never passed on to the screens or saved.
 */
import type { FieldIssue, PublicSettings } from '../ipc/contract';
import { writeFileAtomicSync } from './atomic-file';
import { applyPolicy, lockedKeys, type PolicyState } from './fleet-policy';
import {
  DEFAULT_SETTINGS,
  pickSettings,
  SETTING_KEYS,
  settingsSchema,
  type SettingKey,
  type Settings,
} from './settings-schema';
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

export type SaveResult = { ok: true; settings: Settings } | { ok: false; issues: FieldIssue[] };

export function createSettingsStore(options: {
  backend: SettingsBackend;
  log: SettingsLog;
  /** Where the last-known-good copy goes; none in tests that do not need it. */
  lastGoodPath?: string;
  policy?: PolicyState;
}) {
  const { backend, log } = options;
  const policy: PolicyState = options.policy ?? { status: 'none', path: '' };
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

  /** The ward's own settings, without the policy. */
  function getStored(): Settings {
    const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...pickSettings(readStore()) });
    if (parsed.success) return parsed.data;
    log.warn('settings: stored settings do not match the schema; showing defaults');
    return DEFAULT_SETTINGS;
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
      writeFileAtomicSync(options.lastGoodPath, JSON.stringify(backend.store, null, '\t'));
    } catch (error) {
      log.warn(`settings: could not write the last good copy: ${(error as Error).message}`);
    }
  }

  function write(values: Record<string, unknown>): void {
    backend.set(values);
    lastRead = null;
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

  function readAdmin(): AdminState {
    const store = readStore();
    const picked: Record<string, unknown> = {};
    for (const key of ADMIN_STATE_KEYS) if (store[key] !== undefined) picked[key] = store[key];
    const parsed = adminStateSchema.safeParse(picked);
    return parsed.success ? parsed.data : {};
  }

  /** Staff-access records: saved like settings but not announced to the screens. */
  function writeAdmin(patch: AdminState): void {
    write(adminStateSchema.parse(patch));
  }

  function onChange(listener: (settings: Settings) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  return { get, getStored, getPublic, locked, validate, save, update, readAdmin, writeAdmin, onChange, policy };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
