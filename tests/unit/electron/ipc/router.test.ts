import { describe, expect, it } from 'vitest';
import type { Guide } from '../../../../electron/ipc/contract';
import { createIpcRouter, HandlerRefusal, type Handlers } from '../../../../electron/ipc/router';
import { createMemoryLog } from '../../../../electron/log';

const trusted = { url: 'app://bedside/index.html', isMainFrame: true };
const stranger = { url: 'https://evil.example/', isMainFrame: true };

function setup(overrides: Partial<Handlers> = {}) {
  const log = createMemoryLog();
  const calls: string[] = [];
  // Channels a test does not name are never called here; the cast keeps the list short.
  const handlers = {
    'guide:get': () => {
      calls.push('guide:get');
      return { steps: [] } as unknown as Guide;
    },
    'settings:get-public': () => {
      calls.push('settings:get-public');
      return {
        wardName: '',
        contacts: [],
        defaultLanguage: 'en',
        languages: ['en'],
        idleTimeoutSeconds: 180,
        nightStart: '22:00',
        nightEnd: '06:00',
      };
    },
    'problem:report': (input) => {
      calls.push(`problem:report ${input.kind} ${input.subject}`);
      return null;
    },
    // Teaching mode (issue 7): its channels are tested in tests/unit/electron/teaching/.
    'teaching:start': () => ({ ok: false, reason: 'not-set' }),
    'teaching:status': () => ({ active: false }),
    'teaching:end': () => null,
    'teaching:get-options': () => {
      throw new HandlerRefusal('forbidden');
    },
    'teaching:save-options': () => {
      throw new HandlerRefusal('forbidden');
    },
    'teaching:set-code': () => {
      throw new HandlerRefusal('forbidden');
    },
    // Kiosk lockdown
    'session:idle-reset': () => {
      calls.push('session:idle-reset');
      return null;
    },
    // Content packs: covered by pack-handlers.test.ts.
    'packs:list': () => {
      throw new HandlerRefusal('forbidden');
    },
    'packs:import': () => {
      throw new HandlerRefusal('forbidden');
    },
    'packs:restore-built-in': () => {
      throw new HandlerRefusal('forbidden');
    },
    'packs:set-import-folder': () => {
      throw new HandlerRefusal('forbidden');
    },
    ...overrides,
  } as Handlers;
  const router = createIpcRouter({
    handlers,
    isTrustedSender: (sender) => sender.url.startsWith('app://bedside/') && sender.isMainFrame,
    log,
  });
  return { router, log, calls };
}

describe('IPC router', () => {
  it('runs the handler for a trusted sender with a valid payload', async () => {
    const { router, calls } = setup();
    const result = await router.handle('problem:report', { kind: 'video-failed', subject: '/pack/a.webm' }, trusted);
    expect(result).toEqual({ ok: true, value: null });
    expect(calls).toEqual(['problem:report video-failed /pack/a.webm']);
  });

  it.each([
    ['unknown channel', 'shell:open'],
    ['prototype key', '__proto__'],
    ['inherited key', 'toString'],
    ['non-string channel', 42],
    ['null channel', null],
  ])('refuses a %s without calling anything', async (_name, channel) => {
    const { router, calls, log } = setup();
    expect(await router.handle(channel, undefined, trusted)).toEqual({ ok: false, error: { code: 'bad-channel' } });
    expect(calls).toEqual([]);
    expect(log.lines.some((line) => line.includes('unknown channel'))).toBe(true);
  });

  it.each([
    ['another origin', stranger],
    ['a sub-frame', { url: 'app://bedside/index.html', isMainFrame: false }],
    ['a frame that is gone', { url: '', isMainFrame: true }],
  ])('refuses calls from %s', async (_name, sender) => {
    const { router, calls } = setup();
    const result = await router.handle('settings:get-public', undefined, sender);
    expect(result).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['a payload on a channel that takes none', 'settings:get-public', { evil: true }],
    ['a missing payload', 'problem:report', undefined],
    ['an unknown kind', 'problem:report', { kind: 'format-disk', subject: 'x' }],
    ['an extra key', 'problem:report', { kind: 'video-failed', subject: 'x', patient: 'Jane' }],
    ['an oversized subject', 'problem:report', { kind: 'video-failed', subject: 'x'.repeat(201) }],
    ['a wrong type', 'problem:report', { kind: 'video-failed', subject: 5 }],
    ['an array', 'problem:report', ['video-failed', 'x']],
    ['a string', 'problem:report', 'video-failed'],
  ])('refuses %s with the issues, without calling the handler', async (_name, channel, payload) => {
    const { router, calls } = setup();
    const result = await router.handle(channel, payload, trusted);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad-payload');
      expect(result.error.issues?.length).toBeGreaterThan(0);
    }
    expect(calls).toEqual([]);
  });

  it('passes a handler refusal on as its code', async () => {
    const { router } = setup({
      'guide:get': () => {
        throw new HandlerRefusal('unavailable');
      },
    });
    expect(await router.handle('guide:get', undefined, trusted)).toEqual({
      ok: false,
      error: { code: 'unavailable', issues: [] },
    });
  });

  it('turns an unexpected failure into "internal" without leaking its text to the page', async () => {
    const { router, log } = setup({
      'guide:get': () => {
        throw new Error('ENOENT /secret/path');
      },
    });
    const result = await router.handle('guide:get', undefined, trusted);
    expect(result).toEqual({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
    expect(log.lines.some((line) => line.includes('guide:get failed'))).toBe(true);
  });
});
