/**
 * Rules an attack on the main process found loose: managed settings answering
 * `internal`, invisible names, two schemas for one setting, a log a renderer could
 * forge or flood, failures logged with patient context, lockout records rewritten on
 * every teaching start, and an admin back-off on the wall clock.
 */
import Conf from 'conf';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCore } from '../../../../electron/app-core';
import { contactSchema } from '../../../../electron/ipc/contract';
import { createProblemReports } from '../../../../electron/ipc/problem-reports';
import { createMemoryLog } from '../../../../electron/log';
import { hashSecret } from '../../../../electron/settings/secret-hash';
import { settingSchemas } from '../../../../electron/settings/settings-schema';

const CHEAP = { N: 2 ** 14, r: 8, p: 1 };
const SENDER = { url: 'app://bedside/index.html', isMainFrame: true };
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bedside-faults-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function boot(options: { policy?: unknown; now?: () => number } = {}) {
  const policyPath = path.join(dir, 'policy', 'policy.json');
  if (options.policy) {
    mkdirSync(path.dirname(policyPath), { recursive: true, mode: 0o755 });
    writeFileSync(policyPath, JSON.stringify(options.policy), { mode: 0o644 });
  }
  const log = createMemoryLog();
  const core = createAppCore({
    origin: 'app://bedside',
    rendererRoot: dir,
    builtInPackRoot: dir,
    openSettings: () => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'p', clearInvalidConfig: false }),
    settingsPath: path.join(dir, 'settings.json'),
    log,
    policyPath,
    policyTrustedUids: [process.getuid?.() ?? 0, 0],
    secretCost: CHEAP,
    now: options.now,
  });
  const call = (channel: string, payload?: unknown) => core.router.handle(channel, payload, SENDER);
  return { core, call, log };
}

async function unlocked(options: Parameters<typeof boot>[0] = {}) {
  const booted = boot(options);
  expect((await booted.core.admin.setFirstPin('482913')).ok).toBe(true);
  return booted;
}

describe('a setting the fleet policy locks', () => {
  it('answers managed, not internal, to teaching options, the teaching code and the import folder', { timeout: 60_000 }, async () => {
    const teaching = {
      pacerDefaultSeconds: 2, pacerMinSeconds: 1.5, pacerMaxSeconds: 3, switchCueMinutes: 5,
      moveHandCueSeconds: 60, takeHomeUrl: '', codeHash: null,
    };
    const { call } = await unlocked({ policy: { version: 1, settings: { teaching, packImportFolder: '/srv/packs' } } });
    const options = { ...teaching, codeHash: undefined };
    delete options.codeHash;
    expect(await call('teaching:save-options', options)).toMatchObject({ ok: false, error: { code: 'managed' } });
    expect(await call('teaching:set-code', { code: '2580' })).toMatchObject({ ok: false, error: { code: 'managed' } });
    expect(await call('packs:set-import-folder', { folder: dir })).toMatchObject({ ok: false, error: { code: 'managed' } });
  });
});

describe('names that draw nothing or hide characters', () => {
  const contact = (name: string) => ({ id: 'n1', name, role: 'nurse', extension: '4100' });
  it.each([
    ['a soft hyphen U+00AD', 'Ana\u00adPérez'],
    ['the Mongolian vowel separator U+180E', 'Ana\u180e'],
    ['an interlinear annotation U+FFF9', 'Ana\ufff9x\ufffb'],
    ['a tag character U+E0041', 'Ana\u{e0041}'],
    ['the language tag U+E0001', '\u{e0001}Ana'],
    ['a musical formatting mark U+1D173', 'Ana\u{1d173}'],
    ['a lone high surrogate', 'Ana\ud800'],
    ['a lone low surrogate', '\udc00Ana'],
    ['only the Hangul filler U+3164', '\u3164\u3164'],
    ['only Hangul choseong and jungseong fillers', '\u115f\u1160'],
    ['only a combining grapheme joiner', '\u034f'],
  ])('refuses %s in a contact and a ward name', (_label, name) => {
    expect(contactSchema.safeParse(contact(name)).success).toBe(false);
    expect(settingSchemas.wardName.safeParse(name).success).toBe(false);
  });

  it.each([
    ['Arabic', 'ممرضة الجناح'],
    ['Devanagari with its joiners', 'क्षेत्र'],
    ['Korean', '수유 상담'],
    ['an emoji with a variation selector', 'Desk ☎️'],
    ['a name with a ZWNJ inside Persian', 'می‌خواهم'],
  ])('keeps %s', (_label, name) => {
    expect(contactSchema.safeParse(contact(name)).success).toBe(true);
  });
});

describe('the pack import folder', () => {
  it('has one rule wherever it is written: admin:save refuses the relative folder packs:set-import-folder refuses', { timeout: 60_000 }, async () => {
    const { call, core } = await unlocked();
    expect(await call('packs:set-import-folder', { folder: 'packs' })).toMatchObject({ ok: true, value: { ok: false, problem: 'not-absolute' } });
    expect(await call('admin:save', { patch: { packImportFolder: 'packs' } })).toMatchObject({
      ok: true,
      value: { ok: false, issues: [{ path: 'packImportFolder', code: 'not-absolute' }] },
    });
    expect(core.settings.get().packImportFolder).toBe('');
    expect(await call('admin:save', { patch: { packImportFolder: dir } })).toMatchObject({ ok: true, value: { ok: true } });
  });
});

