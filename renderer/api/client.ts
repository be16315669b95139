// The one typed client of the main process: unwraps envelopes into values or ApiErrors.
import type { Channel, EventName, Events, RequestOf, Responses } from '../../shared/ipc/contract';
import { ApiError } from '../../shared/ipc/error-info';
import type { ErrorInfo, FileToken } from '../../shared/ipc/views';

type Invokable = Exclude<Channel, 'file:dropped'>;

export async function call<C extends Invokable>(channel: C, request: RequestOf<C>): Promise<Responses[C]> {
  const method = window.api[channel] as (r: RequestOf<C>) => Promise<{ ok: true; value: Responses[C] } | { ok: false; error: ErrorInfo }>;
  const answer = await method(request);
  if (!answer.ok) throw new ApiError(answer.error);
  return answer.value;
}

export async function registerDroppedFile(file: File): Promise<FileToken> {
  const answer = await window.api['file:dropped'](file);
  if (!answer.ok) throw new ApiError(answer.error);
  return answer.value;
}

export function on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
  return window.api.on(event, listener);
}
