import Conf from 'conf';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryLog } from '../../../../electron/log';
import { DEFAULT_SETTINGS } from '../../../../electron/settings/settings-schema';
import { createSettingsStore } from '../../../../electron/settings/settings-store';

let dir: string;
const open = () =>
  new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'bedside-test', clearInvalidConfig: false });

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bedside-settings-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('settings store', () => {
  it('starts from the defaults, with no contact', () => {
    const store = createSettingsStore({ backend: open(), log: createMemoryLog() });
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.getPublic().contacts).toEqual([]);
  });

  it('saves a valid change to disk and tells listeners', () => {
    const store = createSettingsStore({ backend: open(), log: createMemoryLog() });
    const seen: string[] = [];
    store.onChange((settings) => seen.push(settings.wardName));
    store.update({
      wardName: '  Maternity 4B ',
      contacts: [{ id: 'n1', name: 'Ana', role: 'nurse', phone: '555-0100' }],
    });
    expect(seen).toEqual(['Maternity 4B']);
    const reopened = createSettingsStore({ backend: open(), log: createMemoryLog() });
    expect(reopened.get().wardName).toBe('Maternity 4B');
    expect(reopened.get().contacts).toEqual([{ id: 'n1', name: 'Ana', role: 'nurse', phone: '555-0100' }]);
  });

  it.each([
    ['an idle timeout under a minute', { idleTimeoutSeconds: 10 }],
    ['an empty contact name', { contacts: [{ id: 'n1', name: '  ', role: 'nurse' }] }],
    ['a bidi override in a name', { contacts: [{ id: 'n1', name: 'Ana\u202egnp.exe', role: 'nurse' }] }],
    ['letters in a phone number', { contacts: [{ id: 'n1', name: 'Ana', role: 'nurse', phone: 'call me' }] }],
    ['an unknown role', { contacts: [{ id: 'n1', name: 'Ana', role: 'janitor' }] }],
    ['no language at all', { languages: [] }],
  ])('refuses %s and keeps what was saved', (_name, patch) => {
    const store = createSettingsStore({ backend: open(), log: createMemoryLog() });
    store.update({ wardName: 'Kept' });
    expect(() => store.update(patch as never)).toThrow();
    expect(createSettingsStore({ backend: open(), log: createMemoryLog() }).get().wardName).toBe('Kept');
  });

  it('never shows settings that do not match the schema, and logs it', async () => {
    await writeFile(path.join(dir, 'settings.json'), JSON.stringify({ idleTimeoutSeconds: 'soon' }));
    const log = createMemoryLog();
    const store = createSettingsStore({ backend: open(), log });
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(log.lines.join('\n')).toContain('do not match the schema');
  });
});
