import Conf from 'conf';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppCore } from '../../../../electron/app-core';
import { createMemoryLog } from '../../../../electron/log';
import { hashSecret } from '../../../../electron/settings/secret-hash';
import { createTeachingHandlers } from '../../../../electron/teaching/teaching-handlers';
import { DEFAULT_TEACHING_OPTIONS } from '../../../../electron/teaching/teaching-settings';

const CHEAP = { N: 2 ** 14, r: 8, p: 1 };
const SENDER = { url: 'app://bedside/index.html', isMainFrame: true };
const folders: string[] = [];

async function core() {
  const dir = await mkdtemp(path.join(tmpdir(), 'teaching-'));
  folders.push(dir);
  const backend = new Conf<Record<string, unknown>>({ cwd: dir, projectName: 'bedside-test' });
  const log = createMemoryLog();
  const app = createAppCore({
    origin: 'app://bedside',
    rendererRoot: dir,
    builtInPackRoot: dir,
    openSettings: () => backend,
    settingsPath: path.join(dir, 'config.json'),
    policyPath: path.join(dir, 'no-policy.json'),
    log,
    secretCost: CHEAP,
  });
  const call = (channel: string, payload?: unknown) => app.router.handle(channel, payload, SENDER);
  return { app, call, backend, log };
}

afterEach(async () => {
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('teaching channels', () => {
  it('start with the ward code, report status and end', async () => {
    const { app, call } = await core();
    app.settings.update({
      teaching: { ...app.settings.get().teaching, codeHash: await hashSecret('2468', CHEAP) },
    });
    expect(await call('teaching:status')).toEqual({ ok: true, value: { active: false } });
    const started = await call('teaching:start', { code: '2468' });
    expect(started).toMatchObject({ ok: true, value: { ok: true } });
    expect(await call('teaching:status')).toMatchObject({ ok: true, value: { active: true } });
    expect(await call('teaching:end')).toEqual({ ok: true, value: null });
    expect(app.teaching.isActive()).toBe(false);
  });

  it('refuse malformed codes before any hashing', async () => {
    const { call } = await core();
    for (const code of ['', '12', '123456789', '12 34', 'abcd', 1234]) {
      expect(await call('teaching:start', { code })).toMatchObject({
        ok: false,
        error: { code: 'bad-payload' },
      });
    }
    expect(await call('teaching:start', { code: '2468', extra: true })).toMatchObject({
      ok: false,
    });
  });

  it('never let a teaching session change the options or the code', async () => {
    const { app, call } = await core();
    app.settings.update({
      teaching: { ...app.settings.get().teaching, codeHash: await hashSecret('2468', CHEAP) },
    });
    await call('teaching:start', { code: '2468' });
    const options = {
      ...((await call('teaching:status')) as { value: { config: object } }).value.config,
    };
    for (const [channel, payload] of [
      ['teaching:get-options', undefined],
      ['teaching:save-options', options],
      ['teaching:set-code', { code: '9753' }],
    ] as const) {
      expect(await call(channel, payload)).toEqual({
        ok: false,
        error: { code: 'forbidden', issues: [] },
      });
    }
  });

  it('end the session on the idle reset', async () => {
    const { app, call } = await core();
    app.settings.update({
      teaching: { ...app.settings.get().teaching, codeHash: await hashSecret('2468', CHEAP) },
    });
    await call('teaching:start', { code: '2468' });
    app.endSessions('idle-reset');
    expect(await call('teaching:status')).toEqual({ ok: true, value: { active: false } });
  });

  it('keep the code hash out of public settings', async () => {
    const { app } = await core();
    app.settings.update({
      teaching: { ...app.settings.get().teaching, codeHash: await hashSecret('2468', CHEAP) },
    });
    expect(JSON.stringify(app.settings.getPublic())).not.toContain('scrypt');
  });
});

describe('teaching settings, inside the admin session', () => {
  async function adminHandlers() {
    const { app, log } = await core();
    const handlers = createTeachingHandlers({
      session: app.teaching,
      settings: app.settings,
      hashSecret: (secret) => hashSecret(secret, CHEAP),
      isAdminSession: () => true,
      log,
    });
    return { app, handlers, log };
  }
  const noSender = { url: '', isMainFrame: true };

  it('save valid options and report each bad field by name, saving nothing', async () => {
    const { app, handlers } = await adminHandlers();
    const good = {
      ...DEFAULT_TEACHING_OPTIONS,
      pacerDefaultSeconds: 2.5,
      takeHomeUrl: 'https://h.example/a',
    };
    expect(await handlers['teaching:save-options'](good, noSender)).toEqual({
      ok: true,
      options: good,
    });
    const bad = {
      ...good,
      pacerDefaultSeconds: 5,
      moveHandCueSeconds: 2,
      takeHomeUrl: 'http://h.example',
    };
    const result = await handlers['teaching:save-options'](bad, noSender);
    expect(result.ok).toBe(false);
    const codes = !result.ok ? Object.fromEntries(result.issues.map((i) => [i.path, i.code])) : {};
    expect(codes).toMatchObject({ moveHandCueSeconds: 'too_small', takeHomeUrl: 'not-https' });
    expect(app.settings.get().teaching.pacerDefaultSeconds).toBe(2.5);
  });

  it('set a code that then opens teaching mode, and refuse trivial ones', async () => {
    const { app, handlers, log } = await adminHandlers();
    expect(await handlers['teaching:set-code']({ code: '1234' }, noSender)).toEqual({
      ok: false,
      problem: 'sequence',
    });
    expect(await handlers['teaching:set-code']({ code: '5813' }, noSender)).toEqual({ ok: true });
    expect(JSON.stringify(app.settings.get())).not.toContain('5813');
    expect(log.lines.join('\n')).not.toContain('5813');
    expect((await app.teaching.start('5813')).ok).toBe(true);
  });
});
