import Conf from 'conf';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCore } from '../../../../electron/app-core';
import { createMemoryLog } from '../../../../electron/log';
import { recoverSettingsFile } from '../../../../electron/settings/settings-recovery';
import { createSettingsStore } from '../../../../electron/settings/settings-store';

const CONTACTS = [
  { id: 'n1', name: 'Ana Pérez', role: 'nurse', phone: '555-0100', extension: '4102' },
  { id: 'l1', name: 'Lactation team', role: 'lactation', phone: '555-0199' },
];

let dir: string;
let file: string;
let lastGood: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bedside-recovery-'));
  file = path.join(dir, 'settings.json');
  lastGood = path.join(dir, 'settings.last-good.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const openConf = () => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'p', clearInvalidConfig: false });

/** A kiosk that saved its contacts once, the normal way (which writes the last-good copy). */
function saveContacts() {
  const store = createSettingsStore({ backend: openConf(), log: createMemoryLog(), lastGoodPath: lastGood });
  store.update({ wardName: 'Maternity 4B', contacts: CONTACTS as never });
}

function boot(log = createMemoryLog()) {
  return createAppCore({
    origin: 'app://bedside',
    rendererRoot: dir,
    builtInPackRoot: dir,
    openSettings: openConf,
    settingsPath: file,
    log,
    policyPath: path.join(dir, 'no-policy.json'),
  });
}

// The fourth column: how much of the last good copy came back ('fields' when a PIN record was set aside).
const CORRUPTIONS: [string, () => void, string, string?][] = [
  ['empty', () => writeFileSync(file, ''), 'empty'],
  ['only whitespace', () => writeFileSync(file, '  \n'), 'empty'],
  ['truncated mid-write', () => writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40)), 'truncated'],
  ['binary garbage', () => writeFileSync(file, Buffer.from([0xff, 0xfe, 0, 1, 2, 3])), 'truncated'],
  ['valid JSON, wrong schema', () => writeFileSync(file, JSON.stringify({ contacts: [{ id: 'n1', name: '' }] })), 'invalid'],
  ['a JSON array', () => writeFileSync(file, '[]'), 'invalid'],
  ['a damaged PIN record', () => writeFileSync(file, JSON.stringify({ adminPin: { algorithm: 'md5' } })), 'invalid', 'fields'],
  ['unreadable (a folder in its place)', () => { rmSync(file); mkdirSync(file); }, 'unreadable'],
  ['deleted', () => rmSync(file), 'missing'],
];

describe('settings recovery', () => {
  it.each(CORRUPTIONS)('restores the last good copy when the file is %s, keeps the damaged one and shows it', (_name, corrupt, problem, restored = 'last-good') => {
    saveContacts();
    corrupt();
    const log = createMemoryLog();
    const core = boot(log);
    expect(core.settings.getPublic().contacts).toEqual(CONTACTS);
    expect(core.settings.getPublic().wardName).toBe('Maternity 4B');
    const event = core.settings.readAdmin().lastRecovery;
    expect(event).toMatchObject({ problem, restored });
    expect(log.lines.join('\n')).toContain(`settings file was ${problem}`);
    if (problem !== 'missing') {
      expect(event?.brokenCopy).toMatch(/^settings\.broken-.*\.json$/);
      expect(existsSync(path.join(dir, event!.brokenCopy!))).toBe(true);
    }
  });

  it('treats a read error from the disk as unreadable', () => {
    saveContacts();
    const { event } = recoverSettingsFile({
      filePath: file,
      lastGoodPath: lastGood,
      log: createMemoryLog(),
      readFile: (target) => {
        if (target === file) throw Object.assign(new Error('EIO'), { code: 'EIO' });
        return readFileSync(target, 'utf8');
      },
    });
    expect(event).toMatchObject({ problem: 'unreadable', restored: 'last-good' });
    expect(JSON.parse(readFileSync(file, 'utf8')).contacts).toEqual(CONTACTS);
  });

  it('starts from the defaults, and says so, only when no good copy exists', () => {
    writeFileSync(file, '{"contacts": [');
    const core = boot();
    expect(core.settings.getPublic().contacts).toEqual([]);
    expect(core.settings.readAdmin().lastRecovery).toMatchObject({ problem: 'truncated', restored: 'defaults' });
    expect(readdirSync(dir).some((name) => name.startsWith('settings.broken-'))).toBe(true);
  });

  it('does nothing on a first start or a good file, and makes a missing last-good copy', () => {
    expect(boot().settings.readAdmin().lastRecovery).toBeUndefined();
    saveContacts();
    rmSync(lastGood);
    expect(boot().settings.readAdmin().lastRecovery).toBeUndefined();
    expect(JSON.parse(readFileSync(lastGood, 'utf8')).contacts).toEqual(CONTACTS);
  });

  it('keeps the last values when the file breaks while the kiosk runs', () => {
    saveContacts();
    const core = boot();
    writeFileSync(file, '{"contacts": [');
    expect(core.settings.getPublic().contacts).toEqual(CONTACTS);
  });
});
