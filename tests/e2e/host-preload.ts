/**
 * The browser host's stand-in for electron/preload.ts: builds `window.bedside` with
 * the same factory, over Playwright's `__bedsideInvoke` binding instead of IPC.
 * Like the real preload it runs in the main frame only, and what it hands the page
 * goes through the same copying contextBridge and ipcRenderer.invoke do
 * (bridge-transport.ts), so the page gets no more than it would in Electron.
 */
import { createBedsideApi, EVENT_NAMES } from '../../electron/ipc/bedside-api';
import type { Channel, EventName } from '../../electron/ipc/contract';
import { cloneForIpc, exposeAcrossBridge } from './bridge-transport';

type Listener = (payload: unknown) => void;

interface HostWindow extends Window {
  __bedsideInvoke?: (channel: Channel, payload: unknown) => Promise<unknown>;
  __bedsideEmit?: (event: EventName, payload: unknown) => void;
}

const hostWindow = window as HostWindow;
if (window === window.top) {
  const listeners = new Map<EventName, Set<Listener>>();
  hostWindow.__bedsideEmit = (event, payload) => {
    // webContents.send structured-clones the payload, once per listener here as there.
    for (const listener of listeners.get(event) ?? []) listener(cloneForIpc(payload));
  };
  const api = createBedsideApi({
    invoke: async (channel, payload) => {
      const invoke = hostWindow.__bedsideInvoke;
      if (!invoke) throw new Error(`No handler registered for '${channel}'`);
      return cloneForIpc(await invoke(channel, cloneForIpc(payload)));
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
  Object.defineProperty(window, 'bedside', { value: exposeAcrossBridge(api), writable: false });
}
