import { describe, expect, it } from 'vitest';
import { BedsideCallError, createBedsideApi } from '../../../../electron/ipc/bedside-api';

describe('createBedsideApi', () => {
  it('calls the named channels and unwraps successful envelopes', async () => {
    const sent: [string, unknown][] = [];
    const api = createBedsideApi({
      invoke: async (channel, payload) => {
        sent.push([channel, payload]);
        return { ok: true, value: channel === 'problem:report' ? null : { from: channel } };
      },
      subscribe: () => () => {},
    });
    expect(await api.getGuide()).toEqual({ from: 'guide:get' });
    expect(await api.getPublicSettings()).toEqual({ from: 'settings:get-public' });
    expect(await api.reportProblem('video-failed', '/pack/x.webm')).toBeNull();
    expect(sent).toEqual([
      ['guide:get', undefined],
      ['settings:get-public', undefined],
      ['problem:report', { kind: 'video-failed', subject: '/pack/x.webm' }],
    ]);
  });

  it('throws a BedsideCallError carrying the refusal code', async () => {
    const api = createBedsideApi({
      invoke: async () => ({ ok: false, error: { code: 'forbidden' } }),
      subscribe: () => () => {},
    });
    const error = await api.getGuide().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BedsideCallError);
    expect((error as BedsideCallError).code).toBe('forbidden');
    expect((error as Error).message).toBe('guide:get: forbidden');
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
