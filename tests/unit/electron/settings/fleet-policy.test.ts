import Conf from 'conf';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdminAccess } from '../../../../electron/admin/admin-access';
import { createMemoryLog } from '../../../../electron/log';
import { applyPolicy, loadPolicy, lockedKeys, policyContentPack, policySchema } from '../../../../electron/settings/fleet-policy';
import { DEFAULT_SETTINGS } from '../../../../electron/settings/settings-schema';
import { createSettingsStore } from '../../../../electron/settings/settings-store';

const EXAMPLE = path.resolve(__dirname, '../../../../build/policy.example.json');
const me = [process.getuid?.() ?? 0];
let dir: string;
let policyPath: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bedside-policy-'));
  mkdirSync(path.join(dir, 'etc'), { mode: 0o755 });
  policyPath = path.join(dir, 'etc', 'policy.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (text: string, mode = 0o644) => {
  writeFileSync(policyPath, text);
  chmodSync(policyPath, mode);
};
const load = (log = createMemoryLog()) => loadPolicy({ path: policyPath, log, trustedUids: me });
const openStore = (policy: ReturnType<typeof loadPolicy>) =>
  createSettingsStore({
    backend: new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'p', clearInvalidConfig: false }),
    log: createMemoryLog(),
    policy,
  });

describe('fleet policy', () => {
  it('loads the shipped example, which sets and locks its settings', () => {
    write(readFileSync(EXAMPLE, 'utf8'));
    const policy = load();
    expect(policy.status).toBe('applied');
    expect(lockedKeys(policy).sort()).toEqual(['contacts', 'defaultLanguage', 'idleTimeoutSeconds', 'languages', 'wardName']);
    const store = openStore(policy);
    expect(store.getPublic().contacts.map((c) => c.id)).toEqual(['ward-desk', 'lactation', 'night-midwife']);
    expect(store.getPublic().idleTimeoutSeconds).toBe(300);
    const refused = store.save({ wardName: 'Staff tried' });
    expect(refused).toEqual({ ok: false, issues: [{ path: 'wardName', code: 'locked' }] });
    expect(policyContentPack(policy)).toBe('/srv/bedside-guide/packs/st-marys-nicu-2.1.0.zip');
  });

  it.each([
    ['a Linux .zip', '/srv/bedside-guide/packs/st-marys.zip'],
    ['a Linux folder', '/srv/bedside-guide/packs/st-marys'],
    ['a Windows folder', 'C:\\ProgramData\\BedsideGuide\\packs\\st-marys'],
  ])('reads the content pack it names: %s', (_name, contentPack) => {
    write(JSON.stringify({ version: 1, contentPack }));
    const log = createMemoryLog();
    const policy = load(log);
    expect(policy).toMatchObject({ status: 'applied', contentPack });
    expect(lockedKeys(policy)).toEqual([]);
    expect(log.lines.join('\n')).toContain('names a content pack');
  });

  it.each([
    ['a relative path', 'packs/st-marys.zip'],
    ['an empty path', ''],
    ['a path with a control character', '/srv/packs/st\u0007marys'],
    ['not text', 42],
  ])('fails closed on a content pack given as %s', (_name, contentPack) => {
    write(JSON.stringify({ version: 1, contentPack }));
    expect(load()).toMatchObject({ status: 'malformed', reason: 'invalid' });
  });

  it('names no content pack when the key is absent', () => {
    write(JSON.stringify({ version: 1 }));
    expect(policyContentPack(load())).toBeNull();
  });

  it('has no policy when the file is absent', () => {
    expect(load().status).toBe('none');
  });

  it.each([
    ['not JSON', '{ "version": 1, ', 'not-json'],
    ['an unknown key', '{ "version": 1, "settngs": {} }', 'invalid'],
    ['an invalid setting', '{ "version": 1, "settings": { "idleTimeoutSeconds": 5 } }', 'invalid'],
    ['a default language it leaves out', '{ "version": 1, "settings": { "languages": ["es"], "defaultLanguage": "en" } }', 'invalid'],
    ['a wrong version', '{ "version": 2 }', 'invalid'],
  ])('fails closed on %s: the panel locks and says why', (_name, text, reason) => {
    write(text);
    const log = createMemoryLog();
    expect(load(log)).toMatchObject({ status: 'malformed', reason });
    expect(log.lines.join('\n')).toContain('admin panel is locked');
  });

  it('fails closed when the policy cannot be read', () => {
    mkdirSync(policyPath);
    chmodSync(policyPath, 0o755);
    expect(load()).toMatchObject({ status: 'malformed', reason: 'unreadable' });
  });

  it('ignores and logs a policy ordinary users could write', () => {
    write(readFileSync(EXAMPLE, 'utf8'), 0o666);
    const log = createMemoryLog();
    expect(load(log)).toMatchObject({ status: 'ignored' });
    expect(log.lines.join('\n')).toContain('ordinary users');
    write(readFileSync(EXAMPLE, 'utf8'), 0o644);
    chmodSync(path.dirname(policyPath), 0o777);
    expect(load().status).toBe('ignored');
    chmodSync(path.dirname(policyPath), 0o755);
    expect(loadPolicy({ path: policyPath, log, trustedUids: [4242] }).status).toBe('ignored');
  });

  it('keeps patients on a default language they can pick when IT narrows the languages', () => {
    const merged = applyPolicy({ ...DEFAULT_SETTINGS, defaultLanguage: 'en' }, {
      status: 'applied',
      path: '',
      settings: { languages: ['es'] },
      resetPin: null,
      contentPack: null,
    });
    expect(merged).toMatchObject({ languages: ['es'], defaultLanguage: 'es' });
  });

  it('resets the PIN once per new resetPin value', async () => {
    write(JSON.stringify({ version: 1, resetPin: 'ticket-1' }));
    const policy = load();
    const store = openStore(policy);
    const access = createAdminAccess({ settings: store, log: createMemoryLog(), hash: async () => ({ algorithm: 'scrypt', N: 16384, r: 8, p: 1, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: 'A'.repeat(44) }) });
    await access.setFirstPin('482913');
    expect(access.status().pinSet).toBe(true);
    access.applyPolicyReset('ticket-1');
    expect(access.status().pinSet).toBe(false);
    await access.setFirstPin('482913');
    access.applyPolicyReset('ticket-1');
    expect(access.status().pinSet).toBe(true);
    access.applyPolicyReset('ticket-2');
    expect(access.status().pinSet).toBe(false);
  });

  it('documents every key it accepts in the README', () => {
    const readme = readFileSync(path.resolve(__dirname, '../../../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Fleet policy'));
    for (const key of Object.keys(policySchema.shape)) expect(section).toContain(`\`${key}\``);
  });
});
