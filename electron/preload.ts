// The sandboxed preload: window.api with one invoke-only method per channel of the contract,
// and `on` for the events main sends. No ipcRenderer, no Node, nothing else crosses over.
// Only the channel names are imported (shared/ipc/channel-names.ts), never the contract's
// schemas: this script is evaluated on every window load and must stay a few KB.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, EVENT_NAMES, type ChannelName } from '../shared/ipc/channel-names';
import type { Api, EventName, Events } from '../shared/ipc/contract';

type InvokeChannel = Exclude<ChannelName, 'file:dropped'>;

/**
 * One invoke-only method per channel, filled in from the list (the test of channel-names.ts
 * proves it complete). Main validates every request and answers the contract's envelope.
 */
function invokers(channels: readonly InvokeChannel[]): Pick<Api, InvokeChannel> {
  const methods = {} as Pick<Api, InvokeChannel>;
  for (const channel of channels) methods[channel] = (request?: unknown) => ipcRenderer.invoke(channel, request ?? {});
  return methods;
}

const api = {
  ...invokers(CHANNEL_NAMES.filter((c): c is InvokeChannel => c !== 'file:dropped')),
  // A dropped file's path is resolved here, from the File the drop produced: a script cannot
  // build a File that has a path, so the renderer can only name files the user really dropped.
  'file:dropped': (file: object) => {
    const path = file instanceof File ? webUtils.getPathForFile(file) : '';
    if (!path) return Promise.resolve({ ok: false as const, error: { key: 'ipc.notDroppedFile' as const, params: {} } });
    return ipcRenderer.invoke('file:dropped', { path });
  },
  on: <E extends EventName>(event: E, listener: (payload: Events[E]) => void) => {
    if (!EVENT_NAMES.includes(event)) throw new Error(`unknown event ${String(event)}`);
    const wrapped = (_e: IpcRendererEvent, payload: Events[E]) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
