/**
 * The browser host's stand-in for electron/preload.ts: builds `window.bedside` with
 * the same factory, over Playwright's `__bedsideInvoke` binding instead of IPC.
 * Like the real preload it runs in the main frame only.
 */
import { createBedsideApi, EVENT_NAMES } from '../../electron/ipc/bedside-api';
import type { Channel, EventName } from '../../electron/ipc/contract';

type Listener = (payload: unknown) => void;

interface HostWindow extends Window {
  __bedsideInvoke?: (channel: Channel, payload: unknown) => Promise<unknown>;
  __bedsideEmit?: (event: EventName, payload: unknown) => void;
}

const hostWindow = window as HostWindow;
if (window === window.top) {
  const listeners = new Map<EventName, Set<Listener>>();
  hostWindow.__bedsideEmit = (event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  const api = createBedsideApi({
    invoke: (channel, payload) => {
      const invoke = hostWindow.__bedsideInvoke;
      if (!invoke) return Promise.reject(new Error('host binding missing'));
      return invoke(channel, payload);
    },
    subscribe: (event, listener) => {
      if (!EVENT_NAMES.includes(event)) return () => {};
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  });
  Object.defineProperty(window, 'bedside', { value: Object.freeze(api), writable: false });
}
