import { z } from 'zod';
import { isUserError } from '../../shared/errors';
import { CHANNELS, requests, type Channel, type Handlers, type Responses } from '../../shared/ipc/contract';
import { errorInfo } from '../../shared/ipc/error-info';
import type { Envelope } from '../../shared/ipc/views';
import { zodIssueText } from '../../shared/i18n/zod-issues';
import { pathText } from '../../shared/text/json-place';

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as string[]).includes(name);
}

/**
 * Runs one IPC call: the channel must exist, the request must pass its schema, then the
 * handler runs; whatever happens, the answer is an envelope. Used by the Electron
 * registration and by the browser tests alike, so both see the same checks.
 */
export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown): Promise<Envelope<Responses[Channel]>> {
  if (!isChannel(channel)) return { ok: false, error: { key: 'ipc.unknownChannel', params: { channel: String(channel) } } };
  const parsed = (requests[channel] as z.ZodType).safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      error: { key: 'ipc.badRequest', params: { channel, place: pathText(issue.path) || '(request)', detail: zodIssueText(issue) } },
    };
  }
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<Responses[Channel]>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    if (!isUserError(e)) console.error(`[ipc] ${channel}:`, e);
    return { ok: false, error: errorInfo(e) };
  }
}
