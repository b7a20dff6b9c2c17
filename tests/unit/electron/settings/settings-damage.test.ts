/**
 * The damage table: every way the settings file (and its last-good copy, and the disk
 * under them) has been seen to break. For each one the kiosk core starts, no valid
 * contact is lost, damage never turns "a PIN exists" into "no PIN", and staff are told
 * on the About page. Disk faults (full, read-only, refused) come through the fs seam,
 * since the tests run as root, where a read-only folder is not read-only.
 */
import Conf from 'conf';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCore } from '../../../../electron/app-core';
import { createMemoryLog } from '../../../../electron/log';
import { nodeSettingsFs, type SettingsFs } from '../../../../electron/settings/settings-fs';
import type { SettingsBackend } from '../../../../electron/settings/settings-store';

const CHEAP = { N: 2 ** 14, r: 8, p: 1 };
const NURSE = { id: 'n1', name: 'Ana Pérez', role: 'nurse', phone: '555-0100', extension: '4102' };
const LACTATION = { id: 'l1', name: 'Lactation team', role: 'lactation', phone: '555-0199' };
const DESK = { id: 'd1', name: 'Ward desk', role: 'nurse', extension: '4100' };
const CONTACTS = [NURSE, LACTATION, DESK];

let dir: string;
let file: string;
let lastGood: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bedside-damage-'));
  file = path.join(dir, 'settings.json');
  lastGood = path.join(dir, 'settings.last-good.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const conf = () =>
  new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'p', clearInvalidConfig: false });

/** Disk faults: every write the seam makes (and the store's backend makes) fails with `code`. */
function failingWrites(code: string, only?: (file: string) => boolean): SettingsFs {
  const fail = (target: string) => {
    if (!only || only(target)) throw Object.assign(new Error(`${code}: simulated`), { code });
  };
  return {
    ...nodeSettingsFs,
    writeFileAtomic: (target, data) => {
      fail(target);
      nodeSettingsFs.writeFileAtomic(target, data);
    },
    rename: (from, to) => {
      fail(from);
      nodeSettingsFs.rename(from, to);
    },
    remove: (target) => {
      fail(target);
      nodeSettingsFs.remove(target);
    },
    chmod: () => undefined,
  };
}

function failingBackend(code: string): () => SettingsBackend {
  return () => {
    const inner = conf();
    return {
      get store() {
        return inner.store;
      },
      set() {
        throw Object.assign(new Error(`${code}: simulated`), { code });
      },
    };
  };
}

interface Boot {
  fs?: SettingsFs;
  openSettings?: () => SettingsBackend;
}

function boot(options: Boot = {}) {
  const log = createMemoryLog();
  const core = createAppCore({
    origin: 'app://bedside',
    rendererRoot: dir,
    builtInPackRoot: dir,
    openSettings: options.openSettings ?? conf,
    settingsPath: file,
    log,
    policyPath: path.join(dir, 'no-policy.json'),
    secretCost: CHEAP,
    settingsFs: options.fs,
  });
  return { core, log };
}

/** A kiosk that was set up the normal way: a PIN, a ward name and three contacts. */
async function setUpKiosk() {
  const { core } = boot();
  expect((await core.admin.setFirstPin('482913')).ok).toBe(true);
  core.settings.update({ wardName: 'Maternity 4B', contacts: CONTACTS as never });
  core.admin.end('done');
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

const writeBoth = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  writeFileSync(file, text);
  writeFileSync(lastGood, text);
};

interface DamageCase {
  name: string;
  damage: (good: Record<string, unknown>) => void;
  /** Contacts that were valid in what could be read, so must survive. */
  contacts: unknown[];
  /**
   * Whether the PIN record could be read from some copy; when nothing at all could be
   * read, whether there was a PIN is unknown, and the panel stays locked for IT.
   */
  pin: 'kept' | 'unreadable';
  fs?: SettingsFs;
  openSettings?: () => SettingsBackend;
  /** Whether the kiosk can save its changes after the damage. */
  saved?: boolean;
}

const deepValue = (depth: number) => '{"x":'.repeat(depth) + '1' + '}'.repeat(depth);

