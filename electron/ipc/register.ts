import { ipcMain } from 'electron';
import { CHANNELS, type Handlers } from '../../shared/ipc/contract';
import { dispatchFromSender } from './trusted-dispatch';

/**
 * Registers every channel of the contract with ipcMain.handle. Calls from any frame other
 * than the app's own page are refused and requests are validated before a handler runs
 * (`dispatchFromSender`, tested without Electron).
 */
export function registerIpc(handlers: Handlers, isTrustedUrl: (url: string) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatchFromSender(handlers, isTrustedUrl, event.senderFrame?.url, channel, payload),
    );
  }
}
