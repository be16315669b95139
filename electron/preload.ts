// The sandboxed preload: window.api with one invoke-only method per channel of the contract,
// and `on` for the events main sends. No ipcRenderer, no Node, nothing else crosses over.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENT_NAMES, type Api, type EventName } from '../shared/ipc/contract';

const api: Record<string, unknown> = {};
for (const channel of CHANNELS) {
  if (channel !== 'file:dropped') api[channel] = (request: unknown) => ipcRenderer.invoke(channel, request ?? {});
}

// A dropped file's path is resolved here, from the File the drop produced: a script cannot
// build a File that has a path, so the renderer can only name files the user really dropped.
api['file:dropped'] = (file: File) => {
  const path = file instanceof File ? webUtils.getPathForFile(file) : '';
  if (!path) return Promise.resolve({ ok: false, error: { key: 'ipc.notDroppedFile', params: {} } });
  return ipcRenderer.invoke('file:dropped', { path });
};

api.on = (event: EventName, listener: (payload: unknown) => void) => {
  if (!EVENT_NAMES.includes(event)) throw new Error(`unknown event ${String(event)}`);
  const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(event, wrapped);
  return () => {
    ipcRenderer.removeListener(event, wrapped);
  };
};

contextBridge.exposeInMainWorld('api', api as Api);