const CASES: DamageCase[] = [
  { name: 'empty', damage: () => writeFileSync(file, ''), contacts: CONTACTS, pin: 'kept' },
  { name: 'only whitespace', damage: () => writeFileSync(file, ' \n\t'), contacts: CONTACTS, pin: 'kept' },
  { name: 'truncated mid-write', damage: () => writeFileSync(file, readFileSync(file, 'utf8').slice(0, 90)), contacts: CONTACTS, pin: 'kept' },
  { name: 'binary garbage', damage: () => writeFileSync(file, Buffer.from([0xff, 0xfe, 0, 1, 2])), contacts: CONTACTS, pin: 'kept' },
  { name: 'invalid JSON (a trailing comma)', damage: (good) => writeFileSync(file, JSON.stringify(good).replace(/}$/, ',}')), contacts: CONTACTS, pin: 'kept' },
  { name: 'a JSON array', damage: () => writeFileSync(file, '[]'), contacts: CONTACTS, pin: 'kept' },
  { name: 'JSON null', damage: () => writeFileSync(file, 'null'), contacts: CONTACTS, pin: 'kept' },
  {
    name: 'one invalid extension (41S0) in both copies',
    damage: (good) => writeBoth({ ...good, contacts: [{ ...NURSE, extension: '41S0' }, LACTATION, DESK] }),
    contacts: [LACTATION, DESK],
    pin: 'kept',
  },
  {
    name: 'a U+200E in one name in both copies',
    damage: (good) => writeBoth({ ...good, contacts: [NURSE, { ...LACTATION, name: 'Lactation\u200e team' }, DESK] }),
    contacts: [NURSE, DESK],
    pin: 'kept',
  },
  {
    name: 'an invalid ward name in both copies',
    damage: (good) => writeBoth({ ...good, wardName: 'x'.repeat(500) }),
    contacts: CONTACTS,
    pin: 'kept',
  },
  {
    name: 'an idle timeout out of range in both copies',
    damage: (good) => writeBoth({ ...good, idleTimeoutSeconds: 5 }),
    contacts: CONTACTS,
    pin: 'kept',
  },
  {
    name: 'a default language that is not enabled, in both copies',
    damage: (good) => writeBoth({ ...good, defaultLanguage: 'fr', languages: ['en', 'es'] }),
    contacts: CONTACTS,
    pin: 'kept',
  },
  {
    name: 'two contacts with the same id in both copies',
    damage: (good) => writeBoth({ ...good, contacts: [...CONTACTS, { ...DESK, name: 'Second desk' }] }),
    contacts: CONTACTS,
    pin: 'kept',
  },
  {
    name: 'a contact that is not an object in both copies',
    damage: (good) => writeBoth({ ...good, contacts: [NURSE, 'Ana 555-0100', LACTATION, DESK] }),
    contacts: CONTACTS,
    pin: 'kept',
  },
  {
    name: 'contacts that are not a list in both copies',
    damage: (good) => writeBoth({ ...good, contacts: { n1: NURSE } }),
    contacts: [],
    pin: 'kept',
  },
  {
    name: 'a damaged PIN record in both copies',
    damage: (good) => writeBoth({ ...good, adminPin: { algorithm: 'md5', hash: 'abc' } }),
    contacts: CONTACTS,
    pin: 'unreadable',
  },
  {
    name: 'a damaged PIN record in the file, a good one in the last-good copy',
    damage: (good) => writeFileSync(file, JSON.stringify({ ...good, adminPin: 'md5:1234' })),
    contacts: CONTACTS,
    pin: 'kept',
  },
  {
    name: 'a damaged back-off record in both copies',
    damage: (good) => writeBoth({ ...good, adminLockout: { failures: -3 } }),
    contacts: CONTACTS,
    pin: 'kept',
  },
  {
    name: 'an unknown key from a later version in both copies',
    damage: (good) => writeBoth({ ...good, ward: { beds: 12 } }),
    contacts: CONTACTS,
    pin: 'kept',
  },
  {
    name: 'an unknown key nested 200,000 deep in both copies',
    damage: (good) => writeBoth(JSON.stringify(good).replace(/}$/, `,"later":${deepValue(200_000)}}`)),
    contacts: CONTACTS,
    pin: 'kept',
  },
  {
    name: 'huge (5 MB, not read at all)',
    damage: (good) => writeFileSync(file, JSON.stringify({ ...good, padding: 'x'.repeat(5 * 1024 * 1024) })),
    contacts: CONTACTS,
    pin: 'kept',
  },
  {
    name: 'junk padding of 2 MB in both copies (read key by key)',
    damage: (good) => writeBoth({ ...good, padding: 'x'.repeat(2 * 1024 * 1024) }),
    contacts: CONTACTS,
    pin: 'kept',
  },
  {
    name: 'huge in both copies',
    damage: () => writeBoth('{"padding": "' + 'x'.repeat(5 * 1024 * 1024) + '"}'),
    contacts: [],
    pin: 'unreadable',
  },
  {
    name: 'unreadable (EIO)',
    damage: () => undefined,
    fs: {
      ...nodeSettingsFs,
      readFile: (target) => {
        if (target === file) throw Object.assign(new Error('EIO'), { code: 'EIO' });
        return nodeSettingsFs.readFile(target);
      },
    },
    contacts: CONTACTS,
    pin: 'kept',
  },
  {
    name: 'a folder in its place',
    damage: () => {
      rmSync(file);
      mkdirSync(file);
    },
    contacts: CONTACTS,
    pin: 'kept',
  },
  { name: 'deleted, with a good last-good copy', damage: () => rmSync(file), contacts: CONTACTS, pin: 'kept' },
  {
    name: 'deleted, with an empty last-good copy',
    damage: () => {
      rmSync(file);
      writeFileSync(lastGood, '');
    },
    contacts: [],
    pin: 'unreadable',
  },
  {
    name: 'deleted, with a truncated last-good copy',
    damage: () => {
      const text = readFileSync(lastGood, 'utf8');
      rmSync(file);
      writeFileSync(lastGood, text.slice(0, 120));
    },
    contacts: [],
    pin: 'unreadable',
  },
  {
    name: 'deleted, with one invalid field in the last-good copy',
    damage: (good) => {
      rmSync(file);
      writeFileSync(lastGood, JSON.stringify({ ...good, contacts: [NURSE, { ...LACTATION, phone: 'call' }, DESK] }));
    },
    contacts: [NURSE, DESK],
    pin: 'kept',
  },
  {
    name: 'truncated, with an empty last-good copy',
    damage: (good) => {
      writeFileSync(file, JSON.stringify(good).slice(0, 60));
      writeFileSync(lastGood, '');
    },
    contacts: [],
    pin: 'unreadable',
  },
  {
    name: 'truncated, on a read-only disk (EROFS)',
    damage: () => writeFileSync(file, readFileSync(file, 'utf8').slice(0, 90)),
    fs: failingWrites('EROFS'),
    openSettings: failingBackend('EROFS'),
    contacts: CONTACTS,
    pin: 'kept',
    saved: false,
  },
  {
    name: 'one invalid field in both copies, on a full disk (ENOSPC)',
    damage: (good) => writeBoth({ ...good, contacts: [{ ...NURSE, extension: '41S0' }, LACTATION, DESK] }),
    fs: failingWrites('ENOSPC'),
    openSettings: failingBackend('ENOSPC'),
    contacts: [LACTATION, DESK],
    pin: 'kept',
    saved: false,
  },
  {
    name: 'last-good copy missing, its write refused (EPERM)',
    damage: () => rmSync(lastGood),
    fs: failingWrites('EPERM', (target) => target === lastGood),
    contacts: CONTACTS,
    pin: 'kept',
  },
  {
    name: 'empty, and the damaged file cannot be moved aside (EPERM)',
    damage: () => writeFileSync(file, ''),
    fs: failingWrites('EPERM', (target) => target === file && !existsSync(`${target}.never`)),
    openSettings: failingBackend('EPERM'),
    contacts: CONTACTS,
    pin: 'kept',
    saved: false,
  },
  {
    name: 'a good file on a disk that fills up while the kiosk runs (ENOSPC)',
    damage: () => undefined,
    openSettings: failingBackend('ENOSPC'),
    contacts: CONTACTS,
    pin: 'kept',
    saved: false,
  },
];

