import { ipcMain } from 'electron';
import { CHANNELS, type Handlers } from '../../shared/ipc/contract';
import { dispatch } from './dispatch';

/**
 * Registers every channel of the contract with ipcMain.handle. Calls from any frame other
 * than the app's own page are refused; requests are validated by `dispatch` before a handler runs.
 */
export function registerIpc(handlers: Handlers, isTrustedUrl: (url: string) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) return { ok: false, error: { key: 'ipc.untrustedSender', params: { url } } };
      return dispatch(handlers, channel, payload);
    });
  }
}
