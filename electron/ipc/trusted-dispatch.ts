import type { Channel, Handlers, Responses } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/views';
import { dispatch } from './dispatch';

/**
 * One IPC call as Electron delivers it: refused unless it comes from the app's own page (an
 * iframe or a page navigated elsewhere gets no handler), then validated and run by `dispatch`.
 * Plain code without Electron, so a test can show that a foreign sender is refused.
 */
export async function dispatchFromSender(
  handlers: Handlers,
  isTrustedUrl: (url: string) => boolean,
  senderUrl: string | undefined,
  channel: unknown,
  payload: unknown,
): Promise<Envelope<Responses[Channel]>> {
  const url = senderUrl ?? '';
  if (!isTrustedUrl(url)) return { ok: false, error: { key: 'ipc.untrustedSender', params: { url } } };
  return dispatch(handlers, channel, payload);
}
