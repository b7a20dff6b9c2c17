/**
 * Exposes `window.bedside`: the named methods of the IPC contract, nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBedsideApi, EVENT_NAMES } from './ipc/bedside-api';
import type { EventName } from './ipc/contract';

const api = createBedsideApi({
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  subscribe: (event: EventName, listener) => {
    if (!EVENT_NAMES.includes(event)) return () => {};
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('bedside', api);