describe('settings under damage', () => {
  it(`covers ${CASES.length} damage cases`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: starts, keeps every valid contact and the PIN, tells staff', { timeout: 60_000 }, async (_name, c) => {
    const good = await setUpKiosk();
    c.damage(good);
    const { core, log } = boot({ fs: c.fs, openSettings: c.openSettings });

    // The kiosk core started and serves the patient screens.
    expect(core.settings.getPublic().contacts).toEqual(c.contacts);

    const status = core.admin.status();
    if (c.pin === 'kept') {
      expect(status.pinSet).toBe(true);
      expect(status.panelLock).toBeNull();
      // The PIN still opens the panel, and the back-off still works (no write throws).
      expect((await core.admin.unlock('000111')).ok).toBe(false);
      expect(await core.admin.unlock('482913')).toEqual({ ok: true });
    } else if (c.pin === 'unreadable') {
      expect(status.panelLock).toBe('pin-unreadable');
      expect(await core.admin.setFirstPin('135790')).toEqual({ ok: false, reason: 'panel-locked' });
      expect((await core.admin.unlock('482913')).ok).toBe(false);
    }

    if (c.saved === false) {
      // Nothing could be written: the kiosk runs on what it read, and says so.
      core.settings.update({ wardName: 'Night shift' });
      expect(core.settings.getPublic().wardName).toBe('Night shift');
      expect(core.about().storage).not.toBeNull();
      expect(log.lines.join('\n')).toMatch(/cannot be saved/);
    } else {
      expect(core.about().storage).toBeNull();
    }
    const told = core.about().lastRecovery !== null || core.about().storage !== null;
    if (c.name !== 'last-good copy missing, its write refused (EPERM)') expect(told).toBe(true);
  });

  it('sets aside only what is invalid, names it for staff, and keeps the damaged file', { timeout: 60_000 }, async () => {
    const good = await setUpKiosk();
    writeBoth({ ...good, contacts: [{ ...NURSE, extension: '41S0' }, LACTATION, DESK], wardName: 'W\u202e' });
    const { core } = boot();
    const recovery = core.about().lastRecovery;
    expect(recovery).toMatchObject({ problem: 'invalid', restored: 'fields' });
    expect(recovery?.setAside).toEqual(expect.arrayContaining(['contacts.0', 'wardName']));
    expect(existsSync(path.join(dir, recovery!.brokenCopy!))).toBe(true);
    // What was kept is on disk again, valid, so the next start is a normal one.
    const again = boot().core;
    expect(again.settings.getPublic().contacts).toEqual([LACTATION, DESK]);
    expect(again.about().lastRecovery?.at).toBe(recovery?.at);
  });

  it('keeps the panel locked across restarts after a damaged PIN, until IT resets it', { timeout: 60_000 }, async () => {
    const good = await setUpKiosk();
    writeBoth({ ...good, adminPin: { algorithm: 'md5' } });
    boot();
    expect(boot().core.admin.status().panelLock).toBe('pin-unreadable');
    const policyPath = path.join(dir, 'policy.json');
    writeFileSync(policyPath, JSON.stringify({ version: 1, resetPin: 'ticket-1' }), { mode: 0o644 });
    const core = createAppCore({
      origin: 'app://bedside', rendererRoot: dir, builtInPackRoot: dir, openSettings: conf, settingsPath: file,
      log: createMemoryLog(), policyPath, policyTrustedUids: [process.getuid?.() ?? 0, 0], secretCost: CHEAP,
    });
    expect(core.admin.status()).toMatchObject({ pinSet: false, panelLock: null });
    expect((await core.admin.setFirstPin('135790')).ok).toBe(true);
  });

  it('writes the settings file and its last-good copy mode 600, the data folder 700', { timeout: 60_000 }, async () => {
    if (process.platform !== 'linux') return;
    chmodSync(dir, 0o755);
    await setUpKiosk();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(lastGood).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});
