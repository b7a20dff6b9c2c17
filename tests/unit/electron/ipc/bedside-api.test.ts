import { describe, expect, it } from 'vitest';
import { createBedsideApi } from '../../../../electron/ipc/bedside-api';

describe('createBedsideApi', () => {
  it('calls the named channels and answers with the envelopes, as data', async () => {
    const sent: [string, unknown][] = [];
    const api = createBedsideApi({
      invoke: async (channel, payload) => {
        sent.push([channel, payload]);
        return { ok: true, value: channel === 'problem:report' ? null : { from: channel } };
      },
      subscribe: () => () => {},
    });
    expect(await api.getGuide()).toEqual({ ok: true, value: { from: 'guide:get' } });
    expect(await api.getPublicSettings()).toEqual({ ok: true, value: { from: 'settings:get-public' } });
    expect(await api.reportProblem('video-failed', '/pack/x.webm')).toEqual({ ok: true, value: null });
    expect(sent).toEqual([
      ['guide:get', undefined],
      ['settings:get-public', undefined],
      ['problem:report', { kind: 'video-failed', subject: '/pack/x.webm' }],
    ]);
  });

  it('never throws across the bridge: a refusal is an envelope, a failed transport is "unavailable"', async () => {
    const refused = createBedsideApi({
      invoke: async () => ({ ok: false, error: { code: 'forbidden' } }),
      subscribe: () => () => {},
    });
    expect(await refused.getGuide()).toEqual({ ok: false, error: { code: 'forbidden' } });
    const broken = createBedsideApi({
      invoke: () => Promise.reject(new Error("No handler registered for 'guide:get'")),
      subscribe: () => () => {},
    });
    expect(await broken.getGuide()).toEqual({ ok: false, error: { code: 'unavailable' } });
  });

  it('subscribes to settings changes and returns the unsubscribe function', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    const api = createBedsideApi({
      invoke: async () => ({ ok: true, value: null }),
      subscribe: (event, listener) => {
        listeners.set(event, listener);
        return () => listeners.delete(event);
      },
    });
    const seen: unknown[] = [];
    const stop = api.onSettingsChanged((settings) => seen.push(settings));
    listeners.get('settings:changed')?.({ wardName: 'A' });
    expect(seen).toEqual([{ wardName: 'A' }]);
    stop();
    expect(listeners.has('settings:changed')).toBe(false);
  });
});
