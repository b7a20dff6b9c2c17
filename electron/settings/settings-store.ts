/**
 * The ward's settings, validated on every read and write.
 *
 * The backend is electron-store in the app and conf in Node tests (same API). A value
 * that does not match the schema is never passed on to the screens.
 */
import type { PublicSettings } from '../ipc/contract';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './settings-schema';

/** The part of conf / electron-store this module uses. */
export interface SettingsBackend {
  readonly store: Record<string, unknown>;
  set(values: Record<string, unknown>): void;
}

export interface SettingsLog {
  warn(message: string): void;
}

export function createSettingsStore(options: { backend: SettingsBackend; log: SettingsLog }) {
  const { backend, log } = options;
  const listeners = new Set<(settings: Settings) => void>();

  function get(): Settings {
    const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...backend.store });
    if (parsed.success) return parsed.data;
    log.warn('settings: stored settings do not match the schema; showing defaults');
    return DEFAULT_SETTINGS;
  }

  function getPublic(): PublicSettings {
    const { wardName, contacts, defaultLanguage, languages, idleTimeoutSeconds, nightStart, nightEnd } =
      get();
    return { wardName, contacts, defaultLanguage, languages, idleTimeoutSeconds, nightStart, nightEnd };
  }

  /** Validates the whole result first, so nothing is half-saved. */
  function update(patch: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...get(), ...patch });
    backend.set(next);
    for (const listener of listeners) listener(next);
    return next;
  }

  function onChange(listener: (settings: Settings) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  return { get, getPublic, update, onChange };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