describe('problem reports', () => {
  it('escapes line breaks and bidi controls, so a report cannot forge a log line', () => {
    const log = createMemoryLog();
    const reports = createProblemReports({ log, now: () => Date.UTC(2026, 0, 1, 10) });
    reports.report('video-failed', 'app://bedside/x.webm\n[error] admin: PIN changed\u202e');
    reports.flush();
    expect(log.lines.length).toBeGreaterThan(0);
    for (const line of log.lines) {
      expect(line).not.toMatch(/[\r\n\u202e]/);
    }
    expect(log.lines.join('|')).toContain('\\u{a}[error] admin');
  });

  it('keeps a bounded set: 2,000 distinct reports write a bounded number of lines', () => {
    const log = createMemoryLog();
    let now = Date.UTC(2026, 0, 1, 10);
    const reports = createProblemReports({ log, now: () => now });
    for (let i = 0; i < 2000; i++) reports.report('render-error', `component ${i}`);
    for (let i = 0; i < 2000; i++) reports.report('video-failed', `app://bedside/${i}.webm`);
    expect(reports.size()).toBeLessThanOrEqual(2 * 20 + 2);
    now += 25 * 3_600_000;
    reports.report('caption-failed', 'app://bedside/c.vtt');
    expect(log.lines.length).toBeLessThanOrEqual(2 * 21);
    expect(log.lines.join('\n')).toMatch(/1980 more/);
  });

  it('logs failures as counts per day, without the moment, the language or the step of use', async () => {
    const { call, log } = boot();
    await call('problem:report', { kind: 'render-error', subject: 'locale ar failed to load' });
    await call('problem:report', { kind: 'video-failed', subject: 'app://bedside/pack/media/step-3.webm' });
    // Nothing is written while the day runs: the line's time would be the moment of use.
    expect(log.lines.filter((line) => line.includes('renderer'))).toEqual([]);
  });

  it('writes a finished day\'s counts when the hourly check finds the day over, with no report needed', () => {
    const log = createMemoryLog();
    let now = Date.UTC(2026, 0, 1, 22, 5);
    const reports = createProblemReports({ log, now: () => now });
    reports.report('video-failed', 'app://bedside/pack/media/step-3.webm');
    reports.endDayIfOver();
    expect(log.lines).toEqual([]);
    now = Date.UTC(2026, 0, 2, 0, 30);
    reports.endDayIfOver();
    expect(log.lines).toEqual([expect.stringMatching(/on 2026-01-01, video-failed 1 time: .*step-3\.webm/)]);
    expect(reports.size()).toBe(0);
  });

  it('writes a day\'s counts on the first report of the next day, dated by day only', () => {
    const log = createMemoryLog();
    let now = Date.UTC(2026, 0, 1, 14, 37);
    const reports = createProblemReports({ log, now: () => now });
    reports.report('video-failed', 'app://bedside/pack/media/step-3.webm');
    reports.report('video-failed', 'app://bedside/pack/media/step-3.webm');
    now = Date.UTC(2026, 0, 2, 9);
    reports.report('video-failed', 'app://bedside/pack/media/step-4.webm');
    expect(log.lines).toEqual(['[warn] renderer: on 2026-01-01, video-failed 2 times: app://bedside/pack/media/step-3.webm']);
  });
});

describe('the teaching lockout record', () => {
  it('is not rewritten when a right code starts teaching and nothing changed', { timeout: 60_000 }, async () => {
    const { core, call } = await unlocked();
    core.settings.update({ teaching: { ...core.settings.get().teaching, codeHash: await hashSecret('2468', CHEAP) } });
    core.admin.end('done');
    await call('teaching:start', { code: '2468' });
    await call('teaching:end');
    const before = statSync(path.join(dir, 'settings.json')).mtimeMs;
    const writes: unknown[] = [];
    const original = core.settings.writeAdmin;
    core.settings.writeAdmin = (patch) => {
      writes.push(patch);
      original(patch);
    };
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await call('teaching:start', { code: '2468' })).ok).toBe(true);
    expect(writes).toEqual([]);
    expect(statSync(path.join(dir, 'settings.json')).mtimeMs).toBe(before);
  });
});

describe('the admin back-off', () => {
  it('runs on the clock the core is given', { timeout: 60_000 }, async () => {
    let now = Date.UTC(2030, 0, 1);
    const { core } = await unlocked({ now: () => now });
    core.admin.end('done');
    for (let i = 0; i < 5; i++) await core.admin.unlock('000111');
    const status = core.admin.status();
    expect(status.retryAt).toBe(now + 30_000);
    now += 30_000;
    expect(core.admin.status().retryAt).toBeNull();
  });
});
